package haul.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * PostgreSQL's side of {@link Dialect}. Bulk loads stream through {@code COPY ... FROM STDIN};
 * Parquet goes through an in-memory DuckDB (PostgreSQL cannot write Parquet, and DuckDB's postgres
 * extension cannot be downloaded here): rows are appended to it, or read from it, by JDBC.
 */
final class PostgresDialect implements Dialect {

  static final PostgresDialect INSTANCE = new PostgresDialect();

  /** Characters of CSV sent to COPY at a time when restoring. */
  private static final int COPY_CHUNK = 4 << 20;

  private PostgresDialect() {}

  @Override
  public String name() {
    return "PostgreSQL";
  }

  @Override
  public int schemaVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
      rs.next();
      if (!rs.getBoolean(1)) {
        return 0;
      }
    }
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT coalesce(max(CAST(version AS INTEGER)), 0)"
            + " FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Override
  public Set<String> bookkeepingTables() {
    return Set.of("flyway_schema_history");
  }

  @Override
  public long bulkLoad(Connection connection, String table, List<String> columns, Path csv) throws SQLException {
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return copyManager(connection).copyIn(copyIn(table, columns) + " (FORMAT csv, HEADER true)", reader);
    } catch (IOException e) {
      throw new SQLException("cannot read " + csv + ": " + e.getMessage(), e);
    }
  }

  private static String copyIn(String table, List<String> columns) {
    return "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
  }

  private static CopyManager copyManager(Connection connection) throws SQLException {
    return connection.unwrap(PGConnection.class).getCopyAPI();
  }

  @Override
  public void advanceSequence(Connection connection, String sequence, long atLeast) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT setval(CAST(? AS regclass), ?) FROM " + quote(sequence)
            + " WHERE ? > CASE WHEN is_called THEN last_value ELSE last_value - 1 END")) {
      statement.setString(1, quote(sequence));
      statement.setLong(2, atLeast);
      statement.setLong(3, atLeast);
      statement.executeQuery().close();
    }
  }

  @Override
  public List<String> sequences(Connection connection) throws SQLException {
    List<String> sequences = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT sequence_name FROM information_schema.sequences"
            + " WHERE sequence_schema = current_schema() ORDER BY sequence_name")) {
      while (rs.next()) {
        sequences.add(rs.getString(1));
      }
    }
    return sequences;
  }

  @Override
  public void lockReferenceSync(Connection connection) throws SQLException {
    // Two processes opening one schema at once (haul serve and a command) would both rewrite it.
    try (Statement statement = connection.createStatement()) {
      statement.executeQuery("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.ref'))").close();
    }
  }

  @Override
  public void lockAgainstWriters(Connection connection, List<String> tables) throws SQLException {
    if (tables.isEmpty()) {
      return;
    }
    List<String> quoted = new ArrayList<>();
    for (String table : tables) {
      quoted.add(quote(table));
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("LOCK TABLE " + String.join(", ", quoted) + " IN SHARE ROW EXCLUSIVE MODE");
    }
  }

  @Override
  public void beginSnapshot(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    }
  }

  @Override
  public long writeParquet(Connection connection, String table, List<String> columns, Path file) throws SQLException {
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

  @Override
  public long readParquet(Connection connection, String table, List<String> columns, Path file) throws SQLException {
    List<Column> typed = columns(connection, table, columns);
    CopyManager copy = copyManager(connection);
    String sql = copyIn(table, columns) + " (FORMAT csv)";
    long rows = 0;
    try (DuckDbDialect.ExactPath exact = DuckDbDialect.ExactPath.of(file);
        Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement select = duck.createStatement();
        ResultSet rs = select.executeQuery(
            "SELECT " + String.join(", ", columns) + " FROM read_parquet(" + exact.literal() + ")")) {
      StringBuilder csv = new StringBuilder();
      while (rs.next()) {
        for (int i = 0; i < typed.size(); i++) {
          if (i > 0) {
            csv.append(',');
          }
          String text = text(typed.get(i), rs, i + 1);
          if (text != null) {
            // Every value quoted: then an unquoted empty field is NULL and "" is an empty string.
            csv.append('"').append(text.replace("\"", "\"\"")).append('"');
          }
        }
        csv.append('\n');
        rows++;
        if (csv.length() > COPY_CHUNK) {
          copy(copy, sql, csv);
        }
      }
      copy(copy, sql, csv);
    }
    return rows;
  }

  private static void copy(CopyManager copy, String sql, StringBuilder csv) throws SQLException {
    if (csv.length() == 0) {
      return;
    }
    try {
      copy.copyIn(sql, new StringReader(csv.toString()));
    } catch (IOException e) {
      throw new SQLException("COPY failed: " + e.getMessage(), e);
    }
    csv.setLength(0);
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

  @Override
  public void createReturnStaging(Connection connection, List<String> columns) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS return_staging");
      // No rowid in PostgreSQL: a column of that name, numbered by the loader in reading order,
      // lets the loader's queries read alike. Empty fields are staged as empty text, never NULL,
      // so that staged fields join with = (hash joins) rather than IS NOT DISTINCT FROM.
      statement.execute("CREATE TEMP TABLE return_staging (file_no INTEGER NOT NULL, rowid BIGINT NOT NULL, "
          + String.join(" VARCHAR NOT NULL, ", columns) + " VARCHAR NOT NULL)");
    }
  }

  @Override
  public long stageReturns(Connection connection, int fileNo, long firstRowId, Path csv, int[] columnPositions,
      int columnCount) throws SQLException {
    PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
        "COPY return_staging FROM STDIN (FORMAT csv)", 1 << 16);
    boolean done = false;
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      Writer out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16);
      String prefix = fileNo + ",";
      long[] rowId = {firstRowId};
      long records = ReturnsLoaderCsv.read(reader, columnPositions, columnCount, fields -> {
        out.write(prefix);
        out.write(Long.toString(rowId[0]++));
        for (String field : fields) {
          out.write(",\"");
          out.write(field.indexOf('"') < 0 ? field : field.replace("\"", "\"\""));
          out.write('"');
        }
        out.write('\n');
      });
      out.flush();
      copy.endCopy();
      done = true;
      return records;
    } catch (IOException e) {
      throw new SQLException("cannot read " + csv + ": " + e.getMessage(), e);
    } finally {
      if (!done && copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  @Override
  public String sameStagedField(String left, String right) {
    return left + " = " + right;
  }

  @Override
  public String fullMatch(String text, String regex) {
    return "(" + text + " ~ '^(?:" + regex + ")$')";
  }

  @Override
  public String isoDateOrNull(String text) {
    // CAST raises on a day that does not exist: check the day against its month's last first.
    return "CASE WHEN substr(" + text + ", 6, 2) BETWEEN '01' AND '12' THEN CASE WHEN substr(" + text + ", 9, 2)"
        + " BETWEEN '01' AND to_char(make_date(CAST(substr(" + text + ", 1, 4) AS INTEGER), CAST(substr(" + text
        + ", 6, 2) AS INTEGER), 1) + INTERVAL '1 month - 1 day', 'DD') THEN CAST(" + text + " AS DATE) END END";
  }

  @Override
  public String quantityOrNull(String text) {
    // CAST raises on overflow: round first, as DuckDB's cast does (half away from zero, which
    // only the tenth decimal decides, so longer fractions are cut there).
    String cut = "substring(" + text + " FROM '^-?[0-9]*\\.?[0-9]{0,10}')";
    return "CASE WHEN abs(round(CAST(" + cut + " AS NUMERIC), 9)) < 1000000000 THEN CAST(" + cut
        + " AS DECIMAL(18, 9)) END";
  }

  @Override
  public String nfc(String text) {
    // normalize() needs a UTF8 database, which haul's stores are (PostgreSQL 13 and later)
    return "normalize(" + text + ", NFC)";
  }

  @Override
  public boolean hasAsofJoin() {
    return false;
  }

  @Override
  public void analyze(Connection connection, String table) throws SQLException {
    // Autovacuum never sees temporary tables: without statistics the planner guesses badly.
    try (Statement statement = connection.createStatement()) {
      statement.execute("ANALYZE " + table);
    }
  }

  @Override
  public RowAppender appender(Connection connection, String table) throws SQLException {
    PGCopyOutputStream copy = new PGCopyOutputStream(
        connection.unwrap(PGConnection.class), "COPY " + quote(table) + " FROM STDIN (FORMAT csv)", 1 << 16);
    Writer out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16);
    return new RowAppender() {
      @Override
      public void row(Object... values) throws SQLException {
        try {
          for (int i = 0; i < values.length; i++) {
            if (i > 0) {
              out.write(',');
            }
            if (values[i] != null) {
              // quoted: an unquoted empty field is NULL
              out.write('"');
              out.write(values[i].toString().replace("\"", "\"\""));
              out.write('"');
            }
          }
          out.write('\n');
        } catch (IOException e) {
          throw new SQLException("COPY into " + table + " failed: " + e.getMessage(), e);
        }
      }

      @Override
      public void close() throws SQLException {
        try {
          out.flush();
          copy.endCopy();
        } catch (IOException e) {
          throw new SQLException("COPY into " + table + " failed: " + e.getMessage(), e);
        } finally {
          if (copy.isActive()) {
            copy.cancelCopy();
          }
        }
      }
    };
  }

  /** An identifier quoted for PostgreSQL. */
  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
