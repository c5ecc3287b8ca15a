package haul.stats;

import haul.reference.Unit;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount of a drug in its catalogue unit; an empty value is "not available". Quantities of
 * different units are never added, so there is no {@code plus} across units.
 */
public record Quantity(Optional<BigDecimal> value, Unit unit) {

  public Quantity {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
  }

  public static Quantity of(BigDecimal value, Unit unit) {
    return new Quantity(Optional.of(value), unit);
  }

  public static Quantity notAvailable(Unit unit) {
    return new Quantity(Optional.empty(), unit);
  }

  public boolean isAvailable() {
    return value.isPresent();
  }
}
