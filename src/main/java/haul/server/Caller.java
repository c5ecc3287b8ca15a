package haul.server;

import java.util.Optional;

/**
 * Who is asking: the public (no token), one agency (its token), or the statistics team (an admin
 * token).
 */
record Caller(Optional<String> agencyCode, boolean admin, boolean authenticated) {

  static final Caller PUBLIC = new Caller(Optional.empty(), false, false);

  static Caller agency(String code) {
    return new Caller(Optional.of(code), false, true);
  }

  static Caller administrator() {
    return new Caller(Optional.empty(), true, true);
  }
}
