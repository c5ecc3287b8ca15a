package haul.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every answer carries the Content-Security-Policy (scripts only from haul, no framing) with the
 * other security headers: every registered route, a static file, a webjar, an unknown path.
 */
class SecurityHeadersTest {

  @TempDir Path dir;

  @Test
  void everyAnswerCarriesTheContentSecurityPolicy() {
    try (TestServer test = TestServer.withStandardEdition(dir).start()) {
      List<String> paths = new ArrayList<>();
      for (HaulServer.Route route : test.server.routes()) {
        paths.add(route.method() + " " + RouteSamples.fill(route.path(), Map.of()));
      }
      paths.addAll(List.of("GET /static/charts.js", "GET /webjars/echarts/5.3.1/dist/echarts.min.js", "GET /no/such/page"));
      assertThat(paths).contains("GET /", "GET /agencies/thames-valley", "POST /api/releases/2021-22/publish");
      for (String entry : paths) {
        String[] parts = entry.split(" ", 2);
        HttpResponse<String> response = test.send(HttpRequest.newBuilder(test.uri(parts[1]))
            .method(parts[0], HttpRequest.BodyPublishers.noBody()).build());
        assertThat(response.headers().firstValue("Content-Security-Policy")).as(entry)
            .hasValue("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self';"
                + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
                + " frame-ancestors 'none'");
        assertThat(response.headers().firstValue("X-Frame-Options")).as(entry).hasValue("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(entry).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(entry).hasValue("no-referrer");
      }
    }
  }
}
