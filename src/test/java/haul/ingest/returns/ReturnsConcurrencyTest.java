package haul.ingest.returns;

import static org.assertj.core.api.Assertions.assertThat;

import haul.reference.Agency;
import haul.server.HaulServer;
import haul.store.Store;
import haul.store.StoreKind;
import haul.store.StoreProbe;
import haul.store.TestStores;
import haul.store.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 8: 45 agencies submit their returns at once through {@code haul serve} into one PostgreSQL
 * store, while two submissions race to revise the same events; nothing is lost or duplicated, and
 * each raced event ends as exactly one of the two, the one the import log records as revising it.
 */
class ReturnsConcurrencyTest {

  private static final int AGENCIES = 45;
  private static final int EVENTS = 40;
  private static final int RACED = 5;
  private static final int RACERS = 5;
  private static final String HEADER = "agency,seizure_id,seizure_date,drug,quantity,unit\n";
  private static final Instant NOW = Instant.parse("2023-05-01T12:00:00Z");

  @RegisterExtension final TestStores stores = TestStores.perTest();
  private final ExecutorService threads = Executors.newFixedThreadPool(AGENCIES + 2);
  private final HttpClient client = HttpClient.newHttpClient();
  private HaulServer server;

  @AfterEach
  void stop() throws InterruptedException {
    threads.shutdownNow();
    assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    if (server != null) {
      server.stop();
    }
  }

  /** An agency's return: EVENTS seizures of two lines each. */
  private static String aReturn(String agency) {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 1; i <= EVENTS; i++) {
      csv.append(agency).append(",E").append(i).append(",2022-01-10,Cocaine,").append(i).append(",g\n");
      csv.append(agency).append(",E").append(i).append(",2022-01-10,Heroin,").append(i).append(",g\n");
    }
    return csv.toString();
  }

  /** An agency's revision of its first RACED events: one line each, or two. */
  private static String aRevision(String agency, boolean two) {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 1; i <= RACED; i++) {
      if (two) {
        csv.append(agency).append(",E").append(i).append(",2022-02-01,Herbal cannabis,2,g\n");
        csv.append(agency).append(",E").append(i).append(",2022-02-01,Heroin,3,g\n");
      } else {
        csv.append(agency).append(",E").append(i).append(",2022-02-01,Cocaine,1,g\n");
      }
    }
    return csv.toString();
  }

  private HttpResponse<String> submit(String secret, String csv) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/returns"))
        .header("Content-Type", "text/csv; charset=utf-8")
        .header("Authorization", "Bearer " + secret)
        .timeout(java.time.Duration.ofSeconds(120))
        .POST(HttpRequest.BodyPublishers.ofString(csv))
        .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Sends every submission at once and checks each is answered 200. */
  private void together(List<Callable<HttpResponse<String>>> submissions) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    for (Callable<HttpResponse<String>> submission : submissions) {
      answers.add(threads.submit(() -> {
        start.await();
        return submission.call();
      }));
    }
    start.countDown();
    for (Future<HttpResponse<String>> answer : answers) {
      HttpResponse<String> response = answer.get(180, TimeUnit.SECONDS);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
  }

  @Test
  void fortyFiveAgenciesAtOnceLoseAndDuplicateNothingAndARacedRevisionEndsAsOne() throws Exception {
    Store store = stores.open(StoreKind.POSTGRESQL);
    assertThat(store.threadSafe()).isTrue();
    List<Agency> agencies = store.reference().agencies().all().stream().limit(AGENCIES).toList();
    assertThat(agencies).hasSize(AGENCIES);
    Tokens tokens = new Tokens(store);
    List<String> secrets = new ArrayList<>();
    for (Agency agency : agencies) {
      secrets.add(tokens.issue(Optional.of(agency.code()), NOW).secret());
    }
    server = HaulServer.start(store, Clock.fixed(NOW, ZoneOffset.UTC), "127.0.0.1", 0);

    List<Callable<HttpResponse<String>>> returns = new ArrayList<>();
    for (int i = 0; i < AGENCIES; i++) {
      String agency = agencies.get(i).code();
      String secret = secrets.get(i);
      returns.add(() -> submit(secret, aReturn(agency)));
    }
    together(returns);

    assertThat(StoreProbe.count(store, "SELECT count(*) FROM seizure")).isEqualTo(AGENCIES * EVENTS);
    assertThat(StoreProbe.count(store, "SELECT count(DISTINCT agency_code) FROM seizure WHERE seizure_id = 'E1'"))
        .isEqualTo(AGENCIES);
    assertThat(StoreProbe.count(store, "SELECT count(*) FROM drug_line")).isEqualTo(AGENCIES * EVENTS * 2);
    assertThat(StoreProbe.count(store, "SELECT count(*) FROM import_log WHERE kind = 'returns'")).isEqualTo(AGENCIES);
    // every line's quantity once: 45 agencies x (Cocaine + Heroin) x (1 + ... + 40) g, in kg
    assertThat(StoreProbe.lines(store, "SELECT CAST(sum(quantity) AS VARCHAR), min(unit), max(unit) FROM drug_line"))
        .containsExactly("73.800000000|kg|kg");

    // Each of RACERS agencies sends two revisions of the same events at once (a pool's worth of them).
    List<Callable<HttpResponse<String>>> revisions = new ArrayList<>();
    for (int i = 0; i < RACERS; i++) {
      String agency = agencies.get(i).code();
      String secret = secrets.get(i);
      revisions.add(() -> submit(secret, aRevision(agency, false)));
      revisions.add(() -> submit(secret, aRevision(agency, true)));
    }
    together(revisions);

    assertThat(StoreProbe.count(store, "SELECT count(*) FROM seizure")).isEqualTo(AGENCIES * EVENTS);
    assertThat(StoreProbe.count(store, "SELECT count(*) FROM (SELECT agency_code, seizure_id FROM seizure"
        + " GROUP BY agency_code, seizure_id HAVING count(*) > 1) d")).isZero();
    assertThat(StoreProbe.count(store, "SELECT count(*) FROM import_log WHERE kind = 'returns'"))
        .isEqualTo(AGENCIES + 2 * RACERS);
    for (int i = 0; i < RACERS; i++) {
      String agency = agencies.get(i).code();
      // Both revisions are logged as revising all RACED events; the raced events are the one
      // that committed second, whole: all its lines and only its lines.
      List<String> log = StoreProbe.lines(store, "SELECT l.import_id, l.accepted, l.revised FROM import_log l"
          + " WHERE l.accepted < " + EVENTS * 2 + " AND l.file_name LIKE 'upload-" + agency + "-%' ORDER BY l.import_id");
      assertThat(log).hasSize(2).allSatisfy(row -> assertThat(row).endsWith("|" + RACED));
      List<String> events = StoreProbe.lines(store, "SELECT DISTINCT import_id FROM seizure"
          + " WHERE agency_code = '" + agency + "' AND seizure_date = DATE '2022-02-01'");
      assertThat(events).hasSize(1);
      String winner = events.get(0);
      assertThat(StoreProbe.count(store, "SELECT count(*) FROM seizure WHERE agency_code = '" + agency + "'"
          + " AND seizure_date = DATE '2022-02-01'")).isEqualTo(RACED);
      long accepted = log.stream().filter(row -> row.startsWith(winner + "|"))
          .mapToLong(row -> Long.parseLong(row.split("\\|")[1])).sum();
      assertThat(accepted).isIn((long) RACED, 2L * RACED);
      assertThat(StoreProbe.lines(store, "SELECT DISTINCT import_id FROM drug_line WHERE agency_code = '" + agency
          + "' AND seizure_id IN (SELECT seizure_id FROM seizure WHERE agency_code = '" + agency
          + "' AND seizure_date = DATE '2022-02-01')")).containsExactly(winner);
      assertThat(StoreProbe.count(store, "SELECT count(*) FROM drug_line WHERE agency_code = '" + agency
          + "' AND import_id = " + winner)).isEqualTo(accepted);
    }
  }
}
