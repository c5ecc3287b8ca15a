package haul.server;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a registered route's path ({@code /api/releases/{year}/tables/{table}}, with {@code <name>}
 * for a path that may hold slashes) into a request path, so that tests cover every route the
 * server has instead of a list that goes stale when a route is added.
 */
final class RouteSamples {

  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}|<([^>]+)>");

  /** Values that name something in {@link TestServer}'s standard edition. */
  static final Map<String, String> STANDARD = Map.of(
      "year", "2021-22", "table", "seizures_by_agency", "edition", "1", "code", "thames-valley",
      "name", "manifest.json", "region", "south-east", "path", "govuk-frontend.min.css", "id", "1",
      "n", "1", "agency", "thames-valley");

  private RouteSamples() {}

  /** The path with each parameter replaced by its value in {@code values}, else its standard value. */
  static String fill(String route, Map<String, String> values) {
    Matcher m = PARAMETER.matcher(route);
    StringBuilder path = new StringBuilder();
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      String value = values.containsKey(name) ? values.get(name) : STANDARD.get(name);
      if (value == null) {
        throw new AssertionError("no sample value for {" + name + "} of " + route + ": add one to RouteSamples");
      }
      m.appendReplacement(path, Matcher.quoteReplacement(value));
    }
    m.appendTail(path);
    return path.toString();
  }
}
