package haul.stats;

import haul.reference.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A drug's quantity against the year before over a set of agencies: the like-for-like version of a
 * total's quantity ({@link Release#likeForLikeQuantity}), summed over the agencies that hold the
 * drug's quantity in both years. Percent change is unrounded, undefined where the previous sum is 0.
 *
 * @param current the sum this year; empty when no agency holds the quantity in both years
 * @param previous the sum the year before, over the same agencies
 * @param compared the agency codes summed, in {@code agencies.csv} order
 */
public record QuantityChange(Optional<BigDecimal> current, Optional<BigDecimal> previous, Unit unit, List<String> compared) {

  public QuantityChange {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(unit, "unit");
    compared = List.copyOf(compared);
  }

  public boolean isComparable() {
    return current.isPresent() && previous.isPresent();
  }

  public Optional<BigDecimal> percentChange() {
    if (!isComparable() || previous.get().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(current.get().subtract(previous.get()).multiply(BigDecimal.valueOf(100))
        .divide(previous.get(), MathContext.DECIMAL64));
  }
}
