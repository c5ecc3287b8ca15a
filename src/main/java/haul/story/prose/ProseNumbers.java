package haul.story.prose;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * The prose-number rules of DESIGN.md "Numbers in prose", once, for the writer and for
 * check-story: {@link #written} applies a {@link ProseRule} to the data, {@link #format} gives the
 * words, {@link #consistent} reads them backwards. The writer's helpers ({@link #count},
 * {@link #kilograms}, ...) are those three put together. Rounding is half-up on the exact decimal;
 * ICU4J formats with UK separators, chooses plural forms and spells ordinals. Stateless and
 * thread-safe: ICU's formatters and plural rules are immutable, and its spell-out formatter is locked.
 */
public final class ProseNumbers {

  private static final ULocale UK = ULocale.UK;
  private static final BigDecimal TENTH = new BigDecimal("0.1");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  /** Multiples are written in words up to ten ("nearly ten times"), in figures above ("25 times"). */
  private static final int LAST_MULTIPLE_IN_WORDS = 10;
  /** Number words read back up to twenty, whatever a human writer chose. */
  private static final List<String> SMALL_NUMBERS =
      List.of(
          "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen", "twenty");
  private static final int CACHED_SCALES = 6;
  /** The finest step a figure is written to: quantities are stored to 5 decimals, so past it every figure is exact. */
  public static final int FINEST = 10;
  private static final LocalizedNumberFormatter[] BY_SCALE = new LocalizedNumberFormatter[CACHED_SCALES + 1];
  private static final PluralRules PLURALS = PluralRules.forLocale(UK);
  /** ICU's spell-out formatter is not thread-safe: every use holds its lock. */
  private static final int LAST_ORDINAL_IN_WORDS = 9;
  private static final RuleBasedNumberFormat SPELL_OUT = new RuleBasedNumberFormat(UK, RuleBasedNumberFormat.SPELLOUT);

  static {
    for (int scale = 0; scale <= CACHED_SCALES; scale++) {
      BY_SCALE[scale] = formatter(scale);
    }
  }

  private ProseNumbers() {}

  // ---- the rules ----

  /** The data written by the rule: "nearly 19,000kg" from 18,767, as a value, unit and hedge. */
  public static Written written(ProseRule rule, BigDecimal actual) {
    return written(rule, actual, 0);
  }

  /**
   * The data written by the rule {@code finer} steps finer than the rule's own precision (0 is the
   * rule): a figure printed beside another with a change between them is written finer until the
   * printed pair shows the printed change ({@link PrintedPair}). Each step is one more digit:
   * "189,000", "188,900", "188,930", "188,927"; "nearly 19,000kg", "nearly 18,800kg"; "0.2kg",
   * "0.23kg"; "187kg", "187.4kg". Counts, percentages and multiples have no finer form here.
   */
  public static Written written(ProseRule rule, BigDecimal actual, int finer) {
    BigDecimal magnitude = actual.abs();
    return switch (rule) {
      case EXACT_COUNT -> new Written(whole(magnitude), FigureUnit.COUNT, Hedge.NONE);
      case THOUSANDS_COUNT -> new Written(
          magnitude.compareTo(THOUSAND) < 0 ? whole(magnitude) : places(magnitude, finer - 3), FigureUnit.COUNT, Hedge.NONE);
      case KG -> kg(magnitude, finer);
      case DOSES -> new Written(places(magnitude, magnitude.compareTo(TEN_THOUSAND) < 0 ? finer : finer - 3), FigureUnit.DOSES, Hedge.NONE);
      case PLANTS -> new Written(places(magnitude, finer), FigureUnit.PLANTS, Hedge.NONE);
      case WHOLE_PERCENT -> lessThanOne(magnitude, whole(magnitude), FigureUnit.PER_CENT);
      case MULTIPLE -> hedged(magnitude, whole(magnitude), FigureUnit.TIMES);
    };
  }

  /** Whether the written figure is the value itself, unrounded and unhedged: no finer form tells more. */
  public static boolean isExact(Written written, BigDecimal actual) {
    return written.hedge() == Hedge.NONE && written.unit().fromCatalogueUnit(actual.abs()).compareTo(written.value()) == 0;
  }

  private static Written kg(BigDecimal kg, int finer) {
    if (kg.signum() > 0 && kg.compareTo(TENTH) < 0) {
      return lessThanOne(kg, places(kg.movePointRight(3), finer), FigureUnit.GRAMS);
    }
    if (kg.compareTo(HUNDRED) < 0) {
      // one decimal, but "34kg" rather than "34.0kg": the decimal is there to tell, not to pad
      return new Written(places(kg, 1 + finer), FigureUnit.KG, Hedge.NONE);
    }
    if (kg.compareTo(TEN_THOUSAND) < 0) {
      return new Written(places(kg, finer), FigureUnit.KG, Hedge.NONE);
    }
    BigDecimal figures = kg.round(new MathContext(2 + finer, RoundingMode.HALF_UP));
    return hedged(kg, figures.scale() < 0 ? figures.setScale(0) : plain(figures), FigureUnit.KG);
  }

  /** Rounded half-up to {@code places} decimals (negative: to tens, hundreds, ...), trailing decimal zeros trimmed. */
  private static BigDecimal places(BigDecimal value, int places) {
    BigDecimal rounded = value.setScale(places, RoundingMode.HALF_UP);
    return places < 0 ? rounded.setScale(0) : plain(rounded);
  }

  /** A figure that rounds to nothing but is not nothing is "less than 1" (1 with a hedge below). */
  private static Written lessThanOne(BigDecimal actual, BigDecimal rounded, FigureUnit unit) {
    if (rounded.signum() == 0 && actual.signum() > 0) {
      return new Written(BigDecimal.ONE, unit, Hedge.BELOW);
    }
    return new Written(rounded, unit, Hedge.NONE);
  }

  /** "nearly" when rounded up, "over" when rounded down, nothing when exact. */
  private static Written hedged(BigDecimal actual, BigDecimal rounded, FigureUnit unit) {
    int side = rounded.compareTo(actual);
    Hedge hedge = side > 0 ? Hedge.BELOW : side < 0 ? Hedge.ABOVE : Hedge.NONE;
    return new Written(rounded, unit, hedge);
  }

  /**
   * Whether a figure written in a story is what the data give. {@code actual} is in the catalogue
   * unit (kg for a figure written in grams) and compared as a magnitude. A figure is accepted when
   * it is the data at the precision it is written to ("0.2kg" for 0.23), when it is the data written
   * by the prose rule ("189,000" for 188,927), or, hedged, when it is the data rounded to its last
   * non-zero digit ("about 190,000"). A hedge must lie on the right side: "nearly" needs a smaller
   * value.
   */
  public static boolean consistent(BigDecimal written, Hedge hedge, FigureUnit unit, BigDecimal actual, ProseRule rule) {
    BigDecimal magnitude = unit.fromCatalogueUnit(actual.abs());
    if (!hedge.allows(magnitude, written)) {
      return false;
    }
    if (magnitude.setScale(Math.max(written.scale(), 0), RoundingMode.HALF_UP).compareTo(written) == 0) {
      return true;
    }
    // "less than 1 per cent", "less than 1g": what prose writes for a figure that rounds to nothing
    if (hedge == Hedge.BELOW && written.compareTo(BigDecimal.ONE) == 0) {
      return true;
    }
    // the rule's own form, or a finer one: a pair is printed finer until it shows its change ("188,900")
    for (int finer = 0; finer <= FINEST; finer++) {
      Written byRule = written(rule, actual, finer);
      // "1 per cent" for 0.1 per cent is not what prose writes: only "less than 1 per cent" is
      boolean roundsToNothing = byRule.hedge() == Hedge.BELOW && magnitude.compareTo(BigDecimal.ONE) < 0
          && (byRule.unit() == FigureUnit.PER_CENT || byRule.unit() == FigureUnit.GRAMS);
      if (byRule.unit() == unit && byRule.value().compareTo(written) == 0 && !roundsToNothing) {
        return true;
      }
      if (isExact(byRule, actual)) {
        break;
      }
    }
    if (hedge != Hedge.NONE && written.signum() != 0) {
      int trailingZeros = -written.stripTrailingZeros().scale();
      if (trailingZeros > 0) {
        return toNearest(magnitude, trailingZeros).compareTo(written) == 0;
      }
    }
    return false;
  }

  /**
   * The written form with its unit: "nearly 19,000kg", "40g", "14 per cent", "nearly ten times",
   * "679", "less than 1 per cent", "113,000 doses", "1 dose", "13,529 plants".
   */
  public static String format(Written written) {
    String figure = figure(written);
    return switch (written.unit()) {
      case KG -> figure + "kg";
      case GRAMS -> figure + "g";
      case TONNES -> figure + " tonnes";
      case DOSES -> figure + " " + plural(written.value(), "dose", "doses");
      case PLANTS -> figure + " " + plural(written.value(), "plant", "plants");
      case PER_CENT -> figure + " per cent";
      case TIMES -> figure + " times";
      case COUNT, NONE_OF -> figure;
    };
  }

  /**
   * The hedge and the number without the unit's word: "13,529" for plants, whose noun a sentence
   * supplies ("13,529 cannabis plants"); "nearly ten" for a multiple.
   */
  public static String figure(Written written) {
    // "nearly 1 per cent" would tell 0.1 per cent as close to 1: prose says "less than 1 per cent"
    boolean lessThanOne = written.hedge() == Hedge.BELOW && written.value().compareTo(BigDecimal.ONE) == 0
        && (written.unit() == FigureUnit.PER_CENT || written.unit() == FigureUnit.GRAMS);
    String hedge = lessThanOne ? "less than " : written.hedge().word();
    String number = written.unit() == FigureUnit.TIMES ? multipleNumber(written.value()) : number(written.value());
    return hedge + number;
  }

  /** Thousands separators, the value's own decimals ("1,837", "0.2"). */
  public static String number(BigDecimal value) {
    int scale = Math.max(value.scale(), 0);
    LocalizedNumberFormatter format = scale <= CACHED_SCALES ? BY_SCALE[scale] : formatter(scale);
    return format.format(value).toString();
  }

  /** A whole number in words up to ten ("four"), in figures above ("43"): for counts of years or places. */
  public static String words(int value) {
    return value >= 0 && value <= LAST_MULTIPLE_IN_WORDS ? SMALL_NUMBERS.get(value) : number(BigDecimal.valueOf(value));
  }

  /** A cardinal in words ("thirty-eight"), for a number of agencies, which is no figure of the release. */
  public static String spelled(int value) {
    synchronized (SPELL_OUT) {
      return SPELL_OUT.format(value, "%spellout-numbering");
    }
  }

  /**
   * An ordinal as house style writes it: in words to ninth ("third"), in figures from 10th ("33rd"),
   * as numbers are. check-story reads "1st" and "33rd" as places, never as figures.
   */
  public static String ordinal(int value) {
    if (value >= 1 && value <= LAST_ORDINAL_IN_WORDS) {
      synchronized (SPELL_OUT) {
        return SPELL_OUT.format(value, "%spellout-ordinal");
      }
    }
    int lastTwo = Math.abs(value) % 100;
    String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
        : switch (Math.abs(value) % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return value + suffix;
  }

  /** The value of a number word up to twenty ("ten"), or -1. */
  public static int smallNumber(String word) {
    return SMALL_NUMBERS.indexOf(word.toLowerCase(Locale.ROOT));
  }

  // ---- the writer's figures: each is written(rule) then format ----

  /** A force's count: exact, with separators ("1,608"). */
  public static String count(long value) {
    return format(written(ProseRule.EXACT_COUNT, BigDecimal.valueOf(value)));
  }

  /** An England and Wales count: to the nearest thousand ("189,000"). */
  public static String nationalCount(long value) {
    return format(written(ProseRule.THOUSANDS_COUNT, BigDecimal.valueOf(value)));
  }

  /**
   * A quantity in kg: "40g" under 0.1kg, "0.2kg" under 100kg, "1,837kg" under 10,000kg, and from
   * 10,000kg two significant figures with a hedge ("nearly 19,000kg", "over 11,000kg").
   *
   * @throws IllegalArgumentException for zero, which a story writes in words ("no cocaine was seized")
   */
  public static String kilograms(BigDecimal kg) {
    if (kg.signum() == 0) {
      throw new IllegalArgumentException("zero is written in words, not as a quantity");
    }
    return format(written(ProseRule.KG, kg));
  }

  /** Doses: whole, from 10,000 to the nearest thousand ("113,000 doses", "1 dose"). */
  public static String doses(BigDecimal doses) {
    return format(written(ProseRule.DOSES, doses));
  }

  /** Plants: the whole number only ("13,529"); the sentence names them ("cannabis plants"). */
  public static String plants(BigDecimal plants) {
    return figure(written(ProseRule.PLANTS, plants));
  }

  /**
   * The size of a percent change, without its sign (the verb says the direction): "14 per cent",
   * from the unrounded figure; "less than 1 per cent" for a change that rounds to nothing.
   */
  public static String percentChange(BigDecimal percent) {
    return format(written(ProseRule.WHOLE_PERCENT, percent));
  }

  /** A share: whole per cent ("22 per cent"); "less than 1 per cent" for a share that rounds to nothing. */
  public static String share(BigDecimal percent) {
    return format(written(ProseRule.WHOLE_PERCENT, percent));
  }

  /** The ratio of current to previous, in words with a hedge: 187 to 1,837 is "nearly ten times". */
  public static String multiple(BigDecimal current, BigDecimal previous) {
    return format(written(ProseRule.MULTIPLE, ratio(current, previous)));
  }

  /** Current divided by previous, unrounded (the sidecar records it to one decimal). */
  public static BigDecimal ratio(BigDecimal current, BigDecimal previous) {
    return current.divide(previous, MathContext.DECIMAL64);
  }

  /** Change over previous x 100, unrounded and signed. */
  public static BigDecimal percentChange(BigDecimal current, BigDecimal previous) {
    return current.subtract(previous).multiply(HUNDRED).divide(previous, MathContext.DECIMAL64);
  }

  /** "seizure" or "seizures", as the UK plural rules say for the count. */
  public static String plural(long value, String one, String other) {
    return "one".equals(PLURALS.select(value)) ? one : other;
  }

  /** "dose" or "doses" for a written value: the singular only for exactly 1 ("1 dose", "1.5 doses"). */
  public static String plural(BigDecimal value, String one, String other) {
    return value.scale() <= 0 && value.compareTo(BigDecimal.ONE) == 0 ? one : other;
  }

  // ---- helpers ----

  private static String multipleNumber(BigDecimal value) {
    if (value.stripTrailingZeros().scale() <= 0) {
      int whole = value.intValue();
      if (whole >= 0 && whole <= LAST_MULTIPLE_IN_WORDS) {
        return SMALL_NUMBERS.get(whole);
      }
    }
    return number(value);
  }

  private static BigDecimal whole(BigDecimal value) {
    return value.setScale(0, RoundingMode.HALF_UP);
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static BigDecimal toNearest(BigDecimal value, int powerOfTen) {
    return value.movePointLeft(powerOfTen).setScale(0, RoundingMode.HALF_UP).movePointRight(powerOfTen).setScale(0);
  }

  private static LocalizedNumberFormatter formatter(int scale) {
    return NumberFormatter.withLocale(UK).precision(Precision.fixedFraction(scale)).roundingMode(RoundingMode.HALF_UP);
  }
}
