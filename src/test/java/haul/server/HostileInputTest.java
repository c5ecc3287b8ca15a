package haul.server;

import static org.assertj.core.api.Assertions.assertThat;

import haul.store.ServedEditions;
import haul.store.Tokens;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQL fragments, script tags and path tricks in any parameter are refused and change nothing. */
class HostileInputTest {

  private static final List<String> FRAGMENTS = List.of(
      "kent' OR '1'='1",
      "kent'; DROP TABLE edition; --",
      "1; DELETE FROM edition_file",
      "<script>alert(1)</script>",
      "2021-22' UNION SELECT content FROM edition_file --",
      "..",
      "%00",
      "x".repeat(5000));

  @TempDir Path dir;
  TestServer test;

  @BeforeEach
  void start() {
    test = TestServer.withStandardEdition(dir).start();
  }

  @AfterEach
  void stop() {
    test.close();
  }

  @Test
  void fragmentsInEveryParameterAreRefusedAndTheStoreIsUnchanged() {
    String before = test.get("/api/releases/2021-22/tables/agency_drug.csv").body();
    int files = new ServedEditions(test.store).fileNames(TestServer.YEAR, 1).size();
    for (String fragment : FRAGMENTS) {
      String value = URLEncoder.encode(fragment, StandardCharsets.UTF_8).replace("+", "%20");
      for (String path : List.of(
          "/api/releases/" + value + "/tables/seizures_by_agency",
          "/api/releases/2021-22/tables/" + value,
          "/api/releases/2021-22/editions/" + value + "/tables/seizures_by_agency",
          "/api/releases/2021-22/agencies/" + value,
          "/api/releases/2021-22/stories/" + value,
          "/api/releases/2021-22/files/" + value,
          "/agencies/" + value,
          "/regions/" + value,
          "/api/releases?year=" + value)) {
        HttpResponse<String> response = test.get(path);
        assertThat(response.statusCode()).as(path).isIn(200, 400, 404, 414, 431);
        if (response.statusCode() == 200) {
          assertThat(path).as("only a query string that is ignored may answer 200").startsWith("/api/releases?");
        } else if (response.statusCode() < 414) {
          ApiRefusalTest.assertJsonError(response, response.statusCode());
          assertThat(response.body()).doesNotContain("<script>");
        }
      }
      HttpResponse<String> token = test.get("/api/releases", "Authorization", "Bearer " + fragment.substring(0, Math.min(fragment.length(), 1000)));
      assertThat(token.statusCode()).isEqualTo(401);
    }
    assertThat(test.get("/api/releases/2021-22/tables/agency_drug.csv").body()).isEqualTo(before);
    assertThat(new ServedEditions(test.store).all()).hasSize(1);
    assertThat(new ServedEditions(test.store).fileNames(TestServer.YEAR, 1)).hasSize(files);
    assertThat(new Tokens(test.store).all()).isEmpty();
  }

  /** Jetty throws on a charset it cannot decode; haul refuses it before any route reads the body. */
  @Test
  void aBodyInACharsetNoOneCanReadIs400OnEveryPostedRoute() {
    String kent = "Bearer " + test.token(java.util.Optional.of("kent"));
    for (String type : List.of("application/x-www-form-urlencoded; charset=bogus", "text/csv; charset=\"",
        "application/json; charset=" + "x".repeat(300))) {
      for (String path : List.of("/newsroom/sign-in", "/newsroom/sign-out", "/newsroom/2021-22/kent", "/api/returns",
          "/api/notes", "/api/releases/2021-22/publish")) {
        HttpResponse<String> response = test.send(java.net.http.HttpRequest.newBuilder(test.uri(path))
            .header("Content-Type", type).header("Authorization", kent)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("csrf=a")).build());
        assertThat(response.statusCode()).as(type + " to " + path).isEqualTo(400);
        assertThat(response.body()).as(path).contains("charset");
      }
    }
  }
}
