package haul.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The newsroom's own settings, which its feeds carry: its name (ninjs {@code by}), the copyright
 * holder of its stories and their usage terms. They are the newsroom's, not the statistics
 * producer's; an admin sets them.
 */
public final class NewsroomSettings {

  /** The settings, as an admin last set them. */
  public record Values(String newsroomName, String copyrightHolder, String usageTerms) {
    public Values {
      Objects.requireNonNull(newsroomName, "newsroomName");
      Objects.requireNonNull(copyrightHolder, "copyrightHolder");
      Objects.requireNonNull(usageTerms, "usageTerms");
    }
  }

  private final Store store;

  public NewsroomSettings(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** The settings; empty until an admin has set them. */
  public Optional<Values> get() {
    return store.run(c -> {
      try (ResultSet rs = c.createStatement().executeQuery(
          "SELECT newsroom_name, copyright_holder, usage_terms FROM newsroom_settings WHERE settings_id = 1")) {
        return rs.next() ? Optional.of(new Values(rs.getString(1), rs.getString(2), rs.getString(3))) : Optional.<Values>empty();
      }
    });
  }

  public void set(Values values, String by, Instant now) {
    store.runAtomically(c -> {
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM newsroom_settings WHERE settings_id = 1")) {
        delete.executeUpdate();
      }
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO newsroom_settings"
          + " (settings_id, newsroom_name, copyright_holder, usage_terms, updated_by, updated_at) VALUES (1, ?, ?, ?, ?, ?)")) {
        insert.setString(1, values.newsroomName());
        insert.setString(2, values.copyrightHolder());
        insert.setString(3, values.usageTerms());
        insert.setString(4, by);
        insert.setObject(5, NewsroomRepository.utc(now));
        insert.executeUpdate();
      }
      return null;
    });
  }
}
