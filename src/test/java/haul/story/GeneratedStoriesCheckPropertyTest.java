package haul.story;

import static org.assertj.core.api.Assertions.assertThat;

import haul.reference.Agency;
import haul.reference.ReferenceData;
import haul.stats.Release;
import haul.story.check.CheckReport;
import haul.story.check.Finding;
import haul.story.check.FindingKind;
import haul.story.check.StoryChecker;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property (plain JUnit, seeded): every story the generator writes from a random release, with
 * missing returns, missing years, zeros and changes too small to round to 1 per cent, passes
 * haul's own check, and each figure is tied to the fact it was written from.
 */
class GeneratedStoriesCheckPropertyTest {

  private static final int RELEASES = 20;

  @Test
  void everyGeneratedStoryPassesItsOwnCheck() {
    Random random = new Random(7);
    StoryWriter writer = new StoryWriter();
    int matched = 0;
    int ranks = 0;
    for (int i = 0; i < RELEASES; i++) {
      Release release = AllAgenciesStoryTest.release(random, i > 0).build();
      for (Agency agency : ReferenceData.bundled().agencies().all()) {
        Story story = writer.write(release, agency.code(), Optional.empty(), 1);
        String text = story.headline() + "\n\n" + String.join("\n\n", story.body());
        CheckReport report = StoryChecker.check(release, agency.code(), text);
        String what = "release " + i + ", " + agency.code() + ":\n" + text;
        assertThat(report.findings(FindingKind.CONTRADICTED)).as(what).isEmpty();
        assertThat(report.findings(FindingKind.UNKNOWN)).as(what).isEmpty();
        assertThat(report.findings(FindingKind.WORDING)).as(what).isEmpty();
        for (Finding finding : report.findings(FindingKind.MATCHED)) {
          if (finding.fact().isEmpty()) {
            // a rank is judged against the release's order: the ledger holds it as a rank fact of the area and year
            assertThat(isTheRankWritten(story, finding)).as(what + "\n\"" + finding.span().text() + "\" read as "
                + finding.message()).isTrue();
            ranks++;
            continue;
          }
          assertThat(isTheFactWritten(story, finding)).as(what + "\n\"" + finding.span().text() + "\" read as "
              + finding.message()).isTrue();
          matched++;
        }
      }
    }
    assertThat(matched).isGreaterThan(RELEASES * 45 * 10);
    assertThat(ranks).as("rank findings traced to the ledger").isPositive();
  }

  /** The generator wrote a rank the check read ("the third-highest") from a rank fact of the same area and year. */
  static boolean isTheRankWritten(Story story, Finding finding) {
    haul.story.check.Claim claim = finding.claim().orElseThrow();
    return claim.measure().equals("rank") && story.facts().stream()
        // the check reads a rank's core words ("more drug seizures than any other"), within the phrase the ledger holds
        .anyMatch(f -> f.measure() == haul.story.prose.FactMeasure.RANK
            && f.text().toLowerCase(java.util.Locale.ROOT).contains(finding.span().text().toLowerCase(java.util.Locale.ROOT))
            && claim.subject().equals(Optional.of(f.agency())) && claim.years().equals(Optional.of(f.year()))
            && f.value().intValue() == claim.value().intValue());
  }

  /** The generator wrote the figure's words from the fact the check tied it to: same area, drug and year. */
  static boolean isTheFactWritten(Story story, Finding finding) {
    haul.story.check.Fact fact = finding.fact().orElseThrow();
    String year = fact.period().substring(fact.period().length() - "2021/22".length()); // a change: its later year
    String words = finding.span().text();
    return story.facts().stream()
        .anyMatch(f -> (words.equals(f.text()) || words.startsWith(f.text() + " ")) // "230,069 plants"
            && f.agency().equals(fact.areaCode()) && f.drug().equals(fact.drug()) && f.year().equals(year));
  }
}
