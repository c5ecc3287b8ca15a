package haul.server;

import static org.assertj.core.api.Assertions.assertThat;

import haul.reference.FinancialYear;
import haul.store.EditionFixture;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embargoed edition is invisible to the public, visible to an admin token, and public once the
 * clock passes its time, without a restart. Tokens: none, wrong, revoked, agency on admin routes.
 */
class EmbargoAndTokensTest {

  @TempDir Path dir;
  TestServer test;

  @BeforeEach
  void start() {
    test = TestServer.withStandardEdition(dir);
    // A second edition of 2021/22 that revises Thames Valley, and a first edition of 2022/23, both
    // embargoed until a day after "now".
    Map<String, byte[]> revised = new TreeMap<>(EditionFixture.standardFiles());
    revised.put("tables/seizures_by_agency.csv", replace(revised.get("tables/seizures_by_agency.csv"),
        "2021/22,thames-valley,Thames Valley,territorial,South East,679,", "2021/22,thames-valley,Thames Valley,territorial,South East,681,r"));
    EditionFixture.insert(test.store, TestServer.YEAR, 2, TestServer.NOW.plus(Duration.ofDays(1)), revised);
    EditionFixture.insert(test.store, new FinancialYear(2023), 1, TestServer.NOW.plus(Duration.ofDays(1)), EditionFixture.standardFiles());
    test.start();
  }

  @AfterEach
  void stop() {
    test.close();
  }

  @Test
  void anEmbargoedEditionIsInvisibleToThePublicVisibleToAnAdminAndPublicAfterItsTime() {
    String admin = "Bearer " + test.token(Optional.empty());
    String table = "/api/releases/2021-22/tables/seizures_by_agency.csv";

    assertThat(test.get(table).body()).contains("thames-valley,Thames Valley,territorial,South East,679,");
    assertThat(test.get("/api/releases/2021-22/editions/2/tables/seizures_by_agency").statusCode()).isEqualTo(404);
    assertThat(test.get("/api/releases/2022-23/tables/seizures_by_agency").statusCode()).isEqualTo(404);
    assertThat(test.get("/api/releases").body())
        .isEqualTo("[{\"year\":\"2021/22\",\"edition\":1,\"published_at\":\"2023-04-20T08:30:00Z\",\"status\":\"public\"}]");

    HttpResponse<String> early = test.get(table, "Authorization", admin);
    assertThat(early.body()).contains("South East,681,r");
    assertThat(early.headers().firstValue("Cache-Control")).hasValue("private, no-store");
    assertThat(test.get("/api/releases/2022-23/tables/seizures_by_agency", "Authorization", admin).statusCode()).isEqualTo(200);
    assertThat(test.get("/api/releases", "Authorization", admin).body())
        .isEqualTo("[{\"year\":\"2021/22\",\"edition\":1,\"published_at\":\"2023-04-20T08:30:00Z\",\"status\":\"public\"},"
            + "{\"year\":\"2021/22\",\"edition\":2,\"published_at\":\"2023-05-02T12:00:00Z\",\"status\":\"embargoed\"},"
            + "{\"year\":\"2022/23\",\"edition\":1,\"published_at\":\"2023-05-02T12:00:00Z\",\"status\":\"embargoed\"}]");

    test.clock.advance(Duration.ofDays(1));

    assertThat(test.get(table).body()).contains("South East,681,r");
    assertThat(test.get("/api/releases/2021-22/editions/1/tables/seizures_by_agency.csv").body()).contains("South East,679,");
    assertThat(test.get("/api/releases/2022-23/tables/seizures_by_agency").statusCode()).isEqualTo(200);
    assertThat(test.get("/api/releases").body())
        .isEqualTo("[{\"year\":\"2021/22\",\"edition\":1,\"published_at\":\"2023-04-20T08:30:00Z\",\"status\":\"superseded\"},"
            + "{\"year\":\"2021/22\",\"edition\":2,\"published_at\":\"2023-05-02T12:00:00Z\",\"status\":\"public\"},"
            + "{\"year\":\"2022/23\",\"edition\":1,\"published_at\":\"2023-05-02T12:00:00Z\",\"status\":\"public\"}]");
  }

  @Test
  void aWrongOrRevokedTokenIs401EvenOnPublicRoutes() {
    HttpResponse<String> wrong = test.get("/api/releases", "Authorization", "Bearer not-a-token");
    assertThat(wrong.statusCode()).isEqualTo(401);
    ApiRefusalTest.assertJsonError(wrong, 401);
    assertThat(test.get("/api/releases", "Authorization", "Basic dXNlcjpwYXNz").statusCode()).isEqualTo(401);

    String admin = "Bearer " + test.token(Optional.empty());
    String kent = test.token(Optional.of("kent"));
    assertThat(test.get("/api/releases", "Authorization", "Bearer " + kent).statusCode()).isEqualTo(200);
    HttpResponse<String> revoked =
        test.send(HttpRequest.newBuilder(test.uri("/api/tokens/2")).header("Authorization", admin).DELETE().build());
    assertThat(revoked.statusCode()).isEqualTo(200);
    assertThat(TestServer.json(revoked)).containsEntry("agency", "kent").containsEntry("revoked_at", "2023-05-01T12:00:00Z");
    assertThat(test.get("/api/releases", "Authorization", "Bearer " + kent).statusCode()).isEqualTo(401);
  }

  @Test
  void adminRoutesRefuseNoTokenWith401AndAnAgencyTokenWith403() {
    String kent = "Bearer " + test.token(Optional.of("kent"));
    HttpResponse<String> none = test.get("/api/tokens");
    assertThat(none.statusCode()).isEqualTo(401);
    ApiRefusalTest.assertJsonError(none, 401);
    HttpResponse<String> agency = test.get("/api/tokens", "Authorization", kent);
    assertThat(agency.statusCode()).isEqualTo(403);
    ApiRefusalTest.assertJsonError(agency, 403);
    assertThat(test.send(createToken(kent, "{\"admin\": true}")).statusCode()).isEqualTo(403);
    assertThat(test.get("/api/releases/2022-23/tables/seizures_by_agency", "Authorization", kent).statusCode())
        .as("an agency token has no pre-release access").isEqualTo(404);
  }

  @Test
  void anAdminCreatesListsAndRevokesTokens() {
    String admin = "Bearer " + test.token(Optional.empty());
    HttpResponse<String> created = test.send(createToken(admin, "{\"agency\": \"thames-valley\"}"));
    assertThat(created.statusCode()).isEqualTo(201);
    Map<String, Object> body = TestServer.json(created);
    assertThat(body).containsEntry("id", 2).containsEntry("agency", "thames-valley").containsEntry("admin", false);
    String secret = (String) body.get("token");
    assertThat(secret).matches("[A-Za-z0-9_-]{43}");
    assertThat(test.get("/api/releases", "Authorization", "Bearer " + secret).statusCode()).isEqualTo(200);
    assertThat(test.get("/api/tokens", "Authorization", admin).body())
        .isEqualTo("[{\"id\":1,\"agency\":null,\"admin\":true,\"created_at\":\"2023-05-01T12:00:00Z\",\"revoked_at\":null,"
            + "\"role\":\"admin\",\"name\":\"admin\"},"
            + "{\"id\":2,\"agency\":\"thames-valley\",\"admin\":false,\"created_at\":\"2023-05-01T12:00:00Z\",\"revoked_at\":null,"
            + "\"role\":\"agency\",\"name\":\"thames-valley\"}]")
        .doesNotContain(secret);
    assertThat(test.send(createToken(admin, "{\"agency\": \"atlantis\"}")).statusCode()).isEqualTo(404);
    assertThat(test.send(createToken(admin, "{\"agency\": \"Not A Code\"}")).statusCode()).isEqualTo(400);
    assertThat(test.send(createToken(admin, "{\"agency\": \"kent\", \"admin\": true}")).statusCode()).isEqualTo(400);
    assertThat(test.send(createToken(admin, "not json")).statusCode()).isEqualTo(400);
    HttpResponse<String> editor = test.send(createToken(admin, "{\"editor\": true, \"name\": \"A. Editor\"}"));
    assertThat(TestServer.json(editor)).containsEntry("role", "editor").containsEntry("name", "A. Editor")
        .containsEntry("admin", false).containsEntry("agency", null);
    assertThat(test.send(createToken(admin, "{\"editor\": true, \"admin\": true}")).statusCode()).isEqualTo(400);
    assertThat(test.send(createToken(admin, "{\"editor\": true, \"name\": 7}")).statusCode()).isEqualTo(400);
    assertThat(test.send(HttpRequest.newBuilder(test.uri("/api/tokens/99")).header("Authorization", admin).DELETE().build())
        .statusCode()).isEqualTo(404);
    assertThat(test.send(HttpRequest.newBuilder(test.uri("/api/tokens/1%20OR%201=1")).header("Authorization", admin).DELETE().build())
        .statusCode()).isEqualTo(400);
  }

  /** The last admin token in force cannot revoke itself (409, still working); with a second admin it can. */
  @Test
  void theLastAdminTokenIsNotRevoked() {
    String admin = "Bearer " + test.token(Optional.empty());
    HttpResponse<String> refused =
        test.send(HttpRequest.newBuilder(test.uri("/api/tokens/1")).header("Authorization", admin).DELETE().build());
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    ApiRefusalTest.assertJsonError(refused, 409);
    assertThat(TestServer.json(refused).get("error").toString()).contains("last admin token");
    assertThat(test.get("/api/tokens", "Authorization", admin).statusCode()).isEqualTo(200);

    String second = "Bearer " + TestServer.json(test.send(createToken(admin, "{\"admin\": true}"))).get("token");
    HttpResponse<String> revoked =
        test.send(HttpRequest.newBuilder(test.uri("/api/tokens/1")).header("Authorization", second).DELETE().build());
    assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
    assertThat(test.get("/api/tokens", "Authorization", admin).statusCode()).isEqualTo(401);
    assertThat(test.send(HttpRequest.newBuilder(test.uri("/api/tokens/2")).header("Authorization", second).DELETE().build())
        .statusCode()).isEqualTo(409);
  }

  private HttpRequest createToken(String authorization, String json) {
    return HttpRequest.newBuilder(test.uri("/api/tokens"))
        .header("Authorization", authorization)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  private static byte[] replace(byte[] content, String from, String to) {
    String text = new String(content, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
  }
}
