package haul.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every refusal is JSON {"status", "error"} with the right status, never an HTML page or a stack trace. */
class ApiRefusalTest {

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

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "/api/releases/2021/tables/seizures_by_agency, 400",
    "/api/releases/2021-23/tables/seizures_by_agency, 400",
    "/api/releases/21-22/tables/seizures_by_agency, 400",
    "/api/releases/2019-20/tables/seizures_by_agency, 404",
    "/api/releases/2021-22/tables/Seizures, 400",
    "/api/releases/2021-22/tables/seizures_by_planet, 404",
    "/api/releases/2021-22/tables/seizures_by_planet.csv, 404",
    "/api/releases/2021-22/editions/0/tables/seizures_by_agency, 400",
    "/api/releases/2021-22/editions/one/tables/seizures_by_agency, 400",
    "/api/releases/2021-22/agencies/Thames_Valley, 400",
    "/api/releases/2021-22/agencies/atlantis, 404",
    "/api/releases/2021-22/stories/atlantis.html, 404",
    "/api/releases/2021-22/files/..%2F..%2Fetc%2Fpasswd, 400",
    "/api/releases/2021-22/files/.hidden, 400",
    "/api/nothing-here, 404",
    "/no/such/page, 404",
  })
  void refusesWithJson(String path, int status) {
    HttpResponse<String> response = test.get(path);
    assertThat(response.statusCode()).isEqualTo(status);
    assertJsonError(response, status);
  }

  @Test
  void aWrongMethodIs405() {
    HttpResponse<String> response =
        test.send(HttpRequest.newBuilder(test.uri("/api/releases")).DELETE().build());
    assertThat(response.statusCode()).isEqualTo(405);
    assertJsonError(response, 405);
  }

  @Test
  void aBodyTooLargeIs413() {
    String admin = test.token(java.util.Optional.empty());
    // refused on the announced length, before a byte of the body is read
    TestServer.Announced response = test.announcing("POST", "/api/tokens", HaulServer.MAX_BODY_BYTES + 1024,
        "Authorization", "Bearer " + admin, "Content-Type", "application/json");
    assertThat(response.status()).isEqualTo(413);
    assertJsonError(response.contentType(), response.body(), 413);
  }

  @Test
  void aWrongContentTypeIs415() {
    String admin = test.token(java.util.Optional.empty());
    HttpResponse<String> response =
        test.send(HttpRequest.newBuilder(test.uri("/api/tokens"))
            .header("Authorization", "Bearer " + admin)
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString("{\"admin\": true}")).build());
    assertThat(response.statusCode()).isEqualTo(415);
    assertJsonError(response, 415);
  }

  static void assertJsonError(HttpResponse<String> response, int status) {
    assertJsonError(response.headers().firstValue("Content-Type").orElse(""), response.body(), status);
  }

  static void assertJsonError(String contentType, String text, int status) {
    assertThat(contentType).startsWith("application/json");
    var body = TestServer.json(text);
    assertThat(body.get("status")).isEqualTo(status);
    assertThat((String) body.get("error")).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(body).containsOnlyKeys("status", "error");
  }
}
