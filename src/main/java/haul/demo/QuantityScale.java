package haul.demo;

import haul.reference.Unit;
import java.math.BigDecimal;

/**
 * The demo counts quantities in whole units so that every split adds up exactly: a tenth of a gram
 * (0.0001 kg) for kg drugs, one dose, one plant.
 */
final class QuantityScale {

  private QuantityScale() {}

  static int decimals(Unit unit) {
    return unit == Unit.KG ? 4 : 0;
  }

  static long toUnits(BigDecimal value, Unit unit) {
    return value.movePointRight(decimals(unit)).longValueExact();
  }

  static BigDecimal fromUnits(long units, Unit unit) {
    return BigDecimal.valueOf(units, decimals(unit));
  }
}
