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
    try (Statement statement = connection.createStatement()) {
      return statement.executeUpdate("INSERT INTO " + table + " (" + names + ") SELECT * FROM read_csv("
          + literal(csv) + ", header = true, delim = ',', quote = '\"', escape = '\"', all_varchar = true,"
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
      try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM read_parquet(" + literal(file) + ")")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Override
  public long readParquet(Connection connection, String table, List<String> columns, Path file) throws SQLException {
    String names = String.join(", ", columns);
    try (Statement statement = connection.createStatement()) {
      return statement.executeUpdate(
          "INSERT INTO " + table + " (" + names + ") SELECT " + names + " FROM read_parquet(" + literal(file) + ")");
    }
  }

  @Override
  public void createReturnStaging(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      // A record's number within its file comes from the table's rowid, which follows the
      // reader's order (DuckDB preserves insertion order).
      statement.execute("CREATE OR REPLACE TEMP TABLE return_staging (file_no INTEGER NOT NULL, agency VARCHAR,"
          + " seizure_id VARCHAR, seizure_date VARCHAR, drug VARCHAR, quantity VARCHAR, unit VARCHAR)");
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
    try (Statement statement = connection.createStatement()) {
      return statement.executeUpdate("INSERT INTO return_staging SELECT " + fileNo + select
          + " FROM read_csv(" + literal(csv)
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

  /** A file path as a DuckDB string literal. */
  static String literal(Path file) {
    return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
  }
}
