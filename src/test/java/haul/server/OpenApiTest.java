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
      List<String> heads = new ArrayList<>();
      for (HaulServer.Route route : test.server.routes()) {
        String entry = route.method().toLowerCase(Locale.ROOT) + " " + route.path().replaceAll("<([^>]+)>", "{$1}");
        (entry.startsWith("head ") ? heads : registered).add(entry);
      }
      // HEAD answers as GET without the body, on the public reads and pages (and only on GET routes)
      assertThat(registered.stream().filter(r -> r.startsWith("get ")).map(r -> "head " + r.substring(4)).toList())
          .as("every GET route answers HEAD, and only they").containsExactlyInAnyOrderElementsOf(heads);
      assertThat(heads).contains("head /", "head /api/releases/{year}/tables/{table}", "head /api/releases/{year}/files/{name}");
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

  /** swagger-parser reads the served document with no message, and the document keeps the API's conventions. */
  @Test
  void theDocumentValidatesWithAMaintainedParserAndDeclaresItsSecurityIdsLicenceAndServer() throws Exception {
    try (TestServer test = TestServer.withStandardEdition(dir).start()) {
      String body = test.get("/api/openapi.json").body();
      io.swagger.v3.parser.core.models.SwaggerParseResult result =
          new io.swagger.v3.parser.OpenAPIV3Parser().readContents(body, null, null);
      assertThat(result.getMessages()).isEmpty();
      io.swagger.v3.oas.models.OpenAPI api = result.getOpenAPI();
      assertThat(api.getInfo().getLicense().getName()).isEqualTo("Open Government Licence v3.0");
      assertThat(api.getServers()).extracting(io.swagger.v3.oas.models.servers.Server::getUrl).containsExactly("/");
      List<String> ids = new ArrayList<>();
      api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
        assertThat(op.getOperationId()).as(method + " " + path).isNotBlank();
        ids.add(op.getOperationId());
        assertThat(op.getSecurity()).as("%s %s declares its security", method, path).isNotNull();
        boolean signedIn = !op.getSecurity().isEmpty();
        boolean newsroom = path.startsWith("/newsroom") && !path.equals("/newsroom") && !path.equals("/newsroom/sign-in");
        assertThat(signedIn).as("%s %s", method, path)
            .isEqualTo(path.startsWith("/api/tokens") || path.equals("/api/returns") || path.endsWith("/publish")
                || path.endsWith("/postpone") || path.endsWith("/withdraw")
                || path.equals("/api/tables") || path.equals("/api/notes") || newsroom);
      }));
      assertThat(ids).doesNotHaveDuplicates();
    }
  }

  @Test
  void headAnswersAsGetWithoutABody() throws Exception {
    try (TestServer test = TestServer.withStandardEdition(dir).start()) {
      // the newsroom's pages check the session for HEAD as for GET (303 to the sign-in page without one)
      for (String path : List.of("/", "/api/releases", "/api/releases/2021-22/tables/seizures_by_agency.csv",
          "/agencies/no-such-agency", "/api/releases/2021-22/files/no-such-file", "/newsroom", "/newsroom/2021-22",
          "/newsroom/2021-22/thames-valley", "/newsroom/admin", "/newsroom/sign-in", "/feeds/2021-22/stories.atom",
          "/api/returns", "/api/tokens")) {
        HttpResponse<String> get = test.get(path);
        HttpResponse<String> head = test.send(java.net.http.HttpRequest.newBuilder(test.uri(path))
            .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
        assertThat(head.headers().firstValue("Location")).as(path).isEqualTo(get.headers().firstValue("Location"));
        assertThat(head.headers().firstValue("Content-Type")).as(path).isEqualTo(get.headers().firstValue("Content-Type"));
        assertThat(head.body()).as(path).isEmpty();
      }
    }
  }
}
