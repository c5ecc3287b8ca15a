package haul.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import haul.testing.DemoFixture;
import haul.testing.SharedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code haul story} and {@code haul check-story} on the demo's store, through the command line. */
class StoryCommandsTest {

  @TempDir Path temp;

  private record Run(int exitCode, String out, String err) {}

  private static Run haul(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void storyPrintsThePublishedStory() throws IOException {
    Run json = haul("story", "--db", DemoFixture.store(), "--year", "2021/22", "--agency", "thames-valley",
        "--format", "json");
    assertThat(json.err()).isEmpty();
    assertThat(json.exitCode()).isZero();
    String published = Files.readString(DemoFixture.out().resolve("stories/thames-valley.json"), StandardCharsets.UTF_8);
    assertThat(json.out().strip()).isEqualTo(published.strip());

    Run markdown = haul("story", "--db", DemoFixture.store(), "--year", "FYE2022", "--agency", "thames-valley");
    assertThat(markdown.exitCode()).isZero();
    assertThat(markdown.out()).startsWith("<!-- Check before publishing").contains("\n# Drug seizures by Thames Valley Police more than halve\n")
        .contains("Thames Valley Police's drug seizures more than halved in the year to March 2022: the force made 679, down from"
            + " 1,608 the year before, according to haul's synthetic demo figures.");
  }

  @Test
  void storyWithTheSeedQuoteBankQuotesOnlyTheBank() {
    Run run = haul("story", "--db", DemoFixture.store(), "--year", "2021/22", "--agency", "kent",
        "--quotes", SharedData.path("seed-quotes.json").toString());
    assertThat(run.exitCode()).isZero();
    // Kent's fall takes the bank's reported statements that answer fewer seizures, and the demo's label
    assertThat(run.out()).contains("Release, the national centre for drugs expertise, criticised the government's figures",
        "The Home Office said they were concentrating on more high quality seizures.",
        "Source: haul demo data, calibrated to published Home Office figures. Synthetic demonstration data, not official statistics.");
  }

  @Test
  void storyRefusesAnUnknownAgencyAYearAndAMissingQuoteBank() {
    Run agency = haul("story", "--db", DemoFixture.store(), "--year", "2021/22", "--agency", "atlantis");
    assertThat(agency.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(agency.err()).startsWith("haul: --agency: 'atlantis' is not an agency code");
    Run year = haul("story", "--db", DemoFixture.store(), "--year", "2021", "--agency", "kent");
    assertThat(year.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(year.err()).contains("is not a financial year");
    Run notHeld = haul("story", "--db", DemoFixture.store(), "--year", "2030/31", "--agency", "kent");
    assertThat(notHeld.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(notHeld.err()).isEqualTo("haul: --year: no returns or published tables are held for 2030/31; years held:"
        + " 2018/19, 2019/20, 2020/21, 2021/22" + System.lineSeparator());
    Run quotes = haul("story", "--db", DemoFixture.store(), "--year", "2021/22", "--agency", "kent",
        "--quotes", temp.resolve("none.json").toString());
    assertThat(quotes.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(quotes.err()).contains("no such file");
  }

  @Test
  void theSeedArticleChecksOutAgainstTheDemoData() {
    Run run = haul("check-story", "--db", DemoFixture.store(), "--year", "2021/22", "--agency", "thames-valley",
        SharedData.path("seed-article.txt").toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).startsWith("thames-valley 2021/22: 14 matched, 0 contradicted, 0 unknown")
        .contains("\"less drugs\": \"less\" with a count");
  }

  @Test
  void anAlteredCountOrPercentageIsContradictedWithTheRightValue() throws IOException {
    String seed = Files.readString(SharedData.path("seed-article.txt"), StandardCharsets.UTF_8);
    Path count = Files.writeString(temp.resolve("count.txt"), seed.replace("only 679 total", "only 697 total"));
    Run countRun = haul("check-story", "--db", DemoFixture.store(), "--year", "2021/22", "--agency", "thames-valley",
        count.toString());
    assertThat(countRun.exitCode()).isEqualTo(ExitCode.CONTRADICTED);
    assertThat(countRun.out()).contains("CONTRADICTED").contains("697").contains("679");

    Path percent = Files.writeString(temp.resolve("percent.txt"), seed.replace("fall of 14 per cent", "fall of 16 per cent"));
    Run percentRun = haul("check-story", "--db", DemoFixture.store(), "--year", "2021/22", "--agency", "thames-valley",
        "--format", "json", percent.toString());
    assertThat(percentRun.exitCode()).isEqualTo(ExitCode.CONTRADICTED);
    JsonNode report = new ObjectMapper().readTree(percentRun.out());
    assertThat(report.toString()).contains("16 per cent").contains("CONTRADICTED");
  }

  @Test
  void checkStoryRefusesAMissingFile() {
    Run run = haul("check-story", "--db", DemoFixture.store(), "--year", "2021/22", "--agency", "thames-valley",
        temp.resolve("missing.txt").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("no such file");
  }
}
