package haul.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Loads record-level returns with the store's bulk loader (DuckDB's CSV reader, PostgreSQL's COPY)
 * and validates them in SQL against the {@code ref_*} tables (DESIGN.md "Architecture": the engine
 * does the work, row numbers are kept). The SQL is one text for both engines; where they differ
 * (staging, try_cast, regular expressions, ASOF joins) {@link Dialect} says how.
 *
 * <p>One loader serves one import command, inside the command's transaction: {@link #stage} each
 * file into a temporary table, {@link #resolve} the rows against the reference tables, {@link
 * #shift} row numbers where the whole-file checks found quoted line breaks, {@link #validate}, then
 * {@link #load} the accepted rows or leave. The temporary tables live in the engine's buffers
 * (spilling to disk), never in the Java heap; {@link #close} drops them. Costs on DuckDB: six to
 * seven times DuckDB's own {@code read_csv} of the files (see docs/benchmarks.md).
 *
 * <p>Problems are reported by a code name and the offending value; the ingest stage turns them
 * into its validation codes and messages.
 */
public final class ReturnsLoader implements AutoCloseable {

  /** The columns of a return, in the order the staging table holds them. */
  public static final List<String> COLUMNS =
      List.of("agency", "seizure_id", "seizure_date", "drug", "quantity", "unit");

  private static final List<String> TEMP_TABLES =
      List.of(
          "return_staging", "return_base", "return_source", "return_shift", "return_event_check", "return_copy", "return_checked", "return_problem", "return_rejected",
          "return_event", "return_file", "return_settings", "return_agency_spelling", "return_line_spelling");

  private final Store store;
  private final Dialect dialect;
  /** The rowid the next staged record gets, where the engine does not number them itself. */
  private long nextRowId;
  private boolean resolved;
  private boolean validated;

  public ReturnsLoader(Store store) {
    this.store = Objects.requireNonNull(store, "store");
    this.dialect = store.dialect();
    store.run(c -> {
      // Raw fields as read, each record with the rowid its file's first record counts from.
      dialect.createReturnStaging(c);
      try (Statement s = c.createStatement()) {
        replaceTemp(s, "return_base", "(file_no INTEGER NOT NULL, base BIGINT NOT NULL)");
        replaceTemp(s, "return_source", "(file_no INTEGER NOT NULL, file_name VARCHAR NOT NULL)");
        replaceTemp(s, "return_shift", "(file_no INTEGER NOT NULL, rec_from BIGINT NOT NULL, off BIGINT NOT NULL)");
      }
      return null;
    });
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
   * Reads one CSV file into the staging table: with DuckDB's parallel reader, or streamed through
   * PostgreSQL's COPY.
   *
   * @param fileNo the file's position in the command, from 1
   * @param name the file's name in messages
   * @param columnPositions for each of {@link #COLUMNS}, its 0-based position in the file's header
   * @param columnCount how many columns the header has
   * @return how many records were read
   * @throws StoreException when the engine cannot read the file as CSV (its message names the line)
   */
  public long stage(int fileNo, String name, Path csv, int[] columnPositions, int columnCount) {
    if (columnPositions.length != COLUMNS.size()) {
      throw new IllegalArgumentException("need a position for each of " + COLUMNS);
    }
    return store.run(c -> {
      long n = dialect.stageReturns(c, fileNo, nextRowId, csv, columnPositions, columnCount);
      nextRowId += n;
      try (Statement s = c.createStatement()) {
        // rowids follow insertion order but need not start at 0 (rows of an open transaction)
        exec(s, "INSERT INTO return_base SELECT " + fileNo + ", coalesce(min(rowid), 0) FROM return_staging"
            + " WHERE file_no = " + fileNo);
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO return_source VALUES (?, ?)")) {
        p.setInt(1, fileNo);
        p.setString(2, name);
        p.execute();
      }
      return n;
    });
  }

  /**
   * Records where a file's rows are not simply numbered record + 1 (after quoted line breaks or
   * blank lines): a record numbered {@code r} starts on line {@code r + 1 + offset}, the offset
   * changing at each of {@code shiftFrom} (1-based records) to the matching {@code shiftOffset}.
   */
  public void shift(int fileNo, long[] shiftFrom, long[] shiftOffset) {
    if (shiftFrom.length == 0) {
      return;
    }
    store.run(c -> {
      try (PreparedStatement p = c.prepareStatement("INSERT INTO return_shift VALUES (?, ?, ?)")) {
        for (int i = 0; i < shiftFrom.length; i++) {
          p.setInt(1, fileNo);
          p.setLong(2, shiftFrom[i]);
          p.setLong(3, shiftOffset[i]);
          p.addBatch();
        }
        p.executeBatch();
      }
      return null;
    });
  }

  /**
   * A problem with one row: {@code code} names the rule, {@code value} is what the row held,
   * {@code detail} what the rule needs to explain itself (accepted units, conflicting values).
   */
  public record RowProblem(int fileNo, long row, String column, String code, String value, String detail) {}

  /** Rows dated in a financial year the store holds from published tables: the first row per file and year. */
  public record HeldYear(int fileNo, long row, int financialYearEnd) {}

  /**
   * Resolves every staged row against the reference tables (agency, drug and its class on the
   * date, units) and flags rows that break a rule of their own. Call once, after every file is
   * staged; then {@link #validate}.
   *
   * @param today dates after it are in the future
   * @param seriesStart dates before it are out of the series ({@code DATE_OUT_OF_RANGE}), whose
   *     detail is {@code seriesStartText}
   * @param onlyAgency when present, rows of any other agency are a problem ({@code AGENCY_NOT_PERMITTED})
   */
  public void resolve(LocalDate today, LocalDate seriesStart, String seriesStartText, Optional<String> onlyAgency) {
    store.run(c -> {
      try (Statement s = c.createStatement()) {
        replaceTemp(s, "return_settings", "(today DATE, only_agency VARCHAR, series_start DATE, series_start_text VARCHAR)");
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO return_settings VALUES (?, ?, ?, ?)")) {
        p.setDate(1, Date.valueOf(today));
        p.setString(2, onlyAgency.orElse(null));
        p.setDate(3, Date.valueOf(seriesStart));
        p.setString(4, seriesStartText);
        p.execute();
      }
      dialect.analyze(c, "return_staging");
      try (Statement s = c.createStatement()) {
        replaceTemp(s, "return_agency_spelling", agencySpellings(dialect));
        replaceTemp(s, "return_line_spelling", lineSpellings(dialect));
        dialect.analyze(c, "return_agency_spelling");
        dialect.analyze(c, "return_line_spelling");
        replaceTemp(s, "return_checked", checked(dialect));
        dialect.analyze(c, "return_checked");
      }
      return null;
    });
    resolved = true;
  }

  /**
   * Lists every problem of the resolved rows, after any {@link #shift} has renumbered them.
   *
   * @param wholeEvents whether a row whose event has a rejected row is itself rejected ({@code
   *     EVENT_HAS_REJECTED_ROW}), as a partial import needs
   */
  public void validate(boolean wholeEvents) {
    if (!resolved) {
      throw new IllegalStateException("resolve() first");
    }
    store.run(c -> {
      try (Statement s = c.createStatement()) {
        if (count(c, "SELECT count(*) FROM return_shift") > 0) {
          if (dialect.hasAsofJoin()) {
            exec(s, SHIFT_ROWS_ASOF);
          } else {
            exec(s, "CREATE INDEX return_shift_from ON return_shift (file_no, rec_from)");
            dialect.analyze(c, "return_shift");
            exec(s, SHIFT_ROWS_SUBQUERY);
          }
        }
        replaceTemp(s, "return_event_check", EVENT_CHECK);
        if (count(c, "SELECT count(*) FROM return_event_check WHERE first_file <> last_file") > 0) {
          replaceTemp(s, "return_copy", IDENTICAL_COPIES);
          exec(s, "DELETE FROM return_checked d USING return_copy x WHERE d.agency_code = x.agency_code"
              + " AND d.seizure_id = x.seizure_id AND d.file_no = x.file_no");
          exec(s, "UPDATE return_event_check e SET last_file = first_file FROM return_copy x"
              + " WHERE e.agency_code = x.agency_code AND e.seizure_id = x.seizure_id");
        }
        replaceTemp(s, "return_problem", problems(dialect));
        if (wholeEvents) {
          exec(s, WHOLE_EVENTS);
        }
      }
      return null;
    });
    validated = true;
  }

  /**
   * Whether a resolved row is of another agency than the only one permitted ({@code
   * AGENCY_NOT_PERMITTED}); callable right after {@link #resolve}, so that an importer can refuse a
   * file it would otherwise skip as seen before without saying so to another agency.
   */
  public boolean hasRowOfAnotherAgency() {
    if (!resolved) {
      throw new IllegalStateException("resolve() first");
    }
    return count("SELECT count(*) FROM (SELECT 1 FROM return_checked k, return_settings st"
        + " WHERE st.only_agency IS NOT NULL AND k.agency_code <> st.only_agency LIMIT 1) x") > 0;
  }

  /** How many distinct rows have a problem. */
  public long rejectedRows() {
    requireValidated();
    return count("SELECT count(*) FROM (SELECT DISTINCT file_no, rec FROM return_problem) r");
  }

  /** Every problem, ordered by file, row and column, streamed from the store. */
  public void forEachProblem(Consumer<RowProblem> action) {
    requireValidated();
    store.run(c -> {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(PROBLEMS_IN_ORDER)) {
        while (rs.next()) {
          action.accept(problem(rs));
        }
      }
      return null;
    });
  }

  private static final String PROBLEMS_IN_ORDER =
      "SELECT file_no, row_no, col, code, value, detail FROM return_problem ORDER BY file_no, row_no, col_order, code";

  private static RowProblem problem(ResultSet rs) throws SQLException {
    return new RowProblem(
        rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
  }

  /** Financial years of staged rows that the store holds from published tables. */
  public List<HeldYear> yearsHeldFromTables() {
    requireValidated();
    return store.run(c -> {
      List<HeldYear> held = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery(
              "SELECT k.file_no, min(k.row_no), k.fye FROM return_checked k"
                  + " WHERE k.fye IN (SELECT DISTINCT financial_year_end FROM table_figure)"
                  + " GROUP BY k.file_no, k.fye ORDER BY k.file_no, k.fye")) {
        while (rs.next()) {
          held.add(new HeldYear(rs.getInt(1), rs.getLong(2), rs.getInt(3)));
        }
      }
      return held;
    });
  }

  /** What a file of the command brought: its counts for the import log. */
  public record FileCounts(int fileNo, long accepted, long rejected, long revised) {}

  /** A file of the command to log: its name, content hash and how many records it held. */
  public record LoggedFile(int fileNo, String fileName, String sha256, long rowsRead) {}

  /**
   * Loads every row without a problem: events already stored are replaced whole (revisions), each
   * file gets its import log row, and every problem is kept in {@code import_reject} with the
   * message {@code message} gives it (streamed, a batch at a time). Must run in the command's
   * transaction ({@link Store#atomically}).
   */
  public List<FileCounts> load(List<LoggedFile> files, Instant at, Function<RowProblem, String> message) {
    requireValidated();
    return store.run(c -> {
      try (Statement s = c.createStatement()) {
        replaceTemp(s, "return_file", "(file_no INTEGER, import_id BIGINT, file_name VARCHAR)");
      }
      try (PreparedStatement p = c.prepareStatement(
          "INSERT INTO return_file VALUES (?, nextval('import_id_seq'), ?)")) {
        for (LoggedFile file : files) {
          p.setInt(1, file.fileNo());
          p.setString(2, file.fileName());
          p.addBatch();
        }
        p.executeBatch();
      }
      try (Statement s = c.createStatement()) {
        // Accepted rows and their events; an event belongs to the file of its first row.
        replaceTemp(s, "return_rejected", "AS SELECT DISTINCT file_no, rec FROM return_problem");
        String accepted = count(c, "SELECT count(*) FROM return_rejected") == 0
            ? "return_checked"
            : "(SELECT k.* FROM return_checked k WHERE NOT EXISTS (SELECT 1 FROM return_rejected r"
                + " WHERE r.file_no = k.file_no AND r.rec = k.rec))";
        // From here to the commit, one import at a time writes events: a revision racing another
        // of the same event sees it committed, and replaces it whole (a no-op for DuckDB's one writer).
        dialect.lockAgainstWriters(c, List.of("seizure", "drug_line"));
        // A join, not a correlated EXISTS: PostgreSQL would scan the whole (unindexed) seizure table per event.
        replaceTemp(s, "return_event", "AS SELECT e.*, o.seizure_id IS NOT NULL AS revised"
            + " FROM (SELECT agency_code, seizure_id, min(sdate) AS sdate, min(fye) AS fye, min(file_no) AS file_no"
            + " FROM " + accepted + " a GROUP BY agency_code, seizure_id) e"
            + " LEFT JOIN (SELECT DISTINCT agency_code, seizure_id FROM seizure) o"
            + " ON o.agency_code = e.agency_code AND o.seizure_id = e.seizure_id");
        if (count(c, "SELECT count(*) FROM return_event WHERE revised") > 0) {
          exec(s, "DELETE FROM drug_line d USING (SELECT agency_code, seizure_id FROM return_event WHERE revised) e"
              + " WHERE d.agency_code = e.agency_code AND d.seizure_id = e.seizure_id");
          exec(s, "DELETE FROM seizure d USING (SELECT agency_code, seizure_id FROM return_event WHERE revised) e"
              + " WHERE d.agency_code = e.agency_code AND d.seizure_id = e.seizure_id");
        }
        exec(s, "INSERT INTO seizure SELECT e.agency_code, e.seizure_id, e.sdate, e.fye, f.import_id"
            + " FROM return_event e JOIN return_file f USING (file_no)");
        exec(s, "INSERT INTO drug_line SELECT a.agency_code, a.seizure_id, a.drug_name, a.drug_class,"
            + " a.stored_quantity, a.stored_unit, a.row_no, f.import_id"
            + " FROM " + accepted + " a JOIN return_file f USING (file_no)");
      }
      // Appended (DuckDB) or copied (PostgreSQL): one prepared INSERT per reject costs a millisecond each.
      Map<Integer, Long> importIds = new HashMap<>();
      Map<Integer, String> fileNames = new HashMap<>();
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT file_no, import_id, file_name FROM return_file")) {
        while (rs.next()) {
          importIds.put(rs.getInt(1), rs.getLong(2));
          fileNames.put(rs.getInt(1), rs.getString(3));
        }
      }
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery(PROBLEMS_IN_ORDER);
          Dialect.RowAppender rejects = dialect.appender(c, "import_reject")) {
        while (rs.next()) {
          RowProblem problem = problem(rs);
          rejects.row(importIds.get(problem.fileNo()), fileNames.get(problem.fileNo()), problem.row(),
              problem.column(), problem.code(), message.apply(problem));
        }
      }
      List<FileCounts> counts = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery(
              "SELECT f.file_no,"
                  + " (SELECT count(*) FROM return_checked k WHERE k.file_no = f.file_no)"
                  + "   - (SELECT count(*) FROM return_rejected r WHERE r.file_no = f.file_no),"
                  + " (SELECT count(*) FROM return_rejected r WHERE r.file_no = f.file_no),"
                  + " (SELECT count(*) FROM return_event e WHERE e.file_no = f.file_no AND e.revised)"
                  + " FROM return_file f ORDER BY f.file_no")) {
        while (rs.next()) {
          counts.add(new FileCounts(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
        }
      }
      try (PreparedStatement p = c.prepareStatement(
          "INSERT INTO import_log SELECT import_id, 'returns', ?, ?, ?, ?, ?, ?, ?, NULL FROM return_file WHERE file_no = ?")) {
        for (LoggedFile file : files) {
          FileCounts count = counts.stream().filter(x -> x.fileNo() == file.fileNo()).findFirst().orElseThrow();
          p.setString(1, file.fileName());
          p.setString(2, file.sha256());
          p.setObject(3, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
          p.setLong(4, file.rowsRead());
          p.setLong(5, count.accepted());
          p.setLong(6, count.rejected());
          p.setLong(7, count.revised());
          p.setInt(8, file.fileNo());
          p.addBatch();
        }
        p.executeBatch();
      }
      return counts;
    });
  }

  /**
   * The raw engine's speed on a file, as the import benchmark's baseline: {@code CREATE TABLE AS
   * SELECT * FROM read_csv(...)} into a scratch table, dropped afterwards.
   *
   * @return the number of rows read
   */
  public static long rawCsvLoad(Store store, Path csv) {
    return store.run(c -> {
      try (DuckDbDialect.ExactPath exact = DuckDbDialect.ExactPath.of(csv); Statement s = c.createStatement()) {
        exec(s, "CREATE OR REPLACE TEMP TABLE raw_csv_baseline AS SELECT * FROM read_csv(" + exact.literal() + ")");
        long rows = count(c, "SELECT count(*) FROM raw_csv_baseline");
        exec(s, "DROP TABLE raw_csv_baseline");
        return rows;
      }
    });
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

  private void requireValidated() {
    if (!validated) {
      throw new IllegalStateException("validate() first");
    }
  }

  private long count(String sql) {
    return store.run(c -> count(c, sql));
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void exec(Statement s, String sql) throws SQLException {
    s.execute(sql);
  }

  /**
   * Creates a temporary table, replacing one of the name ({@code CREATE OR REPLACE} is DuckDB's
   * alone); {@code definition} is its columns or {@code AS} and a query.
   */
  private static void replaceTemp(Statement s, String table, String definition) throws SQLException {
    exec(s, "DROP TABLE IF EXISTS " + table);
    exec(s, "CREATE TEMP TABLE " + table + " " + definition);
  }

  /**
   * A record's line where the whole-file checks found it moved (quoted line breaks, blank lines):
   * the last shift at or before it. DuckDB joins each record to it with ASOF; PostgreSQL, which
   * has no ASOF join, looks it up by index.
   */
  private static final String SHIFT_ROWS_ASOF = """
      UPDATE return_checked k SET row_no = k.rec + 1 + x.off FROM (
        SELECT c.file_no, c.rec, sh.off FROM return_checked c
        ASOF JOIN return_shift sh ON sh.file_no = c.file_no AND c.rec >= sh.rec_from) x
      WHERE x.file_no = k.file_no AND x.rec = k.rec
      """;

  private static final String SHIFT_ROWS_SUBQUERY = """
      UPDATE return_checked k SET row_no = k.rec + 1 + coalesce((
        SELECT sh.off FROM return_shift sh WHERE sh.file_no = k.file_no AND sh.rec_from <= k.rec
        ORDER BY sh.rec_from DESC LIMIT 1), 0)
      """;

  /** What a quantity must look like before it is read as a number. */
  private static final String QUANTITY_PATTERN = "-?([0-9]+\\.?[0-9]*|\\.[0-9]+)";

  /** Runs of white space as RE2's \s means it, spelled out so that PostgreSQL means the same. */
  private static final String SPACES = "'[\\t\\n\\f\\r ]+'";

  /** A staged quantity as a number, or NULL when it is not one that fits. */
  private static String quantity(Dialect dialect, String raw) {
    String text = "trim(" + raw + ")";
    return "CASE WHEN " + dialect.fullMatch(text, QUANTITY_PATTERN) + " THEN " + dialect.quantityOrNull(text) + " END";
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /**
   * Every spelling of an agency in the staged rows, resolved once (a return repeats a few dozen
   * spellings a million times): in lower case with runs of spaces as one, as {@code
   * ref_agency_name} holds them.
   */
  private static String agencySpellings(Dialect dialect) {
    return """
        AS SELECT d.raw, nullif(trim(d.raw), '') AS agency, n.code AS agency_code
        FROM (SELECT DISTINCT agency AS raw FROM return_staging) d
        LEFT JOIN ref_agency_name n ON n.name = regexp_replace(lower(trim(d.raw)), %s, ' ', 'g')
        """.formatted(SPACES);
  }

  /**
   * Every combination of drug, date and unit spellings in the staged rows (a few thousand in a
   * year's return), resolved once: the date, the catalogue row the name means on that date (via
   * {@code ref_drug_alias}), its class then, and whether the unit fits it.
   */
  private static String lineSpellings(Dialect dialect) {
    String date = "trim(raw_date)";
    return """
      AS WITH spellings AS (
        SELECT raw_drug, raw_date, raw_unit,
          nullif(trim(raw_drug), '') AS drug, nullif(trim(raw_date), '') AS seizure_date,
          nullif(trim(raw_unit), '') AS unit,
          regexp_replace(lower(trim(raw_drug)), %s, ' ', 'g') AS drug_key,
          CASE WHEN %s AND substr(trim(raw_date), 1, 4) <> '0000' THEN %s END AS sdate,
          nullif(lower(trim(raw_unit)), '') AS unit_given
        FROM (SELECT DISTINCT drug AS raw_drug, seizure_date AS raw_date, unit AS raw_unit FROM return_staging) d
      )
      SELECT sp.*,
        EXISTS (SELECT 1 FROM ref_drug_alias x WHERE x.alias = sp.drug_key) AS drug_known,
        a.drug AS drug_name, dc.drug_class, rd.unit AS drug_unit, iu.input_unit AS known_unit,
        iu.factor, du.input_unit AS drug_input_unit
      FROM spellings sp
      LEFT JOIN ref_drug_alias a ON a.alias = sp.drug_key AND sp.sdate IS NOT NULL
        AND sp.sdate >= coalesce(a.valid_from, DATE '0001-01-01') AND sp.sdate <= coalesce(a.valid_to, DATE '9999-12-31')
      LEFT JOIN ref_drug_class dc ON dc.drug = a.drug
        AND sp.sdate >= coalesce(dc.valid_from, DATE '0001-01-01') AND sp.sdate <= coalesce(dc.valid_to, DATE '9999-12-31')
      LEFT JOIN ref_drug rd ON rd.name = a.drug
      LEFT JOIN ref_input_unit iu ON iu.input_unit = sp.unit_given
      LEFT JOIN ref_drug_input_unit du ON du.drug = a.drug AND du.input_unit = sp.unit_given
      """.formatted(SPACES, dialect.fullMatch(date, "[0-9]{4}-[0-9]{2}-[0-9]{2}"), dialect.isoDateOrNull(date));
  }

  /**
   * A staged row with its spellings resolved and its quantity read; {@code %s} is the rows to
   * start from (with {@code sid}, the staging rowid). DECIMAL(18, 9) keeps the arithmetic in 64
   * bits (up to 999,999,999 of any unit); the factors of units.csv (1, 0.001) fit DECIMAL(4, 3), so
   * g to kg is exact and cannot overflow.
   */
  private static String resolvedRow(Dialect dialect, String rows) {
    return """
      SELECT n.*, am.agency, am.agency_code, %s AS seizure_id,
        lk.seizure_date, lk.drug, lk.unit, nullif(trim(s.quantity), '') AS quantity,
        lk.sdate, lk.drug_known, lk.drug_name, lk.drug_class, lk.drug_unit, lk.known_unit, lk.factor,
        lk.drug_input_unit, %s AS qty
      FROM (%s) n
      JOIN return_staging s ON s.rowid = n.sid
      %s
      """.formatted(seizureId(dialect), quantity(dialect, "s.quantity"), rows, spellingJoins(dialect));
  }

  /** Each staged row's spellings, resolved once per spelling. */
  private static String spellingJoins(Dialect dialect) {
    return "LEFT JOIN return_agency_spelling am ON " + dialect.sameStagedField("am.raw", "s.agency")
        + " LEFT JOIN return_line_spelling lk ON " + dialect.sameStagedField("lk.raw_drug", "s.drug")
        + " AND " + dialect.sameStagedField("lk.raw_date", "s.seizure_date")
        + " AND " + dialect.sameStagedField("lk.raw_unit", "s.unit");
  }

  /**
   * Every staged row, narrowed to what loading and the event rules need, and whether it breaks a
   * rule of its own ({@code row_bad}); the details of a bad row are worked out again from its
   * staging row ({@code sid}) only when it is reported.
   */
  private static String checked(Dialect dialect) {
    return """
      AS WITH settings AS (SELECT today, only_agency, series_start FROM return_settings),
      q AS (
        SELECT s.rowid AS sid, s.file_no, s.rowid - b.base + 1 AS rec, am.agency, am.agency_code,
          %s AS seizure_id, lk.seizure_date, lk.drug, lk.unit,
          nullif(trim(s.quantity), '') AS quantity,
          lk.sdate, lk.drug_known, lk.drug_name, lk.drug_class, lk.drug_unit, lk.known_unit, lk.factor,
          lk.drug_input_unit, %s AS qty
        FROM return_staging s
        JOIN return_base b USING (file_no)
        %s
      )
      SELECT q.sid, q.file_no, q.rec, q.rec + 1 AS row_no, q.agency_code, q.seizure_id, q.sdate,
        CAST(CASE WHEN EXTRACT(MONTH FROM q.sdate) >= 4 THEN EXTRACT(YEAR FROM q.sdate) + 1
                  ELSE EXTRACT(YEAR FROM q.sdate) END AS INTEGER) AS fye,
        q.drug_name, q.drug_class,
        CASE WHEN q.drug_unit IS NULL OR q.factor = 1 THEN q.qty
             ELSE round(q.qty * CAST(q.factor AS DECIMAL(4, 3)), 9) END AS stored_quantity,
        CASE WHEN q.drug_unit IS NULL THEN q.known_unit ELSE q.drug_unit END AS stored_unit,
        (q.agency IS NULL OR q.agency_code IS NULL
          OR (st.only_agency IS NOT NULL AND q.agency_code <> st.only_agency)
          OR q.seizure_id IS NULL OR q.seizure_date IS NULL OR q.sdate IS NULL OR q.sdate > st.today
          OR q.sdate < st.series_start
          OR q.drug IS NULL OR NOT q.drug_known OR q.drug_class IS NULL
          OR (q.quantity IS NOT NULL AND (q.qty IS NULL OR q.qty < 0 OR q.unit IS NULL))
          OR (q.unit IS NOT NULL AND (q.known_unit IS NULL
              OR (q.drug_unit IS NOT NULL AND q.drug_input_unit IS NULL)))) AS row_bad
      FROM q, settings st
      """.formatted(seizureId(dialect), quantity(dialect, "s.quantity"), spellingJoins(dialect));
  }

  /**
   * A staged seizure id as stored: trimmed, in Unicode NFC, so that the NFC and NFD spellings of
   * one id (which look alike) are one seizure; NULL when empty.
   */
  private static String seizureId(Dialect dialect) {
    return dialect.nfc("nullif(trim(s.seizure_id), '')");
  }

  /**
   * One row per broken rule per row: the rules of a row alone are checked only on rows flagged
   * {@code row_bad}, worked out again from their staging rows; the rules of an event (one agency,
   * one date) group every row.
   */
  private static String problems(Dialect dialect) {
    return """
      AS WITH settings AS (SELECT today, only_agency, series_start, series_start_text FROM return_settings),
      bad AS MATERIALIZED (
      """ + resolvedRow(dialect, "SELECT sid, file_no, rec, row_no FROM return_checked WHERE row_bad") + """
      ),
      rules AS (
        SELECT file_no, rec, row_no, 'agency' AS col, 'MISSING_AGENCY' AS code, agency AS value, NULL AS detail
          FROM bad WHERE agency IS NULL
        UNION ALL SELECT file_no, rec, row_no, 'agency', 'UNKNOWN_AGENCY', agency, NULL
          FROM bad WHERE agency IS NOT NULL AND agency_code IS NULL
        UNION ALL SELECT file_no, rec, row_no, 'agency', 'AGENCY_NOT_PERMITTED', agency, st.only_agency
          FROM bad, settings st WHERE st.only_agency IS NOT NULL AND agency_code <> st.only_agency
        UNION ALL SELECT file_no, rec, row_no, 'seizure_id', 'MISSING_ID', NULL, NULL
          FROM bad WHERE seizure_id IS NULL
        UNION ALL SELECT file_no, rec, row_no, 'seizure_date', 'MISSING_DATE', NULL, NULL
          FROM bad WHERE seizure_date IS NULL
        UNION ALL SELECT file_no, rec, row_no, 'seizure_date', 'INVALID_DATE', seizure_date, NULL
          FROM bad WHERE seizure_date IS NOT NULL AND sdate IS NULL
        UNION ALL SELECT file_no, rec, row_no, 'seizure_date', 'FUTURE_DATE', seizure_date, CAST(st.today AS VARCHAR)
          FROM bad, settings st WHERE sdate > st.today
        UNION ALL SELECT file_no, rec, row_no, 'seizure_date', 'DATE_OUT_OF_RANGE', seizure_date, st.series_start_text
          FROM bad, settings st WHERE sdate < st.series_start
        UNION ALL SELECT file_no, rec, row_no, 'drug', 'MISSING_DRUG', NULL, NULL
          FROM bad WHERE drug IS NULL
        UNION ALL SELECT file_no, rec, row_no, 'drug', 'UNKNOWN_DRUG', drug, NULL
          FROM bad WHERE drug IS NOT NULL AND NOT drug_known
        UNION ALL SELECT file_no, rec, row_no, 'drug', 'DRUG_NOT_CONTROLLED_ON_DATE', drug, CAST(sdate AS VARCHAR)
          FROM bad, settings st WHERE drug_known AND sdate >= st.series_start AND drug_class IS NULL
        UNION ALL SELECT file_no, rec, row_no, 'quantity', 'NEGATIVE_QUANTITY', quantity, NULL
          FROM bad WHERE qty < 0
        UNION ALL SELECT file_no, rec, row_no, 'quantity', 'INVALID_QUANTITY', quantity, NULL
          FROM bad WHERE quantity IS NOT NULL AND qty IS NULL
        UNION ALL SELECT file_no, rec, row_no, 'unit', 'MISSING_UNIT', NULL, quantity
          FROM bad WHERE quantity IS NOT NULL AND unit IS NULL
        UNION ALL SELECT file_no, rec, row_no, 'unit', 'UNKNOWN_UNIT', unit,
            (SELECT string_agg(input_unit, ', ' ORDER BY input_unit) FROM ref_input_unit)
          FROM bad WHERE unit IS NOT NULL AND known_unit IS NULL
        UNION ALL SELECT k.file_no, k.rec, k.row_no, 'unit', 'UNIT_NOT_FOR_DRUG', k.unit,
            k.drug_name || ' (use ' || (SELECT string_agg(u.input_unit, ' or ' ORDER BY u.input_unit)
                                        FROM ref_drug_input_unit u WHERE u.drug = k.drug_name) || ')'
          FROM bad k
          WHERE k.known_unit IS NOT NULL AND k.drug_unit IS NOT NULL AND k.drug_input_unit IS NULL
        UNION ALL SELECT k.file_no, k.rec, k.row_no, 'agency', 'EVENT_AGENCY_CONFLICT', nullif(trim(s.agency), ''),
            c.detail
          FROM return_checked k JOIN (
            SELECT file_no, seizure_id, min(agency_code) || ', ' || max(agency_code) AS detail
            FROM return_checked WHERE agency_code IS NOT NULL AND seizure_id IS NOT NULL
            GROUP BY file_no, seizure_id HAVING min(agency_code) <> max(agency_code)
          ) c ON c.file_no = k.file_no AND c.seizure_id = k.seizure_id
          JOIN return_staging s ON s.rowid = k.sid
          WHERE k.agency_code IS NOT NULL
        UNION ALL SELECT k.file_no, k.rec, k.row_no, 'seizure_date', 'EVENT_DATE_CONFLICT',
            nullif(trim(s.seizure_date), ''), c.detail
          FROM return_checked k JOIN (
            SELECT x.file_no, x.agency_code, x.seizure_id,
              CAST(min(x.sdate) AS VARCHAR) || ', ' || CAST(max(x.sdate) AS VARCHAR) AS detail
            FROM return_checked x JOIN return_event_check e
              ON e.agency_code = x.agency_code AND e.seizure_id = x.seizure_id
            GROUP BY x.file_no, x.agency_code, x.seizure_id HAVING min(x.sdate) <> max(x.sdate)
          ) c ON c.file_no = k.file_no AND c.agency_code = k.agency_code AND c.seizure_id = k.seizure_id
          JOIN return_staging s ON s.rowid = k.sid
          WHERE k.sdate IS NOT NULL
        UNION ALL SELECT k.file_no, k.rec, k.row_no, 'seizure_id', 'EVENT_IN_SEVERAL_FILES', k.seizure_id,
            (SELECT o.file_name || ' (row ' || CAST(min(x.row_no) AS VARCHAR) || ')'
             FROM return_checked x JOIN return_source o ON o.file_no = x.file_no
             WHERE x.agency_code = k.agency_code AND x.seizure_id = k.seizure_id AND x.file_no <> k.file_no
             GROUP BY x.file_no, o.file_name ORDER BY x.file_no LIMIT 1)
          FROM return_checked k JOIN return_event_check e
            ON e.agency_code = k.agency_code AND e.seizure_id = k.seizure_id AND e.first_file <> e.last_file
      )
      SELECT r.*, CASE r.col WHEN 'agency' THEN 1 WHEN 'seizure_id' THEN 2 WHEN 'seizure_date' THEN 3
                               WHEN 'drug' THEN 4 WHEN 'quantity' THEN 5 ELSE 6 END AS col_order
      FROM rules r
      """;
  }

  /**
   * The events that need a second look: in more than one file of the command, or with rows dated
   * differently. One pass over every resolved row; usually a handful of events come out.
   */
  private static final String EVENT_CHECK = """
      AS SELECT agency_code, seizure_id, min(file_no) AS first_file, max(file_no) AS last_file
      FROM return_checked WHERE agency_code IS NOT NULL AND seizure_id IS NOT NULL
      GROUP BY agency_code, seizure_id
      HAVING min(file_no) <> max(file_no) OR min(sdate) <> max(sdate)
      """;

  /** One event's rows in one file, as loading would store them, in one text to compare. */
  private static final String EVENT_CONTENT = "coalesce(CAST(k.sdate AS VARCHAR), '') || '|' || coalesce(k.drug_name, '')"
      + " || '|' || coalesce(CAST(k.stored_quantity AS VARCHAR), '') || '|' || coalesce(k.stored_unit, '')";

  /**
   * One seizure in several files of a command is loaded once when every file holds the same rows
   * for it (as stored: names resolved, units converted): these are the copies after its first
   * file, to drop. Where the files differ, every row stays and is a conflict ({@code
   * EVENT_IN_SEVERAL_FILES}).
   */
  private static final String IDENTICAL_COPIES = """
      AS SELECT agency_code, seizure_id, file_no FROM (
          SELECT agency_code, seizure_id, file_no, content,
            min(content) OVER (PARTITION BY agency_code, seizure_id) AS low,
            max(content) OVER (PARTITION BY agency_code, seizure_id) AS high,
            min(file_no) OVER (PARTITION BY agency_code, seizure_id) AS first_file
          FROM (
            SELECT k.agency_code, k.seizure_id, k.file_no, string_agg(%s, ';' ORDER BY %s) AS content
            FROM return_checked k JOIN return_event_check e
              ON e.agency_code = k.agency_code AND e.seizure_id = k.seizure_id AND e.first_file <> e.last_file
            GROUP BY k.agency_code, k.seizure_id, k.file_no) per_file) compared
      WHERE low = high AND file_no <> first_file
      """.formatted(EVENT_CONTENT, EVENT_CONTENT);

  /**
   * A partial import loads whole events or nothing of them: the other rows of an event with a
   * rejected row (same agency and id, or same id in the same file) are rejected too.
   */
  private static final String WHOLE_EVENTS = """
      INSERT INTO return_problem
      WITH bad AS (SELECT DISTINCT k.file_no, k.rec, k.row_no, k.agency_code, k.seizure_id
                   FROM return_checked k
                   WHERE k.seizure_id IS NOT NULL
                     AND EXISTS (SELECT 1 FROM return_problem p WHERE p.file_no = k.file_no AND p.rec = k.rec)),
      first_bad_by_agency AS (SELECT agency_code, seizure_id, min(row_no) AS bad_row
                              FROM bad WHERE agency_code IS NOT NULL GROUP BY agency_code, seizure_id),
      first_bad_in_file AS (SELECT file_no, seizure_id, min(row_no) AS bad_row FROM bad GROUP BY file_no, seizure_id)
      SELECT k.file_no, k.rec, k.row_no, 'seizure_id', 'EVENT_HAS_REJECTED_ROW', k.seizure_id,
             CAST(coalesce(f.bad_row, a.bad_row) AS VARCHAR), 2
      FROM return_checked k
      LEFT JOIN first_bad_in_file f ON f.file_no = k.file_no AND f.seizure_id = k.seizure_id
      LEFT JOIN first_bad_by_agency a ON a.agency_code = k.agency_code AND a.seizure_id = k.seizure_id
      WHERE (f.bad_row IS NOT NULL OR a.bad_row IS NOT NULL)
        AND NOT EXISTS (SELECT 1 FROM return_problem p WHERE p.file_no = k.file_no AND p.rec = k.rec)
      """;
}
