package haul.store;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

/**
 * The second stage's result: every row resolved, rows breaking a row rule flagged. Next, {@link
 * #validate} them.
 */
public final class ReturnsLoaderResolved {

  private final Store store;
  private final List<ReturnsLoader.FileToStage> files;
  private final List<ReturnsLoader.Rule> rowRules;

  ReturnsLoaderResolved(Store store, List<ReturnsLoader.FileToStage> files, List<ReturnsLoader.Rule> rowRules) {
    this.store = store;
    this.files = files;
    this.rowRules = rowRules;
  }

  /**
   * Whether a row is of another agency than the only one permitted; asked before a file is skipped
   * as seen before, so that another agency's token learns nothing of what was imported.
   */
  public boolean hasRowOfAnotherAgency() {
    return store.run(c -> ReturnsLoader.count(c, "SELECT count(*) FROM (SELECT 1 FROM return_checked k, return_settings st"
        + " WHERE st.only_agency IS NOT NULL AND k.agency_code <> st.only_agency LIMIT 1) x") > 0);
  }

  /**
   * Where a file's rows are not simply numbered record + 1 (after quoted line breaks): a record
   * numbered {@code r} starts on line {@code r + 1 + offset}, the offset changing at each of
   * {@code from} (1-based records) to the matching {@code offset}.
   */
  public record Shift(int fileNo, long[] from, long[] offset) {}

  /**
   * Lists every problem by the rules, after renumbering the rows that {@code shifts} move.
   *
   * @param eventRules rules over the events of the command
   * @param partialRules rules run afterwards when {@code wholeEvents}: a row whose event has a
   *     rejected row is itself rejected, as a partial import needs
   */
  public ReturnsLoaderValidated validate(
      List<Shift> shifts, List<ReturnsLoader.Rule> eventRules, List<ReturnsLoader.Rule> partialRules,
      boolean wholeEvents) {
    Dialect dialect = store.dialect();
    store.run(c -> {
      boolean anyShift = false;
      try (PreparedStatement p = c.prepareStatement("INSERT INTO return_shift VALUES (?, ?, ?)")) {
        for (Shift shift : shifts) {
          for (int i = 0; i < shift.from().length; i++) {
            p.setInt(1, shift.fileNo());
            p.setLong(2, shift.from()[i]);
            p.setLong(3, shift.offset()[i]);
            p.addBatch();
            anyShift = true;
          }
        }
        if (anyShift) {
          p.executeBatch();
        }
      }
      try (Statement s = c.createStatement()) {
        if (anyShift) {
          if (dialect.hasAsofJoin()) {
            ReturnsLoader.exec(s, ReturnsLoaderSql.SHIFT_ROWS_ASOF);
          } else {
            ReturnsLoader.exec(s, "CREATE INDEX return_shift_from ON return_shift (file_no, rec_from)");
            dialect.analyze(c, "return_shift");
            ReturnsLoader.exec(s, ReturnsLoaderSql.SHIFT_ROWS_SUBQUERY);
          }
        }
        ReturnsLoader.replaceTemp(s, "return_event_check", ReturnsLoaderSql.EVENT_CHECK);
        if (ReturnsLoader.count(c, "SELECT count(*) FROM return_event_check WHERE first_file <> last_file") > 0) {
          ReturnsLoader.replaceTemp(s, "return_copy", ReturnsLoaderSql.IDENTICAL_COPIES);
          ReturnsLoader.exec(s, "DELETE FROM return_checked d USING return_copy x WHERE d.agency_code = x.agency_code"
              + " AND d.seizure_id = x.seizure_id AND d.file_no = x.file_no");
          ReturnsLoader.exec(s, "UPDATE return_event_check e SET last_file = first_file FROM return_copy x"
              + " WHERE e.agency_code = x.agency_code AND e.seizure_id = x.seizure_id");
        }
        ReturnsLoader.replaceTemp(s, "return_problem", ReturnsLoaderSql.problems(dialect, rowRules, eventRules));
        if (wholeEvents) {
          for (ReturnsLoader.Rule rule : partialRules) {
            ReturnsLoader.exec(s, ReturnsLoaderSql.after(rule));
          }
        }
      }
      return null;
    });
    return new ReturnsLoaderValidated(store, files);
  }
}
