package haul.server;

import haul.reference.FinancialYear;
import haul.store.EditionFixture;
import haul.store.IssuedToken;
import haul.store.Store;
import haul.store.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A real server on a random loopback port over a store in a temporary folder, holding the standard
 * 2021/22 edition (public since {@link #PUBLISHED}); the clock stands at {@link #NOW}.
 */
final class TestServer implements AutoCloseable {

  static final Instant PUBLISHED = Instant.parse("2023-04-20T08:30:00Z");
  static final Instant NOW = Instant.parse("2023-05-01T12:00:00Z");
  static final FinancialYear YEAR = new FinancialYear(2022);

  final Store store;
  final MovableClock clock = new MovableClock(NOW);
  final HttpClient client = HttpClient.newHttpClient();
  HaulServer server;

  private TestServer(Store store) {
    this.store = store;
  }

  /** A store with the standard edition, not yet serving: add editions or tokens, then {@link #start()}. */
  static TestServer withStandardEdition(Path dir) {
    TestServer test = new TestServer(Store.open(dir.resolve("haul.duckdb").toString()));
    EditionFixture.insert(test.store, YEAR, 1, PUBLISHED, EditionFixture.standardFiles());
    return test;
  }

  /** A store with no edition. */
  static TestServer empty(Path dir) {
    return new TestServer(Store.open(dir.resolve("haul.duckdb").toString()));
  }

  TestServer start() {
    server = HaulServer.start(store, clock, "127.0.0.1", 0);
    return this;
  }

  String token(Optional<String> agency) {
    IssuedToken issued = new Tokens(store).issue(agency, NOW);
    return issued.secret();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> json(HttpResponse<String> response) {
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> map = Json.MAPPER.readValue(response.body(), Map.class);
      return map;
    } catch (IOException e) {
      throw new AssertionError("not a JSON object: " + response.body(), e);
    }
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop();
    }
    store.close();
  }
}
