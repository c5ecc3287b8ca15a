package haul.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the store knows of an API token: never the token itself, only whom it speaks for.
 *
 * @param role what the token may do
 * @param agencyCode the agency an agency token submits for; empty for editor and admin tokens
 * @param name the holder's name ({@code --name}), recorded beside what they approve and view
 * @param revokedAt when it was revoked; empty while it is in force
 */
public record TokenInfo(
    long id, TokenRole role, Optional<String> agencyCode, String name, Instant createdAt, Optional<Instant> revokedAt) {

  public TokenInfo {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(agencyCode, "agencyCode");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(revokedAt, "revokedAt");
    if ((role == TokenRole.AGENCY) != agencyCode.isPresent()) {
      throw new IllegalArgumentException("an agency token, and only an agency token, names an agency");
    }
  }

  public boolean admin() {
    return role == TokenRole.ADMIN;
  }

  /** Whether it may sign in to the newsroom: an editor or an admin token. */
  public boolean newsroom() {
    return role != TokenRole.AGENCY;
  }

  public boolean revoked() {
    return revokedAt.isPresent();
  }

  /** {@code admin}, {@code editor} or the agency's code, as {@code haul token list} prints it. */
  public String holder() {
    return role == TokenRole.AGENCY ? agencyCode.orElseThrow() : role.label();
  }
}
