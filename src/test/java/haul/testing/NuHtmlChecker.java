package haul.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import haul.json.HaulJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Nu Html Checker ({@code nu.validator:validator}, the W3C's HTML checker) run as a separate
 * process on a set of pages: it brings Jetty 11 and log4j 1.2, which clash with Javalin's Jetty 12,
 * so the build resolves it as a plugin dependency and writes its class path to
 * {@code target/nu-validator.classpath} (pom.xml, maven-antrun-plugin); it never joins the tests'
 * class path. One process checks every page (about two seconds to start, then milliseconds a page).
 */
public final class NuHtmlChecker {

  private static final Path CLASSPATH = Path.of("target", "nu-validator.classpath");

  private NuHtmlChecker() {}

  /**
   * Checks each page (by a name of its own, such as {@code agencies/kent}, ending up as the file
   * name in messages) and gives every error as {@code name:line:column: message}, empty when the
   * checker finds none. Warnings and informational messages are not errors.
   */
  public static List<String> errors(Map<String, String> pages, Path dir) {
    if (!Files.isRegularFile(CLASSPATH)) {
      fail("the Nu Html Checker's class path is missing at " + CLASSPATH.toAbsolutePath()
          + ": ./mvnw -B verify writes it (pom.xml, maven-antrun-plugin, phase generate-test-resources)");
    }
    try {
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss8m",
          "-cp", Files.readString(CLASSPATH).strip(),
          "nu.validator.client.SimpleCommandLineValidator", "--format", "json", "--exit-zero-always"));
      Map<Path, String> names = new java.util.HashMap<>();
      int i = 0;
      for (Map.Entry<String, String> page : pages.entrySet()) {
        Path file = dir.resolve(String.format(java.util.Locale.ROOT, "page-%03d.html", i++));
        Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
        names.put(file.toAbsolutePath(), page.getKey());
        command.add(file.toString());
      }
      Path report = dir.resolve("nu-report.json");
      Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(report.toFile()).start();
      if (!process.waitFor(300, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("the Nu Html Checker did not finish within 300 s");
      }
      String output = Files.readString(report, StandardCharsets.UTF_8);
      JsonNode root;
      try {
        root = HaulJson.mapper().readTree(output);
      } catch (IOException e) {
        throw new AssertionError("the Nu Html Checker did not answer JSON (exit " + process.exitValue() + "): " + output, e);
      }
      List<String> errors = new ArrayList<>();
      for (JsonNode message : root.path("messages")) {
        String type = message.path("type").asText();
        if (type.equals("error") || type.equals("non-document-error")) {
          String url = message.path("url").asText();
          String name = url.isEmpty() ? "?" : names.getOrDefault(Path.of(java.net.URI.create(url)).toAbsolutePath(), url);
          errors.add(name + ":" + message.path("lastLine").asText("?") + ":" + message.path("firstColumn").asText("?")
              + ": " + message.path("message").asText() + " [" + message.path("extract").asText() + "]");
        }
      }
      return errors;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
