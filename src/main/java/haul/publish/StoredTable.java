package haul.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A published table read back from the CSV bytes an edition stored, through its {@link
 * TableContract}: the header must be the contract's, so a reader that names a column by a {@link
 * Columns} constant always gets that column. Values are the CSV's text; {@link Row#json()} gives
 * figures as numbers and empty cells as null. Reading costs one pass over the bytes and holds every
 * row in memory (a few thousand rows for a release).
 */
public final class StoredTable {

  private final TableContract contract;
  private final List<Row> rows;

  private StoredTable(TableContract contract, List<Row> rows) {
    this.contract = contract;
    this.rows = List.copyOf(rows);
  }

  /**
   * Reads a stored table.
   *
   * @throws IllegalArgumentException when the header is not the contract's, or a row has another
   *     number of fields, naming the table and the row
   */
  public static StoredTable read(TableContract contract, byte[] csv) {
    List<List<String>> records = CsvTable.read(csv);
    List<String> expected = contract.allColumns().stream().map(Column::name).toList();
    List<String> header = records.isEmpty() ? List.of() : stripBom(records.get(0));
    if (!header.equals(expected)) {
      throw new IllegalArgumentException(contract.fileName() + ": the header is " + String.join(",", header)
          + " where the table's contract says " + String.join(",", expected));
    }
    List<Row> rows = new ArrayList<>(records.size());
    for (int i = 1; i < records.size(); i++) {
      List<String> fields = records.get(i);
      if (fields.size() != expected.size()) {
        throw new IllegalArgumentException(contract.fileName() + ":" + (i + 1) + ": " + fields.size()
            + " fields where the header has " + expected.size());
      }
      rows.add(new Row(contract, fields));
    }
    return new StoredTable(contract, rows);
  }

  private static List<String> stripBom(List<String> header) {
    if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
      List<String> copy = new ArrayList<>(header);
      copy.set(0, copy.get(0).substring(1));
      return copy;
    }
    return header;
  }

  public TableContract contract() {
    return contract;
  }

  public List<Row> rows() {
    return rows;
  }

  public List<Row> rowsWhere(Predicate<Row> test) {
    return rows.stream().filter(test).toList();
  }

  /** A test on one column's value: {@code where(Columns.AGENCY_CODE, "kent")}. */
  public static Predicate<Row> where(Column column, String value) {
    return row -> Objects.equals(row.get(column), value);
  }

  /** Every row as JSON, in the table's order. */
  public List<Map<String, Object>> json() {
    return rows.stream().map(Row::json).toList();
  }

  /** One row of a stored table: its fields in the contract's order, {@code marker} last. */
  public record Row(TableContract contract, List<String> fields) {

    public Row {
      fields = List.copyOf(fields);
    }

    /**
     * The text of a column (empty when the figure is not available).
     *
     * @throws IllegalArgumentException when the table has no such column
     */
    public String get(Column column) {
      int index = contract.indexOf(column);
      if (index < 0) {
        throw new IllegalArgumentException(contract.stem() + " has no column " + column.name());
      }
      return fields.get(index);
    }

    public boolean is(Column column, String value) {
      return get(column).equals(value);
    }

    /** Column name to value: figures as numbers, empty cells as null. */
    public Map<String, Object> json() {
      Map<String, Object> json = new LinkedHashMap<>();
      List<Column> columns = contract.allColumns();
      for (int i = 0; i < columns.size(); i++) {
        json.put(columns.get(i).name(), jsonValue(columns.get(i), fields.get(i)));
      }
      return json;
    }

    private static Object jsonValue(Column column, String value) {
      if (value.isEmpty()) {
        return null;
      }
      if (column.format() != Column.NumberStyle.NONE) {
        try {
          return new BigDecimal(value);
        } catch (NumberFormatException e) {
          return value; // keep what the table says rather than lose it
        }
      }
      return value;
    }
  }
}
