package haul.store;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * PostgreSQL's side of {@link Dialect}. Bulk loads stream through {@code COPY ... FROM STDIN} as
 * CSV that FastCSV writes ({@link #copyWriter}); Parquet goes through {@link ParquetBridge}.
 */
final class PostgresDialect implements Dialect {

  static final PostgresDialect INSTANCE = new PostgresDialect();

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
    return ParquetBridge.write(connection, table, columns, file);
  }

  @Override
  public long readParquet(Connection connection, String table, List<String> columns, Path file) throws SQLException {
    return ParquetBridge.read(connection, table, columns, file);
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
      CsvWriter out = copyWriter(copy);
      String file = Integer.toString(fileNo);
      long[] rowId = {firstRowId};
      long records = ReturnsLoaderCsv.read(reader, columnPositions, columnCount, fields -> {
        CsvWriter.CsvWriterRecord record = out.writeRecord().writeField(file).writeField(Long.toString(rowId[0]++));
        for (String field : fields) {
          record.writeField(field);
        }
        record.endRecord();
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
    CsvWriter out = copyWriter(copy);
    return new RowAppender() {
      @Override
      public void row(Object... values) throws SQLException {
        try {
          CsvWriter.CsvWriterRecord record = out.writeRecord();
          for (Object value : values) {
            record.writeField(value == null ? null : value.toString());
          }
          record.endRecord();
        } catch (UncheckedIOException e) {
          throw new SQLException("COPY into " + table + " failed: " + e.getMessage(), e);
        }
      }

      @Override
      public void close() throws SQLException {
        try {
          out.flush();
          copy.endCopy();
        } catch (IOException | UncheckedIOException e) {
          throw new SQLException("COPY into " + table + " failed: " + e.getMessage(), e);
        } finally {
          if (copy.isActive()) {
            copy.cancelCopy();
          }
        }
      }
    };
  }

  /**
   * CSV as PostgreSQL's {@code COPY ... (FORMAT csv)} reads it, written by FastCSV into a COPY
   * stream: every value quoted, so that an unquoted empty field is NULL and {@code ""} an empty
   * string; LF line ends. Buffered; {@code flush} before ending the COPY.
   */
  static CsvWriter copyWriter(OutputStream copy) {
    return CsvWriter.builder()
        .quoteStrategy(QUOTE_ALL_BUT_NULL)
        .lineDelimiter(LineDelimiter.LF)
        .build(new OutputStreamWriter(copy, StandardCharsets.UTF_8));
  }

  private static final QuoteStrategy QUOTE_ALL_BUT_NULL = new QuoteStrategy() {
    @Override
    public boolean quoteEmpty(int lineNo, int fieldIdx) {
      return true;
    }

    @Override
    public boolean quoteNonEmpty(int lineNo, int fieldIdx, String value) {
      return true;
    }
  };

  /** An identifier quoted for PostgreSQL. */
  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
