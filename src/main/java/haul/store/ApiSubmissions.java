package haul.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The log of returns submitted through {@code haul serve}: one row per POST, refused ones too. */
public final class ApiSubmissions {

  private final Store store;

  public ApiSubmissions(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  public long record(Optional<String> agencyCode, Instant at, String name, String outcome, int httpStatus, String report) {
    return store.runAtomically(
        c -> {
          long id;
          try (ResultSet rs = c.createStatement().executeQuery("SELECT nextval('api_submission_id_seq')")) {
            rs.next();
            id = rs.getLong(1);
          }
          try (PreparedStatement insert = c.prepareStatement("INSERT INTO api_submission VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            if (agencyCode.isPresent()) {
              insert.setString(2, agencyCode.get());
            } else {
              insert.setNull(2, Types.VARCHAR);
            }
            insert.setObject(3, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.setString(4, name);
            insert.setString(5, outcome);
            insert.setInt(6, httpStatus);
            insert.setString(7, report);
            insert.executeUpdate();
          }
          return id;
        });
  }

  /** One agency's submissions (or every submission, for empty), oldest first. */
  public List<ApiSubmission> of(Optional<String> agencyCode) {
    return store.run(
        c -> {
          String sql = "SELECT submission_id, agency_code, submitted_at, name, outcome, http_status, report FROM api_submission"
              + (agencyCode.isPresent() ? " WHERE agency_code = ?" : "") + " ORDER BY submission_id";
          try (PreparedStatement select = c.prepareStatement(sql)) {
            if (agencyCode.isPresent()) {
              select.setString(1, agencyCode.get());
            }
            List<ApiSubmission> out = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
              while (rs.next()) {
                out.add(read(rs));
              }
            }
            return out;
          }
        });
  }

  private static ApiSubmission read(ResultSet rs) throws SQLException {
    return new ApiSubmission(
        rs.getLong(1),
        Optional.ofNullable(rs.getString(2)),
        rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC),
        rs.getString(4),
        rs.getString(5),
        rs.getInt(6),
        rs.getString(7));
  }
}
