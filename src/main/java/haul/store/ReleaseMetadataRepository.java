package haul.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/** The metadata of each year's release (schema V8), one row per financial year. */
public final class ReleaseMetadataRepository {

  private final Store store;

  public ReleaseMetadataRepository(Store store) {
    this.store = store;
  }

  /** Sets a year's metadata, replacing what was held, in one transaction. */
  public void save(int financialYearEnd, ReleaseMetadata metadata, Instant updatedAt) {
    store.runAtomically(c -> {
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM release_metadata WHERE financial_year_end = ?")) {
        delete.setInt(1, financialYearEnd);
        delete.executeUpdate();
      }
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO release_metadata (financial_year_end, title, producer, source_line, contact_email,"
              + " statistics_type, release_at, next_release, licence, updated_at, attribution) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setInt(1, financialYearEnd);
        insert.setString(2, metadata.title());
        insert.setString(3, metadata.producer());
        insert.setString(4, metadata.sourceLine());
        insert.setString(5, metadata.contactEmail());
        insert.setString(6, metadata.statisticsType());
        insert.setObject(7, metadata.releaseAt().atOffset(ZoneOffset.UTC).toLocalDateTime());
        insert.setObject(8, metadata.nextRelease());
        insert.setString(9, metadata.licence());
        insert.setObject(10, updatedAt.atOffset(ZoneOffset.UTC).toLocalDateTime());
        insert.setString(11, metadata.attribution());
        insert.executeUpdate();
      }
      return null;
    });
  }

  /** The metadata held for a year, if any was set. */
  public Optional<ReleaseMetadata> find(int financialYearEnd) {
    return store.run(c -> {
      try (PreparedStatement query = c.prepareStatement(
          "SELECT title, producer, source_line, contact_email, statistics_type, release_at, next_release, licence, attribution"
              + " FROM release_metadata WHERE financial_year_end = ?")) {
        query.setInt(1, financialYearEnd);
        try (ResultSet rs = query.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          return Optional.of(new ReleaseMetadata(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getObject(6, java.time.LocalDateTime.class).toInstant(ZoneOffset.UTC),
              rs.getObject(7, java.time.LocalDate.class), rs.getString(8), rs.getString(9)));
        }
      }
    });
  }
}
