package haul.publish;

import static haul.publish.Columns.AGENCY_CODE;
import static haul.publish.Columns.AGENCY_NAME;
import static haul.publish.Columns.AGENCY_TYPE;
import static haul.publish.Columns.CHANGE;
import static haul.publish.Columns.CLASS;
import static haul.publish.Columns.DRUG;
import static haul.publish.Columns.DRUG_CLASS;
import static haul.publish.Columns.FINANCIAL_YEAR;
import static haul.publish.Columns.LINES_WITHOUT_QUANTITY;
import static haul.publish.Columns.PERCENT_CHANGE;
import static haul.publish.Columns.PREVIOUS_SEIZURES;
import static haul.publish.Columns.QUANTITY;
import static haul.publish.Columns.REGION;
import static haul.publish.Columns.SEIZURES;
import static haul.publish.Columns.SHARE_PERCENT;
import static haul.publish.Columns.UNIT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The seven published tables (DESIGN.md "Formats at the edges"), the one place their names, sheet
 * names, columns and keys are written: {@link ReleaseTables} builds rows for these columns and the
 * server reads the stored CSV files through {@link StoredTable}, which refuses a file whose header
 * is not this contract's.
 */
public enum TableContract {
  SEIZURES_BY_AGENCY("seizures_by_agency", "Seizures_by_agency", 2,
      FINANCIAL_YEAR, AGENCY_CODE, AGENCY_NAME, AGENCY_TYPE, REGION, SEIZURES),
  SEIZURES_BY_REGION("seizures_by_region", "Seizures_by_region", 2, FINANCIAL_YEAR, REGION, SEIZURES, SHARE_PERCENT),
  SEIZURES_BY_DRUG("seizures_by_drug", "Seizures_by_drug", 2, FINANCIAL_YEAR, DRUG, DRUG_CLASS, SEIZURES),
  SEIZURES_BY_CLASS("seizures_by_class", "Seizures_by_class", 2, FINANCIAL_YEAR, CLASS, SEIZURES),
  QUANTITIES_BY_DRUG("quantities_by_drug", "Quantities_by_drug", 2,
      FINANCIAL_YEAR, DRUG, DRUG_CLASS, UNIT, QUANTITY, LINES_WITHOUT_QUANTITY),
  AGENCY_DRUG("agency_drug", "Agency_drug", 3,
      FINANCIAL_YEAR, AGENCY_CODE, DRUG, SEIZURES, QUANTITY, UNIT, LINES_WITHOUT_QUANTITY),
  CHANGES_BY_AGENCY("changes_by_agency", "Changes_by_agency", 2,
      FINANCIAL_YEAR, AGENCY_CODE, SEIZURES, PREVIOUS_SEIZURES, CHANGE, PERCENT_CHANGE);

  private final String stem;
  private final String sheetName;
  private final int keyWidth;
  private final List<Column> columns;

  TableContract(String stem, String sheetName, int keyWidth, Column... columns) {
    this.stem = stem;
    this.sheetName = sheetName;
    this.keyWidth = keyWidth;
    this.columns = List.of(columns);
  }

  /** The CSV file's name without {@code .csv}: {@code seizures_by_agency}. */
  public String stem() {
    return stem;
  }

  /** The edition file that holds the table: {@code tables/seizures_by_agency.csv}. */
  public String fileName() {
    return Publication.TABLES + stem + ".csv";
  }

  public String sheetName() {
    return sheetName;
  }

  /** How many leading columns identify a row across editions. */
  public int keyWidth() {
    return keyWidth;
  }

  /** The columns before {@code marker}. */
  public List<Column> columns() {
    return columns;
  }

  /** The columns as the CSV prints them, {@code marker} last. */
  public List<Column> allColumns() {
    List<Column> all = new ArrayList<>(columns);
    all.add(Columns.MARKER);
    return List.copyOf(all);
  }

  /** The position of a column in a row, {@code marker} last; -1 when the table has no such column. */
  public int indexOf(Column column) {
    List<Column> all = allColumns();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).name().equals(column.name())) {
        return i;
      }
    }
    return -1;
  }

  public static Optional<TableContract> of(String stem) {
    return Arrays.stream(values()).filter(t -> t.stem.equals(stem)).findFirst();
  }
}
