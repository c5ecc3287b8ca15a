package haul.story;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How a story writes a figure: the one home of number words, rounding, units and plurals (DESIGN.md
 * "Numbers in prose"). Rounding is half-up on the exact decimal; ICU4J formats with UK separators
 * and chooses plural forms. Immutable apart from ICU's spell-out formatter, which is guarded.
 */
public final class ProseNumbers {

  private static final ULocale UK = ULocale.UK;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private static final BigDecimal ONE_TENTH = new BigDecimal("0.1");

  private final LocalizedNumberFormatter whole =
      NumberFormatter.withLocale(UK).precision(Precision.integer()).roundingMode(RoundingMode.HALF_UP);
  private final LocalizedNumberFormatter oneDecimal =
      NumberFormatter.withLocale(UK).precision(Precision.maxFraction(1)).roundingMode(RoundingMode.HALF_UP);
  private final PluralRules plurals = PluralRules.forLocale(UK);
  private final RuleBasedNumberFormat spellOut = new RuleBasedNumberFormat(UK, RuleBasedNumberFormat.SPELLOUT);
  private final BigDecimal multipleFrom;

  /** @param multipleFrom the ratio of current to previous from which a rise is also told as a multiple */
  public ProseNumbers(BigDecimal multipleFrom) {
    this.multipleFrom = multipleFrom;
  }

  /** A force's count: exact, with separators ("1,608"). */
  public String count(long value) {
    return whole.format(value).toString();
  }

  /** An England and Wales count: to the nearest thousand ("189,000"). */
  public String nationalCount(long value) {
    return whole.format(nearestThousand(BigDecimal.valueOf(value))).toString();
  }

  /** "seizure" or "seizures", as the UK plural rules say for the count. */
  public String plural(long value, String one, String other) {
    return "one".equals(plurals.select(value)) ? one : other;
  }

  /**
   * A quantity in kg: "40g" under 0.1kg, "0.2kg" under 100kg, "1,837kg" under 10,000kg, and from
   * 10,000kg two significant figures with a hedge ("nearly 19,000kg", "over 11,000kg"). Zero is
   * never written as a figure: {@link ProseWords} says "no cocaine was seized".
   */
  public String kilograms(BigDecimal kg) {
    if (kg.signum() == 0) {
      throw new IllegalArgumentException("zero is written in words, not as a quantity");
    }
    if (kg.compareTo(ONE_TENTH) < 0) {
      BigDecimal grams = kg.multiply(THOUSAND).setScale(0, RoundingMode.HALF_UP);
      return grams.signum() == 0 ? "less than 1g" : whole.format(grams) + "g";
    }
    if (kg.compareTo(HUNDRED) < 0) {
      return oneDecimal.format(kg) + "kg";
    }
    if (kg.compareTo(TEN_THOUSAND) < 0) {
      return whole.format(kg) + "kg";
    }
    BigDecimal rounded = kg.round(new MathContext(2, RoundingMode.HALF_UP));
    return hedge(kg, rounded) + whole.format(rounded) + "kg";
  }

  /** Doses: whole, from 10,000 to the nearest thousand ("113,000 doses", "1 dose"). */
  public String doses(BigDecimal doses) {
    BigDecimal shown = doses.compareTo(TEN_THOUSAND) >= 0 ? nearestThousand(doses) : doses.setScale(0, RoundingMode.HALF_UP);
    return whole.format(shown) + " " + plural(shown.longValueExact(), "dose", "doses");
  }

  /** Plants: the whole number only ("13,529"); the drug's name says they are plants. */
  public String plants(BigDecimal plants) {
    return whole.format(plants).toString();
  }

  /**
   * The size of a percent change, without its sign (the verb says the direction): "14 per cent",
   * from the unrounded figure; "less than 1 per cent" for a change that rounds to nothing.
   */
  public String percentChange(BigDecimal percent) {
    BigDecimal size = percent.abs().setScale(0, RoundingMode.HALF_UP);
    if (size.signum() == 0) {
      return "less than 1 per cent";
    }
    return whole.format(size) + " per cent";
  }

  /** A share: whole per cent ("22 per cent"); "less than 1 per cent" for a share that rounds to nothing. */
  public String share(BigDecimal percent) {
    BigDecimal rounded = percent.setScale(0, RoundingMode.HALF_UP);
    if (rounded.signum() == 0 && percent.signum() > 0) {
      return "less than 1 per cent";
    }
    return whole.format(rounded) + " per cent";
  }

  /** Whether a rise from previous to current is large enough to be told as a multiple. */
  public boolean isMultiple(BigDecimal current, BigDecimal previous) {
    return previous.signum() > 0 && ratio(current, previous).compareTo(multipleFrom) >= 0;
  }

  /** The ratio of current to previous, in words with a hedge: 187 to 1,837 is "nearly ten times". */
  public String multiple(BigDecimal current, BigDecimal previous) {
    BigDecimal ratio = ratio(current, previous);
    BigDecimal rounded = ratio.setScale(0, RoundingMode.HALF_UP);
    long times = rounded.longValueExact();
    String number;
    synchronized (spellOut) {
      number = times <= 10 ? spellOut.format(times) : whole.format(times).toString();
    }
    return hedge(ratio, rounded) + number + " times";
  }

  /** The ratio as the sidecar records it, to one decimal. */
  public static BigDecimal ratio(BigDecimal current, BigDecimal previous) {
    return current.divide(previous, MathContext.DECIMAL64);
  }

  private static BigDecimal nearestThousand(BigDecimal value) {
    return value.divide(THOUSAND).setScale(0, RoundingMode.HALF_UP).multiply(THOUSAND);
  }

  private static String hedge(BigDecimal exact, BigDecimal rounded) {
    int cmp = rounded.compareTo(exact);
    return cmp > 0 ? "nearly " : cmp < 0 ? "over " : "";
  }
}
