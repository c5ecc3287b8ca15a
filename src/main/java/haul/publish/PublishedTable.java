package haul.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A published table with everything a reader needs to use it: its file name, title, sheet name,
 * columns with units, rows and notes. It cannot be built without them, and it is checked when it
 * is built (the GOV.UK accessible-spreadsheet rules that the workbook depends on).
 *
 * @param name the CSV file's name without {@code .csv}: {@code seizures_by_agency}
 * @param title what the table shows, printed in A1 of its sheet
 * @param sheetName the workbook sheet: under 31 characters, no {@code [ ] : * ? / \}
 * @param columns the columns before {@code marker}, which every table ends with
 * @param notes sentences printed under the title, such as how totals treat a missing return
 */
public record PublishedTable(
    String name, String title, String sheetName, List<Column> columns, List<TableRow> rows, List<String> notes) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z_]*");
  private static final Pattern SHEET = Pattern.compile("[^\\[\\]:*?/\\\\]{1,30}");
  public static final Column MARKER = Columns.MARKER;

  public PublishedTable {
    Objects.requireNonNull(title, "title");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("table name " + name + ": use lower case letters and _ only");
    }
    if (!SHEET.matcher(sheetName).matches()) {
      throw new IllegalArgumentException("sheet name '" + sheetName
          + "': give 1 to 30 characters without [ ] : * ? / \\ (spreadsheet applications refuse them)");
    }
    if (title.isBlank()) {
      throw new IllegalArgumentException("table " + name + " needs a title");
    }
    for (TableRow row : rows) {
      if (row.cells().size() != columns.size()) {
        throw new IllegalArgumentException("table " + name + ": a row has " + row.cells().size()
            + " cells for " + columns.size() + " columns: " + row.cells());
      }
    }
  }

  /** A table of the contract, its columns and sheet name as {@link TableContract} defines them. */
  public static PublishedTable of(TableContract contract, String title, List<TableRow> rows, List<String> notes) {
    return new PublishedTable(contract.stem(), title, contract.sheetName(), contract.columns(), rows, notes);
  }

  /** The CSV file name, such as {@code seizures_by_agency.csv}. */
  public String fileName() {
    return name + ".csv";
  }

  /** The columns as printed, {@code marker} last. */
  public List<Column> allColumns() {
    List<Column> all = new ArrayList<>(columns);
    all.add(MARKER);
    return all;
  }

  public PublishedTable withRows(List<TableRow> newRows) {
    return new PublishedTable(name, title, sheetName, columns, newRows, notes);
  }
}
