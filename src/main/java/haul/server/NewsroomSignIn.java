package haul.server;

import haul.store.NewsroomSessions;
import haul.store.TokenInfo;
import haul.store.Tokens;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Signing in to the newsroom with a token, and the session that follows: an HttpOnly,
 * SameSite=Strict cookie ({@code Secure} when the public URL is https, for haul behind a TLS proxy)
 * that lasts {@link #SESSION_LENGTH}, and a CSRF token per session that every form carries. Editor
 * and admin tokens may sign in; agency tokens may not. The sign-in form itself carries a
 * double-submit token (a cookie and a field that must match), since it comes before any session.
 * Failed sign-ins count towards the failed-authentication limit ({@link FailedAuthLimiter}).
 */
final class NewsroomSignIn {

  /** How long a session lasts from sign-in. */
  static final Duration SESSION_LENGTH = Duration.ofHours(8);

  static final String SESSION_COOKIE = "haul_session";
  static final String SIGN_IN_COOKIE = "haul_sign_in";
  static final String CSRF_FIELD = "csrf";

  /** A signed-in user: their token and their session's CSRF token. */
  record User(TokenInfo token, String csrf, String cookie) {}

  /** What a sign-in attempt came to. */
  sealed interface Attempt permits SignedIn, Failed {}

  record SignedIn(User user) implements Attempt {}

  /** Refused, with the HTTP status and the message the form shows. */
  record Failed(int status, String message) implements Attempt {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final StoreLock store;
  private final Clock clock;
  private final boolean secure;
  private final FailedAuthLimiter limiter;

  /**
   * @param limiter where failed sign-ins are counted: the API's own, so guessing tokens through the
   *     form is limited together with guessing them through the API
   */
  NewsroomSignIn(StoreLock store, Clock clock, boolean secure, FailedAuthLimiter limiter) {
    this.store = store;
    this.clock = clock;
    this.secure = secure;
    this.limiter = limiter;
  }

  /** The signed-in user of a request, if its cookie names a live session. */
  Optional<User> user(Context ctx) {
    String cookie = ctx.cookie(SESSION_COOKIE);
    if (cookie == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return store.with(s -> new NewsroomSessions(s).find(cookie, now))
        .map(session -> new User(session.token(), session.csrfToken(), cookie));
  }

  /** A fresh double-submit token for the sign-in form, set as its cookie. */
  String signInFormToken(Context ctx) {
    String token = random();
    setCookie(ctx, SIGN_IN_COOKIE, token, Duration.ofHours(1));
    return token;
  }

  /** Checks a sign-in form and, for an editor or admin token, opens a session and sets its cookie. */
  Attempt signIn(Context ctx) {
    String field = ctx.formParam(CSRF_FIELD);
    String cookie = ctx.cookie(SIGN_IN_COOKIE);
    if (field == null || cookie == null || !same(field, cookie)) {
      return new Failed(403, "The form has expired: sign in again from this page.");
    }
    String client = ctx.req().getRemoteAddr();
    Optional<Duration> wait = limiter.retryAfter(client);
    if (wait.isPresent()) {
      long seconds = (wait.get().toMillis() + 999) / 1000;
      ctx.header("Retry-After", Long.toString(seconds));
      return new Failed(HttpStatus.TOO_MANY_REQUESTS.getCode(),
          "Too many failed tokens from this address: try again in " + seconds + " seconds.");
    }
    String secret = Optional.ofNullable(ctx.formParam("token")).orElse("").strip();
    Optional<TokenInfo> token = store.with(s -> new Tokens(s).verify(secret));
    if (token.isEmpty()) {
      limiter.failed(client);
      return new Failed(401, "That token is not valid (unknown or revoked).");
    }
    if (!token.get().newsroom()) {
      return new Failed(403, "An agency token cannot sign in to the newsroom: ask an admin for an editor token.");
    }
    String session = random();
    String csrf = random();
    Instant now = clock.instant();
    store.with(s -> {
      new NewsroomSessions(s).open(session, token.get().id(), csrf, now, now.plus(SESSION_LENGTH));
      return null;
    });
    setCookie(ctx, SESSION_COOKIE, session, SESSION_LENGTH);
    setCookie(ctx, SIGN_IN_COOKIE, "", Duration.ZERO);
    return new SignedIn(new User(token.get(), csrf, session));
  }

  /** Ends the session and clears its cookie. */
  void signOut(Context ctx, User user) {
    Instant now = clock.instant();
    store.with(s -> {
      new NewsroomSessions(s).end(user.cookie(), now);
      return null;
    });
    setCookie(ctx, SESSION_COOKIE, "", Duration.ZERO);
  }

  /** Refuses (403) a form whose CSRF field is not the session's. */
  static void requireCsrf(Context ctx, User user) {
    String field = ctx.formParam(CSRF_FIELD);
    if (field == null || !same(field, user.csrf())) {
      throw ApiError.forbidden("the form has no valid CSRF token: reload the page and submit it again");
    }
  }

  private void setCookie(Context ctx, String name, String value, Duration maxAge) {
    ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; Max-Age=" + maxAge.toSeconds()
        + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""));
  }

  private static boolean same(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
