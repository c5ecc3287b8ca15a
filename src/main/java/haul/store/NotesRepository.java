package haul.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Data-quality notes (DESIGN.md "Statistics"): added by hand or from a notes CSV. */
public final class NotesRepository {

  private final Store store;

  public NotesRepository(Store store) {
    this.store = store;
  }

  /** Adds notes in one transaction: all of them or none. */
  public void addAll(List<StoredNote> notes, Instant createdAt) {
    store.runAtomically(c -> {
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO note (note_id, financial_year_end, agency_code, text, created_at, story_text)"
              + " VALUES (nextval('note_id_seq'), ?, ?, ?, ?, ?)")) {
        for (StoredNote note : notes) {
          insert.setInt(1, note.financialYearEnd());
          if (note.agencyCode().isPresent()) {
            insert.setString(2, note.agencyCode().get());
          } else {
            insert.setNull(2, Types.VARCHAR);
          }
          insert.setString(3, note.text());
          insert.setObject(4, createdAt.atOffset(ZoneOffset.UTC).toLocalDateTime());
          if (note.storyText().isPresent()) {
            insert.setString(5, note.storyText().get());
          } else {
            insert.setNull(5, Types.VARCHAR);
          }
          insert.addBatch();
        }
        insert.executeBatch();
      }
      return null;
    });
  }

  /**
   * Notes of the financial years ending from {@code fromEnd} to {@code toEnd}: by year, then notes
   * on the whole release, then by agency code and text (byte-wise), so that equal notes give equal outputs.
   */
  public List<StoredNote> notes(int fromEnd, int toEnd) {
    return store.run(c -> {
      List<StoredNote> notes = new ArrayList<>();
      try (PreparedStatement query = c.prepareStatement(
          "SELECT financial_year_end, agency_code, text, story_text FROM note WHERE financial_year_end BETWEEN ? AND ?"
              + " ORDER BY financial_year_end, agency_code COLLATE \"C\" NULLS FIRST, text COLLATE \"C\"")) {
        query.setInt(1, fromEnd);
        query.setInt(2, toEnd);
        try (ResultSet rs = query.executeQuery()) {
          while (rs.next()) {
            notes.add(new StoredNote(rs.getInt(1), Optional.ofNullable(rs.getString(2)), rs.getString(3),
                Optional.ofNullable(rs.getString(4))));
          }
        }
      }
      return notes;
    });
  }
}
