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
import java.math.BigDecimal;
import java.math.RoundingMode;
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
    Path text = write("unknown.txt", "Kent Police made 4,854 drug seizures last year. It made 31 arrests.");
    assertThat(check(text, "--agency", "kent").exitCode()).isEqualTo(ExitCode.OK);
    Run strict = check(text, "--agency", "kent", "--strict");
    assertThat(strict.exitCode()).isEqualTo(ExitCode.UNVERIFIED).isEqualTo(5);
    assertThat(strict.out()).contains("UNKNOWN       \"31\": measure: haul cannot tell what it counts (\"arrests\")");
  }

  @Test
  void aContradictionWinsOverAnUnknown() throws IOException {
    Path text = write("both.txt", "Kent Police made 4,584 drug seizures last year. It made 31 arrests.");
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

  /**
   * The published bulletin, read nationally from its sidecar as the release wrote it: every figure
   * matched (none contradicted, none unknown) under --strict, the pronouns and ranks of its key
   * findings included.
   */
  @Test
  void thePublishedBulletinPassesTheNationalCheckUnderStrict() {
    Run run = check(DemoFixture.out().resolve("bulletin.json"), "--strict");
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).startsWith("national 2021/22: ").contains(" 0 contradicted, 0 unknown, ")
        .contains("MATCHED       \"1,837kg\": ketamine seized in England and Wales in 2021/22")
        .contains("MATCHED       \"89 per cent\": the police's share of all seizures")
        .contains("MATCHED       \"" + borderForceShareOfHerbalCannabis() + "\": Border Force's share of all herbal cannabis seized")
        .contains("MATCHED       \"46,000\": seizures of class A drugs in England and Wales in 2021/22")
        .contains("MATCHED       \"43\": England and Wales has 43 territorial police forces")
        .doesNotContain("\"09\"", "\"30\"");
    int matched = Integer.parseInt(run.out().replaceFirst("(?s)^national 2021/22: (\\d+) matched.*", "$1"));
    assertThat(matched).as("every figure of the bulletin's sidecar is checked").isGreaterThanOrEqualTo(40);
  }

  /**
   * Border Force's share of the herbal cannabis seized in England and Wales in 2021/22 as the
   * bulletin tells it (whole per cent), worked out from the demo's published tables: its row of
   * agency_drug.csv over the national row of quantities_by_drug.csv.
   */
  private static String borderForceShareOfHerbalCannabis() {
    BigDecimal borderForce = DemoFixture.table("agency_drug.csv").stream()
        .filter(r -> r.getField("financial_year").equals("2021/22") && r.getField("agency_code").equals("border-force")
            && r.getField("drug").equals("Herbal cannabis"))
        .map(r -> new BigDecimal(r.getField("quantity"))).findFirst().orElseThrow();
    BigDecimal all = DemoFixture.table("quantities_by_drug.csv").stream()
        .filter(r -> r.getField("financial_year").equals("2021/22") && r.getField("drug").equals("Herbal cannabis"))
        .map(r -> new BigDecimal(r.getField("quantity"))).findFirst().orElseThrow();
    return borderForce.multiply(BigDecimal.valueOf(100)).divide(all, 0, RoundingMode.HALF_UP) + " per cent";
  }

  @Test
  void aJsonFileThatIsNotTheBulletinsSidecarIsRefused() throws IOException {
    Run story = check(write("story.json", "{\"body\": [\"Kent Police made 4,854 drug seizures.\"]}"), "--agency", "kent");
    assertThat(story.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(story.err()).contains("story.json: is not a bulletin's sidecar");
    Run broken = check(write("broken.json", "{\"key_findings\": ["), "--agency", "kent");
    assertThat(broken.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(broken.err()).contains("broken.json: is not JSON");
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
