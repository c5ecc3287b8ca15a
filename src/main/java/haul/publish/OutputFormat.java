package haul.publish;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place figures are rounded for output (DESIGN.md "Statistics"): half-up; quantities to at
 * most 5 decimals with trailing zeros trimmed; shares and percent changes to 1 decimal. Every
 * writer (CSV, ODS, charts, manifest) prints figures through it, so all outputs agree.
 */
public final class OutputFormat {

  private OutputFormat() {}

  public static String count(long value) {
    return Long.toString(value);
  }

  public static String quantity(BigDecimal value) {
    BigDecimal rounded = value.setScale(5, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }

  /** A share or percent change: 22.04 is "22.0". */
  public static String percent(BigDecimal value) {
    return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
  }
}
