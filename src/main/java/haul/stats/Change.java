package haul.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A figure against the year before. Change is undefined when either is not available; percent
 * change also when the previous figure is 0. Percent change is unrounded: rounding belongs to the
 * output formatter.
 */
public record Change(Count current, Count previous) {

  public OptionalLong change() {
    if (!current.isAvailable() || !previous.isAvailable()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(current.get() - previous.get());
  }

  public Optional<BigDecimal> percentChange() {
    OptionalLong change = change();
    if (change.isEmpty() || previous.get() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(change.getAsLong())
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(previous.get()), MathContext.DECIMAL64));
  }
}
