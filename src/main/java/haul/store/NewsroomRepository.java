package haul.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import haul.json.HaulJson;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The newsroom's review store: a row per story of an edition ({@link NewsroomStory}) and every
 * version of every story ({@link NewsroomVersion}). It keeps state only; the rules (who may approve
 * what, what a revision does) are the server's. Each method is one or two indexed statements.
 */
public final class NewsroomRepository {

  private static final ObjectMapper JSON = HaulJson.mapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private static final String STORY_COLUMNS =
      "financial_year_end, edition_number, agency_code, status, current_version, revision_warning, decided_by, decided_at";
  private static final String VERSION_COLUMNS =
      "financial_year_end, agency_code, version_number, edition_number, kind, headline, body, facts, warnings, findings,"
          + " contradicted, unknown, matched, author, created_at";

  private final Store store;

  public NewsroomRepository(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** The editions of a year the newsroom holds stories of, oldest first. */
  public List<Integer> editions(int financialYearEnd) {
    return store.run(c -> {
      try (PreparedStatement select = c.prepareStatement(
          "SELECT DISTINCT edition_number FROM newsroom_story WHERE financial_year_end = ? ORDER BY edition_number")) {
        select.setInt(1, financialYearEnd);
        List<Integer> editions = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            editions.add(rs.getInt(1));
          }
        }
        return editions;
      }
    });
  }

  /** The stories of an edition, by agency code (byte-wise). */
  public List<NewsroomStory> stories(int financialYearEnd, int edition) {
    return store.run(c -> {
      try (PreparedStatement select = c.prepareStatement("SELECT " + STORY_COLUMNS + " FROM newsroom_story"
          + " WHERE financial_year_end = ? AND edition_number = ? ORDER BY agency_code COLLATE \"C\"")) {
        select.setInt(1, financialYearEnd);
        select.setInt(2, edition);
        List<NewsroomStory> stories = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            stories.add(story(rs));
          }
        }
        return stories;
      }
    });
  }

  public Optional<NewsroomStory> story(int financialYearEnd, int edition, String agencyCode) {
    return store.run(c -> {
      try (PreparedStatement select = c.prepareStatement("SELECT " + STORY_COLUMNS + " FROM newsroom_story"
          + " WHERE financial_year_end = ? AND edition_number = ? AND agency_code = ?")) {
        select.setInt(1, financialYearEnd);
        select.setInt(2, edition);
        select.setString(3, agencyCode);
        try (ResultSet rs = select.executeQuery()) {
          return rs.next() ? Optional.of(story(rs)) : Optional.<NewsroomStory>empty();
        }
      }
    });
  }

  public void insert(NewsroomStory story) {
    store.runAtomically(c -> {
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO newsroom_story (" + STORY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setInt(1, story.financialYearEnd());
        insert.setInt(2, story.edition());
        insert.setString(3, story.agencyCode());
        insert.setString(4, story.status().label());
        insert.setInt(5, story.currentVersion());
        insert.setString(6, story.revisionWarning().orElse(null));
        insert.setString(7, story.decidedBy().orElse(null));
        insert.setObject(8, story.decidedAt().map(NewsroomRepository::utc).orElse(null));
        insert.executeUpdate();
      }
      return null;
    });
  }

  /**
   * Moves a story to a new state, only if it still reads as {@code expectedVersion}: the check and
   * the change are one statement, so of two saves against the same version exactly one wins.
   *
   * @return whether it moved; false when another save came first
   */
  public boolean update(NewsroomStory story, int expectedVersion) {
    return store.runAtomically(c -> {
      try (PreparedStatement update = c.prepareStatement("UPDATE newsroom_story SET status = ?, current_version = ?,"
          + " revision_warning = ?, decided_by = ?, decided_at = ?"
          + " WHERE financial_year_end = ? AND edition_number = ? AND agency_code = ? AND current_version = ?")) {
        update.setString(1, story.status().label());
        update.setInt(2, story.currentVersion());
        update.setString(3, story.revisionWarning().orElse(null));
        update.setString(4, story.decidedBy().orElse(null));
        update.setObject(5, story.decidedAt().map(NewsroomRepository::utc).orElse(null));
        update.setInt(6, story.financialYearEnd());
        update.setInt(7, story.edition());
        update.setString(8, story.agencyCode());
        update.setInt(9, expectedVersion);
        return update.executeUpdate() == 1;
      }
    });
  }

  /** The number the next version of a story will take: one past its highest. */
  public int nextVersion(int financialYearEnd, String agencyCode) {
    return store.run(c -> {
      try (PreparedStatement select = c.prepareStatement("SELECT coalesce(max(version_number), 0) + 1 FROM newsroom_version"
          + " WHERE financial_year_end = ? AND agency_code = ?")) {
        select.setInt(1, financialYearEnd);
        select.setString(2, agencyCode);
        try (ResultSet rs = select.executeQuery()) {
          rs.next();
          return rs.getInt(1);
        }
      }
    });
  }

  /** Stores a version under its number (see {@link #nextVersion}). */
  public void insert(NewsroomVersion version) {
    store.runAtomically(c -> {
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO newsroom_version (" + VERSION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setInt(1, version.financialYearEnd());
        insert.setString(2, version.agencyCode());
        insert.setInt(3, version.number());
        insert.setInt(4, version.edition());
        insert.setString(5, version.kind());
        insert.setString(6, version.headline());
        insert.setString(7, json(version.body()));
        insert.setString(8, version.facts());
        insert.setString(9, json(version.warnings()));
        insert.setString(10, version.findings());
        insert.setInt(11, version.contradicted());
        insert.setInt(12, version.unknown());
        insert.setInt(13, version.matched());
        insert.setString(14, version.author());
        insert.setObject(15, utc(version.createdAt()));
        insert.executeUpdate();
      }
      return null;
    });
  }

  public Optional<NewsroomVersion> version(int financialYearEnd, String agencyCode, int number) {
    return store.run(c -> {
      try (PreparedStatement select = c.prepareStatement("SELECT " + VERSION_COLUMNS + " FROM newsroom_version"
          + " WHERE financial_year_end = ? AND agency_code = ? AND version_number = ?")) {
        select.setInt(1, financialYearEnd);
        select.setString(2, agencyCode);
        select.setInt(3, number);
        try (ResultSet rs = select.executeQuery()) {
          return rs.next() ? Optional.of(version(rs)) : Optional.<NewsroomVersion>empty();
        }
      }
    });
  }

  /** Every version of a story of a year, oldest first. */
  public List<NewsroomVersion> versions(int financialYearEnd, String agencyCode) {
    return store.run(c -> {
      try (PreparedStatement select = c.prepareStatement("SELECT " + VERSION_COLUMNS + " FROM newsroom_version"
          + " WHERE financial_year_end = ? AND agency_code = ? ORDER BY version_number")) {
        select.setInt(1, financialYearEnd);
        select.setString(2, agencyCode);
        List<NewsroomVersion> versions = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            versions.add(version(rs));
          }
        }
        return versions;
      }
    });
  }

  private static NewsroomStory story(ResultSet rs) throws SQLException {
    return new NewsroomStory(rs.getInt(1), rs.getInt(2), rs.getString(3), NewsroomStatus.ofLabel(rs.getString(4)),
        rs.getInt(5), Optional.ofNullable(rs.getString(6)), Optional.ofNullable(rs.getString(7)),
        Optional.ofNullable(rs.getObject(8, LocalDateTime.class)).map(t -> t.toInstant(ZoneOffset.UTC)));
  }

  private static NewsroomVersion version(ResultSet rs) throws SQLException {
    return new NewsroomVersion(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
        rs.getString(6), strings(rs.getString(7)), rs.getString(8), strings(rs.getString(9)), rs.getString(10),
        rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getString(14),
        rs.getObject(15, LocalDateTime.class).toInstant(ZoneOffset.UTC));
  }

  private static String json(List<String> strings) {
    try {
      return JSON.writeValueAsString(strings);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of strings always serialises", e);
    }
  }

  private static List<String> strings(String json) {
    try {
      return JSON.readValue(json, STRINGS);
    } catch (JsonProcessingException e) {
      throw new StoreException("the newsroom store holds a text that is not a JSON list: " + e.getMessage(), e);
    }
  }

  static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
