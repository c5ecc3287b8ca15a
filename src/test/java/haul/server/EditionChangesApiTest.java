package haul.server;

import static haul.store.SeizureFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import haul.publish.Embargoes;
import haul.publish.Publisher;
import haul.reference.FinancialYear;
import haul.store.SeizureFixture;
import haul.store.Store;
import haul.store.StoreKind;
import haul.store.TestStores;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Embargoes over HTTP: a later year's publish waits for an embargoed earlier edition (409); an
 * admin postpones or withdraws an embargoed edition and the public never sees it at its old time;
 * the served manifest states no status. And on PostgreSQL, a postponement made by another process
 * is seen by the server before the old time passes.
 */
class EditionChangesApiTest {

  private static final String HEADER = "agency,seizure_id,seizure_date,drug,quantity,unit\n";
  private static final String TABLE = "/api/releases/2021-22/tables/seizures_by_agency";

  @TempDir Path dir;
  @RegisterExtension final TestStores stores = TestStores.perTest();
  private TestServer server;
  private String admin;

  @BeforeEach
  void start() {
    server = TestServer.empty(dir);
    admin = server.token(Optional.empty());
    server.start();
    assertThat(post("/api/returns", "text/csv", HEADER + "kent,K-1,2021-05-10,Cocaine,12.5,g\n"
        + "kent,K-2,2022-05-10,Cocaine,1,g\n").statusCode()).isEqualTo(200);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> post(String path, String contentType, String body) {
    return server.send(HttpRequest.newBuilder(server.uri(path))
        .header("Authorization", "Bearer " + admin)
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build());
  }

  private HttpResponse<String> embargoedUntil(String year, String at) {
    return post("/api/releases/" + year + "/publish", "application/json", "{\"at\": \"" + at + "\"}");
  }

  @Test
  void aLaterYearIsRefused409WhileAnEarlierEditionIsEmbargoed() {
    assertThat(embargoedUntil("2021-22", "2099-04-20T09:30").statusCode()).isEqualTo(201);
    HttpResponse<String> refused = post("/api/releases/2022-23/publish", "application/json", "");
    assertThat(refused.statusCode()).isEqualTo(409);
    ApiRefusalTest.assertJsonError(refused, 409);
    assertThat(TestServer.json(refused).get("error").toString())
        .startsWith("edition 1 of 2021/22 is embargoed until 2099-04-20T09:30+01:00: an edition of 2022/23 public now");
    assertThat(server.get("/api/releases/2022-23/tables/seizures_by_agency").statusCode()).isEqualTo(404);
    assertThat(embargoedUntil("2022-23", "2099-04-20T09:30").statusCode()).isEqualTo(201);
  }

  @Test
  void aPostponedEditionIsNotPublicAtItsOldTimeAndAWithdrawnOneNever() {
    assertThat(embargoedUntil("2021-22", "2023-05-02T09:30").statusCode()).isEqualTo(201);
    HttpResponse<String> postponed = post("/api/releases/2021-22/editions/1/postpone", "application/json",
        "{\"at\": \"2023-05-09T09:30\"}");
    assertThat(postponed.statusCode()).as(postponed.body()).isEqualTo(200);
    assertThat(postponed.body()).isEqualTo(
        "{\"year\":\"2021/22\",\"edition\":1,\"public_at\":\"2023-05-09T08:30:00Z\",\"status\":\"embargoed\"}");

    server.clock.advance(Duration.ofDays(2));
    assertThat(server.get(TABLE).statusCode()).as("after the old time").isEqualTo(404);
    server.clock.advance(Duration.ofDays(7));
    assertThat(server.get(TABLE).statusCode()).as("after the new time").isEqualTo(200);
    HttpResponse<String> manifest = server.get("/api/releases/2021-22/files/manifest.json");
    assertThat(manifest.body()).contains("\"public_at\": \"2023-05-09T09:30:00+01:00\"").doesNotContain("\"status\"");
    assertThat(post("/api/releases/2021-22/editions/1/withdraw", "application/json", "").statusCode())
        .as("public now").isEqualTo(409);

    assertThat(post("/api/returns", "text/csv", HEADER + "kent,K-3,2021-06-10,Heroin,1,g\n").statusCode()).isEqualTo(200);
    assertThat(embargoedUntil("2021-22", "2023-06-01T09:30").statusCode()).isEqualTo(201);
    HttpResponse<String> withdrawn = post("/api/releases/2021-22/editions/2/withdraw", "application/json", "");
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(TestServer.json(withdrawn)).containsEntry("status", "withdrawn").containsEntry("edition", 2);
    server.clock.advance(Duration.ofDays(60));
    assertThat(server.get("/api/releases/2021-22/editions/2/tables/seizures_by_agency").statusCode()).isEqualTo(404);
    assertThat(server.get("/api/releases").body()).doesNotContain("\"edition\":2");
    assertThat(server.get("/api/releases", "Authorization", "Bearer " + admin).body())
        .contains("{\"year\":\"2021/22\",\"edition\":1,\"published_at\":\"2023-05-09T08:30:00Z\",\"status\":\"public\"}")
        .contains("\"edition\":2,\"published_at\":\"2023-06-01T08:30:00Z\",\"status\":\"withdrawn\"}");
    HttpResponse<String> next = post("/api/releases/2021-22/publish", "application/json", "");
    assertThat(TestServer.json(next)).containsEntry("edition", 3).containsEntry("created", true);
  }

  @Test
  void refusals() {
    assertThat(embargoedUntil("2021-22", "2099-04-20T09:30").statusCode()).isEqualTo(201);
    String postpone = "/api/releases/2021-22/editions/1/postpone";
    assertThat(post(postpone, "application/json", "{\"at\": null}").statusCode()).isEqualTo(400);
    assertThat(post(postpone, "application/json", "{}").statusCode()).isEqualTo(400);
    assertThat(post(postpone, "application/json", "{\"at\": \"soon\"}").statusCode()).isEqualTo(400);
    assertThat(post(postpone, "application/json", "{\"at\": \"2099-04-19T09:30\"}").statusCode()).isEqualTo(409);
    assertThat(post("/api/releases/2021-22/editions/5/postpone", "application/json", "{\"at\": \"2100-01-01T09:30\"}")
        .statusCode()).isEqualTo(404);
    assertThat(post("/api/releases/2021-22/editions/x/withdraw", "application/json", "").statusCode()).isEqualTo(400);
    String kent = server.token(Optional.of("kent"));
    assertThat(server.send(HttpRequest.newBuilder(server.uri("/api/releases/2021-22/editions/1/withdraw"))
        .header("Authorization", "Bearer " + kent).POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode())
        .isEqualTo(403);
  }

  /**
   * A server over a PostgreSQL store, and another process (here another store handle) postponing
   * the embargoed edition: the server never shows it at its old time.
   */
  @Test
  void onPostgresqlAPostponementByAnotherProcessHoldsInTheServer() throws Exception {
    String location = stores.location(StoreKind.POSTGRESQL);
    Instant now = TestServer.NOW;
    Instant at = now.plus(Duration.ofHours(1));
    try (Store store = stores.track(Store.open(location))) {
      new SeizureFixture(store).seizure("kent", "K1", "2021-05-05", line("Cocaine", "20", "g"));
      new Publisher(store, Clock.fixed(now, ZoneOffset.UTC)).publish(new FinancialYear(2022), Optional.of(at),
          Optional.empty());
      MovableClock clock = new MovableClock(now);
      HaulServer served = HaulServer.start(store, clock, "127.0.0.1", 0);
      try {
        HttpClient client = HttpClient.newHttpClient();
        URI table = URI.create("http://127.0.0.1:" + served.port() + TABLE);
        assertThat(client.send(HttpRequest.newBuilder(table).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
            .isEqualTo(404);
        try (Store other = Store.open(location)) {
          new Embargoes(other, Clock.fixed(now, ZoneOffset.UTC)).postpone(new FinancialYear(2022), 1, at.plus(Duration.ofDays(1)));
        }
        clock.advance(Duration.ofHours(2));
        assertThat(client.send(HttpRequest.newBuilder(table).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
            .as("past the old time").isEqualTo(404);
        clock.advance(Duration.ofDays(1));
        assertThat(client.send(HttpRequest.newBuilder(table).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
            .as("past the new time").isEqualTo(200);
      } finally {
        served.stop();
      }
    }
  }
}
