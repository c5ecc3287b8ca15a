package haul.story.check;

import haul.reference.Unit;
import haul.stats.Area;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * One figure of an area over the two years of a release: its seizures, a drug's seizures or a
 * drug's quantity. The facts a story can state about it (this year, last year, the change, the
 * multiple) all come from here.
 *
 * @param areaName as prose names it: "Thames Valley Police", "London", "England and Wales"
 * @param drug the catalogue row or group; empty for all seizures
 * @param unit the quantity's unit; empty for a count of seizures
 */
record Series(
    Area area,
    String areaName,
    Optional<String> drug,
    Optional<Unit> unit,
    Optional<BigDecimal> current,
    Optional<BigDecimal> previous) {

  boolean isQuantity() {
    return unit.isPresent();
  }

  /** Signed change as a percentage of last year; empty when it is undefined. */
  Optional<BigDecimal> percentChange() {
    if (current.isEmpty() || previous.isEmpty() || previous.get().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        current.get().subtract(previous.get()).multiply(BigDecimal.valueOf(100))
            .divide(previous.get(), MathContext.DECIMAL64));
  }

  /** This year over last year; empty when it is undefined. */
  Optional<BigDecimal> multiple() {
    if (current.isEmpty() || previous.isEmpty() || previous.get().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(current.get().divide(previous.get(), MathContext.DECIMAL64));
  }

  /** The sign of the change: 1 a rise, -1 a fall, 0 no change; empty when a year is missing. */
  Optional<Integer> direction() {
    if (current.isEmpty() || previous.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(current.get().compareTo(previous.get()));
  }

  /** "seizures by Thames Valley Police", "cocaine seized in England and Wales": what it counts. */
  String what() {
    String where = switch (area.type()) {
      case AGENCY -> "by " + areaName;
      case POLICE -> "by the police";
      case REGION, ENGLAND_AND_WALES -> "in " + areaName;
    };
    if (drug.isEmpty()) {
      return "seizures " + where;
    }
    String name = RightValues.drugWord(drug.get());
    return unit.isPresent() ? name + " seized " + where : "seizures of " + name + " " + where;
  }
}
