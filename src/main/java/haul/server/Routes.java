package haul.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;

/**
 * The one place where haul's routes are registered: every GET answers HEAD too, through the same
 * handler (so the same checks: a newsroom page without a session is 303 to HEAD as to GET), and
 * Jetty drops the body. A route registered here cannot forget its HEAD; Javalin's own answer to a
 * HEAD without a route (200, whatever the path) is never reached for a page haul serves.
 */
final class Routes {

  private final RoutesConfig routes;

  Routes(RoutesConfig routes) {
    this.routes = routes;
  }

  /** A GET route, and HEAD on the same path answering as GET without the body. */
  void get(String path, Handler handler) {
    routes.get(path, handler);
    routes.head(path, handler);
  }

  void post(String path, Handler handler) {
    routes.post(path, handler);
  }

  void delete(String path, Handler handler) {
    routes.delete(path, handler);
  }
}
