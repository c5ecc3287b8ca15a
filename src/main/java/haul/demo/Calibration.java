package haul.demo;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import haul.reference.Agency;
import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The figures the demo returns reproduce exactly ({@code calibration.csv}), each published or
 * estimated, and the national drug mix ({@code drug_mix.csv}) that each agency's own profile
 * ({@link ForceTables}) then weights.
 * Checked when loaded: every agency has a seizure count in every year, and they add up to the
 * England and Wales total.
 */
public final class Calibration {

  private final List<CalibrationFigure> figures;
  private final DrugMix mix;
  private final SortedSet<FinancialYear> years = new TreeSet<>();

  Calibration(List<CalibrationFigure> figures, DrugMix mix, ReferenceData reference) {
    this.figures = List.copyOf(figures);
    this.mix = mix;
    for (CalibrationFigure figure : this.figures) {
      if (figure.is(CalibrationFigure.SEIZURES, CalibrationFigure.ENGLAND_AND_WALES)) {
        years.add(figure.year());
      }
      figure.drug().ifPresent(reference.drugs()::require);
    }
    for (FinancialYear year : years) {
      long sum = 0;
      for (Agency agency : reference.agencies().all()) {
        sum += seizures(year, agency.code());
      }
      if (sum != nationalSeizures(year)) {
        throw new IllegalStateException(
            "calibration.csv: agencies' seizures in " + year + " add up to " + sum
                + ", not the England and Wales total " + nationalSeizures(year));
      }
    }
  }

  /** The bundled calibration, checked against the bundled reference data. */
  public static Calibration bundled() {
    ReferenceData reference = ReferenceData.bundled();
    List<CalibrationFigure> figures =
        DemoTable.load("calibration.csv").stream().map(Calibration::figure).toList();
    return new Calibration(figures, DrugMix.load(reference.drugs()), reference);
  }

  private static CalibrationFigure figure(NamedCsvRecord r) {
    return new CalibrationFigure(
        FinancialYear.parse(r.getField("financial_year")),
        r.getField("area"),
        r.getField("measure"),
        DemoTable.optional(r, "drug"),
        new BigDecimal(r.getField("value")),
        DemoTable.optional(r, "unit"),
        FigureStatus.fromLabel(r.getField("status")),
        r.getField("source"));
  }

  /** Every figure in the order of {@code calibration.csv}. */
  public List<CalibrationFigure> figures() {
    return figures;
  }

  public DrugMix mix() {
    return mix;
  }

  /** The financial years the demo generates, oldest first. */
  public SortedSet<FinancialYear> years() {
    return years;
  }

  public int nationalSeizures(FinancialYear year) {
    return seizures(year, CalibrationFigure.ENGLAND_AND_WALES);
  }

  /** Seizures of an agency (or of England and Wales) in a year. */
  public int seizures(FinancialYear year, String area) {
    return find(year, area, CalibrationFigure.SEIZURES, Optional.empty())
        .map(f -> f.value().intValueExact())
        .orElseThrow(() -> new IllegalStateException("calibration.csv has no seizures of " + area + " in " + year));
  }

  /** A fixed quantity of a drug (zero: none seized), in the drug's catalogue unit. */
  public Optional<BigDecimal> quantity(FinancialYear year, String area, String drug) {
    return find(year, area, CalibrationFigure.QUANTITY, Optional.of(drug)).map(CalibrationFigure::value);
  }

  /** An area's published whole-per-cent share of the national quantity of a drug. */
  public Optional<BigDecimal> quantitySharePercent(FinancialYear year, String area, String drug) {
    return find(year, area, CalibrationFigure.QUANTITY_SHARE_PERCENT, Optional.of(drug))
        .map(CalibrationFigure::value);
  }

  /** The published whole-per-cent change in national seizures of a drug on the year before. */
  public Optional<BigDecimal> seizuresPercentChange(FinancialYear year, String drug) {
    return find(year, CalibrationFigure.ENGLAND_AND_WALES, CalibrationFigure.SEIZURES_PERCENT_CHANGE, Optional.of(drug))
        .map(CalibrationFigure::value);
  }

  private Optional<CalibrationFigure> find(
      FinancialYear year, String area, String measure, Optional<String> drug) {
    return figures.stream()
        .filter(f -> f.year().equals(year) && f.is(measure, area) && f.drug().equals(drug))
        .findFirst();
  }
}
