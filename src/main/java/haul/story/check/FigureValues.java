package haul.story.check;

import haul.story.prose.ProseNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * How a fact's unrounded value is printed in a report, by DESIGN.md's output rounding: half-up,
 * quantities to at most 5 decimals with trailing zeros trimmed, percentages (and multiples) to 1
 * decimal.
 */
final class FigureValues {

  private FigureValues() {}

  static BigDecimal printed(Fact fact) {
    BigDecimal value = fact.value();
    return switch (fact.measure()) {
      case PERCENT_CHANGE, SHARE, MULTIPLE -> value.setScale(1, RoundingMode.HALF_UP);
      case SEIZURES, QUANTITY, RANK, AGENCIES -> {
        BigDecimal trimmed = value.setScale(Math.min(Math.max(value.scale(), 0), 5), RoundingMode.HALF_UP).stripTrailingZeros();
        yield trimmed.scale() < 0 ? trimmed.setScale(0) : trimmed;
      }
    };
  }

  /** "18,767 kg", "-14.0 per cent", "679 seizures", "1 seizure". */
  static String withUnit(Fact fact) {
    BigDecimal printed = printed(fact);
    return ProseNumbers.number(printed) + " " + unit(printed, fact.unit());
  }

  /**
   * A unit agreeing with the value before it, as the UK plural rules say: "1 seizure", "1 dose",
   * "1 plant", "2 seizures", "1.5 doses"; a unit with no singular form ("kg", "per cent") as it is.
   */
  static String unit(BigDecimal value, String unit) {
    String one = SINGULAR.get(unit);
    return one == null ? unit : ProseNumbers.plural(value, one, unit);
  }

  /** "N seizures" for a count of seizures, agreeing with N: "1 seizure", "2,405 seizures". */
  static String seizures(long count) {
    return ProseNumbers.number(BigDecimal.valueOf(count)) + " " + ProseNumbers.plural(count, "seizure", "seizures");
  }

  private static final Map<String, String> SINGULAR =
      Map.of("seizures", "seizure", "doses", "dose", "plants", "plant", "agencies", "agency", "forces", "force");
}
