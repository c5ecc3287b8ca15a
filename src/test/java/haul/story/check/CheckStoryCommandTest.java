package haul.story.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import haul.cli.ExitCode;
import haul.cli.Main;
import haul.testing.DemoFixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code haul check-story} through the command line on the demo's store: exit codes, --strict, national texts. */
class CheckStoryCommandTest {

  @TempDir Path temp;

  private record Run(int exitCode, String out, String err) {}

  private static Run haul(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static Run check(Path file, String... options) {
    List<String> args = new java.util.ArrayList<>(List.of("check-story", "--db", DemoFixture.store(), "--year", "2021/22"));
    args.addAll(List.of(options));
    args.add(file.toString());
    return haul(args.toArray(String[]::new));
  }

  @Test
  void thePublishedStoriesPassUnderStrict() {
    for (String agency : List.of("thames-valley", "border-force", "british-transport-police", "kent")) {
      Path story = DemoFixture.out().resolve("stories/" + agency + ".md");
      Run run = check(story, "--agency", agency, "--strict");
      assertThat(run.exitCode()).as(agency + "\n" + run.out() + run.err()).isEqualTo(ExitCode.OK);
      assertThat(run.out()).as(agency).contains(" 0 contradicted, 0 unknown");
    }
  }

  @Test
  void anUnknownClaimFailsOnlyUnderStrict() throws IOException {
    Path text = write("unknown.txt", "Kent Police made 4,854 drug seizures last year. All 43 forces sent returns.");
    assertThat(check(text, "--agency", "kent").exitCode()).isEqualTo(ExitCode.OK);
    Run strict = check(text, "--agency", "kent", "--strict");
    assertThat(strict.exitCode()).isEqualTo(ExitCode.UNVERIFIED).isEqualTo(5);
    assertThat(strict.out()).contains("UNKNOWN       \"43\": measure: haul cannot tell what it counts (\"forces\")");
  }

  @Test
  void aContradictionWinsOverAnUnknown() throws IOException {
    Path text = write("both.txt", "Kent Police made 4,584 drug seizures last year. All 43 forces sent returns.");
    Run run = check(text, "--agency", "kent", "--strict", "--format", "json");
    assertThat(run.exitCode()).isEqualTo(ExitCode.CONTRADICTED);
    JsonNode report = new ObjectMapper().readTree(run.out());
    JsonNode claim = report.get("findings").get(0).get("claim");
    assertThat(claim.get("subject").asText()).isEqualTo("kent");
    assertThat(claim.get("measure").asText()).isEqualTo("seizures");
    assertThat(claim.get("years").asText()).isEqualTo("2021/22");
    assertThat(claim.get("value").asInt()).isEqualTo(4584);
    assertThat(claim.get("verdict").asText()).isEqualTo("CONTRADICTED");
    assertThat(claim.get("right_value").asText()).isEqualTo("4,854");
  }

  @Test
  void withoutAnAgencyTheTextIsNational() throws IOException {
    Path text = write("national.txt", "Police and Border Force made 189,000 drug seizures across England and Wales in the"
        + " year to March 2022, a fall of 14 per cent. Border Force made 11 per cent of them, and London 22 per cent.");
    Run run = check(text, "--strict", "--format", "json");
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.get("agency").isNull()).isTrue();
    assertThat(report.get("counts").get("matched").asInt()).isEqualTo(4);
    Run force = check(write("force.txt", "The force made 679 drug seizures last year."), "--strict");
    assertThat(force.exitCode()).as("'the force' names no agency in a national text: " + force.out())
        .isEqualTo(ExitCode.UNVERIFIED);
  }

  @Test
  void aTextOverTwoMegabytesIsRefused() throws IOException {
    Path big = write("big.txt", "Kent Police made 4,854 drug seizures last year.\n\n".repeat(45_000));
    Run run = check(big, "--agency", "kent");
    assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(run.err()).contains("check-story reads at most 2097152 bytes (2 MB)");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void helpTellsTheExitCodes() {
    Run help = haul("check-story", "--help");
    assertThat(help.out()).contains("--strict").contains("5 with --strict").contains("Without --agency");
  }
}
