package haul.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The API tokens of {@code haul serve}: issues, checks and revokes them. A token is 32 bytes from
 * {@link SecureRandom}; the store keeps its SHA-256 only, so a stolen store file gives no working
 * token. Checking a token is one indexed lookup.
 */
public final class Tokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Store store;

  public Tokens(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Issues an agency token ({@code agencyCode} present) or an admin token (empty), named after its holder. */
  public IssuedToken issue(Optional<String> agencyCode, Instant now) {
    TokenRole role = agencyCode.isPresent() ? TokenRole.AGENCY : TokenRole.ADMIN;
    return issue(role, agencyCode, agencyCode.orElse(role.label()), now);
  }

  /**
   * Issues a token of a role.
   *
   * @param agencyCode the agency of an agency token; empty for the other roles
   * @param name the holder's name, such as "A. Editor"
   */
  public IssuedToken issue(TokenRole role, Optional<String> agencyCode, String name, Instant now) {
    TokenInfo info = new TokenInfo(0, role, agencyCode, name, now, Optional.empty());
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    LocalDateTime created = utc(now);
    long id =
        store.runAtomically(
            c -> {
              long next;
              try (ResultSet rs = c.createStatement().executeQuery("SELECT nextval('api_token_id_seq')")) {
                rs.next();
                next = rs.getLong(1);
              }
              try (PreparedStatement insert =
                  c.prepareStatement(
                      "INSERT INTO api_token (token_id, agency_code, is_admin, token_sha256, created_at, revoked_at,"
                          + " token_role, token_name) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)")) {
                insert.setLong(1, next);
                if (agencyCode.isPresent()) {
                  insert.setString(2, agencyCode.get());
                } else {
                  insert.setNull(2, Types.VARCHAR);
                }
                insert.setBoolean(3, info.admin());
                insert.setString(4, sha256(secret));
                insert.setObject(5, created);
                insert.setString(6, role.label());
                insert.setString(7, name);
                insert.executeUpdate();
              }
              return next;
            });
    return new IssuedToken(
        new TokenInfo(id, role, agencyCode, name, created.toInstant(ZoneOffset.UTC), Optional.empty()), secret);
  }

  /** Every token ever issued, revoked ones included, by id. */
  public List<TokenInfo> all() {
    return store.run(
        c -> {
          List<TokenInfo> tokens = new ArrayList<>();
          try (ResultSet rs =
              c.createStatement()
                  .executeQuery(
                      "SELECT " + COLUMNS + " FROM api_token ORDER BY token_id")) {
            while (rs.next()) {
              tokens.add(read(rs));
            }
          }
          return tokens;
        });
  }

  /** The token a bearer secret stands for, if it was issued here and is not revoked. */
  public Optional<TokenInfo> verify(String secret) {
    if (secret == null || secret.isEmpty() || secret.length() > 200) {
      return Optional.empty();
    }
    String hash = sha256(secret);
    return store.run(
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT " + COLUMNS + " FROM api_token"
                      + " WHERE token_sha256 = ? AND revoked_at IS NULL")) {
            select.setString(1, hash);
            try (ResultSet rs = select.executeQuery()) {
              return rs.next() ? Optional.of(read(rs)) : Optional.<TokenInfo>empty();
            }
          }
        });
  }

  /**
   * Revokes a token; revoking one already revoked keeps its first revocation time.
   *
   * @return the token as it is now, or empty when no token has that id
   * @throws LastAdminTokenException when it is the only admin token in force
   */
  public Optional<TokenInfo> revoke(long id, Instant now) {
    return store.runAtomically(
        c -> {
          // Two revokes at once on PostgreSQL must not each see the other's admin as the one left.
          store.dialect().lockAgainstWriters(c, List.of("api_token"));
          try (PreparedStatement admins =
              c.prepareStatement(
                  "SELECT count(*) FILTER (WHERE token_id = ?), count(*) FROM api_token"
                      + " WHERE is_admin AND revoked_at IS NULL")) {
            admins.setLong(1, id);
            try (ResultSet rs = admins.executeQuery()) {
              rs.next();
              if (rs.getLong(1) == 1 && rs.getLong(2) == 1) {
                throw new LastAdminTokenException(id);
              }
            }
          }
          try (PreparedStatement update =
              c.prepareStatement("UPDATE api_token SET revoked_at = ? WHERE token_id = ? AND revoked_at IS NULL")) {
            update.setObject(1, utc(now));
            update.setLong(2, id);
            update.executeUpdate();
          }
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT " + COLUMNS + " FROM api_token WHERE token_id = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
              return rs.next() ? Optional.of(read(rs)) : Optional.<TokenInfo>empty();
            }
          }
        });
  }

  /** The columns {@link #read} maps, in its order. */
  static final String COLUMNS = "token_id, agency_code, token_role, token_name, created_at, revoked_at";

  static TokenInfo read(ResultSet rs) throws SQLException {
    LocalDateTime revoked = rs.getObject(6, LocalDateTime.class);
    return new TokenInfo(
        rs.getLong(1),
        TokenRole.ofLabel(rs.getString(3)),
        Optional.ofNullable(rs.getString(2)),
        rs.getString(4),
        rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC),
        Optional.ofNullable(revoked).map(t -> t.toInstant(ZoneOffset.UTC)));
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static String sha256(String secret) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
