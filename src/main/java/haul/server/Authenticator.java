package haul.server;

import haul.store.TokenInfo;
import haul.store.Tokens;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads {@code Authorization: Bearer TOKEN}. No header is the public; a header with a token that
 * is unknown, revoked or malformed is refused (401) on every route, so a client learns at once that
 * its token does not work rather than silently seeing less. A client address that fails too often
 * is refused for a while (429 with {@code Retry-After}, see {@link FailedAuthLimiter}), even with a
 * good token; the public, sending no token, is never slowed.
 */
final class Authenticator {

  private static final String BEARER = "Bearer ";

  private final StoreLock store;
  private final FailedAuthLimiter limiter;

  Authenticator(StoreLock store, FailedAuthLimiter limiter) {
    this.store = store;
    this.limiter = limiter;
  }

  Caller caller(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null) {
      return Caller.PUBLIC;
    }
    String client = ctx.req().getRemoteAddr();
    Optional<Duration> wait = limiter.retryAfter(client);
    if (wait.isPresent()) {
      long seconds = (wait.get().toMillis() + 999) / 1000;
      ctx.header("Retry-After", Long.toString(seconds));
      throw new ApiError(429, "too many failed tokens from this address: try again in " + seconds + " s");
    }
    if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      limiter.failed(client);
      throw ApiError.unauthorized("the Authorization header must be 'Bearer TOKEN'");
    }
    String secret = header.substring(BEARER.length()).strip();
    Optional<TokenInfo> token = store.with(s -> new Tokens(s).verify(secret));
    if (token.isEmpty()) {
      limiter.failed(client);
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
