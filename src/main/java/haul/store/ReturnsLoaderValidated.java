package haul.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The third stage's result: every problem of every row, by rule. Read them ({@link
 * #forEachProblem}, {@link #rejectedRows}, {@link #yearsHeldFromTables}); then {@link #load} the
 * accepted rows, or leave and let the command's transaction roll back.
 */
public final class ReturnsLoaderValidated {

  private final Store store;
  private final List<ReturnsLoader.FileToStage> files;

  ReturnsLoaderValidated(Store store, List<ReturnsLoader.FileToStage> files) {
    this.store = store;
    this.files = files;
  }

  /**
   * A problem with one row: {@code code} names the rule, {@code value} is what the row held,
   * {@code detail} what the rule needs to explain itself (accepted units, conflicting values).
   */
  public record RowProblem(int fileNo, long row, String column, String code, String value, String detail) {}

  /** Rows dated in a financial year the store holds from published tables: the first row per file and year. */
  public record HeldYear(int fileNo, long row, int financialYearEnd) {}

  /** What a file of the command brought: its counts for the import log. */
  public record FileCounts(int fileNo, long accepted, long rejected, long revised) {}

  /** A file of the command to log: its name, content hash and how many records it held. */
  public record LoggedFile(int fileNo, String fileName, String sha256, long rowsRead) {}

  /** The files the command staged, in order. */
  public List<ReturnsLoader.FileToStage> files() {
    return files;
  }

  /** How many distinct rows have a problem. */
  public long rejectedRows() {
    return store.run(c -> ReturnsLoader.count(c, "SELECT count(*) FROM (SELECT DISTINCT file_no, rec FROM return_problem) r"));
  }

  /** Every problem, ordered by file, row and column, streamed from the store. */
  public void forEachProblem(Consumer<RowProblem> action) {
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

  /**
   * Loads every row without a problem: events already stored are replaced whole (revisions), each
   * file gets its import log row, and every problem is kept in {@code import_reject} with the
   * message {@code message} gives it (streamed, a batch at a time). Must run in the command's
   * transaction ({@link Store#atomically}).
   */
  public ReturnsLoaderLoaded load(List<LoggedFile> logged, Instant at, Function<RowProblem, String> message) {
    Dialect dialect = store.dialect();
    List<FileCounts> counted = store.run(c -> {
      try (Statement s = c.createStatement()) {
        ReturnsLoader.replaceTemp(s, "return_file", "(file_no INTEGER, import_id BIGINT, file_name VARCHAR)");
      }
      try (PreparedStatement p = c.prepareStatement(
          "INSERT INTO return_file VALUES (?, nextval('import_id_seq'), ?)")) {
        for (LoggedFile file : logged) {
          p.setInt(1, file.fileNo());
          p.setString(2, file.fileName());
          p.addBatch();
        }
        p.executeBatch();
      }
      try (Statement s = c.createStatement()) {
        // Accepted rows and their events; an event belongs to the file of its first row.
        ReturnsLoader.replaceTemp(s, "return_rejected", "AS SELECT DISTINCT file_no, rec FROM return_problem");
        String accepted = ReturnsLoader.count(c, "SELECT count(*) FROM return_rejected") == 0
            ? "return_checked"
            : "(SELECT k.* FROM return_checked k WHERE NOT EXISTS (SELECT 1 FROM return_rejected r"
                + " WHERE r.file_no = k.file_no AND r.rec = k.rec))";
        // From here to the commit, one import at a time writes events: a revision racing another
        // of the same event sees it committed, and replaces it whole (a no-op for DuckDB's one writer).
        dialect.lockAgainstWriters(c, List.of("seizure", "drug_line"));
        // A join, not a correlated EXISTS: PostgreSQL would scan the whole (unindexed) seizure table per event.
        ReturnsLoader.replaceTemp(s, "return_event", "AS SELECT e.*, o.seizure_id IS NOT NULL AS revised"
            + " FROM (SELECT agency_code, seizure_id, min(sdate) AS sdate, min(fye) AS fye, min(file_no) AS file_no"
            + " FROM " + accepted + " a GROUP BY agency_code, seizure_id) e"
            + " LEFT JOIN (SELECT DISTINCT agency_code, seizure_id FROM seizure) o"
            + " ON o.agency_code = e.agency_code AND o.seizure_id = e.seizure_id");
        if (ReturnsLoader.count(c, "SELECT count(*) FROM return_event WHERE revised") > 0) {
          ReturnsLoader.exec(s, "DELETE FROM drug_line d USING (SELECT agency_code, seizure_id FROM return_event WHERE revised) e"
              + " WHERE d.agency_code = e.agency_code AND d.seizure_id = e.seizure_id");
          ReturnsLoader.exec(s, "DELETE FROM seizure d USING (SELECT agency_code, seizure_id FROM return_event WHERE revised) e"
              + " WHERE d.agency_code = e.agency_code AND d.seizure_id = e.seizure_id");
        }
        ReturnsLoader.exec(s, "INSERT INTO seizure SELECT e.agency_code, e.seizure_id, e.sdate, e.fye, f.import_id"
            + " FROM return_event e JOIN return_file f USING (file_no)");
        ReturnsLoader.exec(s, "INSERT INTO drug_line SELECT a.agency_code, a.seizure_id, a.drug_name, a.drug_class,"
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
        for (LoggedFile file : logged) {
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
    return new ReturnsLoaderLoaded(counted);
  }
}
