package haul.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import haul.reference.ReferenceData;
import haul.reference.Unit;
import haul.stats.AreaYear;
import haul.stats.Count;
import haul.stats.DrugFigures;
import haul.stats.Quantity;
import haul.stats.Release;
import haul.testing.SharedData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One exact-sentence test per case and per kind of wording (DESIGN.md "Stories", STYLE.md "Tests"). */
class StoryWriterTest {

  private static final String TV = "thames-valley";
  private static final String NATIONAL = "england-and-wales";

  private final StoryWriter writer = new StoryWriter();

  private Story story(TestRelease release, String agency) {
    Story story = writer.write(release.build(), agency, Optional.empty(), 1);
    assertThat(StoryFigures.withoutFact(story)).as("figures without a fact").isEmpty();
    assertThat(StoryFigures.factsNotInText(story)).as("facts not in the text").isEmpty();
    return story;
  }

  private Story thamesValley(TestRelease release) {
    return story(release, TV);
  }

  @Test
  void fall() {
    Story story = thamesValley(TestRelease.seed());

    assertThat(story.headline()).isEqualTo("Thames Valley Police made fewer drug seizures last year, new figures reveal");
    assertThat(story.body().get(0))
        .isEqualTo(
            "Thames Valley Police made 679 drug seizures in the year to March 2022, down from 1,608 the year before."
                + " The force's seizures fell by 58 per cent.");
    assertThat(story.warnings())
        .containsExactly("Seizures fell by 58 per cent (1,608 to 679): check for a change in recording.");
  }

  @Test
  void rise() {
    Story story = thamesValley(TestRelease.seed().seizures(TV, 1_608L, 1_500L));

    assertThat(story.headline()).isEqualTo("Thames Valley Police made more drug seizures last year, new figures reveal");
    assertThat(story.body().get(0))
        .isEqualTo(
            "Thames Valley Police made 1,608 drug seizures in the year to March 2022, up from 1,500 the year before."
                + " The force's seizures rose by 7 per cent.");
    assertThat(story.warnings()).isEmpty();
  }

  @Test
  void aRiseThatDoublesIsWarnedAbout() {
    Story story = thamesValley(TestRelease.seed().seizures(TV, 1_608L, 679L));

    assertThat(story.warnings())
        .containsExactly("Seizures rose by 137 per cent (679 to 1,608): check for a change in recording.");
  }

  @Test
  void aRiseToThreeTimesOrMoreIsAlsoToldAsAMultiple() {
    Story story = thamesValley(TestRelease.seed().seizures(TV, 2_100L, 679L));

    assertThat(story.body().get(0))
        .isEqualTo(
            "Thames Valley Police made 2,100 drug seizures in the year to March 2022, up from 679 the year before."
                + " The force's seizures rose by 209 per cent, over three times as many.");
  }

  @Test
  void aSecondDrugMovingTheOtherWayIsNotAlso() {
    Story story = thamesValley(TestRelease.seed().quantity(NATIONAL, "Ketamine", "150", "187").quantity(NATIONAL, "Cocaine", "9000", "11141"));

    assertThat(story.body().get(2))
        .isEqualTo(
            "More herbal cannabis was seized across England and Wales: over 35,000kg, up 107 per cent from over 17,000kg the"
                + " year before. Less cocaine was seized: 9,000kg, down 19 per cent from over 11,000kg the year before.");
  }

  @Test
  void unchanged() {
    Story story = thamesValley(TestRelease.seed().seizures(TV, 679L, 679L));

    assertThat(story.headline())
        .isEqualTo("Thames Valley Police made as many drug seizures last year as the year before, new figures reveal");
    assertThat(story.body().get(0))
        .isEqualTo("Thames Valley Police made 679 drug seizures in the year to March 2022, the same number as the year before.");
  }

  @Test
  void noPreviousYear() {
    Story story = thamesValley(TestRelease.seed().seizures(TV, 679L, null));

    assertThat(story.headline()).isEqualTo("Thames Valley Police made 679 drug seizures last year, new figures reveal");
    assertThat(story.body().get(0))
        .isEqualTo(
            "Thames Valley Police made 679 drug seizures in the year to March 2022."
                + " Figures for the year before are not available, so there is no comparison.");
    assertThat(story.warnings())
        .containsExactly("Thames Valley Police has no figures for the year to March 2021: the story makes no comparison.");
  }

  @Test
  void aMissingReturnIsNotAvailableWithNoComparison() {
    Story story = thamesValley(TestRelease.seed().seizures(TV, null, 1_608L));

    assertThat(story.headline()).isEqualTo("Thames Valley Police's drug seizure figures are missing from the new release");
    assertThat(story.body().get(0))
        .isEqualTo(
            "Figures for Thames Valley Police are not available for the year to March 2022,"
                + " so the force's seizures cannot be compared with the year before.");
    assertThat(story.body()).noneMatch(p -> p.startsWith("In the Thames Valley"));
    assertThat(story.facts()).noneMatch(f -> f.agency().equals(TV));
    assertThat(story.warnings())
        .containsExactly(
            "Thames Valley Police has no figures for the year to March 2022: the story says they are not available"
                + " and makes no comparison. Check whether the return is late.");
  }

  @Test
  void zeroOfADrugIsNoDrugWasSeized() {
    Story story = thamesValley(TestRelease.seed());

    assertThat(story.body()).contains("In the Thames Valley last year, 0.2kg of cocaine was seized and no ketamine was seized.");
  }

  @Test
  void aRiseFromNothingNationallyHasNoPercentage() {
    Story story = thamesValley(TestRelease.of("2021/22")
        .seizures(NATIONAL, 188_927L, 219_578L)
        .seizures(TV, 679L, 1_608L)
        .quantity(NATIONAL, "Cocaine", "25", "0")
        .quantity(TV, "Cocaine", "0.2", "0"));

    // No percentage exists from nothing, so the percentage rules do not pick it; nothing breaks either.
    assertThat(String.join(" ", story.body())).doesNotContain("from 0", "from no cocaine", "Infinity");
  }

  @Test
  void aFallToNothingNationallyIsToldWithoutAPercentage() {
    Story story = thamesValley(TestRelease.of("2021/22")
        .seizures(NATIONAL, 188_927L, 219_578L)
        .seizures(TV, 679L, 1_608L)
        .quantity(NATIONAL, "Heroin", "0", "30")
        .quantity(TV, "Heroin", "0", "0.5"));

    assertThat(story.body()).contains("Across England and Wales, no heroin was seized, down from 30kg the year before.");
  }

  @Test
  void aDrugWithNoSeizuresAndNoQuantityIsNoneSeizedNotUnavailable() {
    Release release = TestRelease.seed().build();
    // The store may give no quantity where there was no seizure at all: that is still none seized.
    List<AreaYear> current =
        release.current().stream()
            .map(a -> !a.area().code().equals(TV) ? a : new AreaYear(a.area(), a.year(), a.seizures(),
                a.drugs().stream()
                    .map(d -> !d.drug().equals("Ketamine") ? d : new DrugFigures(d.drug(), d.drugClass(),
                        Count.of(0), Optional.of(Quantity.notAvailable(Unit.KG)), d.linesWithoutQuantity()))
                    .toList(),
                a.classes()))
            .toList();
    Story story = writer.write(new Release(release.year(), current, release.previous(), release.shares(), release.notes()), TV, Optional.empty(), 1);

    assertThat(story.body()).contains("In the Thames Valley last year, 0.2kg of cocaine was seized and no ketamine was seized.");
  }

  @Test
  void theLocalRulesAddTheAgencysLargestRise() {
    // Cambridgeshire's cocaine rose from 1.3kg to 34.8kg (reference-figures.md).
    Story story =
        story(TestRelease.seed().seizures("cambridgeshire", 2_405L, 2_810L)
            .quantity("cambridgeshire", "Cocaine", "34.8", "1.3")
            .quantity("cambridgeshire", "Ketamine", "0.2", "0.1")
            .quantity("cambridgeshire", "Herbal cannabis", "219", "139"), "cambridgeshire");

    assertThat(story.body().get(3))
        .isEqualTo(
            "In Cambridgeshire last year, 34.8kg of cocaine was seized and 0.2kg of ketamine was seized."
                + " The force seized more herbal cannabis than the year before: 219kg, up 58 per cent from 139kg.");
  }

  @Test
  void aDataQualityNoteKeepsTheComparisonThenRepeatsTheNote() {
    Story story =
        thamesValley(TestRelease.seed().note(TV, "Thames Valley Police changed how it records drug seizures during the year."));

    assertThat(story.body().get(0)).contains("down from 1,608 the year before");
    assertThat(story.body().get(1))
        .isEqualTo(
            "A note in the release on the force's figures says:"
                + " \"Thames Valley Police changed how it records drug seizures during the year\".");
    assertThat(story.warnings())
        .contains(
            "A data-quality note applies to Thames Valley Police's figures for the year to March 2022, and the story repeats it:"
                + " \"Thames Valley Police changed how it records drug seizures during the year\"");
  }

  @Test
  void aNoteOnTheWholeReleaseFollowsTheNationalPicture() {
    Story story = thamesValley(TestRelease.seed().note(null, "About 7% of seizures were imputed."));

    assertThat(story.body().get(1))
        .isEqualTo(
            "Seizures also fell across England and Wales, by 14 per cent, from 220,000 to 189,000."
                + " A note on the whole release says: \"About 7% of seizures were imputed\".");
  }

  @Test
  void theNationalPictureRoundsAsTheReleaseDoes() {
    Story story = thamesValley(TestRelease.seed());

    assertThat(story.body().get(1)).isEqualTo("Seizures also fell across England and Wales, by 14 per cent, from 220,000 to 189,000.");
  }

  @Test
  void theNationalPictureSaysAlsoOnlyWhenTheAgencyMovedTheSameWay() {
    Story story = thamesValley(TestRelease.seed().seizures(TV, 1_608L, 1_500L));

    assertThat(story.body().get(1)).isEqualTo("Seizures fell across England and Wales, by 14 per cent, from 220,000 to 189,000.");
  }

  @Test
  void theRulesChooseTheLargestClassARiseAndTheLargestRiseByPercentage() {
    Story story = thamesValley(TestRelease.seed());

    assertThat(story.body().get(2))
        .isEqualTo(
            "More cocaine was seized across England and Wales: nearly 19,000kg, up 68 per cent from over 11,000kg the year before."
                + " More ketamine was also seized: 1,837kg, up 882 per cent from 187kg the year before, nearly ten times as much.");
  }

  @Test
  void aFallInMassIsLessNotFewer() {
    TestRelease release =
        TestRelease.of("2021/22")
            .seizures(NATIONAL, 188_927L, 219_578L)
            .quantity(NATIONAL, "Heroin", "1412", "1972")
            .quantity(NATIONAL, "Amphetamines", "500", "900")
            .seizures(TV, 679L, 1_608L)
            .quantity(TV, "Heroin", "1.3", "2")
            .quantity(TV, "Amphetamines", "3.4", "2");
    Story story = thamesValley(release);

    assertThat(story.body().get(2))
        .isEqualTo(
            "Less heroin was seized across England and Wales: 1,412kg, down 28 per cent from 1,972kg the year before."
                + " A smaller amount of amphetamines was also seized: 500kg, down 44 per cent from 900kg the year before.");
    assertThat(story.body().get(3))
        .isEqualTo("In the Thames Valley last year, 1.3kg of heroin was seized and 3.4kg of amphetamines was seized.");
  }

  @Test
  void plantsAreCountedNotWeighedAndTheRulesAreData() {
    // A rule set of its own, kept as data: only the largest rise in plants by percentage.
    StoryRules rules = rules(List.of(percentRule("rise")), 2);
    TestRelease release =
        TestRelease.of("2021/22")
            .seizures(NATIONAL, 188_927L, 219_578L)
            .quantity(NATIONAL, "LSD", "250000", "120000")
            .quantity(NATIONAL, "Cannabis plants", "230069", "100000")
            .seizures("dyfed-powys", 1_619L, 2_219L)
            .quantity("dyfed-powys", "LSD", "113000", "1000")
            .quantity("dyfed-powys", "Cannabis plants", "3013", "2000");
    Story story = new StoryWriter(ReferenceData.bundled(), rules, Lexicon.bundled()).write(release.build(), "dyfed-powys", Optional.empty(), 1);

    assertThat(story.body().get(2))
        .isEqualTo(
            "More cannabis plants were seized across England and Wales: 230,069 plants, up 130 per cent from 100,000 plants the year before.");
    assertThat(story.body().get(3))
        .isEqualTo(
            "In Dyfed-Powys last year, 3,013 cannabis plants were seized. The force seized more doses of LSD than the year"
                + " before: 113,000 doses, up 11,200 per cent from 1,000 doses, 113 times as many.");
    assertThat(StoryFigures.withoutFact(story)).isEmpty();
  }

  @Test
  void dosesOfADrug() {
    TestRelease release =
        TestRelease.of("2021/22")
            .seizures(NATIONAL, 188_927L, 219_578L)
            .quantity(NATIONAL, "LSD", "90000", "120000")
            .seizures("dyfed-powys", 1_619L, 2_219L)
            .quantity("dyfed-powys", "LSD", "113000", "1000");
    Story story = story(release, "dyfed-powys");

    assertThat(story.body().get(2))
        .isEqualTo("Fewer doses of LSD were seized across England and Wales: 90,000 doses, down 25 per cent from 120,000 doses the year before.");
    assertThat(story.body().get(3)).isEqualTo("In Dyfed-Powys last year, 113,000 doses of LSD were seized.");
  }

  @Test
  void theRegionsWithTheLargestSharesAndTheAgencysOwnRegion() {
    Story story = thamesValley(TestRelease.seed());

    assertThat(story.body().get(4))
        .isEqualTo(
            "The largest shares of all seizures in England and Wales were made by police forces in London (22 per cent)"
                + " and the East of England (12 per cent). Police forces in the South East, which includes the Thames Valley,"
                + " made 9 per cent. Border Force made 11 per cent of all seizures.");
  }

  @Test
  void aForceInALeadingRegionIsNotNamedTwice() {
    Story story = story(TestRelease.seed().seizures("metropolitan-police", 30_000L, 31_000L), "metropolitan-police");

    assertThat(story.body().get(story.body().size() - 1))
        .isEqualTo(
            "The largest shares of all seizures in England and Wales were made by police forces in London (22 per cent)"
                + " and the East of England (12 per cent). Border Force made 11 per cent of all seizures.");
  }

  @Test
  void anAreaNamedLikeItsRegionIsNotSaidToIncludeItself() {
    Story story = story(TestRelease.seed().seizures("west-midlands", 9_000L, 9_500L).share("West Midlands", 13_000, "6.9"), "west-midlands");

    assertThat(story.body().get(story.body().size() - 1))
        .contains(" Police forces in the West Midlands made 7 per cent. ");
  }

  @Test
  void borderForceTakesANationalAngle() {
    Story story = story(TestRelease.seed(), "border-force");

    assertThat(story.body())
        .containsExactly(
            "Border Force made 20,782 drug seizures in the year to March 2022, up from 19,000 the year before."
                + " Border Force's seizures rose by 9 per cent.",
            "Seizures fell across England and Wales, by 14 per cent, from 220,000 to 189,000.",
            "More cocaine was seized across England and Wales: nearly 19,000kg, up 68 per cent from over 11,000kg the year before."
                + " More ketamine was also seized: 1,837kg, up 882 per cent from 187kg the year before, nearly ten times as much.",
            "Last year, Border Force seized over 17,000kg of cocaine (91 per cent of all cocaine seized in England and Wales)"
                + " and 1,672kg of ketamine (91 per cent of the total).",
            "Border Force made 11 per cent of all seizures in England and Wales.");
  }

  @Test
  void britishTransportPoliceTakesANationalAngleAndIsTheForceAfterItsName() {
    Story story = story(TestRelease.seed(), "british-transport-police");

    assertThat(story.body().get(3))
        .isEqualTo(
            "Last year, the force seized 3.1kg of cocaine (less than 1 per cent of all cocaine seized in England and Wales)"
                + " and 40g of ketamine (less than 1 per cent of the total).");
    assertThat(story.body().get(4)).isEqualTo("The force made 1 per cent of all seizures in England and Wales.");
    assertThat(story.body()).noneMatch(p -> p.contains("Police forces in"));
  }

  @Test
  void withoutAQuoteBankThereAreNoQuotes() {
    Story story = thamesValley(TestRelease.seed());

    assertThat(story.body()).noneMatch(p -> p.contains("\"") || p.contains(" said"));
  }

  @Test
  void quotesAreAttributedAsTheBankNamesTheSpeakers() {
    QuoteBank bank = QuoteBank.read(SharedData.path("seed-quotes.json"));
    Story story = writer.write(TestRelease.seed().build(), TV, Optional.of(bank), 1);

    assertThat(story.body())
        .containsSubsequence(
            "Release, the national centre for drugs expertise, criticised the government's figures on drug seizures and argued"
                + " that they show the \"futility of their efforts\" as drug harm and death remains high.",
            "Immigration minister Robert Jenrick said the government would continue to back police and the Border Force to use"
                + " every available power to stop drugs from entering the country.",
            "Robert Jenrick also said the figures were instead evidence that the government's approach has been effective as"
                + " they \"continue to go after the criminals who blight so many communities and destroy lives with these harmful"
                + " substances\".",
            "The Home Office said they were concentrating on more high quality seizures.",
            "Niamh Eastwood, Release's executive director, said: \"The market continues unabated, and harms continue to be at an"
                + " all-time high, especially in relation to the tragedy of drug-related deaths.",
            "\"It is unsurprising to see cocaine at the top of the Class A seizure tables given its popularity, but despite tens"
                + " of thousands of kilos of cocaine being taken off the streets there will be little impact on the availability"
                + " of the drug.",
            "\"We need to start to look at what other countries are doing, ending criminal sanctions for possession offences,"
                + " and exploring regulated markets and reducing the harms that people are experiencing.\"",
            "Steve Dann, Border Force's chief operating officer, said: \"These seizures send a clear message to anyone prepared"
                + " to smuggle illegal drugs into the country that we remain committed to tackle often violent and exploitative"
                + " drug supply chains.",
            "\"Border Force Officers involved in these seizures can be proud of their work in stopping these dangerous drugs"
                + " from entering our communities.\"");
  }

  @Test
  void anOrganisationIsDescribedOnceAndAPersonWithoutItsDescriptionFirstIsNamedWithIt() {
    QuoteBank bank =
        new QuoteBank(
            Optional.empty(),
            List.of(
                new QuoteBank.Quote(
                    new QuoteBank.Speaker("Ann Smith", Optional.of("chief executive"), Optional.of("DrugWise"),
                        Optional.of("a drugs information charity")),
                    List.of("One paragraph only."))),
            List.of());
    Story story = writer.write(TestRelease.seed().build(), TV, Optional.of(bank), 1);

    assertThat(story.body().get(story.body().size() - 1))
        .isEqualTo("Ann Smith, chief executive of DrugWise, a drugs information charity, said: \"One paragraph only.\"");
  }

  @Test
  void aBankForAnotherReleaseIsLeftOutWithAWarning() {
    QuoteBank bank = new QuoteBank(Optional.of("2020/21"), List.of(), List.of());
    Story story = writer.write(TestRelease.seed().build(), TV, Optional.of(bank), 1);

    assertThat(story.warnings()).contains("The quote bank was written for the 2020/21 release, not 2021/22: its quotes were left out.");
  }

  @Test
  void aFinancialYearIsNeverCalledACalendarYear() {
    Story story = writer.write(TestRelease.seed().build(), TV, Optional.of(QuoteBank.read(SharedData.path("seed-quotes.json"))), 1);

    assertThat(String.join("\n", story.body())).doesNotContainPattern("in 20\\d\\d").contains("the year to March 2022");
  }

  @Test
  void anUnknownAgencyIsRefused() {
    Release release = TestRelease.seed().build();
    assertThatThrownBy(() -> writer.write(release, "atlantis", Optional.empty(), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown agency code: atlantis");
  }

  private static StoryRules.DrugRule percentRule(String direction) {
    return new StoryRules.DrugRule(
        "the largest " + direction + " by percentage", StoryRules.Direction.valueOf(direction.toUpperCase(java.util.Locale.ROOT)),
        StoryRules.Measure.PERCENT, null, "plants", java.util.Map.of(), 5);
  }

  private static StoryRules rules(List<StoryRules.DrugRule> drugRules, int tellAtMost) {
    StoryRules bundled = StoryRules.bundled();
    return new StoryRules(new StoryRules.DrugRules(tellAtMost, drugRules), bundled.localDrugs(), bundled.regions(), bundled.warnings());
  }
}
