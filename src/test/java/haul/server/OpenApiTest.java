package haul.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document describes every route Javalin has registered, and no route it does not have. */
class OpenApiTest {

  @TempDir Path dir;

  @Test
  void everyRegisteredRouteIsInTheDocumentAndEveryDocumentedRouteIsRegistered() throws Exception {
    try (TestServer test = TestServer.withStandardEdition(dir).start()) {
      HttpResponse<String> response = test.get("/api/openapi.json");
      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode doc = Json.MAPPER.readTree(response.body());
      assertThat(doc.get("openapi").asText()).startsWith("3.");

      List<String> registered = new ArrayList<>();
      for (HaulServer.Route route : test.server.routes()) {
        registered.add(route.method().toLowerCase(Locale.ROOT) + " " + route.path().replaceAll("<([^>]+)>", "{$1}"));
      }
      List<String> documented = new ArrayList<>();
      for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext(); ) {
        String path = paths.next();
        for (Iterator<String> methods = doc.get("paths").get(path).fieldNames(); methods.hasNext(); ) {
          documented.add(methods.next() + " " + path);
        }
      }
      assertThat(registered).isNotEmpty().contains("get /api/releases/{year}/tables/{table}");
      assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
    }
  }
}
