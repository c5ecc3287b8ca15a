package haul.story.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import haul.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Copies of the seed with one thing made wrong: each is caught, with the right value. */
class AlteredStoryCheckTest {

  private String seed;

  @BeforeEach
  void readSeed() throws IOException {
    seed = Files.readString(SharedData.path("seed-article.txt"));
  }

  private CheckReport altered(String from, String to) {
    assertThat(seed).contains(from);
    return StoryChecker.check(SeedRelease.release(), "thames-valley", seed.replace(from, to));
  }

  @Test
  void aChangedCountIsContradictedWithTheRightValue() {
    CheckReport report = altered("only 679 total", "only 697 total");

    assertThat(report.hasContradictions()).isTrue();
    assertThat(report.findings(FindingKind.CONTRADICTED))
        .extracting(f -> f.span().text(), f -> f.rightValue().orElseThrow(), f -> f.fact().orElseThrow().description())
        .containsExactly(tuple("697", "679", "seizures by Thames Valley Police in 2021/22"));
    assertThat(report.findings(FindingKind.CONTRADICTED).get(0).message())
        .isEqualTo("the data say 679 (seizures by Thames Valley Police in 2021/22: 679 seizures)");
  }

  @Test
  void aChangedNationalCountIsJudgedAtTheNearestThousand() {
    CheckReport report = altered("as 189,000 seizures", "as 199,000 seizures");

    assertThat(report.findings(FindingKind.CONTRADICTED))
        .extracting(f -> f.span().text(), f -> f.rightValue().orElseThrow())
        .containsExactly(tuple("199,000", "189,000"));
  }

  @Test
  void aChangedPercentChangeIsContradicted() {
    CheckReport report = altered("fall of 14 per cent", "fall of 15 per cent");

    assertThat(report.findings(FindingKind.CONTRADICTED))
        .extracting(f -> f.span().text(), f -> f.rightValue().orElseThrow(), f -> f.fact().orElseThrow().description())
        .containsExactly(
            tuple("15 per cent", "14 per cent", "change in seizures in England and Wales, 2020/21 to 2021/22"));
  }

  @Test
  void aChangedShareIsContradicted() {
    CheckReport report = altered("London, 22 per cent", "London, 25 per cent");

    assertThat(report.findings(FindingKind.CONTRADICTED))
        .extracting(f -> f.span().text(), f -> f.rightValue().orElseThrow(), f -> f.fact().orElseThrow().areaCode())
        .containsExactly(tuple("25 per cent", "22 per cent", "london"));
  }

  @Test
  void aRiseToldAsAFallIsContradicted() {
    CheckReport report = altered("Ketamine seized also rose from 187kg", "Ketamine seized also fell from 187kg");

    assertThat(report.findings(FindingKind.CONTRADICTED))
        .extracting(f -> f.span().text(), f -> f.rightValue().orElseThrow())
        .containsExactly(tuple("187kg", "a rise from 187kg in 2020/21 to 1,837kg in 2021/22"));
    assertThat(report.findings(FindingKind.CONTRADICTED).get(0).message())
        .isEqualTo("told as a fall, but the data show a rise from 187kg in 2020/21 to 1,837kg in 2021/22");
  }

  @Test
  void aFallToldAsARiseIsContradicted() {
    CheckReport report = altered("which is down from 1,608", "which is up from 1,608");

    assertThat(report.findings(FindingKind.CONTRADICTED))
        .extracting(f -> f.span().text(), f -> f.rightValue().orElseThrow())
        .containsExactly(tuple("1,608", "a fall from 1,608 in 2020/21 to 679 in 2021/22"));
  }

  @Test
  void aFallInPerCentToldAsARiseIsContradicted() {
    CheckReport report = altered("which is fall of 14 per cent", "which is a rise of 14 per cent");

    assertThat(report.findings(FindingKind.CONTRADICTED))
        .extracting(f -> f.span().text(), f -> f.rightValue().orElseThrow())
        .containsExactly(tuple("14 per cent", "a fall of 14 per cent"));
  }

  @Test
  void aHedgeOnTheWrongSideIsContradicted() {
    CheckReport report = altered("to nearly 19,000kg", "to over 19,000kg");

    assertThat(report.findings(FindingKind.CONTRADICTED))
        .extracting(f -> f.span().text(), f -> f.rightValue().orElseThrow())
        .containsExactly(tuple("over 19,000kg", "nearly 19,000kg"));
  }

  @Test
  void aDrugSaidToBeNoneWhenSomeWasSeizedIsContradicted() {
    CheckReport report = altered("and no ketamine was seized.", "and no ketamine was seized in the year to March 2021.");

    assertThat(report.findings(FindingKind.CONTRADICTED))
        .extracting(f -> f.span().text(), f -> f.rightValue().orElseThrow())
        .containsExactly(tuple("no ketamine", "4g"));
  }

  @Test
  void plantsInKgAreFlaggedWithTheRightValue() {
    String story = "Cambridgeshire Constabulary seized 13,529kg of cannabis plants last year.";

    CheckReport report = StoryChecker.check(SeedRelease.release(), "cambridgeshire", story);

    assertThat(report.findings(FindingKind.WORDING))
        .extracting(f -> f.span().text(), f -> f.rightValue().orElseThrow())
        .containsExactly(tuple("13,529kg", "13,529 cannabis plants"));
    assertThat(report.findings(FindingKind.MATCHED))
        .extracting(f -> f.fact().orElseThrow().description())
        .containsExactly("cannabis plants seized by Cambridgeshire Constabulary in 2021/22");
    assertThat(report.hasContradictions()).isFalse();
  }

  @Test
  void plantsInKgWithAWrongNumberAreFlaggedAndContradicted() {
    String story = "Cambridgeshire Constabulary seized 12,529kg of cannabis plants last year.";

    CheckReport report = StoryChecker.check(SeedRelease.release(), "cambridgeshire", story);

    assertThat(report.findings())
        .extracting(Finding::kind, f -> f.rightValue().orElseThrow())
        .containsExactly(
            tuple(FindingKind.WORDING, "13,529 cannabis plants"), tuple(FindingKind.CONTRADICTED, "13,529 plants"));
  }

  @Test
  void aFigureOfAYearTheReleaseDoesNotHoldIsUnknown() {
    CheckReport report = altered("down from 1,608 in 2021", "down from 1,608 in 2019");

    assertThat(report.findings(FindingKind.UNKNOWN))
        .extracting(f -> f.span().text(), Finding::message)
        .containsExactly(
            tuple("1,608", "year: the year it is for is not in the release, which holds 2020/21 and 2021/22"));
    assertThat(report.hasContradictions()).isFalse();
  }
}
