package haul.store;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Parquet for a PostgreSQL store, through an in-memory DuckDB (PostgreSQL cannot write Parquet,
 * and DuckDB's postgres extension cannot be downloaded here): a table's rows are read by JDBC and
 * appended to DuckDB, which writes the file; a file is read by DuckDB and streamed into COPY as CSV
 * (FastCSV, as {@link PostgresDialect#copyWriter} writes it). Holds one row at a time; costs one
 * pass over the rows and the in-memory DuckDB's copy of the table when writing.
 */
final class ParquetBridge {

  private ParquetBridge() {}

  static long write(Connection connection, String table, List<String> columns, Path file) throws SQLException {
    List<Column> typed = columns(connection, table, columns);
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement duckStatement = duck.createStatement()) {
      List<String> definitions = new ArrayList<>();
      for (Column column : typed) {
        definitions.add(column.name() + " " + column.duckDbType());
      }
      duckStatement.execute("CREATE TABLE " + table + " (" + String.join(", ", definitions) + ")");
      long rows = 0;
      try (PreparedStatement select = connection.prepareStatement(
              "SELECT " + String.join(", ", columns) + " FROM " + table);
          DuckDBAppender appender = duck.unwrap(DuckDBConnection.class).createAppender("main", table)) {
        // Streams with a cursor (the caller's transaction keeps auto-commit off) rather than loading all rows.
        select.setFetchSize(10_000);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            appender.beginRow();
            for (int i = 0; i < typed.size(); i++) {
              append(appender, typed.get(i), rs, i + 1);
            }
            appender.endRow();
            rows++;
          }
        }
      }
      duckStatement.execute("COPY " + table + " TO " + DuckDbDialect.literal(file) + " (FORMAT parquet)");
      return rows;
    }
  }

  private static void append(DuckDBAppender appender, Column column, ResultSet rs, int index) throws SQLException {
    Object value = switch (column.duckDbType()) {
      case "INTEGER" -> rs.getObject(index, Integer.class);
      case "BIGINT" -> rs.getObject(index, Long.class);
      case "SMALLINT" -> rs.getObject(index, Short.class);
      case "BOOLEAN" -> rs.getObject(index, Boolean.class);
      case "DOUBLE" -> rs.getObject(index, Double.class);
      case "DATE" -> rs.getObject(index, LocalDate.class);
      case "TIMESTAMP" -> rs.getObject(index, LocalDateTime.class);
      case "BLOB" -> rs.getBytes(index);
      case "VARCHAR" -> rs.getString(index);
      default -> {
        BigDecimal decimal = rs.getBigDecimal(index);
        yield decimal == null ? null : decimal.setScale(column.scale());
      }
    };
    if (value == null) {
      appender.appendNull();
    } else if (value instanceof Integer v) {
      appender.append(v.intValue());
    } else if (value instanceof Long v) {
      appender.append(v.longValue());
    } else if (value instanceof Short v) {
      appender.append(v.shortValue());
    } else if (value instanceof Boolean v) {
      appender.append(v.booleanValue());
    } else if (value instanceof Double v) {
      appender.append(v.doubleValue());
    } else if (value instanceof LocalDate v) {
      appender.append(v);
    } else if (value instanceof LocalDateTime v) {
      appender.append(v);
    } else if (value instanceof byte[] v) {
      appender.append(v);
    } else if (value instanceof BigDecimal v) {
      appender.append(v);
    } else {
      appender.append((String) value);
    }
  }

  static long read(Connection connection, String table, List<String> columns, Path file) throws SQLException {
    List<Column> typed = columns(connection, table, columns);
    PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
        "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)", 1 << 16);
    long rows = 0;
    boolean done = false;
    try (DuckDbDialect.ExactPath exact = DuckDbDialect.ExactPath.of(file);
        Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement select = duck.createStatement();
        ResultSet rs = select.executeQuery(
            "SELECT " + String.join(", ", columns) + " FROM read_parquet(" + exact.literal() + ")")) {
      CsvWriter csv = PostgresDialect.copyWriter(copy);
      while (rs.next()) {
        CsvWriter.CsvWriterRecord record = csv.writeRecord();
        for (int i = 0; i < typed.size(); i++) {
          record.writeField(text(typed.get(i), rs, i + 1));
        }
        record.endRecord();
        rows++;
      }
      csv.flush();
      copy.endCopy();
      done = true;
    } catch (IOException e) {
      throw new SQLException("COPY into " + table + " failed: " + e.getMessage(), e);
    } finally {
      if (!done && copy.isActive()) {
        copy.cancelCopy();
      }
    }
    return rows;
  }

  /** A value read from DuckDB as PostgreSQL's text input for the column, or null. */
  private static String text(Column column, ResultSet rs, int index) throws SQLException {
    switch (column.duckDbType()) {
      case "DATE" -> {
        LocalDate date = rs.getObject(index, LocalDate.class);
        return date == null ? null : date.toString();
      }
      case "TIMESTAMP" -> {
        // As LocalDateTime: java.sql.Timestamp would pass through the JVM's zone and move times in a DST gap.
        LocalDateTime time = rs.getObject(index, LocalDateTime.class);
        return time == null ? null : time.toString();
      }
      case "BLOB" -> {
        byte[] bytes = rs.getBytes(index);
        return bytes == null ? null : "\\x" + HexFormat.of().formatHex(bytes);
      }
      default -> {
        if (column.duckDbType().startsWith("DECIMAL")) {
          BigDecimal decimal = rs.getBigDecimal(index);
          return decimal == null ? null : decimal.toPlainString();
        }
        return rs.getString(index);
      }
    }
  }

  /** A column of a PostgreSQL table and the DuckDB type that holds the same values. */
  private record Column(String name, String duckDbType, int scale) {}

  private static List<Column> columns(Connection connection, String table, List<String> names) throws SQLException {
    List<Column> columns = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT data_type, numeric_precision, numeric_scale FROM information_schema.columns"
            + " WHERE table_schema = current_schema() AND table_name = ? AND column_name = ?")) {
      for (String name : names) {
        select.setString(1, table);
        select.setString(2, name);
        try (ResultSet rs = select.executeQuery()) {
          if (!rs.next()) {
            throw new SQLException("table " + table + " has no column " + name);
          }
          String type = rs.getString(1);
          String duckDb = switch (type) {
            case "integer" -> "INTEGER";
            case "bigint" -> "BIGINT";
            case "smallint" -> "SMALLINT";
            case "boolean" -> "BOOLEAN";
            case "double precision" -> "DOUBLE";
            case "date" -> "DATE";
            case "timestamp without time zone" -> "TIMESTAMP";
            case "bytea" -> "BLOB";
            case "character varying", "text", "character" -> "VARCHAR";
            case "numeric" -> {
              if (rs.getObject(2) == null) {
                throw new SQLException("column " + table + "." + name + " is NUMERIC without a precision,"
                    + " which Parquet cannot hold exactly: give it one, as NUMERIC(38, 9)");
              }
              yield "DECIMAL(" + rs.getInt(2) + ", " + rs.getInt(3) + ")";
            }
            default -> throw new SQLException("column " + table + "." + name + " has type " + type
                + ", which haul cannot move to Parquet yet");
          };
          columns.add(new Column(name, duckDb, rs.getInt(3)));
        }
      }
    }
    return columns;
  }
}
