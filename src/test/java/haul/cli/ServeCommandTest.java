package haul.cli;

import static org.assertj.core.api.Assertions.assertThat;

import haul.store.Store;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code haul serve} as a process: it answers, and SIGTERM stops it and frees the store. */
class ServeCommandTest {

  @TempDir Path dir;

  @Test
  void servesUntilSigtermThenReleasesTheStore() throws Exception {
    String db = dir.resolve("haul.duckdb").toString();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process serve = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        "haul.cli.Main", "serve", "--db", db, "--port", "0")
        .redirectErrorStream(true)
        .start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      assertThat(first).startsWith("haul serve: http://127.0.0.1:");
      Matcher port = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(first);
      assertThat(port.find()).isTrue();

      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.group(1) + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(health.body()).isEqualTo("{\"status\":\"ok\",\"editions\":0}");

      serve.destroy(); // SIGTERM
      assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
      assertThat(serve.exitValue()).isEqualTo(143);
    } finally {
      serve.destroyForcibly();
    }
    try (Store store = Store.open(db)) {
      assertThat(store.schemaVersion()).isPositive();
    }
  }

  @Test
  void refusesAPortOutOfRange() {
    var out = new java.io.StringWriter();
    var err = new java.io.StringWriter();
    int exit = Main.run(new String[] {"serve", "--db", dir.resolve("x.duckdb").toString(), "--port", "70000"},
        new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
    assertThat(exit).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).isEqualTo("haul: --port must be from 0 to 65535, not 70000\n");
  }
}
