package haul.demo;

import haul.reference.FinancialYear;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One figure the demo returns reproduce exactly: a row of {@code calibration.csv}.
 *
 * @param area an agency code, a region name, {@code police} or {@code england-and-wales}
 * @param measure {@code seizures}, {@code quantity}, {@code seizures_share_percent},
 *     {@code quantity_share_percent} or {@code seizures_percent_change}
 * @param drug the catalogue drug a quantity, quantity share or change is of; empty for all drugs
 * @param unit the unit of a quantity ({@code kg}, {@code doses}, {@code plants})
 * @param source where a published figure comes from, or how an estimated one was made
 */
public record CalibrationFigure(
    FinancialYear year,
    String area,
    String measure,
    Optional<String> drug,
    BigDecimal value,
    Optional<String> unit,
    FigureStatus status,
    String source) {

  public static final String SEIZURES = "seizures";
  public static final String QUANTITY = "quantity";
  public static final String SEIZURES_SHARE_PERCENT = "seizures_share_percent";
  public static final String QUANTITY_SHARE_PERCENT = "quantity_share_percent";
  public static final String SEIZURES_PERCENT_CHANGE = "seizures_percent_change";

  /** The area code of the national total. */
  public static final String ENGLAND_AND_WALES = "england-and-wales";

  /** The area code of the 43 forces and British Transport Police together. */
  public static final String POLICE = "police";

  public CalibrationFigure {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(drug, "drug");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(source, "source");
  }

  public boolean is(String measure, String area) {
    return this.measure.equals(measure) && this.area.equals(area);
  }
}
