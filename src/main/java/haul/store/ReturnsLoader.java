package haul.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads record-level returns with the store's bulk loader (DuckDB's CSV reader, PostgreSQL's COPY)
 * and validates them in SQL against the {@code ref_*} tables (DESIGN.md "Architecture": the engine
 * does the work, row numbers are kept). The stages are types, so they run in order: {@link #stage}
 * the files into a temporary table ({@link ReturnsLoaderStaged}), resolve the rows against the
 * reference tables ({@link ReturnsLoaderResolved}), validate them by ingest's rules ({@link
 * ReturnsLoaderValidated}), then load the accepted rows ({@link ReturnsLoaderLoaded}) or leave.
 *
 * <p>One loader serves one import command, inside the command's transaction. The temporary
 * tables live in the engine's buffers (spilling to disk), never in the Java heap; {@link #close}
 * drops them. Costs on DuckDB: six to seven times DuckDB's own {@code read_csv} of the files (see
 * docs/benchmarks.md). Problems are reported by their rule's code and the offending value; ingest
 * turns them into its messages. An engine's own error text is read here and nowhere else.
 */
public final class ReturnsLoader implements AutoCloseable {

  static final List<String> TEMP_TABLES =
      List.of(
          "return_staging", "return_base", "return_source", "return_shift", "return_event_check", "return_copy",
          "return_checked", "return_problem", "return_rejected", "return_event", "return_file", "return_settings",
          "return_agency_spelling", "return_line_spelling");

  private final Store store;
  private final Dialect dialect;
  private final List<String> columns;
  private boolean staged;

  /**
   * Creates the temporary tables of one import.
   *
   * @param columns the return's columns (ingest's list), which the staging table holds in order
   */
  public ReturnsLoader(Store store, List<String> columns) {
    this.store = Objects.requireNonNull(store, "store");
    this.dialect = store.dialect();
    this.columns = List.copyOf(columns);
    store.run(c -> {
      // Raw fields as read, each record with the rowid its file's first record counts from.
      dialect.createReturnStaging(c, this.columns);
      try (Statement s = c.createStatement()) {
        replaceTemp(s, "return_base", "(file_no INTEGER NOT NULL, base BIGINT NOT NULL)");
        replaceTemp(s, "return_source", "(file_no INTEGER NOT NULL, file_name VARCHAR NOT NULL)");
        replaceTemp(s, "return_shift", "(file_no INTEGER NOT NULL, rec_from BIGINT NOT NULL, off BIGINT NOT NULL)");
      }
      return null;
    });
  }

  /** A file of the command to stage: its position (from 1), name in messages, and header. */
  public record FileToStage(int fileNo, String name, Path csv, int[] columnPositions, int columnCount) {}

  /**
   * One rule of validation, as ingest keeps it (one resource per rule, named by its code).
   *
   * @param kind {@code row}: {@code sql} is a condition on one resolved row, {@code value} and
   *     {@code detail} SQL expressions over it; {@code event}: {@code sql} is a query over {@code
   *     return_checked} giving {@code file_no, rec, row_no, col, code, value, detail}; {@code
   *     partial}: such a query run after the others when a partial import loads whole events
   * @param column the column a row rule reports
   */
  public record Rule(String code, String kind, String column, String value, String detail, String sql) {
    public Rule {
      Objects.requireNonNull(code, "code");
      if (!List.of("row", "event", "partial").contains(kind)) {
        throw new IllegalArgumentException("rule " + code + ": kind must be row, event or partial, not " + kind);
      }
      if (kind.equals("row") && (column == null || value == null || detail == null)) {
        throw new IllegalArgumentException("row rule " + code + " needs a column, a value and a detail");
      }
    }
  }

  /** A file the engine's CSV reader refused, with its reason in one line (the engine's words tidied). */
  public static final class UnreadableFile extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int fileNo;

    UnreadableFile(int fileNo, String reason, Throwable cause) {
      super(reason, cause);
      this.fileNo = fileNo;
    }

    public int fileNo() {
      return fileNo;
    }

    public String reason() {
      return getMessage();
    }
  }

  /** An earlier import of the same content. */
  public record PriorImport(String fileName, Instant importedAt) {}

  /** The earliest import of returns with this content hash, if any. */
  public Optional<PriorImport> priorImport(String sha256) {
    return store.run(c -> {
      try (PreparedStatement p = c.prepareStatement(
          "SELECT file_name, imported_at FROM import_log WHERE kind = 'returns' AND content_sha256 = ?"
              + " ORDER BY imported_at, import_id LIMIT 1")) {
        p.setString(1, sha256);
        try (ResultSet rs = p.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          // import_log times are UTC
          Instant at = rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC);
          return Optional.of(new PriorImport(rs.getString(1), at));
        }
      }
    });
  }

  /**
   * Reads every file into the staging table: with DuckDB's parallel reader, or streamed through
   * PostgreSQL's COPY. Once per loader.
   *
   * @throws UnreadableFile when the engine cannot read a file as CSV
   */
  public ReturnsLoaderStaged stage(List<FileToStage> files) {
    if (staged) {
      throw new IllegalStateException("a loader stages its files once");
    }
    staged = true;
    long nextRowId = 0;
    for (FileToStage file : files) {
      if (file.columnPositions().length != columns.size()) {
        throw new IllegalArgumentException("need a position for each of " + columns);
      }
      nextRowId += stageOne(file, nextRowId);
    }
    return new ReturnsLoaderStaged(store, files);
  }

  private long stageOne(FileToStage file, long firstRowId) {
    return store.run(c -> {
      long n;
      try {
        n = dialect.stageReturns(c, file.fileNo(), firstRowId, file.csv(), file.columnPositions(), file.columnCount());
      } catch (SQLException e) {
        throw new UnreadableFile(file.fileNo(), reason(e), e);
      }
      try (Statement s = c.createStatement()) {
        // rowids follow insertion order but need not start at 0 (rows of an open transaction)
        exec(s, "INSERT INTO return_base SELECT " + file.fileNo() + ", coalesce(min(rowid), 0) FROM return_staging"
            + " WHERE file_no = " + file.fileNo());
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO return_source VALUES (?, ?)")) {
        p.setInt(1, file.fileNo());
        p.setString(2, file.name());
        p.execute();
      }
      return n;
    });
  }

  /** The engine's reason for refusing a file, in one line. */
  private static String reason(SQLException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("state machine reached an invalid state")) {
      return "its line endings are mixed (CRLF and LF) or its quotes do not pair up";
    }
    int start = message.indexOf("CSV Error");
    String from = start >= 0 ? message.substring(start) : message;
    int newline = from.indexOf('\n');
    return newline >= 0 ? from.substring(0, newline).strip() : from.strip();
  }

  /** Drops the temporary tables. */
  @Override
  public void close() {
    store.run(c -> {
      try (Statement s = c.createStatement()) {
        for (String table : TEMP_TABLES) {
          exec(s, "DROP TABLE IF EXISTS " + table);
        }
      }
      return null;
    });
  }

  static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static void exec(Statement s, String sql) throws SQLException {
    s.execute(sql);
  }

  /**
   * Creates a temporary table, replacing one of the name ({@code CREATE OR REPLACE} is DuckDB's
   * alone); {@code definition} is its columns or {@code AS} and a query.
   */
  static void replaceTemp(Statement s, String table, String definition) throws SQLException {
    exec(s, "DROP TABLE IF EXISTS " + table);
    exec(s, "CREATE TEMP TABLE " + table + " " + definition);
  }
}
