package haul.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import haul.testing.DemoFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The demo workbook against the ODF Toolkit's validator ({@code org.odftoolkit:odfvalidator:0.12.0},
 * a test dependency kept off the tests' class path because it bundles its own XML parsers), run as a
 * separate process: no errors, no warnings about the package.
 */
class OdsValidatorTest {

  static Path validatorJar() {
    String repository = System.getProperty("haul.maven.repository",
        Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
    Path jar = Path.of(repository, "org", "odftoolkit", "odfvalidator", "0.12.0",
        "odfvalidator-0.12.0-jar-with-dependencies.jar");
    if (!Files.isRegularFile(jar)) {
      fail("the ODF validator is not in the local repository at " + jar + ": ./mvnw -B verify resolves it (pom.xml)");
    }
    return jar;
  }

  @Test
  void theDemoWorkbookHasNoValidationErrors() throws Exception {
    Path ods = DemoFixture.out().resolve("haul-tables-2021-22.ods");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(List.of(java.toString(), "-jar", validatorJar().toString(), "-v",
        ods.toString())).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the validator finished").isTrue();
    // the validator exits 0 whatever it finds: its summary line for the package is the verdict
    assertThat(output).as(output).contains(ods + ":  Info: no errors, no warnings")
        .doesNotContainPattern("(?i)\\d+ errors?,");
  }
}
