package haul.story.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import haul.reference.DrugClass;
import haul.stats.AreaYear;
import haul.stats.Release;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sentences as the story generator writes them, and the figures haul cannot tie to a fact. */
class StoryCheckerTest {

  private static CheckReport check(String text) {
    return StoryChecker.check(SeedRelease.release(), "thames-valley", text);
  }

  @Test
  void theGeneratorsLocalLedeIsMatched() {
    CheckReport report =
        check("Thames Valley Police made 679 drug seizures in the year to March 2022, down from 1,608 the year before.");

    assertThat(report.findings())
        .extracting(Finding::kind, f -> f.span().text(), f -> f.fact().orElseThrow().period())
        .containsExactly(tuple(FindingKind.MATCHED, "679", "2021/22"), tuple(FindingKind.MATCHED, "1,608", "2020/21"));
  }

  @Test
  void aMultipleIsMatchedToTheDrugOfTheSentence() {
    CheckReport report = check("The amount of ketamine seized nationally rose from 187kg to 1,837kg, nearly ten times as much.");

    assertThat(report.findings())
        .extracting(Finding::kind, f -> f.span().text(), f -> f.fact().orElseThrow().description())
        .containsExactly(
            tuple(FindingKind.MATCHED, "187kg", "ketamine seized in England and Wales in 2020/21"),
            tuple(FindingKind.MATCHED, "1,837kg", "ketamine seized in England and Wales in 2021/22"),
            tuple(FindingKind.MATCHED, "nearly ten times",
                "ketamine seized in England and Wales in 2021/22 as a multiple of 2020/21"));
  }

  @Test
  void anAgencysShareIsComputedLikeARegions() {
    CheckReport report = check("Border Force made 11 per cent of all seizures in England and Wales.");

    assertThat(report.findings())
        .extracting(Finding::kind, f -> f.fact().orElseThrow().description())
        .containsExactly(tuple(FindingKind.MATCHED, "Border Force's share of all seizures in England and Wales in 2021/22"));
  }

  @Test
  void anAreaNamedAfterWhichIncludesTheIsNotTheFiguresArea() {
    CheckReport report = check("Police forces in the South East, which includes the Thames Valley, made 9 per cent.");

    assertThat(report.findings())
        .extracting(Finding::kind, f -> f.fact().orElseThrow().description())
        .containsExactly(tuple(FindingKind.MATCHED, "South East's share of all seizures in England and Wales in 2021/22"));
  }

  @Test
  void aSentenceThatNamesNoAreaIsAboutTheAreaOfTheSentenceBefore() {
    // Thames Valley's cocaine rose by 68 per cent too: only the sentence before says whose rise this is
    Release release = withThamesValleyCocaine(57, "1.684000000", 98, "1.000000000");
    String text = "More cocaine was seized across England and Wales: nearly 19,000kg. The amount of cocaine seized rose by 68 per cent.";

    assertThat(StoryChecker.check(release, "thames-valley", text).findings())
        .extracting(Finding::kind, f -> f.fact().orElseThrow().description())
        .containsExactly(
            tuple(FindingKind.MATCHED, "cocaine seized in England and Wales in 2021/22"),
            tuple(FindingKind.MATCHED, "change in cocaine seized in England and Wales, 2020/21 to 2021/22"));
    assertThat(StoryChecker.check(release, "thames-valley", text.replace("across England and Wales", "")).findings())
        .extracting(f -> f.fact().orElseThrow().areaCode())
        .containsExactly("england-and-wales", "thames-valley");
  }

  @Test
  void aChangeTheWordsTellAsARiseIsNotTheUnchangedCount() {
    // 57 cocaine seizures in both years: "less than 1 per cent" fits that change too, but not "up"
    Release release = withThamesValleyCocaine(57, "158.000000000", 57, "157.000000000");

    assertThat(StoryChecker.check(release, "thames-valley",
            "The force seized more cocaine than the year before: 158kg, up less than 1 per cent from 157kg.").findings())
        .extracting(Finding::kind, f -> f.fact().orElseThrow().description())
        .containsExactly(
            tuple(FindingKind.MATCHED, "cocaine seized by Thames Valley Police in 2021/22"),
            tuple(FindingKind.MATCHED, "change in cocaine seized by Thames Valley Police, 2020/21 to 2021/22"),
            tuple(FindingKind.MATCHED, "cocaine seized by Thames Valley Police in 2020/21"));
  }

  /** The seed's release with Thames Valley's cocaine replaced. */
  private static Release withThamesValleyCocaine(long seizuresNow, String kgNow, long seizuresBefore, String kgBefore) {
    Release seed = SeedRelease.release();
    List<AreaYear> current = new ArrayList<>(seed.current().stream().filter(a -> !a.area().code().equals("thames-valley")).toList());
    List<AreaYear> previous = new ArrayList<>(seed.previous().stream().filter(a -> !a.area().code().equals("thames-valley")).toList());
    current.add(SeedRelease.agency("thames-valley", "Thames Valley", SeedRelease.YEAR, 679,
        SeedRelease.kg("Cocaine", DrugClass.A, seizuresNow, kgNow)));
    previous.add(SeedRelease.agency("thames-valley", "Thames Valley", SeedRelease.YEAR.previous(), 1_608,
        SeedRelease.kg("Cocaine", DrugClass.A, seizuresBefore, kgBefore)));
    return new Release(seed.year(), current, previous, seed.shares(), seed.notes());
  }

  @Test
  void theForceIsTheStorysAgency() {
    CheckReport report = check("The force seized 0.2kg of cocaine last year.");

    assertThat(report.findings())
        .extracting(Finding::kind, f -> f.fact().orElseThrow().areaCode())
        .containsExactly(tuple(FindingKind.MATCHED, "thames-valley"));
  }

  @Test
  void aChangeWithItsFiguresInBrackets() {
    CheckReport report = check("Thames Valley Police seizures fell by 58 per cent (1,608 to 679).");

    assertThat(report.findings()).extracting(Finding::kind).containsOnly(FindingKind.MATCHED).hasSize(3);
  }

  @Test
  void aBareCountIsOfTheDrugNamedBeforeIt() {
    CheckReport report = check("Nationally, seizures of cocaine rose from 19,726 to 20,712.");

    assertThat(report.findings())
        .extracting(Finding::kind, f -> f.fact().orElseThrow().description())
        .containsExactly(
            tuple(FindingKind.MATCHED, "seizures of cocaine in England and Wales in 2020/21"),
            tuple(FindingKind.MATCHED, "seizures of cocaine in England and Wales in 2021/22"));
  }

  @Test
  void aCountOfSomethingElseIsUnknown() {
    assertThat(check("Officers made 31 arrests.").findings())
        .extracting(Finding::kind, Finding::message)
        .containsExactly(tuple(FindingKind.UNKNOWN, "measure: haul cannot tell what it counts (\"arrests\")"));
  }

  @Test
  void aNumberOfPoliceForcesIsTheReferenceDatas() {
    assertThat(check("All 43 forces sent returns. The 44 territorial police forces reported.").findings())
        .extracting(Finding::kind, Finding::rightValue)
        .containsExactly(tuple(FindingKind.MATCHED, Optional.empty()), tuple(FindingKind.CONTRADICTED, Optional.of("43")));
  }

  @Test
  void aQuantityOfNoNamedDrugIsUnknown() {
    assertThat(check("Police seized 500kg of drugs last year.").findings())
        .extracting(Finding::kind, Finding::message)
        .containsExactly(tuple(FindingKind.UNKNOWN, "measure: no drug is named for this quantity"));
  }

  /** No year said and none named before: judged as the release year's, saying so (it was UNKNOWN, so a wrong figure passed). */
  @Test
  void aFigureWithNoYearIsJudgedAsTheReleaseYearsAndSaysSo() {
    CheckReport report = check("Thames Valley Police made 1,100 seizures.");

    assertThat(report.findings()).extracting(Finding::kind, Finding::rightValue)
        .containsExactly(tuple(FindingKind.CONTRADICTED, Optional.of("679")));
    assertThat(report.findings().get(0).message())
        .isEqualTo("the data say 679 (seizures by Thames Valley Police in 2021/22: 679 seizures); no year is said, so it is"
            + " judged as the release year's, 2021/22, and it is neither 2021/22's nor 2020/21's figure");
    assertThat(check("Thames Valley Police made 1,608 seizures.").findings()).extracting(Finding::kind)
        .as("the year before's figure with no year is still matched: the words allow it").containsExactly(FindingKind.MATCHED);
  }

  @Test
  void anAreaTheReleaseDoesNotHoldIsUnknown() {
    assertThat(check("Kent Police made 5,000 seizures last year.").findings())
        .extracting(Finding::kind)
        .containsExactly(FindingKind.UNKNOWN);
  }

  @Test
  void anUnknownAgencyCodeIsRefused() {
    assertThatThrownBy(() -> StoryChecker.check(SeedRelease.release(), "atlantis", "text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("atlantis");
  }

  @Test
  void anEmptyStoryHasNoFindings() {
    assertThat(check("").findings()).isEmpty();
  }
}
