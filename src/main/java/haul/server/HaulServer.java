package haul.server;

import haul.store.Store;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code haul serve}: the JSON API, the admin routes and the dashboard over one store, on Javalin
 * (Jetty). Reads come from stored editions, cached in memory; the clock decides which editions the
 * public sees, so tests pass a movable clock and an embargo lifts without a restart.
 *
 * <p>It logs through SLF4J: start-up, one access line per request (logger {@code
 * haul.server.access}) and each internal error with the id its answer carries.
 *
 * <p>Every refusal is JSON {@code {"status": ..., "error": ...}}: the framework's HTML error pages
 * and stack traces never reach a client.
 */
public final class HaulServer implements AutoCloseable {

  /** Bodies beyond this are refused with 413 (a large return is a few megabytes of CSV). */
  public static final long MAX_BODY_BYTES = 50L * 1024 * 1024;

  /**
   * Sent with every answer: scripts, styles, images, fonts and requests from haul itself only, no
   * plugins, no framing. Inline styles are allowed (the ECharts SVG renderer and inline SVG charts
   * write {@code style} attributes); inline scripts are not.
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
      + " img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
      + " form-action 'self'; frame-ancestors 'none'";

  /** A route as Javalin holds it, for the OpenAPI check. */
  public record Route(String method, String path) {}

  private static final Logger LOG = LoggerFactory.getLogger(HaulServer.class);
  private static final Logger ACCESS = LoggerFactory.getLogger("haul.server.access");

  private final Javalin app;
  private final EditionCatalog catalog;

  private HaulServer(Javalin app, EditionCatalog catalog) {
    this.app = app;
    this.catalog = catalog;
  }

  /**
   * Starts serving a store.
   *
   * @param host the address to bind, such as {@code 127.0.0.1}
   * @param port the port; 0 picks a free one (see {@link #port()})
   */
  public static HaulServer start(Store store, Clock clock, String host, int port) {
    return start(store, clock, host, port, Optional.empty());
  }

  /**
   * Starts serving a store under a public URL ({@code haul serve --public-url}): the address news
   * systems reach it at, in feed identifiers; https makes the newsroom's cookie {@code Secure}.
   * Without one, {@code http://HOST:PORT}.
   */
  public static HaulServer start(Store store, Clock clock, String host, int port, Optional<URI> publicUrl) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(clock, "clock");
    StoreLock lock = new StoreLock(store);
    EditionCatalog catalog = new EditionCatalog(lock, clock);
    PathParams params = new PathParams(store.reference());
    FailedAuthLimiter failures = FailedAuthLimiter.standard(clock);
    Authenticator auth = new Authenticator(lock, failures);
    ApiRoutes api = new ApiRoutes(catalog, auth, params, lock, openApiDocument());
    ReturnsRoutes returns = new ReturnsRoutes(auth, lock, clock);
    AdminRoutes admin = new AdminRoutes(auth, lock, catalog, params, clock);
    DashboardRoutes dashboard = new DashboardRoutes(catalog, params, store.reference(), lock);
    AtomicReference<Javalin> started = new AtomicReference<>();
    Newsroom newsroom = new Newsroom(lock, catalog, params, store.reference(), auth, clock,
        () -> publicUrl.orElseGet(() -> URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
            + started.get().port())),
        publicUrl.map(u -> "https".equalsIgnoreCase(u.getScheme())).orElse(false), failures);
    Javalin app = Javalin.create(config -> configure(config, newsroom, api, returns, admin, dashboard));
    started.set(app);
    app.start(host, port);
    LOG.info("listening on {}:{} with {} editions ({} public)", host, app.port(), catalog.visible(true).size(),
        catalog.visible(false).size());
    return new HaulServer(app, catalog);
  }

  private static void configure(JavalinConfig config, Newsroom newsroom, ApiRoutes api, ReturnsRoutes returns,
      AdminRoutes admin, DashboardRoutes dashboard) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.maxRequestSize = MAX_BODY_BYTES;
    config.http.prefer405over404 = true;
    config.http.generateEtags = false;
    config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
    config.jetty.modifyServletContextHandler(RequestBodies::limitEveryRequest);
    // One line per request: method, path (never the query, never a header, so never a token),
    // status and time taken.
    config.requestLogger.http((ctx, millis) -> ACCESS.info("{} {} {} {} ms", ctx.method(), loggable(ctx.path()),
        ctx.statusCode(), String.format(java.util.Locale.ROOT, "%.1f", millis)));
    config.staticFiles.enableWebjars();
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/static";
          files.directory = "/haul/server/static";
          files.location = io.javalin.http.staticfiles.Location.CLASSPATH;
        });
    Routes routes = new Routes(config.routes);
    newsroom.register(routes);
    api.register(routes);
    returns.register(routes);
    admin.register(routes);
    dashboard.register(routes);
    FrontendAssets.register(routes);
    config.routes.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      ctx.header("X-Frame-Options", "DENY");
      requireKnownCharset(ctx.header("Content-Type"));
    });
    ErrorResponses.register(config.routes);
  }

  /**
   * A body whose Content-Type names a charset this JVM cannot decode is refused before any handler
   * reads it (Jetty throws on it, which would be a 500).
   */
  static void requireKnownCharset(String contentType) {
    if (contentType == null) {
      return;
    }
    for (String parameter : contentType.split(";")) {
      String[] pair = parameter.strip().split("=", 2);
      if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
        String name = pair[1].strip().replace("\"", "");
        boolean known;
        try {
          known = !name.isEmpty() && java.nio.charset.Charset.isSupported(name);
        } catch (java.nio.charset.IllegalCharsetNameException e) {
          known = false;
        }
        if (!known) {
          String shown = name.length() > 40 ? name.substring(0, 40) + "..." : name;
          throw ApiError.badRequest("the Content-Type names a charset that cannot be read: '" + shown + "'; send UTF-8");
        }
      }
    }
  }

  static byte[] openApiDocument() {
    try (InputStream in = HaulServer.class.getResourceAsStream("/haul/server/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A request path fit for a log line: at most 200 characters, control characters shown as {@code ?}. */
  static String loggable(String path) {
    String cut = path.length() <= 200 ? path : path.substring(0, 200) + "...";
    return cut.replaceAll("[\\p{Cntrl}\\s]", "?");
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** The HTTP routes registered, by path then method. */
  public List<Route> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.endpoint)
        .filter(e -> e.method.isHttpMethod())
        .map(e -> new Route(e.method.name(), e.path))
        .distinct()
        .sorted(Comparator.comparing(Route::path).thenComparing(Route::method))
        .toList();
  }

  /** Rereads the list of editions, after this process published one. */
  public void reloadEditions() {
    catalog.reload();
  }

  /** Stops serving; requests in flight are finished first. Idempotent. */
  public void stop() {
    app.stop();
    LOG.info("stopped");
  }

  @Override
  public void close() {
    stop();
  }

  static int statusOf(HttpResponseException e) {
    return e.getStatus();
  }
}
