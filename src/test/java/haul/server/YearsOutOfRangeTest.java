package haul.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Years of the right form that haul cannot hold ({@code 9999-00}, {@code 0000-01}, {@code 1900-01})
 * answer 400 or 404 on every route that reads a year, never 500, with an admin token (so a route
 * reaches its work rather than stopping at the token). The routes come from the server itself: a
 * new route with a year is covered when it is added, and one this test does not know fails it.
 */
class YearsOutOfRangeTest {

  private static final List<String> YEARS = List.of("9999-00", "0000-01", "1900-01");

  /** Routes that read no year at all, checked so that a new route must be placed here or above. */
  private static final Set<String> NO_YEAR = Set.of(
      "GET /", "GET /health", "GET /downloads", "GET /agencies/{code}", "GET /regions/{region}", "GET /assets/<path>",
      "GET /api/openapi.json", "GET /api/releases", "GET /api/returns", "POST /api/returns", "GET /api/tokens",
      "POST /api/tokens", "DELETE /api/tokens/{id}", "GET /newsroom", "GET /newsroom/sign-in", "POST /newsroom/sign-in",
      "POST /newsroom/sign-out", "GET /newsroom/admin", "POST /newsroom/admin/settings", "GET /styles/govuk-frontend.css");

  /** Routes that read a year from the query or the body, with how to send it. */
  private static final Set<String> YEAR_IN_REQUEST = Set.of("POST /api/notes", "POST /api/tables");

  @TempDir Path dir;

  @Test
  void everyRouteAnswers400Or404ToAYearOutsideTheRange() {
    try (TestServer test = TestServer.withStandardEdition(dir)) {
      String admin = "Bearer " + test.token(Optional.empty());
      test.start();
      List<String> checked = new ArrayList<>();
      List<HaulServer.Route> routes = test.server.routes();
      for (HaulServer.Route route : routes) {
        String name = route.method() + " " + route.path();
        if (route.method().equals("HEAD")
            && routes.stream().anyMatch(r -> r.method().equals("GET") && r.path().equals(route.path()))) {
          continue; // HEAD runs its GET's handler (ApiRoutes.get registers both): the GET is checked
        }
        if (route.path().contains("{year}")) {
          for (String year : YEARS) {
            String path = RouteSamples.fill(route.path(), Map.of("year", year));
            HttpResponse<String> response = test.send(HttpRequest.newBuilder(test.uri(path))
                .header("Authorization", admin).header("Content-Type", "application/json")
                .method(route.method(), HttpRequest.BodyPublishers.ofString(route.method().equals("GET") ? "" : "{}"))
                .build());
            assertRefused(response, route.method() + " " + path);
          }
          checked.add(name);
        } else if (YEAR_IN_REQUEST.contains(name)) {
          checked.add(name);
        } else {
          assertThat(NO_YEAR).as(name + " is a new route: say whether it reads a year").contains(name);
        }
      }
      assertThat(checked).contains("GET /api/releases/{year}/tables/{table}", "POST /api/releases/{year}/publish",
          "POST /api/notes", "POST /api/tables");

      for (String year : YEARS) {
        String label = year.replace('-', '/');
        assertRefused(test.send(HttpRequest.newBuilder(test.uri("/api/notes"))
            .header("Authorization", admin).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"year\": \"" + label + "\", \"text\": \"x\"}")).build()),
            "POST /api/notes " + label);
        assertRefused(test.send(HttpRequest.newBuilder(test.uri("/api/tables?measure=seizures&year=" + label))
            .header("Authorization", admin).header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString("Police force,All drugs\nKent,10\n")).build()),
            "POST /api/tables " + label);
      }
    }
  }

  private static void assertRefused(HttpResponse<String> response, String what) {
    assertThat(response.statusCode()).as(what + ": " + response.body()).isIn(400, 404);
    ApiRefusalTest.assertJsonError(response, response.statusCode());
  }
}
