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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code haul serve} as a process: it answers and logs, and SIGTERM stops it and frees the store. */
class ServeCommandTest {

  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  @TempDir Path dir;
  @org.junit.jupiter.api.extension.RegisterExtension final haul.store.TestStores stores = haul.store.TestStores.perTest();

  /**
   * It answers, logs its start-up and one line per request on standard error (never the token a
   * request carried), and SIGTERM stops it and frees the store.
   */
  @Test
  void servesUntilSigtermThenReleasesTheStore() throws Exception {
    String db = dir.resolve("haul.duckdb").toString();
    Path log = dir.resolve("serve.log");
    Process serve = new ProcessBuilder(JAVA.toString(), "-cp", System.getProperty("java.class.path"),
        "haul.cli.Main", "serve", "--db", db, "--port", "0")
        .redirectError(log.toFile())
        .start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      assertThat(first).startsWith("haul serve: http://127.0.0.1:");
      Matcher port = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(first);
      assertThat(port.find()).isTrue();

      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> health = client.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.group(1) + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(health.body()).isEqualTo("{\"status\":\"ok\",\"editions\":0}");
      HttpResponse<String> wrong = client.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.group(1) + "/api/releases?x=1"))
              .header("Authorization", "Bearer secret-token-of-someone").build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(wrong.statusCode()).isEqualTo(401);

      serve.destroy(); // SIGTERM
      assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
      assertThat(serve.exitValue()).isEqualTo(143);
    } finally {
      serve.destroyForcibly();
    }
    List<String> lines = Files.readAllLines(log);
    assertThat(lines).anyMatch(l -> l.matches("\\S+ INFO  HaulServer listening on 127\\.0\\.0\\.1:\\d+ with 0 editions \\(0 public\\)"));
    assertThat(lines).anyMatch(l -> l.matches("\\S+ INFO  access GET /health 200 \\d+\\.\\d ms"));
    assertThat(lines).anyMatch(l -> l.matches("\\S+ INFO  access GET /api/releases 401 \\d+\\.\\d ms"));
    assertThat(String.join("\n", lines)).doesNotContain("secret-token").doesNotContain("Hikari").doesNotContain("Flyway")
        .doesNotContain("Jetty");
    try (Store store = Store.open(db)) {
      assertThat(store.schemaVersion()).isPositive();
    }
  }

  @Test
  void atLogLevelWarnItLogsNoRequestsAndOtherCommandsLogNothing() throws Exception {
    String db = dir.resolve("haul.duckdb").toString();
    Path log = dir.resolve("serve.log");
    Process serve = new ProcessBuilder(JAVA.toString(), "-cp", System.getProperty("java.class.path"),
        "haul.cli.Main", "serve", "--db", db, "--port", "0", "--log-level", "warn")
        .redirectError(log.toFile())
        .start();
    try {
      String first = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8)).readLine();
      Matcher port = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(first);
      assertThat(port.find()).isTrue();
      HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.group(1) + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      serve.destroy();
      assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      serve.destroyForcibly();
    }
    assertThat(Files.readString(log)).isEmpty();

    Process list = new ProcessBuilder(JAVA.toString(), "-cp", System.getProperty("java.class.path"),
        "haul.cli.Main", "token", "list", "--db", db).redirectError(ProcessBuilder.Redirect.PIPE).start();
    String err = new String(list.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(list.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(list.exitValue()).isZero();
    assertThat(err).as("an ordinary command: HikariCP, Flyway and DuckDB stay quiet").isEmpty();

    var out = new java.io.StringWriter();
    var errors = new java.io.StringWriter();
    int exit = Main.run(new String[] {"serve", "--db", db, "--log-level", "loud"},
        new java.io.PrintWriter(out, true), new java.io.PrintWriter(errors, true));
    assertThat(exit).isEqualTo(ExitCode.USAGE);
    assertThat(errors.toString()).isEqualTo("haul: --log-level: 'loud' is not a level: use error, warn, info, debug or off\n");
  }

  /** On PostgreSQL, where HikariCP and Flyway run (and log INFO by default), a command prints no log line. */
  @Test
  void onPostgresqlAnOrdinaryCommandLogsNothing() throws Exception {
    String db = stores.location(haul.store.StoreKind.POSTGRESQL);
    Process list = new ProcessBuilder(JAVA.toString(), "-cp", System.getProperty("java.class.path"),
        "haul.cli.Main", "token", "list", "--db", db).redirectError(ProcessBuilder.Redirect.PIPE).start();
    String err = new String(list.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(list.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(list.exitValue()).as(err).isZero();
    assertThat(err).isEmpty();
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
