package haul.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * Signed-in sessions of the newsroom dashboard, in the store so a restart signs nobody out. The
 * store keeps the SHA-256 of the session cookie, never the cookie. A session ends at its expiry, at
 * sign-out, or when its token is revoked.
 */
public final class NewsroomSessions {

  /** A live session: its token and the CSRF token its forms carry. */
  public record Session(TokenInfo token, String csrfToken, Instant expiresAt) {}

  private final Store store;

  public NewsroomSessions(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Records a session; {@code cookie} is the secret the browser holds. */
  public void open(String cookie, long tokenId, String csrfToken, Instant now, Instant expiresAt) {
    store.runAtomically(c -> {
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO newsroom_session"
          + " (session_sha256, token_id, csrf_token, created_at, expires_at, ended_at) VALUES (?, ?, ?, ?, ?, NULL)")) {
        insert.setString(1, Tokens.sha256(cookie));
        insert.setLong(2, tokenId);
        insert.setString(3, csrfToken);
        insert.setObject(4, NewsroomRepository.utc(now));
        insert.setObject(5, NewsroomRepository.utc(expiresAt));
        insert.executeUpdate();
      }
      return null;
    });
  }

  /** The session a cookie stands for, while it lasts and its token is not revoked. */
  public Optional<Session> find(String cookie, Instant now) {
    if (cookie == null || cookie.isEmpty() || cookie.length() > 200) {
      return Optional.empty();
    }
    return store.run(c -> {
      try (PreparedStatement select = c.prepareStatement("SELECT t.token_id, t.agency_code, t.token_role, t.token_name,"
          + " t.created_at, t.revoked_at, s.csrf_token, s.expires_at FROM newsroom_session s"
          + " JOIN api_token t ON t.token_id = s.token_id"
          + " WHERE s.session_sha256 = ? AND s.ended_at IS NULL AND s.expires_at > ? AND t.revoked_at IS NULL")) {
        select.setString(1, Tokens.sha256(cookie));
        select.setObject(2, NewsroomRepository.utc(now));
        try (ResultSet rs = select.executeQuery()) {
          if (!rs.next()) {
            return Optional.<Session>empty();
          }
          return Optional.of(new Session(Tokens.read(rs), rs.getString(7),
              rs.getObject(8, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
        }
      }
    });
  }

  /** Ends a session (sign-out); ending one already ended changes nothing. */
  public void end(String cookie, Instant now) {
    store.runAtomically(c -> {
      try (PreparedStatement update = c.prepareStatement(
          "UPDATE newsroom_session SET ended_at = ? WHERE session_sha256 = ? AND ended_at IS NULL")) {
        update.setObject(1, NewsroomRepository.utc(now));
        update.setString(2, Tokens.sha256(cookie));
        update.executeUpdate();
      }
      return null;
    });
  }
}
