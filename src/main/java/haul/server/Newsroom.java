package haul.server;

import haul.reference.ReferenceData;
import java.net.URI;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The newsroom of {@code haul serve}, put together: its review rules, sign-in, pages and feeds, so
 * that the server registers it in one call.
 */
final class Newsroom {

  private final NewsroomRoutes pages;
  private final NewsroomFeeds feeds;

  /**
   * @param publicUrl the server's address as news systems reach it (https behind a TLS proxy makes
   *     the session cookie {@code Secure})
   * @param secureCookies whether the public URL is https
   * @param limiter the failed-authentication limit that sign-ins count towards
   */
  Newsroom(StoreLock store, EditionCatalog catalog, PathParams params, ReferenceData reference, Authenticator auth,
      Clock clock, Supplier<URI> publicUrl, boolean secureCookies, FailedAuthLimiter limiter) {
    NewsroomReview review = new NewsroomReview(store, catalog, clock);
    NewsroomSignIn signIn = new NewsroomSignIn(store, clock, secureCookies, limiter);
    this.pages = new NewsroomRoutes(review, signIn, catalog, params, reference, store);
    this.feeds = new NewsroomFeeds(review, signIn, auth, catalog, params, store, publicUrl);
  }

  /** Registers its routes; call it before the API's, whose story route would take {@code .ninjs}. */
  void register(Routes routes) {
    feeds.register(routes);
    pages.register(routes);
  }
}
