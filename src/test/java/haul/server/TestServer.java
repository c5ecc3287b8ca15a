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

  /** A response read off the socket: its status, its content type ("" when none) and its body. */
  record Announced(int status, String contentType, String body) {}

  /**
   * Sends a request's head announcing a body of {@code length} bytes, and none of the body, then
   * reads the answer until the server closes: for a limit the server must keep on the length alone.
   * A client that sends the body races the server's close (the server refuses and closes with the
   * body unread, the reset can reach the client before the answer is read), so such a test would
   * sometimes see no answer at all.
   */
  Announced announcing(String method, String path, long length, String... headers) {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(30_000);
      StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
      for (int i = 0; i + 1 < headers.length; i += 2) {
        head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
      }
      head.append("Content-Length: ").append(length).append("\r\n\r\n");
      socket.getOutputStream().write(head.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      int split = answer.indexOf("\r\n\r\n");
      if (!answer.startsWith("HTTP/1.1 ") || split < 0) {
        throw new AssertionError("not an HTTP answer: " + answer);
      }
      String contentType = answer.substring(0, split).lines()
          .filter(l -> l.regionMatches(true, 0, "Content-Type:", 0, 13)).map(l -> l.substring(13).strip()).findFirst().orElse("");
      return new Announced(Integer.parseInt(answer.substring(9, 12)), contentType, answer.substring(split + 4));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Map<String, Object> json(HttpResponse<String> response) {
    return json(response.body());
  }

  static Map<String, Object> json(String text) {
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> map = Json.MAPPER.readValue(text, Map.class);
      return map;
    } catch (IOException e) {
      throw new AssertionError("not a JSON object: " + text, e);
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
