package haul.server;

import haul.store.Store;
import haul.store.TokenRole;
import haul.store.Tokens;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real server over a {@link NewsroomFixture}'s store, and an HTTP client that keeps cookies
 * like a browser (and does not follow redirects, so tests see them).
 */
final class NewsroomHttp implements AutoCloseable {

  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  final NewsroomFixture fixture;
  final HaulServer server;
  HttpClient client = browser();

  NewsroomHttp(Store store, Optional<URI> publicUrl) {
    this.fixture = new NewsroomFixture(store);
    this.server = HaulServer.start(store, fixture.clock, "127.0.0.1", 0, publicUrl);
  }

  static HttpClient browser() {
    return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** Publishes through the fixture and tells the server, as the admin route does. */
  void publish(Optional<java.time.Instant> at) {
    fixture.publish(at);
    server.reloadEditions();
  }

  String token(TokenRole role, Optional<String> agency, String name) {
    return new Tokens(fixture.store).issue(role, agency, name, NewsroomFixture.NOW).secret();
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

  HttpResponse<String> post(String path, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
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

  static String csrf(HttpResponse<String> page) {
    Matcher matcher = CSRF.matcher(page.body());
    if (!matcher.find()) {
      throw new AssertionError("no CSRF field on the page: " + page.body());
    }
    return matcher.group(1);
  }

  /** Signs in through the form; returns the answer to the form's POST. */
  HttpResponse<String> signIn(String token) {
    HttpResponse<String> form = get("/newsroom/sign-in");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("csrf", csrf(form));
    fields.put("token", token);
    return post("/newsroom/sign-in", fields);
  }

  @Override
  public void close() {
    server.stop();
  }
}
