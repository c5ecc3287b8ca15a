package haul.server;

import haul.reference.ReferenceData;
import io.javalin.config.RoutesConfig;

/** The dashboard pages. */
final class DashboardRoutes {

  DashboardRoutes(EditionCatalog catalog, PathParams params, ReferenceData reference) {}

  void register(RoutesConfig routes) {}
}
