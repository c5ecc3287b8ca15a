package haul.server;

import haul.store.LastAdminTokenException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every refusal as JSON {@code {"status": ..., "error": ...}}: refusals thrown by haul's handlers,
 * the framework's own (unknown route, wrong method, body too large), and unexpected failures, which
 * answer 500 without a stack trace, with an id that the log line of the failure (and its stack
 * trace) carries too.
 */
final class ErrorResponses {

  private static final String WRITTEN = "haul.error.written";
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private ErrorResponses() {}

  static void register(RoutesConfig routes) {
    routes.exception(ApiError.class, (e, ctx) -> write(ctx, e.status(), e.getMessage()));
    routes.exception(LastAdminTokenException.class, (e, ctx) -> write(ctx, 409, e.getMessage()));
    routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), messageFor(e.getStatus(), e.getMessage())));
    routes.exception(Exception.class, (e, ctx) -> {
      if (RequestBodies.isSizeLimit(e)) { // a chunked body past the server's limit, read by the framework (a form)
        write(ctx, 413, messageFor(413, null));
        return;
      }
      String id = HexFormat.of().toHexDigits(RANDOM.nextInt());
      LOG.error("internal error {} on {} {}", id, ctx.method(), HaulServer.loggable(ctx.path()), e);
      write(ctx, 500, "internal error " + id + ": the server could not answer; it has been logged with this id");
    });
    for (int status : new int[] {400, 401, 403, 404, 405, 406, 413, 415, 500}) {
      routes.error(status, ctx -> {
        if (ctx.attribute(WRITTEN) == null) {
          write(ctx, status, messageFor(status, null));
        }
      });
    }
  }

  /** Says a handler wrote its own refusal body (such as a 403 with an import report), to be kept. */
  static void keepBody(Context ctx) {
    ctx.attribute(WRITTEN, Boolean.TRUE);
  }

  static void write(Context ctx, int status, String message) {
    ctx.attribute(WRITTEN, Boolean.TRUE);
    ctx.status(status);
    if (status == 404 && DashboardRoutes.wantsPage(ctx)) { // release lane: browsers get a page, the API JSON
      DashboardRoutes.notFoundPage(ctx, message);
      return;
    }
    ctx.contentType(Responses.JSON);
    ctx.header("Cache-Control", "no-store");
    ctx.result(Json.error(status, message));
  }

  private static String messageFor(int status, String frameworkMessage) {
    switch (status) {
      case 404:
        return "not found: no such route";
      case 405:
        return "method not allowed on this route";
      case 413:
        return "the body is too large (at most " + HaulServer.MAX_BODY_BYTES / (1024 * 1024) + " MB)";
      case 415:
        return "unsupported content type";
      default:
        return frameworkMessage == null || frameworkMessage.isBlank()
            ? "error " + status
            : frameworkMessage.toLowerCase(Locale.ROOT);
    }
  }
}
