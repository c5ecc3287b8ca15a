package haul.server;

import haul.store.TokenInfo;
import java.util.Optional;

/**
 * Who is asking: the public (no token), one agency (its token), a newsroom editor (an editor
 * token), or the statistics team (an admin token).
 *
 * @param token the token it came with; empty for the public
 */
record Caller(Optional<String> agencyCode, boolean admin, boolean authenticated, Optional<TokenInfo> token) {

  static final Caller PUBLIC = new Caller(Optional.empty(), false, false, Optional.empty());

  static Caller agency(String code) {
    return new Caller(Optional.of(code), false, true, Optional.empty());
  }

  static Caller administrator() {
    return new Caller(Optional.empty(), true, true, Optional.empty());
  }

  static Caller of(TokenInfo token) {
    return new Caller(token.agencyCode(), token.admin(), true, Optional.of(token));
  }

  /** Whether it may see the newsroom and embargoed stories: an editor or an admin. */
  boolean newsroom() {
    return admin || token.map(TokenInfo::newsroom).orElse(false);
  }
}
