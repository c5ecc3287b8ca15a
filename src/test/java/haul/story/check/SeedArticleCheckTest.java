package haul.story.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import haul.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seed article against a release with its own figures: everything true, the slips flagged. */
class SeedArticleCheckTest {

  private String seed;
  private CheckReport report;

  @BeforeEach
  void checkSeed() throws IOException {
    seed = Files.readString(SharedData.path("seed-article.txt"));
    report = StoryChecker.check(SeedRelease.release(), "thames-valley", seed);
  }

  @Test
  void everyFigureIsMatchedToItsFact() {
    assertThat(report.findings(FindingKind.MATCHED))
        .extracting(Finding::paragraph, f -> f.span().text(), f -> f.fact().orElseThrow().description())
        .containsExactly(
            tuple(5, "679", "seizures by Thames Valley Police in 2021/22"),
            tuple(5, "1,608", "seizures by Thames Valley Police in 2020/21"),
            tuple(6, "189,000", "seizures in England and Wales in 2021/22"),
            tuple(6, "14 per cent", "change in seizures in England and Wales, 2020/21 to 2021/22"),
            tuple(6, "220,000", "seizures in England and Wales in 2020/21"),
            tuple(7, "over 11,000kg", "cocaine seized in England and Wales in 2020/21"),
            tuple(7, "nearly 19,000kg", "cocaine seized in England and Wales in 2021/22"),
            tuple(8, "187kg", "ketamine seized in England and Wales in 2020/21"),
            tuple(8, "1,837kg", "ketamine seized in England and Wales in 2021/22"),
            tuple(13, "0.2kg", "cocaine seized by Thames Valley Police in 2021/22"),
            tuple(13, "no ketamine", "seizures of ketamine by Thames Valley Police in 2021/22"),
            tuple(14, "22 per cent", "London's share of all seizures in England and Wales in 2021/22"),
            tuple(14, "12 per cent", "East of England's share of all seizures in England and Wales in 2021/22"),
            tuple(15, "9 per cent", "South East's share of all seizures in England and Wales in 2021/22"));
  }

  @Test
  void nothingTrueIsContradictedAndNothingIsLeftUnknown() {
    assertThat(report.hasContradictions()).isFalse();
    assertThat(report.findings(FindingKind.CONTRADICTED)).isEmpty();
    assertThat(report.findings(FindingKind.UNKNOWN)).isEmpty();
  }

  @Test
  void lessDrugsCalendarYearsAndMisnamedFiguresAreFlagged() {
    assertThat(report.findings(FindingKind.WORDING))
        .extracting(Finding::paragraph, f -> f.span().text(), f -> f.rightValue().orElseThrow())
        .containsExactly(
            tuple(1, "less drugs", "fewer drugs"),
            tuple(5, "in 2021", "in the year to March 2021"),
            tuple(6, "in 2021", "in the year to March 2021"),
            tuple(7, "the police", "in England and Wales"),
            tuple(7, "in 2021", "in the year to March 2021"),
            tuple(14, "amount of drugs", "number of seizures"));
  }

  /** "the police are seizing more cocaine ... nearly 19,000kg": the figure of all agencies, most of it Border Force's. */
  @Test
  void aFigureOfAllAgenciesToldAsThePolicesIsMatchedAndFlagged() {
    Finding police = report.findings(FindingKind.WORDING).get(3);
    assertThat(police.message()).isEqualTo("\"the police\": nearly 19,000kg is the figure of all agencies (cocaine seized"
        + " in England and Wales in 2021/22), of which Border Force made 91 per cent; say \"in England and Wales\" or give"
        + " the police's own figure");
    Finding amount = report.findings(FindingKind.WORDING).get(5);
    assertThat(amount.message()).startsWith("a share of seizures told as an amount of drugs");
  }

  @Test
  void quotationsAreReportedAsQuotedWithTheBritishContinuation() {
    assertThat(report.findings(FindingKind.QUOTED))
        .extracting(Finding::paragraph, f -> f.span().text().substring(0, 20))
        .containsExactly(
            tuple(2, "\u201Cfutility of their e"),
            tuple(4, "\u201Ccontinue to go afte"),
            tuple(10, "\u201CThe market continue"),
            tuple(16, "\"These seizures send"));
    Finding eastwood = report.findings(FindingKind.QUOTED).get(2);
    assertThat(eastwood.span().text())
        .contains("drug-related deaths.\n\n\u201CIt is unsurprising")
        .endsWith("people are experiencing.\"");
    Finding dann = report.findings(FindingKind.QUOTED).get(3);
    assertThat(dann.span().text()).endsWith("entering our communities.\"");
  }

  @Test
  void theReadmeShowsWhatTheCheckPrints() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String section = readme.substring(readme.indexOf("### haul check-story"));
    String example = section.substring(section.indexOf("```\nthames-valley") + 4);
    example = example.substring(0, example.indexOf("```"));
    String printed = TextReport.render(report);
    for (String line : example.lines().filter(l -> !l.equals("...")).toList()) {
      assertThat(printed).contains(line + "\n");
    }
  }

  @Test
  void spansPointIntoTheText() {
    for (Finding finding : report.findings()) {
      assertThat(seed.substring(finding.span().start(), finding.span().end())).isEqualTo(finding.span().text());
    }
  }
}
