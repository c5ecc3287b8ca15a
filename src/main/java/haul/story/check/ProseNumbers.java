package haul.story.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * The prose rounding of DESIGN.md "Numbers in prose", read backwards: whether a written figure is
 * what the data give, and how the data should have been written.
 */
final class ProseNumbers {

  private static final BigDecimal TENTH = new BigDecimal("0.1");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private static final List<String> SMALL_NUMBERS =
      List.of(
          "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen", "twenty");

  private ProseNumbers() {}

  /** The data written by the rule: "nearly 19,000kg" from 18,767. */
  static Written written(ProseRule rule, BigDecimal actual) {
    BigDecimal magnitude = actual.abs();
    return switch (rule) {
      case EXACT_COUNT -> new Written(magnitude.setScale(0, RoundingMode.HALF_UP), FigureUnit.COUNT, Hedge.NONE);
      case THOUSANDS_COUNT -> new Written(
          magnitude.compareTo(THOUSAND) < 0 ? magnitude.setScale(0, RoundingMode.HALF_UP) : toNearest(magnitude, 3),
          FigureUnit.COUNT,
          Hedge.NONE);
      case KG -> kg(magnitude);
      case DOSES -> new Written(
          magnitude.compareTo(TEN_THOUSAND) < 0 ? magnitude.setScale(0, RoundingMode.HALF_UP) : toNearest(magnitude, 3),
          FigureUnit.DOSES,
          Hedge.NONE);
      case PLANTS -> new Written(magnitude.setScale(0, RoundingMode.HALF_UP), FigureUnit.PLANTS, Hedge.NONE);
      case WHOLE_PERCENT -> lessThanOne(magnitude, magnitude.setScale(0, RoundingMode.HALF_UP), FigureUnit.PER_CENT);
      case MULTIPLE -> hedged(magnitude, magnitude.setScale(0, RoundingMode.HALF_UP), FigureUnit.TIMES);
    };
  }

  private static Written kg(BigDecimal kg) {
    if (kg.signum() > 0 && kg.compareTo(TENTH) < 0) {
      return lessThanOne(kg, kg.movePointRight(3).setScale(0, RoundingMode.HALF_UP), FigureUnit.GRAMS);
    }
    if (kg.compareTo(HUNDRED) < 0) {
      return new Written(kg.setScale(1, RoundingMode.HALF_UP), FigureUnit.KG, Hedge.NONE);
    }
    if (kg.compareTo(TEN_THOUSAND) < 0) {
      return new Written(kg.setScale(0, RoundingMode.HALF_UP), FigureUnit.KG, Hedge.NONE);
    }
    BigDecimal twoFigures = kg.round(new MathContext(2, RoundingMode.HALF_UP)).setScale(0, RoundingMode.UNNECESSARY);
    return hedged(kg, twoFigures, FigureUnit.KG);
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

  private static BigDecimal toNearest(BigDecimal value, int powerOfTen) {
    return value.movePointLeft(powerOfTen).setScale(0, RoundingMode.HALF_UP).movePointRight(powerOfTen).setScale(0);
  }

  /**
   * Whether a figure written in a story is what the data give. {@code actual} is in the catalogue
   * unit (kg for a figure written in grams) and compared as a magnitude. A figure is accepted when
   * it is the data at the precision it is written to ("0.2kg" for 0.23), when it is the data written
   * by the prose rule ("189,000" for 188,927), or, hedged, when it is the data rounded to its last
   * non-zero digit ("about 190,000"). A hedge must lie on the right side: "nearly" needs a smaller
   * value.
   */
  static boolean consistent(BigDecimal written, Hedge hedge, FigureUnit unit, BigDecimal actual, ProseRule rule) {
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
    Written byRule = written(rule, actual);
    // "1 per cent" for 0.1 per cent is not what prose writes: only "less than 1 per cent" is
    boolean roundsToNothing = byRule.hedge() == Hedge.BELOW && magnitude.compareTo(BigDecimal.ONE) < 0
        && (byRule.unit() == FigureUnit.PER_CENT || byRule.unit() == FigureUnit.GRAMS);
    if (byRule.unit() == unit && byRule.value().compareTo(written) == 0 && !roundsToNothing) {
      return true;
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
   * The written form: "nearly 19,000kg", "40g", "14 per cent", "nearly ten times", "679", "less
   * than 1 per cent".
   */
  static String format(Written written) {
    String number = number(written.value());
    // "nearly 1 per cent" would tell 0.1 per cent as close to 1: prose says "less than 1 per cent"
    boolean lessThanOne = written.hedge() == Hedge.BELOW && written.value().compareTo(BigDecimal.ONE) == 0
        && (written.unit() == FigureUnit.PER_CENT || written.unit() == FigureUnit.GRAMS);
    String hedge = lessThanOne ? "less than " : written.hedge().word();
    return switch (written.unit()) {
      case KG -> hedge + number + "kg";
      case GRAMS -> hedge + number + "g";
      case TONNES -> hedge + number + " tonnes";
      case DOSES -> hedge + number + " doses";
      case PLANTS -> hedge + number + " plants";
      case PER_CENT -> hedge + number + " per cent";
      case TIMES -> hedge + multiple(written.value()) + " times";
      case COUNT, NONE_OF -> hedge + number;
    };
  }

  /** Thousands separators, the value's own decimals. */
  static String number(BigDecimal value) {
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
    int scale = Math.max(value.scale(), 0);
    format.setMinimumFractionDigits(scale);
    format.setMaximumFractionDigits(scale);
    return format.format(value);
  }

  private static String multiple(BigDecimal value) {
    if (value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0) {
      int whole = value.intValue();
      if (whole >= 0 && whole < SMALL_NUMBERS.size()) {
        return SMALL_NUMBERS.get(whole);
      }
    }
    return number(value);
  }

  /** The value of a number word up to twenty ("ten"), or -1. */
  static int smallNumber(String word) {
    return SMALL_NUMBERS.indexOf(word.toLowerCase(Locale.ROOT));
  }
}
