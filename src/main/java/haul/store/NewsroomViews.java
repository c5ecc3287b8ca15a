package haul.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The record of pre-release access: every view of an embargoed edition's stories (who, what, when),
 * kept for the statistics team, as pre-release access rules ask.
 */
public final class NewsroomViews {

  /**
   * One view.
   *
   * @param what the page or feed viewed, such as {@code /newsroom/2021-22/kent}
   */
  public record View(long id, long tokenId, String tokenName, int financialYearEnd, int edition, String what, Instant viewedAt) {}

  private final Store store;

  public NewsroomViews(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  public void record(TokenInfo token, int financialYearEnd, int edition, String what, Instant now) {
    store.runAtomically(c -> {
      long id;
      try (ResultSet rs = c.createStatement().executeQuery("SELECT nextval('newsroom_view_id_seq')")) {
        rs.next();
        id = rs.getLong(1);
      }
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO newsroom_view"
          + " (view_id, token_id, token_name, financial_year_end, edition_number, what, viewed_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        insert.setLong(1, id);
        insert.setLong(2, token.id());
        insert.setString(3, token.name());
        insert.setInt(4, financialYearEnd);
        insert.setInt(5, edition);
        insert.setString(6, what);
        insert.setObject(7, NewsroomRepository.utc(now));
        insert.executeUpdate();
      }
      return null;
    });
  }

  /** Every view, newest first. */
  public List<View> all() {
    return store.run(c -> {
      List<View> views = new ArrayList<>();
      try (ResultSet rs = c.createStatement().executeQuery("SELECT view_id, token_id, token_name, financial_year_end,"
          + " edition_number, what, viewed_at FROM newsroom_view ORDER BY view_id DESC")) {
        while (rs.next()) {
          views.add(new View(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6),
              rs.getObject(7, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
        }
      }
      return views;
    });
  }
}
