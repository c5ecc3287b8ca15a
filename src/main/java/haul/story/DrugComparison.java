package haul.story;

import haul.reference.DrugClass;
import haul.reference.Unit;
import haul.stats.Count;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * One drug's quantity in an area this year against the year before.
 *
 * @param area the area code the figures are for (an agency code or {@code england-and-wales})
 * @param current the quantity this year; empty when not available
 * @param previous the quantity the year before; empty when not available
 * @param seizures the number of seizures of the drug this year, to tell "no ketamine was seized"
 *     from a seizure whose quantity was not recorded
 */
record DrugComparison(
    String area,
    String drug,
    Optional<DrugClass> drugClass,
    Unit unit,
    Optional<BigDecimal> current,
    Optional<BigDecimal> previous,
    Count seizures) {

  boolean isComparable() {
    return current.isPresent() && previous.isPresent();
  }

  /** Current minus previous; only when {@link #isComparable()}. */
  BigDecimal change() {
    return current.orElseThrow().subtract(previous.orElseThrow());
  }

  /** Change over previous x 100, unrounded; empty where previous is 0 or either is not available. */
  Optional<BigDecimal> percentChange() {
    if (!isComparable() || previous.get().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(change().multiply(BigDecimal.valueOf(100)).divide(previous.get(), MathContext.DECIMAL64));
  }

  /** Whether both years hold a quantity above nothing: what a ratio between them needs. */
  boolean bothAboveNothing() {
    return isComparable() && previous.get().signum() > 0 && current.get().signum() > 0;
  }

  /**
   * log2 of this year over the year before: 1 for a doubling, -1 for a halving, the one measure of a
   * swing that a rise and a fall share; only when {@link #bothAboveNothing()}.
   */
  double doublings() {
    return Math.log(current.get().doubleValue() / previous.get().doubleValue()) / LN2;
  }

  private static final double LN2 = Math.log(2);
}
