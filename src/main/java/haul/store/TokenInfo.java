package haul.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the store knows of an API token: never the token itself, only whom it speaks for.
 *
 * @param agencyCode the agency an agency token submits for; empty for an admin token
 * @param revokedAt when it was revoked; empty while it is in force
 */
public record TokenInfo(long id, Optional<String> agencyCode, boolean admin, Instant createdAt, Optional<Instant> revokedAt) {

  public TokenInfo {
    Objects.requireNonNull(agencyCode, "agencyCode");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(revokedAt, "revokedAt");
    if (admin == agencyCode.isPresent()) {
      throw new IllegalArgumentException("a token is either an admin token or one agency's, not both or neither");
    }
  }

  public boolean revoked() {
    return revokedAt.isPresent();
  }

  /** {@code admin} or the agency's code, as {@code haul token list} prints it. */
  public String holder() {
    return admin ? "admin" : agencyCode.orElseThrow();
  }
}
