package haul.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** DuckDB's side of {@link Dialect}: files are read and written by the engine itself. */
final class DuckDbDialect implements Dialect {

  static final DuckDbDialect INSTANCE = new DuckDbDialect();

  private DuckDbDialect() {}

  @Override
  public String name() {
    return "DuckDB";
  }

  @Override
  public int schemaVersion(Connection connection) throws SQLException {
    return DuckDbMigrations.currentVersion(connection);
  }

  @Override
  public Set<String> bookkeepingTables() {
    return Set.of("schema_version");
  }

  @Override
  public long bulkLoad(Connection connection, String table, List<String> columns, Path csv) throws SQLException {
    String names = String.join(", ", columns);
    try (ExactPath exact = ExactPath.of(csv); Statement statement = connection.createStatement()) {
      return statement.executeUpdate("INSERT INTO " + table + " (" + names + ") SELECT * FROM read_csv("
          + exact.literal() + ", header = true, delim = ',', quote = '\"', escape = '\"', all_varchar = true,"
          + " allow_quoted_nulls = false, columns = " + varcharColumns(columns) + ")");
    }
  }

  private static String varcharColumns(List<String> columns) {
    List<String> pairs = new ArrayList<>();
    for (String column : columns) {
      pairs.add("'" + column + "': 'VARCHAR'");
    }
    return "{" + String.join(", ", pairs) + "}";
  }

  @Override
  public void advanceSequence(Connection connection, String sequence, long atLeast) throws SQLException {
    // DuckDB has no setval: draw values until the sequence has reached atLeast.
    long last;
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT coalesce(last_value, start_value - increment_by) FROM duckdb_sequences()"
            + " WHERE schema_name = current_schema() AND sequence_name = ?")) {
      select.setString(1, sequence);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("no sequence " + sequence);
        }
        last = rs.getLong(1);
      }
    }
    if (last < atLeast) {
      try (Statement statement = connection.createStatement();
          ResultSet rs = statement.executeQuery(
              "SELECT max(nextval('" + sequence + "')) FROM range(" + (atLeast - last) + ")")) {
        rs.next();
      }
    }
  }

  @Override
  public List<String> sequences(Connection connection) throws SQLException {
    List<String> sequences = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT sequence_name FROM duckdb_sequences()"
            + " WHERE schema_name = current_schema() ORDER BY sequence_name")) {
      while (rs.next()) {
        sequences.add(rs.getString(1));
      }
    }
    return sequences;
  }

  @Override
  public void lockReferenceSync(Connection connection) {
    // A DuckDB file has one writer: no other process can be syncing it.
  }

  @Override
  public void lockAgainstWriters(Connection connection, List<String> tables) {
    // A DuckDB file has one writer: this process.
  }

  @Override
  public void beginSnapshot(Connection connection) {
    // A DuckDB transaction reads one snapshot already.
  }

  @Override
  public long writeParquet(Connection connection, String table, List<String> columns, Path file) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("COPY (SELECT " + String.join(", ", columns) + " FROM " + table + ") TO " + literal(file)
          + " (FORMAT parquet)");
      try (ExactPath exact = ExactPath.of(file);
          ResultSet rs = statement.executeQuery("SELECT count(*) FROM read_parquet(" + exact.literal() + ")")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Override
  public long readParquet(Connection connection, String table, List<String> columns, Path file) throws SQLException {
    String names = String.join(", ", columns);
    try (ExactPath exact = ExactPath.of(file); Statement statement = connection.createStatement()) {
      return statement.executeUpdate(
          "INSERT INTO " + table + " (" + names + ") SELECT " + names + " FROM read_parquet(" + exact.literal() + ")");
    }
  }

  @Override
  public void createReturnStaging(Connection connection, List<String> columns) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      // A record's number within its file comes from the table's rowid, which follows the
      // reader's order (DuckDB preserves insertion order).
      statement.execute("CREATE OR REPLACE TEMP TABLE return_staging (file_no INTEGER NOT NULL, "
          + String.join(" VARCHAR, ", columns) + " VARCHAR)");
    }
  }

  @Override
  public long stageReturns(Connection connection, int fileNo, long firstRowId, Path csv, int[] columnPositions,
      int columnCount) throws SQLException {
    StringBuilder columns = new StringBuilder("{");
    for (int i = 0; i < columnCount; i++) {
      columns.append(i == 0 ? "" : ", ").append("'c").append(i).append("': 'VARCHAR'");
    }
    columns.append('}');
    StringBuilder select = new StringBuilder();
    for (int position : columnPositions) {
      select.append(", c").append(position);
    }
    try (ExactPath exact = ExactPath.of(csv); Statement statement = connection.createStatement()) {
      return statement.executeUpdate("INSERT INTO return_staging SELECT " + fileNo + select
          + " FROM read_csv(" + exact.literal()
          + ", header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"', strict_mode = true,"
          + " columns = " + columns + ")");
    }
  }

  @Override
  public String sameStagedField(String left, String right) {
    // read_csv stages an empty field as NULL
    return left + " IS NOT DISTINCT FROM " + right;
  }

  @Override
  public String fullMatch(String text, String regex) {
    return "regexp_full_match(" + text + ", '" + regex + "')";
  }

  @Override
  public String isoDateOrNull(String text) {
    return "try_cast(" + text + " AS DATE)";
  }

  @Override
  public String quantityOrNull(String text) {
    return "try_cast(" + text + " AS DECIMAL(18, 9))";
  }

  @Override
  public String nfc(String text) {
    return "nfc_normalize(" + text + ")";
  }

  @Override
  public boolean hasAsofJoin() {
    return true;
  }

  @Override
  public void analyze(Connection connection, String table) {
    // DuckDB keeps its statistics as it writes.
  }

  @Override
  public RowAppender appender(Connection connection, String table) throws SQLException {
    DuckDBAppender appender = connection.unwrap(DuckDBConnection.class)
        .createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
    return new RowAppender() {
      @Override
      public void row(Object... values) throws SQLException {
        appender.beginRow();
        for (Object value : values) {
          if (value == null) {
            appender.appendNull();
          } else if (value instanceof Long v) {
            appender.append(v.longValue());
          } else if (value instanceof Integer v) {
            appender.append(v.intValue());
          } else {
            appender.append((String) value);
          }
        }
        appender.endRow();
      }

      @Override
      public void close() throws SQLException {
        appender.close();
      }
    };
  }

  /** A file path as a DuckDB string literal, for writing (COPY TO never expands a pattern). */
  static String literal(Path file) {
    return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
  }

  /**
   * A path DuckDB's readers ({@code read_csv}, {@code read_parquet}) read as exactly the file
   * named. They expand {@code *}, {@code ?}, {@code [...]} and {@code {...}} in a path, so that a
   * return called {@code kent[1].csv} would read {@code kent1.csv}; such a file is read through a
   * symbolic link of a plain name in a fresh temporary folder, which {@link #close} removes. A path
   * without those characters is read as it is. Costs two file-system calls when a link is needed.
   */
  static final class ExactPath implements AutoCloseable {
    private static final String PATTERN_CHARACTERS = "*?[]{}\\";

    private final Path path;
    private final Path folder;

    private ExactPath(Path path, Path folder) {
      this.path = path;
      this.folder = folder;
    }

    static ExactPath of(Path file) throws SQLException {
      Path absolute = file.toAbsolutePath();
      if (!hasPatternCharacter(absolute.toString())) {
        return new ExactPath(absolute, null);
      }
      try {
        Path folder = java.nio.file.Files.createTempDirectory("haul-read-");
        String name = absolute.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path link = folder.resolve("file" + (dot >= 0 && !hasPatternCharacter(name.substring(dot)) ? name.substring(dot) : ""));
        java.nio.file.Files.createSymbolicLink(link, absolute);
        if (hasPatternCharacter(link.toString())) {
          throw new SQLException("the temporary folder " + folder + " has a pattern character (" + PATTERN_CHARACTERS
              + ") in its path, so DuckDB cannot be told to read " + file + " alone: set TMPDIR to a plain path");
        }
        return new ExactPath(link, folder);
      } catch (java.io.IOException | UnsupportedOperationException e) {
        throw new SQLException("cannot read " + file + " as itself: " + e.getMessage(), e);
      }
    }

    static boolean hasPatternCharacter(String path) {
      for (int i = 0; i < path.length(); i++) {
        if (PATTERN_CHARACTERS.indexOf(path.charAt(i)) >= 0) {
          return true;
        }
      }
      return false;
    }

    /** The path as a DuckDB string literal. */
    String literal() {
      return "'" + path.toString().replace("'", "''") + "'";
    }

    @Override
    public void close() {
      if (folder == null) {
        return;
      }
      try {
        java.nio.file.Files.deleteIfExists(path);
        java.nio.file.Files.deleteIfExists(folder);
      } catch (java.io.IOException e) {
        // a temporary link left behind is the operating system's to clear
      }
    }
  }
}
