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

/**
 * An attacker's sweep: SQL fragments, script tags and path tricks in any parameter are refused and
 * change nothing; every route, with every method (HEAD and OPTIONS too) and hostile values in each
 * of its path parameters, answers below 500 and never shows the embargoed edition to the public;
 * bodies over a route's limit (with a length or in chunks) are 413 with the JSON error body;
 * malformed JSON, wrong content types and huge query strings are refused plainly.
 */
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

  /** In every file of the embargoed edition: no public answer may carry it. */
  private static final String EMBARGOED = "EMBARGOED-7f3a";

  /** Path parameter values an attacker tries: traversal, encodings, unicode, controls, length. */
  private static final List<String> HOSTILE = List.of(
      "..", "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "..%5C..%5Cwindows", "..;", "%252e%252e", "%C0%AE%C0%AE",
      "k%C3%A9nt", "kent%E2%80%8B", "%F0%9F%92%A9", "%FF%FE", "%00", "%0d%0aX-Injected:%201",
      "thames-valley%2F..%2F..%2Fbulletin.html", "stories%2F..%2F..%2F..%2Fhaul.duckdb", "-1", "0",
      "99999999999999999999", "x".repeat(3000));

  @BeforeEach
  void start() {
    test = TestServer.withStandardEdition(dir);
    java.util.Map<String, byte[]> embargoed = new java.util.TreeMap<>();
    haul.store.EditionFixture.standardFiles().forEach((name, bytes) -> embargoed.put(name,
        name.endsWith(".ods") ? bytes : (new String(bytes, StandardCharsets.UTF_8) + "\n" + EMBARGOED + "\n").getBytes(StandardCharsets.UTF_8)));
    haul.store.EditionFixture.insert(test.store, TestServer.YEAR, 2, TestServer.NOW.plus(java.time.Duration.ofDays(1)), embargoed);
    test.start();
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
    assertThat(new ServedEditions(test.store).all()).hasSize(2);
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

  /** Every registered route with every method, hostile values in each path parameter, with and without an agency token. */
  @Test
  void everyRouteWithEveryMethodAndHostileParametersAnswersBelow500AndHidesTheEmbargo() {
    String kent = "Bearer " + test.token(java.util.Optional.of("kent"));
    java.util.Set<String> paths = new java.util.TreeSet<>();
    for (HaulServer.Route route : test.server.routes()) {
      paths.add(RouteSamples.fill(route.path(), java.util.Map.of()));
      java.util.regex.Matcher parameter = java.util.regex.Pattern.compile("\\{([^}]+)}|<([^>]+)>").matcher(route.path());
      while (parameter.find()) {
        String name = parameter.group(1) != null ? parameter.group(1) : parameter.group(2);
        for (String value : HOSTILE) {
          paths.add(RouteSamples.fill(route.path(), java.util.Map.of(name, value)));
        }
      }
    }
    assertThat(paths).hasSizeGreaterThan(500);
    int asked = 0;
    for (String path : paths) {
      for (String method : List.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE", "TRACE")) {
        for (String authorization : new String[] {null, kent}) {
          java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(test.uri(path))
              .method(method, method.equals("POST") || method.equals("PUT") || method.equals("PATCH")
                  ? java.net.http.HttpRequest.BodyPublishers.ofString("{\"year\": \"2021/22\", \"text\": \"..\"}")
                  : java.net.http.HttpRequest.BodyPublishers.noBody());
          if (authorization != null) {
            request.header("Authorization", authorization);
          }
          if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
            request.header("Content-Type", "application/json");
          }
          HttpResponse<String> response;
          try {
            response = test.send(request.build());
          } catch (java.io.UncheckedIOException closed) {
            // Jetty answers a malformed path (%00) with 400 and closes the connection; the client may
            // have sent the next request on it already: ask again, on a new connection.
            try {
              response = test.send(request.build());
            } catch (java.io.UncheckedIOException e) {
              throw new AssertionError(method + " " + path + ": no answer", e);
            }
          }
          asked++;
          assertThat(response.statusCode()).as(method + " " + path).isLessThan(500);
          assertThat(response.body()).as(method + " " + path).doesNotContain(EMBARGOED);
          assertThat(response.headers().map()).as(method + " " + path).doesNotContainKey("x-injected");
        }
      }
    }
    assertThat(asked).isGreaterThan(8000);
    assertThat(new ServedEditions(test.store).all()).as("nothing published, postponed or withdrawn").hasSize(2);
  }

  /** Over a route's limit, with a Content-Length or streamed in chunks (no length), is 413 with the JSON error body. */
  @Test
  void bodiesOverTheirLimitAre413WithOrWithoutALength() {
    String admin = "Bearer " + test.token(java.util.Optional.empty());
    byte[] json = new byte[RequestBodies.JSON_BYTES + 1];
    java.util.Arrays.fill(json, (byte) ' ');
    byte[] server = new byte[(int) HaulServer.MAX_BODY_BYTES + 1];
    java.util.Arrays.fill(server, (byte) 'a');
    record Post(String path, String type, byte[] body) {}
    for (Post post : List.of(new Post("/api/notes", "application/json", json), new Post("/api/tokens", "application/json", json),
        new Post("/api/releases/2021-22/publish", "application/json", json),
        new Post("/api/releases/2021-22/editions/2/postpone", "application/json", json),
        new Post("/api/returns", "text/csv", server), new Post("/api/tables?year=2015/16&measure=seizures", "text/csv", server),
        new Post("/newsroom/sign-in", "application/x-www-form-urlencoded", server))) {
      // with a length: over a route's limit the server reads the body to its end and refuses; over the
      // server's own it refuses on the length alone, so the body is not sent (TestServer#announcing says why)
      if (post.body().length > HaulServer.MAX_BODY_BYTES) {
        TestServer.Announced announced = test.announcing("POST", post.path(), post.body().length,
            "Authorization", admin, "Content-Type", post.type());
        assertThat(announced.status()).as(post.path()).isEqualTo(413);
        ApiRefusalTest.assertJsonError(announced.contentType(), announced.body(), 413);
        assertThat(announced.body()).as(post.path()).contains("too large").containsPattern("at most \\d+ (KB|MB)");
      } else {
        HttpResponse<String> sized = test.send(java.net.http.HttpRequest.newBuilder(test.uri(post.path()))
            .header("Authorization", admin).header("Content-Type", post.type())
            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(post.body())).build());
        assertThat(sized.statusCode()).as(post.path()).isEqualTo(413);
        ApiRefusalTest.assertJsonError(sized, 413);
        assertThat(sized.body()).as(post.path()).contains("too large").containsPattern("at most \\d+ (KB|MB)");
      }
      // chunked, refused once the bytes read pass the limit
      HttpResponse<String> response = test.send(java.net.http.HttpRequest.newBuilder(test.uri(post.path()))
          .header("Authorization", admin).header("Content-Type", post.type())
          .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(post.body()))).build());
      assertThat(response.statusCode()).as(post.path() + " chunked").isEqualTo(413);
      ApiRefusalTest.assertJsonError(response, 413);
      assertThat(response.body()).as(post.path()).contains("too large").containsPattern("at most \\d+ (KB|MB)");
    }
    assertThat(new ServedEditions(test.store).all()).hasSize(2);
    assertThat(new Tokens(test.store).all()).hasSize(1);
  }

  /** A note is a paragraph: over the limit it is 413 naming the limit, and nothing is stored. */
  @Test
  void aNoteOverItsLengthIs413AndOneAtItIsStored() {
    String admin = "Bearer " + test.token(java.util.Optional.empty());
    for (int length : new int[] {RequestBodies.NOTE_CHARACTERS + 1, RequestBodies.NOTE_CHARACTERS}) {
      String note = "{\"year\": \"2021/22\", \"agency\": \"kent\", \"text\": \"" + "a".repeat(length) + "\"}";
      HttpResponse<String> response = test.send(java.net.http.HttpRequest.newBuilder(test.uri("/api/notes"))
          .header("Authorization", admin).header("Content-Type", "application/json")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString(note)).build());
      if (length > RequestBodies.NOTE_CHARACTERS) {
        assertThat(response.statusCode()).isEqualTo(413);
        ApiRefusalTest.assertJsonError(response, 413);
        assertThat(response.body()).contains("at most " + RequestBodies.NOTE_CHARACTERS);
        assertThat(new haul.store.NotesRepository(test.store).notes(2022, 2022)).isEmpty();
      } else {
        assertThat(response.statusCode()).isEqualTo(201);
      }
    }
  }

  /** Malformed JSON, JSON of the wrong shape, bytes that are not UTF-8 and wrong content types: 400 or 415, never 500. */
  @Test
  void malformedJsonAndWrongContentTypesAreRefusedPlainly() {
    String admin = "Bearer " + test.token(java.util.Optional.empty());
    List<byte[]> bodies = new java.util.ArrayList<>();
    for (String text : List.of("{", "[]", "null", "\"x\"", "[".repeat(20_000), "{\"at\": \"\u0000\"}", "{\"at\": {\"$ne\": 1}}",
        "{\"at\": 1e999999}", "{\"at\": \"\\ud800\"}", "{\"at\": \"2023-02-30T25:61\"}")) {
      bodies.add(text.getBytes(StandardCharsets.UTF_8));
    }
    bodies.add(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});
    for (String path : List.of("/api/notes", "/api/tokens", "/api/releases/2021-22/publish", "/api/releases/2021-22/editions/2/postpone")) {
      for (byte[] body : bodies) {
        HttpResponse<String> response = test.send(java.net.http.HttpRequest.newBuilder(test.uri(path))
            .header("Authorization", admin).header("Content-Type", "application/json")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertThat(response.statusCode()).as(path + " " + new String(body, 0, Math.min(body.length, 40), StandardCharsets.UTF_8))
            .isEqualTo(400);
        ApiRefusalTest.assertJsonError(response, response.statusCode());
      }
      if (!path.contains("/editions/") && !path.endsWith("/publish")) {
        for (String text : List.of("{\"year\": 5, \"text\": []}", "{\"year\": \"2021/22\", \"text\": 1e999999}",
            "{\"agency\": {\"$ne\": 1}}", "{\"year\": \"2021/22\", \"text\": \"\\ud800\"}",
            "{\"year\": \"2021/22\", \"text\": \"a\\u0000b\"}", "{\"admin\": \"true\", \"name\": \"\\u202e\"}")) {
          HttpResponse<String> response = test.send(java.net.http.HttpRequest.newBuilder(test.uri(path))
              .header("Authorization", admin).header("Content-Type", "application/json")
              .POST(java.net.http.HttpRequest.BodyPublishers.ofString(text)).build());
          assertThat(response.statusCode()).as(path + " " + text).isEqualTo(400);
          ApiRefusalTest.assertJsonError(response, 400);
        }
      }
      for (String type : List.of("text/plain", "application/xml", "multipart/form-data; boundary=x", "application/json-patch+json")) {
        HttpResponse<String> response = test.send(java.net.http.HttpRequest.newBuilder(test.uri(path))
            .header("Authorization", admin).header("Content-Type", type)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"at\": \"2023-04-20T09:30\"}")).build());
        assertThat(response.statusCode()).as(type + " to " + path).isEqualTo(415);
      }
    }
    assertThat(new ServedEditions(test.store).all()).hasSize(2);
    assertThat(new Tokens(test.store).all()).hasSize(1);
    assertThat(new haul.store.NotesRepository(test.store).notes(2022, 2022)).isEmpty();
  }

  /** A query string or header past Jetty's buffers is 414 or 431, a long one within them is answered. */
  @Test
  void hugeQueryStringsAreRefusedBeforeAnyRoute() {
    for (int length : new int[] {2_000, 7_000, 20_000, 200_000}) {
      HttpResponse<String> response = test.get("/api/releases/2021-22/tables/seizures_by_agency?" + "a=" + "%F0%9F".repeat(length / 6));
      assertThat(response.statusCode()).as(length + " characters").isIn(200, 400, 414, 431);
      assertThat(response.body()).doesNotContain(EMBARGOED);
    }
  }
}
