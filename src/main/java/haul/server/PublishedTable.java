package haul.server;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A published table as an edition stored it, parsed once: the header and the rows as text, exactly
 * as the CSV holds them. JSON gives figures as numbers and empty cells as null.
 */
final class PublishedTable {

  private final List<String> columns;
  private final List<Map<String, String>> rows;

  private PublishedTable(List<String> columns, List<Map<String, String>> rows) {
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
  }

  /** Reads a stored CSV table (UTF-8, header row first). Costs one pass over the bytes. */
  static PublishedTable parse(java.io.InputStream csv) {
    try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
        CsvReader<CsvRecord> records = CsvReader.builder().ofCsvRecord(reader)) {
      List<String> header = null;
      List<Map<String, String>> rows = new ArrayList<>();
      for (CsvRecord record : records) {
        if (header == null) {
          header = stripBom(record.getFields());
          continue;
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), i < record.getFieldCount() ? record.getField(i) : "");
        }
        rows.add(java.util.Collections.unmodifiableMap(row));
      }
      return new PublishedTable(header == null ? List.of() : header, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> stripBom(List<String> header) {
    if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
      List<String> copy = new ArrayList<>(header);
      copy.set(0, copy.get(0).substring(1));
      return copy;
    }
    return header;
  }

  List<String> columns() {
    return columns;
  }

  List<Map<String, String>> rows() {
    return rows;
  }

  List<Map<String, String>> rowsWhere(Predicate<Map<String, String>> test) {
    return rows.stream().filter(test).toList();
  }

  static Predicate<Map<String, String>> where(String column, String value) {
    return row -> Objects.equals(row.get(column), value);
  }

  /** The rows as JSON objects, figures as numbers, empty cells as null. */
  List<Map<String, Object>> jsonRows() {
    return jsonRows(rows);
  }

  static List<Map<String, Object>> jsonRows(List<Map<String, String>> rows) {
    List<Map<String, Object>> out = new ArrayList<>(rows.size());
    for (Map<String, String> row : rows) {
      out.add(jsonRow(row));
    }
    return out;
  }

  static Map<String, Object> jsonRow(Map<String, String> row) {
    Map<String, Object> json = new LinkedHashMap<>();
    row.forEach((column, value) -> json.put(column, jsonValue(column, value)));
    return json;
  }

  private static Object jsonValue(String column, String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (PublishedTableName.NUMERIC_COLUMNS.contains(column)) {
      try {
        return new BigDecimal(value);
      } catch (NumberFormatException e) {
        return value; // keep what the table says rather than lose it
      }
    }
    return value;
  }
}
