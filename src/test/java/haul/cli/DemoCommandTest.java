package haul.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

  @TempDir Path temp;

  private record Run(int exitCode, String out, String err) {}

  private static Run haul(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void writesTheReturnsAndSaysWhere() throws IOException {
    Path out = temp.resolve("demo-output");
    Run run = haul("demo", "--out", out.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    Path returns = out.resolve("returns");
    assertThat(run.out())
        .contains("drug lines in " + returns)
        .contains("          2021/22  188,927 seizures")
        .contains("          2020/21  219,578 seizures");
    assertThat(returns.resolve("2021-22/thames-valley.csv")).isRegularFile();
    assertThat(out.resolve(DemoCommand.MARKER)).isRegularFile();
    assertThat(run.out().replace(temp + "/", "")).isEqualTo(readmeExample());
    // The demo's data are synthetic, and its release says so wherever a source is named.
    assertThat(haul.json.HaulJson.mapper().readTree(out.resolve("manifest.json").toFile()).path("release")
        .path("source").asText()).isEqualTo("Source: haul demo data, calibrated to published Home Office figures");
    assertThat(Files.readString(out.resolve("manifest.json"))).doesNotContain("Source: Home Office");

    // A second run starts from an empty folder: what the first left (or a user added) is gone.
    Path stale = Files.writeString(out.resolve("returns/stale.csv"), "old");
    Run again = haul("demo", "--out", out.toString());
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).isEqualTo(run.out());
    assertThat(stale).doesNotExist();
    assertThat(returns.resolve("2021-22/thames-valley.csv")).isRegularFile();
  }

  /** What the README's "haul demo" section shows the command printing. */
  private static String readmeExample() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String section = readme.substring(readme.indexOf("### haul demo"));
    int printed = section.indexOf("```\nhaul demo: ");
    return section.substring(printed + 4, section.indexOf("```", printed + 4));
  }

  @Test
  void refusesAFolderItDidNotWrite() throws IOException {
    Path precious = Files.writeString(temp.resolve("thesis.txt"), "do not delete");
    Run run = haul("demo", "--out", temp.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .isEqualTo("haul: " + temp + " is not empty and was not written by haul demo; choose another --out, or empty it"
            + " yourself" + System.lineSeparator());
    assertThat(precious).hasContent("do not delete");
    assertThat(temp.resolve(DemoCommand.MARKER)).doesNotExist();
  }

  @Test
  void refusesAFileAsOut() throws IOException {
    Path file = Files.writeString(temp.resolve("out.txt"), "a file");
    Run run = haul("demo", "--out", file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("is not a folder");
    assertThat(file).hasContent("a file");
  }

  @Test
  void refusesAMissingQuoteBank() {
    Run run = haul("demo", "--out", temp.resolve("out").toString(), "--quotes", temp.resolve("none.json").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("haul: --quotes: ");
    assertThat(temp.resolve("out")).doesNotExist();
  }
}
