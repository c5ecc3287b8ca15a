package haul.story.check;

import haul.story.prose.ProseNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;

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

  /** "18,767 kg", "-14.0 per cent", "679 seizures". */
  static String withUnit(Fact fact) {
    return ProseNumbers.number(printed(fact)) + " " + fact.unit();
  }
}
