package haul.server;

import haul.store.TokenInfo;
import haul.store.Tokens;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Reads {@code Authorization: Bearer TOKEN}. No header is the public; a header with a token that
 * is unknown, revoked or malformed is refused (401) on every route, so a client learns at once that
 * its token does not work rather than silently seeing less.
 */
final class Authenticator {

  private static final String BEARER = "Bearer ";

  private final StoreLock store;

  Authenticator(StoreLock store) {
    this.store = store;
  }

  Caller caller(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null) {
      return Caller.PUBLIC;
    }
    if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw ApiError.unauthorized("the Authorization header must be 'Bearer TOKEN'");
    }
    String secret = header.substring(BEARER.length()).strip();
    Optional<TokenInfo> token = store.with(s -> new Tokens(s).verify(secret));
    if (token.isEmpty()) {
      throw ApiError.unauthorized("the token is not valid (unknown or revoked)");
    }
    return Caller.of(token.get());
  }

  Caller admin(Context ctx) {
    Caller caller = caller(ctx);
    if (!caller.authenticated()) {
      throw ApiError.unauthorized("this route needs an admin token: Authorization: Bearer TOKEN");
    }
    if (!caller.admin()) {
      throw ApiError.forbidden("this route needs an admin token; an agency token may not use it");
    }
    return caller;
  }
}
