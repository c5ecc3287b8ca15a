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

    assertThat(story.headline()).isEqualTo("Drug seizures by Thames Valley Police more than halve");
    assertThat(story.body().get(0))
        .isEqualTo(
            "Thames Valley Police's drug seizures more than halved in the year to March 2022: the force made 679, down from 1,608"
                + " the year before.");
    assertThat(story.warnings())
        .startsWith("Seizures fell by 58 per cent (1,608 to 679): check for a change in recording.");
  }

  @Test
  void rise() {
    Story story = thamesValley(TestRelease.seed().seizures(TV, 1_608L, 1_500L));

    // a rise while England and Wales fell: the angle is the force against the national trend
    assertThat(story.headline()).isEqualTo("Against the national trend, drug seizures by Thames Valley Police rise 7 per cent");
    assertThat(story.body().get(0))
        .isEqualTo(
            "Thames Valley Police made 1,608 drug seizures in the year to March 2022, up 7 per cent from 1,500 the year before."
                + " That went against the national trend: seizures fell across England and Wales.");
    assertThat(story.warnings()).noneMatch(w -> w.startsWith("Seizures"));
  }

  @Test
  void aRiseThatDoublesIsWarnedAbout() {
    Story story = thamesValley(TestRelease.seed().seizures(TV, 1_608L, 679L));

    assertThat(story.warnings())
        .containsExactly(
            "Seizures rose by 137 per cent (679 to 1,608): check for a change in recording.",
            "The quantity of ketamine seized across England and Wales at least tripled (187kg to 1,837kg): check for one very large"
                + " seizure or a recording error.");
  }

  @Test
  void aRiseToThreeTimesOrMoreIsAlsoToldAsAMultiple() {
    Story story = thamesValley(TestRelease.seed().seizures(TV, 2_100L, 679L));

    assertThat(story.body().get(0))
        .isEqualTo(
            "Thames Valley Police made 2,100 drug seizures in the year to March 2022, up from 679 the year before:"
                + " over three times as many.");
    assertThat(story.headline()).isEqualTo("Thames Valley Police makes over three times as many drug seizures");
  }

  @Test
  void aSecondDrugMovingTheOtherWayIsNotAlso() {
    Story story = thamesValley(TestRelease.seed().quantity(NATIONAL, "Ketamine", "150", "187").quantity(NATIONAL, "Cocaine", "9000", "11141"));

    assertThat(story.body().get(2)).startsWith(
        "Across England and Wales, more herbal cannabis was seized: over 35,000kg, up from over 17,000kg the year before; the amount more than doubled.");
    assertThat(story.body().get(3)).contains(
        " Across England and Wales, less cocaine was seized: 9,000kg, down 19 per cent from over 11,000kg the year before.");
  }

  @Test
  void aNationalFigureANationalAgencySeizedLittleOfSaysNoOneSeizedIt() {
    // Border Force's share of herbal cannabis is far below rules.json's 50 per cent: no "who seized" sentence
    Story story = thamesValley(TestRelease.seed().quantity(NATIONAL, "Ketamine", "150", "187").quantity(NATIONAL, "Cocaine", "9000", "11141"));

    assertThat(story.body().get(2)).doesNotContain("Border Force seized");
  }

  @Test
  void unchangedWhileTheNationalCountFellIsTheAngle() {
    Story story = thamesValley(TestRelease.seed().seizures(TV, 679L, 679L));

    // a headline on the unchanged count alone would tell no news: the national fall beside it does
    assertThat(story.headline()).isEqualTo("Thames Valley Police's drug seizures hold steady against a national fall");
    assertThat(story.body().get(0))
        .isEqualTo("Thames Valley Police made 679 drug seizures in the year to March 2022, the same number as the year before.");
    assertThat(story.body().get(1)).isEqualTo("The force's seizures were unchanged, against a fall of 14 per cent across England and"
        + " Wales, where seizures went from 220,000 to 189,000.");
    assertThat(story.warnings()).noneMatch(w -> w.startsWith("The headline is on a change of less than 1 per cent"));
  }

  @Test
  void unchangedWhenTheNationalCountBarelyMoved() {
    Story story = thamesValley(TestRelease.seed().seizures(TV, 679L, 679L).seizures(NATIONAL, 219_000L, 219_578L));

    assertThat(story.headline()).isEqualTo("Drug seizures by Thames Valley Police unchanged");
    assertThat(story.body().get(0))
        .isEqualTo("Thames Valley Police made 679 drug seizures in the year to March 2022, the same number as the year before.");
  }

  @Test
  void noPreviousYear() {
    Story story = thamesValley(TestRelease.seed().seizures(TV, 679L, null));

    assertThat(story.headline()).isEqualTo("Thames Valley Police makes 679 drug seizures in the year to March 2022");
    assertThat(story.body().get(0))
        .isEqualTo(
            "Thames Valley Police made 679 drug seizures in the year to March 2022."
                + " No figures are held for the year before, so there is no comparison.");
    assertThat(story.warnings())
        .startsWith("Thames Valley Police has no figures for the year to March 2021: the story makes no comparison.");
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
        .startsWith(
            "Thames Valley Police has no figures for the year to March 2022: the story says they are not available"
                + " and makes no comparison. Check whether the return is late.");
  }

  @Test
  void zeroOfADrugIsNoDrugWasSeized() {
    Story story = thamesValley(TestRelease.seed());

    assertThat(story.body()).anyMatch(p -> p.startsWith(
        "In the Thames Valley, the force seized 0.2kg of cocaine, down from 0.4kg the year before; the amount halved. "));
    assertThat(story.body()).anyMatch(p -> p.startsWith("In the Thames Valley, no ketamine was seized, as in the year before. "));
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

    assertThat(story.body()).contains("In the Thames Valley, no heroin was seized, down from 0.5kg the year before."
        + " Across England and Wales, no heroin was seized, down from 30kg the year before.");
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

    assertThat(story.body()).anyMatch(p -> p.startsWith("In the Thames Valley, no ketamine was seized. "));
  }

  @Test
  void aWarnedHaulTenTimesBeyondTheNationalChangeLeadsWithItsCaveat() {
    // Cambridgeshire's cocaine rose from 1.3kg to 34.8kg (reference-figures.md), while it rose by two
    // thirds nationally: the sidecar warns that it may be one very large seizure, and the lede says
    // what such a rise can rest on, but it is the force's news (the issue's own headline)
    Story story =
        story(TestRelease.seed().seizures("cambridgeshire", 2_405L, 2_810L)
            .quantity("cambridgeshire", "Cocaine", "34.8", "1.3")
            .quantity("cambridgeshire", "Ketamine", "0.2", "0.1")
            .quantity("cambridgeshire", "Herbal cannabis", "219", "139"), "cambridgeshire");

    assertThat(story.headline()).isEqualTo("Cambridgeshire Constabulary seizes nearly 27 times as much cocaine");
    assertThat(story.body().get(0))
        .isEqualTo("Cambridgeshire Constabulary seized 34.8kg of cocaine in the year to March 2022, up from 1.3kg the year before:"
            + " nearly 27 times as much. The figures give the total amount seized over the year, not the size of each seizure."
            + " The force made 2,405 drug seizures in all, down 14 per cent from 2,810 the year before.");
    // the lede told the force's cocaine: the cocaine paragraph is the national figure and who seized it
    assertThat(story.body().get(2)).isEqualTo(
        "Across England and Wales, more cocaine was seized: nearly 19,000kg, up 68 per cent from over 11,000kg the year before."
            + " Border Force seized 91 per cent of it.");
    assertThat(story.body().get(3)).startsWith(
        "In Cambridgeshire, the force seized 0.2kg of ketamine, up from 0.1kg the year before; the amount doubled. ");
    assertThat(story.warnings()).containsOnlyOnce(
        "The quantity of cocaine seized by Cambridgeshire Constabulary at least tripled (1.3kg to 34.8kg): check for one very large"
            + " seizure or a recording error.");
  }

  @Test
  void aHaulHeldBackFromTheHeadlineIsTheStorysNotableDrug() {
    // twenty times the year before, against a national rise of 2.4 times: eight times the national
    // change, short of the ten a warned haul needs to lead (rules.json min_size_when_warned)
    Story story = story(TestRelease.seed().seizures("dyfed-powys", 1_619L, 2_219L)
        .quantity(NATIONAL, "LSD", "172475", "70561")
        .quantity("dyfed-powys", "LSD", "20000", "1000"), "dyfed-powys");

    assertThat(story.headline()).isEqualTo("Drug seizures by Dyfed-Powys Police fall 27 per cent");
    assertThat(story.body()).contains(
        "The force seized more LSD: 20,000 doses, up from 1,000 doses the year before, 20 times as many.");
    assertThat(story.warnings()).contains("The quantity of LSD seized by Dyfed-Powys Police at least tripled (1,000 doses to"
        + " 20,000 doses): check for one very large seizure or a recording error.");
  }

  @Test
  void aWarnedHaulFarBeyondTheNationalChangeLeads() {
    Story story = story(TestRelease.seed().seizures("dyfed-powys", 1_619L, 2_219L)
        .quantity(NATIONAL, "LSD", "172475", "70561")
        .quantity("dyfed-powys", "LSD", "113000", "1000"), "dyfed-powys");

    assertThat(story.headline()).isEqualTo("Dyfed-Powys Police seizes 113 times as many doses of LSD");
    assertThat(story.body().get(0)).contains(" The figures give the total amount seized over the year, not the size of each seizure. ");
    assertThat(story.warnings()).contains("The quantity of LSD seized by Dyfed-Powys Police at least tripled (1,000 doses to"
        + " 113,000 doses): check for one very large seizure or a recording error.");
  }

  @Test
  void aLocalHaulThatMovedFarMoreThanNationallyLeadsWhenTheSidecarHasNoWarningOnIt() {
    // herbal cannabis more than halved locally (361kg to 141kg, not to a third) while it doubled nationally
    Story story =
        story(TestRelease.seed().seizures("hertfordshire", 3_886L, 4_614L)
            .quantity(NATIONAL, "Herbal cannabis", "35436", "17155")
            .quantity("hertfordshire", "Herbal cannabis", "141", "361"), "hertfordshire");

    // a haul that more than halved leads in the size's own verb, its subject the amount (not the count
    // of seizures), so the verb is the singular the rule book lists
    assertThat(story.headline()).isEqualTo("Amount of herbal cannabis seized by Hertfordshire Constabulary more than halves");
    assertThat(story.facts()).anyMatch(f -> f.text().equals("more than halves") && f.drug().equals(Optional.of("Herbal cannabis")));
    assertThat(story.body().get(0)).isEqualTo(
        "Hertfordshire Constabulary seized 141kg of herbal cannabis in the year to March 2022, down from 361kg the year"
            + " before; the amount more than halved. The force made 3,886 drug seizures in all, down 16 per cent from 4,614 the year before.");
    assertThat(story.warnings()).noneMatch(w -> w.contains("herbal cannabis"));
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
  void aNoteWithAStoryTextIsToldInItsOwnWordsAndItsFiguresAreFacts() {
    Story story = thamesValley(TestRelease.seed().note(TV, "TVP: 1,608 in 2020/21; compare with care.",
        "Thames Valley Police made 1,608 drug seizures in the year to March 2021, the release says, and has changed how it records them."));

    assertThat(story.body().get(1)).isEqualTo(
        "Thames Valley Police made 1,608 drug seizures in the year to March 2021, the release says, and has changed how it records them.");
    assertThat(story.facts()).anyMatch(f -> f.text().equals("1,608") && f.agency().equals(TV) && f.year().equals("2020/21"));
    assertThat(StoryFigures.withoutFact(story)).isEmpty();
  }

  @Test
  void aStoryTextWhoseFigureIsNoFactIsNotUsedAndTheNoteIsQuoted() {
    Story story = thamesValley(TestRelease.seed().note(null, "About 7% of seizures were imputed.",
        "About 7 per cent of these figures were estimated."));

    // a note on how the figures were compiled closes the story (rules.json "notes")
    assertThat(story.body().get(story.body().size() - 1)).isEqualTo("A note on the whole release says: \"About 7% of seizures were imputed\".");
    assertThat(story.warnings()).anyMatch(w -> w.startsWith(
        "The story text of the note on the whole release for 2021/22 was not used, and the note is quoted instead: 'About 7 per cent': "));
  }

  @Test
  void aStoryComparingWithAYearThatHasANoteRepeatsThatNoteToo() {
    Story story = thamesValley(TestRelease.seed().previousYearNote(null, "The first edition lacked three forces.",
        "The first edition of the figures for the year to March 2021 lacked three forces; these figures include them."));

    assertThat(story.body().get(1)).endsWith(
        " The first edition of the figures for the year to March 2021 lacked three forces; these figures include them.");
  }

  /**
   * A pair of figures printed with a change between them shows that change (rules.json
   * "rounded_pairs"): 0.24kg against 0.34kg would print as 0.2kg against 0.3kg, a fall of a third, not
   * 29 per cent, so both are printed one step finer; 2.5kg against 0.235kg would print as twelve and a
   * half times, not "nearly 11 times", so the year before's is printed as it is.
   */
  @Test
  void aRoundedPairThatContradictsItsPercentageOrMultipleIsPrintedFiner() {
    TestRelease fallData = TestRelease.seed().quantity(TV, "Cocaine", "0.24", "0.34");
    Story fall = thamesValley(fallData);
    assertThat(String.join("\n", fall.body())).contains("the force seized 0.24kg of cocaine, down 29 per cent from 0.34kg the year before.");
    TestRelease riseData = TestRelease.seed().quantity(TV, "Ketamine", "2.5", "0.235");
    Story rise = thamesValley(riseData);
    assertThat(String.join("\n", rise.body()))
        .contains("force seized 2.5kg of ketamine, up from 0.235kg the year before, nearly 11 times as much.");
    // where the rule's own figures show it the pair keeps them: 51.6kg against 30kg shows 72 per cent (beside
    // a count that rose, so that the haul is no second clause of a headline on a fall, told in the lede)
    Story kept = thamesValley(TestRelease.seed().seizures(TV, 1_700L, 1_608L).quantity(TV, "Cocaine", "51.6", "30"));
    assertThat(String.join("\n", kept.body())).contains("51.6kg of cocaine, up 72 per cent from 30kg the year before.");
    // a lede on a haul that more than doubled tells it in words, which the printed 3.1kg and 1.2kg bear out
    TestRelease ledData = TestRelease.seed().seizures(TV, 1_550L, 1_608L).quantity(TV, "Heroin", "3.1", "1.24");
    Story led = thamesValley(ledData);
    assertThat(led.headline()).isEqualTo("Amount of heroin seized by Thames Valley Police more than doubles");
    assertThat(led.body().get(0)).contains("3.1kg of heroin in the year to March 2022, up from 1.2kg the year before; the amount more"
        + " than doubled");
    // the finer figures are still the facts: check-story matches them
    for (var pair : java.util.Map.of(fall, fallData, rise, riseData, led, ledData).entrySet()) {
      String text = pair.getKey().headline() + "\n\n" + String.join("\n\n", pair.getKey().body());
      var report = haul.story.check.StoryChecker.check(pair.getValue().build(), TV, text);
      assertThat(report.findings(haul.story.check.FindingKind.CONTRADICTED)).as(text).isEmpty();
      assertThat(report.findings(haul.story.check.FindingKind.UNKNOWN)).as(text).isEmpty();
    }
  }

  /**
   * Angles that need varied data, on small constructed releases: a climb of nine places among the 43
   * forces leads, and a count at its lowest of the four years held leads (rules.json "angles").
   */
  @Test
  void aForceThatClimbedAmongTheForcesLeadsWithItsPlace() {
    TestRelease release = TestRelease.seed();
    List<haul.reference.Agency> forces = ReferenceData.bundled().agencies().all().stream().filter(a -> !a.isNational()).toList();
    for (int i = 0; i < forces.size(); i++) {
      long count = 10_000L - 100L * i; // this year's and last year's order: agencies.csv's
      release.seizures(forces.get(i).code(), count, count + 500L);
    }
    // the Thames Valley, 21st the year before, is 11th this year with a small rise of its own
    int at = forces.stream().map(haul.reference.Agency::code).toList().indexOf(TV);
    long eleventh = 10_000L - 100L * 10 + 50L;
    long twentieth = 10_000L - 100L * 19 + 500L - 50L;
    release.seizures(TV, eleventh, twentieth);
    // seizures rose nationally too, so the force's rise is no rise against the trend
    Story story = thamesValley(release.seizures(NATIONAL, 230_000L, 219_578L));

    assertThat(at).isGreaterThanOrEqualTo(0);
    assertThat(story.headline()).isEqualTo("Thames Valley Police climbs to 11th place among forces for drug seizures");
    assertThat(story.body().get(0)).contains("up from 21st place the year before");
  }

  @Test
  void aClimbThatFollowsFromARiseAgainstTheNationalFallGivesWayToIt() {
    TestRelease release = TestRelease.seed();
    List<haul.reference.Agency> forces = ReferenceData.bundled().agencies().all().stream().filter(a -> !a.isNational()).toList();
    for (int i = 0; i < forces.size(); i++) {
      long count = 10_000L - 100L * i;
      release.seizures(forces.get(i).code(), count, count + 500L);
    }
    release.seizures(TV, 10_000L - 100L * 10 + 50L, 10_000L - 100L * 19 + 500L - 50L);
    // the seed's national count fell by 14 per cent: the force's 6 per cent rise went against it, and the climb follows from it
    Story story = thamesValley(release);

    assertThat(story.headline()).isEqualTo("Against the national trend, drug seizures by Thames Valley Police rise 6 per cent");
  }

  @Test
  void aCountAtItsLowestOfTheYearsHeldLeadsWithTheRecord() {
    Release release = TestRelease.seed().seizures(TV, 1_450L, 1_608L).build();
    List<Release> earlier = List.of(
        TestRelease.of("2018/19").seizures(TV, 1_900L, 2_000L).build(),
        TestRelease.of("2019/20").seizures(TV, 1_700L, 1_900L).build());
    Story story = new StoryWriter().write(release, earlier, TV, Optional.empty(), 1);

    assertThat(story.headline()).isEqualTo("Drug seizures by Thames Valley Police fall to their lowest in four years");
    assertThat(story.body().get(0)).endsWith("That is the lowest of the four years these figures cover.");
  }

  /**
   * rules.json count_change in_line_within: a fall within 3 points of the whole the story sets the
   * force beside (England and Wales here: a release built by hand has no police total) is the national
   * fall seen locally, and the force's own haul leads instead; the same fall beside a national one far
   * from it leads, with the haul in its second clause (headline_contrast).
   */
  @Test
  void aCountChangeInLineWithTheNationalOneGivesWayToTheForcesOwnHaul() {
    TestRelease kent = TestRelease.seed().seizures("kent", 3_100L, 5_000L)
        .quantity(NATIONAL, "Cocaine", "8913", "11141")
        .quantity("kent", "Cocaine", "25", "10");

    Story inLine = story(kent.seizures(NATIONAL, 131_747L, 219_578L), "kent"); // 38 per cent against 40
    assertThat(inLine.headline()).isEqualTo("Amount of cocaine seized by Kent Police more than doubles");
    assertThat(inLine.body().get(0)).startsWith("Kent Police seized 25kg of cocaine in the year to March 2022, ");

    Story apart = story(kent.seizures(NATIONAL, 188_927L, 219_578L), "kent"); // 38 per cent against 14
    assertThat(apart.headline()).isEqualTo("Drug seizures by Kent Police fall 38 per cent, but the amount of cocaine seized more than doubles");
    assertThat(apart.body().get(0)).isEqualTo("Kent Police made 3,100 drug seizures in the year to March 2022, down 38 per cent from 5,000"
        + " the year before. The force seized more cocaine, though: 25kg, up from 10kg the year before.");
    assertPassesCheck(kent.build(), apart);
  }

  /**
   * rules.json headline_contrast: a count-change headline gains a second clause on a haul of a drug
   * the story tells that moved the other way by a quarter or more; the lede gives the haul's figures
   * and the drug's paragraph only the national ones, so the force's figures are told once. A haul that
   * moved less, or one the sidecar warns about, gets no clause.
   */
  @Test
  void aCountChangeGainsAClauseOnAHaulThatMovedTheOtherWay() {
    TestRelease kent = TestRelease.seed().seizures("kent", 4_854L, 5_715L).quantity("kent", "Cocaine", "16.4103", "12.5351");
    Story story = story(kent, "kent");

    assertThat(story.headline()).isEqualTo("Drug seizures by Kent Police fall 15 per cent, but 31 per cent more cocaine is seized");
    assertThat(story.body().get(0)).isEqualTo("Kent Police made 4,854 drug seizures in the year to March 2022, down 15 per cent from 5,715"
        + " the year before. The force seized more cocaine, though: 16.4kg, up from 12.5kg the year before.");
    assertThat(story.body().get(2)).startsWith("Across England and Wales, more cocaine was seized: nearly 19,000kg");
    assertThat(String.join("\n", story.body()).split("16\\.4kg", -1)).hasSize(2);
    assertPassesCheck(kent.build(), story);

    Story nearlyDoubled = story(kent.quantity("kent", "Cocaine", "24", "12.5351"), "kent");
    assertThat(nearlyDoubled.headline())
        .isEqualTo("Drug seizures by Kent Police fall 15 per cent, but the amount of cocaine seized nearly doubles");
    assertPassesCheck(kent.build(), nearlyDoubled);

    // a fifth more: under the rule's quarter; over three times: warned, so no clause states it
    assertThat(story(kent.quantity("kent", "Cocaine", "15", "12.5351"), "kent").headline())
        .isEqualTo("Drug seizures by Kent Police fall 15 per cent");
    assertThat(story(kent.quantity("kent", "Cocaine", "40", "12.5351"), "kent").headline())
        .isEqualTo("Drug seizures by Kent Police fall 15 per cent");
  }

  /** Every figure of the story, headline included, is read by check-story as the fact it was written from. */
  private static void assertPassesCheck(Release release, Story story) {
    String text = story.headline() + "\n\n" + String.join("\n\n", story.body());
    haul.story.check.CheckReport report = haul.story.check.StoryChecker.check(release, story.agency(), text);
    assertThat(report.findings(haul.story.check.FindingKind.CONTRADICTED)).as(text).isEmpty();
    assertThat(report.findings(haul.story.check.FindingKind.UNKNOWN)).as(text).isEmpty();
    assertThat(report.findings(haul.story.check.FindingKind.WORDING)).as(text).isEmpty();
    for (haul.story.check.Finding finding : report.findings(haul.story.check.FindingKind.MATCHED)) {
      if (finding.fact().isPresent()) {
        assertThat(GeneratedStoriesCheckPropertyTest.isTheFactWritten(story, finding)).as(finding.span().text() + " in " + text).isTrue();
      }
    }
  }

  @Test
  void aNoteOnTheWholeReleaseFollowsTheNationalPicture() {
    Story story = thamesValley(TestRelease.seed().note(null, "Two forces changed their recording systems during the year."));

    assertThat(story.body().get(1))
        .isEqualTo("The force's 58 per cent fall was steeper than across England and Wales, where seizures fell by 14 per cent, from"
            + " 220,000 to 189,000. A note on the whole release says: \"Two forces changed their recording systems during the year\".");
  }

  /**
   * A note on how the whole release was compiled qualifies every figure alike: it is told once, at
   * the story's foot, not glued to the national paragraph (rules.json "notes").
   */
  @Test
  void aNoteOnHowTheFiguresWereCompiledClosesTheStoryOnce() {
    Story story = thamesValley(TestRelease.seed().note(null, "Imputation was used for about 7% of seizures.",
        "Some seizures in these figures were estimated rather than counted, the release says."));

    String closing = "Some seizures in these figures were estimated rather than counted, the release says.";
    assertThat(story.body().get(story.body().size() - 1)).isEqualTo(closing);
    assertThat(story.body().subList(0, story.body().size() - 1)).noneMatch(p -> p.contains("estimated"));
    assertThat(story.warnings()).noneMatch(w -> w.contains("was not used"));
  }

  /**
   * The first edition of the year compared with lacked three forces: a release-wide note. It is told
   * beside the national comparison in every story but those of the forces it names, whose own note
   * on that year tells the same fact: the fact is told once.
   */
  @Test
  void aReleaseNoteThatTheAgencysOwnNoteTellsIsNotToldTwice() {
    TestRelease release = TestRelease.seed().seizures("kent", 4_854L, 5_851L)
        .previousYearNote(null, "The first edition excluded Hertfordshire, Kent and Staffordshire.",
            "The first edition of the figures for the year to March 2021 left out Hertfordshire, Kent and Staffordshire; these figures include them.")
        .previousYearNote("kent", "Kent Police could not provide complete data for the first edition.",
            "Kent Police could not provide complete data in time for the first edition of the figures for the year to March 2021;"
                + " these figures include its return.");

    String kent = String.join("\n", story(release, "kent").body());
    assertThat(kent).contains("Kent Police could not provide complete data in time").doesNotContain("left out Hertfordshire");
    // a force the note does not name is not told it: every figure its story prints is the revised one
    // (rules.json only_where_it_names_the_agency)
    List<String> thames = thamesValley(release).body();
    assertThat(String.join("\n", thames)).doesNotContain("left out Hertfordshire");
  }

  @Test
  void aReleaseNoteOnTheYearComparedThatNamesNoAgencyIsToldBesideTheNationalComparison() {
    TestRelease release = TestRelease.seed()
        .previousYearNote(null, "The figures for the year to March 2021 were revised.", "The figures for the year to March 2021 were revised.");

    List<String> thames = thamesValley(release).body();
    assertThat(thames.get(1)).contains("across England and Wales").endsWith("The figures for the year to March 2021 were revised.");
  }

  @Test
  void theNationalPictureRoundsAsTheReleaseDoes() {
    Story story = thamesValley(TestRelease.seed());

    assertThat(story.body().get(1))
        .isEqualTo("The force's 58 per cent fall was steeper than across England and Wales, where seizures fell by 14 per cent, from"
            + " 220,000 to 189,000.");
  }

  @Test
  void theNationalPictureSaysAlsoOnlyWhenTheAgencyMovedTheSameWay() {
    Story story = thamesValley(TestRelease.seed().seizures(TV, 1_608L, 1_500L));

    assertThat(story.body().get(1)).isEqualTo(
        "The force's 7 per cent rise compares with a fall of 14 per cent across England and Wales, where seizures went from 220,000"
            + " to 189,000.");
  }

  @Test
  void theRulesChooseTheLargestClassARiseAndTheLargestRiseByPercentage() {
    Story story = thamesValley(TestRelease.seed());

    // the force's own figure first, then the national one with who seized most of it (rules.json "who_seized")
    assertThat(story.body().get(2)).endsWith(
        " Across England and Wales, more cocaine was seized: nearly 19,000kg, up 68 per cent from over 11,000kg the year before."
            + " Border Force seized 91 per cent of it.");
    // from three times the year before, a multiple instead of the percentage (DESIGN.md)
    assertThat(story.body().get(3)).endsWith(
        " Across England and Wales, more ketamine was seized: 1,837kg, up from 187kg the year before, nearly ten times as much."
            + " Border Force also seized 91 per cent of it."); // the second time, not the same sentence again
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
            .quantity(TV, "Amphetamines", "2.4", "2"); // up a fifth: too little for the headline's second clause
    Story story = thamesValley(release);

    assertThat(story.body().get(2))
        .isEqualTo(
            "In the Thames Valley, the force seized 1.3kg of heroin, down 35 per cent from 2kg the year before."
                + " Across England and Wales, less heroin was seized: 1,412kg, down 28 per cent from 1,972kg the year before.");
    // after the force's own rise, "also" would read as said of it
    assertThat(story.body().get(3))
        .isEqualTo(
            // the paragraph before named the place: this one opens "The force seized"
            "The force seized 2.4kg of amphetamines, up 20 per cent from 2kg the year before. Across England and Wales, a smaller amount"
                + " of amphetamines was seized: 500kg, down 44 per cent from 900kg the year before.");
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
            .quantity("dyfed-powys", "LSD", "9000", "1000")
            .quantity("dyfed-powys", "Cannabis plants", "2400", "2000");
    Story story = new StoryWriter(ReferenceData.bundled(), rules, Lexicon.bundled()).write(release.build(), "dyfed-powys", Optional.empty(), 1);

    // LSD up nine times, four times the national rise, is warned about in the sidecar, so the count leads
    assertThat(story.headline()).isEqualTo("Drug seizures by Dyfed-Powys Police fall 27 per cent");
    assertThat(story.body().get(2))
        .isEqualTo(
            "In Dyfed-Powys, the force seized 2,400 cannabis plants, up 20 per cent from 2,000 plants the year before. Across England and Wales, more cannabis"
                + " plants were seized: 230,069 plants, up from 100,000 plants the year before; the number more than doubled.");
    assertThat(StoryFigures.withoutFact(story)).isEmpty();
  }

  @Test
  void dosesOfADrug() {
    TestRelease release =
        TestRelease.of("2021/22")
            .seizures(NATIONAL, 188_927L, 219_578L)
            .quantity(NATIONAL, "LSD", "90000", "120000")
            .seizures("dyfed-powys", 1_619L, 2_219L)
            .quantity("dyfed-powys", "LSD", "1200", "1000");
    Story story = story(release, "dyfed-powys");

    assertThat(story.body().get(2))
        .isEqualTo("In Dyfed-Powys, the force seized 1,200 doses of LSD, up 20 per cent from 1,000 doses the year before."
            + " Across England and Wales, less LSD was seized: 90,000 doses, down 25 per cent from 120,000 doses the year before.");
  }

  @Test
  void theRegionsWithTheLargestSharesAndTheAgencysOwnRegion() {
    Story story = thamesValley(TestRelease.seed());

    assertThat(story.body().get(4))
        .isEqualTo(
            "Police forces in the South East, which includes the Thames Valley, made 9 per cent of all seizures in England and"
                + " Wales. The largest shares were made by police forces in London (22 per cent)"
                + " and the East of England (12 per cent). Border Force made 11 per cent of all seizures.");
  }

  @Test
  void aForceInALeadingRegionIsNotNamedTwice() {
    Story story = story(TestRelease.seed().seizures("metropolitan-police", 30_000L, 31_000L), "metropolitan-police");

    assertThat(story.body().get(story.body().size() - 1))
        .isEqualTo(
            "Police forces in London made 22 per cent of all seizures in England and"
                + " Wales, the largest share of any region, ahead of the East of England (12 per cent). Border Force made 11 per cent"
                + " of all seizures.");
    // an area named after its force is no place: the story names the force, never "the Metropolitan Police area"
    assertThat(String.join(" ", story.body())).doesNotContain("Metropolitan Police area");
  }

  @Test
  void anAreaNamedLikeItsRegionIsNotSaidToIncludeItself() {
    Story story = story(TestRelease.seed().seizures("west-midlands", 9_000L, 9_500L).share("West Midlands", 13_000, "6.9"), "west-midlands");

    assertThat(story.body().get(story.body().size() - 1))
        .startsWith("Police forces in the West Midlands region made 7 per cent of all seizures in England and Wales. ");
  }

  @Test
  void borderForceTakesANationalAngle() {
    Story story = story(TestRelease.seed(), "border-force");

    assertThat(story.body())
        .containsExactly(
            "Border Force, which guards the UK border, seized over 17,000kg of cocaine in the year to March 2022, 91 per cent of"
                + " all cocaine seized in England and Wales. Border Force made 20,782 drug seizures in all, up 9 per cent from 19,000"
                + " the year before.",
            "Border Force's 9 per cent rise compares with a fall of 14 per cent across England and Wales, where seizures went from"
                + " 220,000 to 189,000.",
            // the lede told cocaine: it has no second paragraph of its own
            "Across England and Wales, more ketamine was seized: 1,837kg, up from 187kg the year before, nearly ten times as"
                + " much. Border Force seized 1,672kg of ketamine, up from 150kg the year before, over 11 times as much. That was 91 per"
                + " cent of all ketamine seized in England and Wales.",
            "Border Force made 11 per cent of all seizures in England and Wales.");
    assertThat(story.headline()).isEqualTo("Border Force seizes 91 per cent of all cocaine seized in England and Wales");
  }

  @Test
  void britishTransportPoliceTellsItsDrugsAsAForceDoesAndIsTheForceAfterItsName() {
    Story story = story(TestRelease.seed(), "british-transport-police");

    assertThat(story.body().get(0)).startsWith("British Transport Police, which polices Britain's railways, made ");
    // a share under 1 per cent is no news: its own figure against the year before is, on the railways
    assertThat(story.body().get(2)).startsWith("On the railways, the force seized 3.1kg of cocaine, up 24 per cent from 2.5kg the year before.")
        .endsWith(" Border Force seized 91 per cent of it.").doesNotContain("less than 1 per cent");
    assertThat(story.body().get(3)).startsWith("The force seized 40g of ketamine").doesNotContain("less than 1 per cent");
    assertThat(story.body().get(4)).isEqualTo("The force made 1 per cent of all seizures in England and Wales.");
    assertThat(story.headline()).startsWith("Drug seizures by British Transport Police on the railways ");
    assertThat(story.body()).noneMatch(p -> p.contains("Police forces in"));
  }

  @Test
  void withoutAQuoteBankThereAreNoQuotes() {
    Story story = thamesValley(TestRelease.seed());

    assertThat(story.body()).noneMatch(p -> p.contains("\"") || p.contains(" said"));
  }

  @Test
  void theReactionBudgetChoosesTheMostRelevantEntriesWholeAndACriticWithItsReply() {
    QuoteBank bank = QuoteBank.read(SharedData.path("seed-quotes.json"));
    Story story = writer.write(TestRelease.seed().build(), TV, Optional.of(bank), 1);

    // four paragraphs that fit a count that more than halved: the critic of the drugs market in three paragraphs, then
    // the minister's reply to that critic, directly after it (balance, rules.json replies), in place of the Home
    // Office's explanation of fewer seizures, which scores less; Border Force's smuggling quote fits the Border Force
    // story, not the Thames Valley's
    assertThat(story.body().subList(story.body().size() - 4, story.body().size()))
        .containsExactly(
            "Niamh Eastwood, executive director of Release, the national centre for drugs expertise, said: \"The market continues"
                + " unabated, and harms continue to be at an all-time high, especially in relation to the tragedy of drug-related deaths.",
            "\"It is unsurprising to see cocaine at the top of the Class A seizure tables given its popularity, but despite tens"
                + " of thousands of kilos of cocaine being taken off the streets there will be little impact on the availability"
                + " of the drug.",
            "\"We need to start to look at what other countries are doing, ending criminal sanctions for possession offences,"
                + " and exploring regulated markets and reducing the harms that people are experiencing.\"",
            "Immigration minister Robert Jenrick " + bank.reportedStatements().get(2).text() + ".");
    assertThat(story.warnings()).contains(
        "4 entries of the quote bank did not fit the reaction budget of 4 paragraphs or this story: add any you want by hand.");
  }

  @Test
  void aFallOfTheUsualSizePrintsTheMinistersReplyDirectlyAfterTheCriticItAnswers() {
    QuoteBank bank = QuoteBank.read(SharedData.path("seed-quotes.json"));
    Story story = writer.write(TestRelease.seed().seizures(TV, 1_400L, 1_608L).build(), TV, Optional.of(bank), 1);

    // a fall of 13 per cent: the critic who calls enforcement futile, the minister's answer to it ("instead") directly
    // after it, naming him in full, then his own pledge with the second reference, then the Home Office's explanation
    assertThat(story.body().subList(story.body().size() - 4, story.body().size()))
        .containsExactly(
            "Release, the national centre for drugs expertise, " + bank.reportedStatements().get(0).text() + ".",
            "Immigration minister Robert Jenrick " + bank.reportedStatements().get(2).text() + ".",
            "Jenrick also " + bank.reportedStatements().get(1).text() + ".",
            "The Home Office " + bank.reportedStatements().get(3).text() + ".");
  }

  @Test
  void aRiseLeavesOutTheExplanationOfAFallAndPrintsTheMinistersReplyOnlyAfterItsCritic() {
    QuoteBank bank = QuoteBank.read(SharedData.path("seed-quotes.json"));
    Story story = writer.write(TestRelease.seed().seizures(TV, 1_800L, 1_608L).build(), TV, Optional.of(bank), 1);

    List<String> body = story.body();
    assertThat(String.join("\n", body)).doesNotContain(bank.reportedStatements().get(3).text()); // answers a fall
    // "the figures were instead evidence..." answers Release, here in Niamh Eastwood's words: directly after them
    int reply = body.indexOf("Immigration minister Robert Jenrick " + bank.reportedStatements().get(2).text() + ".");
    assertThat(reply).as(String.join("\n", body)).isPositive();
    assertThat(body.get(reply - 1)).isEqualTo("\"" + bank.quotes().get(0).paragraphs().get(2) + "\"");
  }

  @Test
  void aCriticBringsTheReplyTheBankHoldsInPlaceOfALowerScoringEntry(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path file = dir.resolve("bank.json");
    java.nio.file.Files.writeString(file, """
        {"release": "2021/22", "reaction_budget": 3, "quotes": [], "reported_statements": [
          {"speaker": "A Charity", "organisation": "Charity", "text": "said the futility of enforcement was plain",
           "fits": {"regions": ["South East"]}},
          {"speaker": "Ann Minister", "role": "Policing minister", "organisation": "Government", "honorific": "Ms",
           "text": "said more officers were on the streets"},
          {"speaker": "Ann Minister", "role": "Policing minister", "organisation": "Government", "honorific": "Ms",
           "text": "said the figures were instead a sign of success"},
          {"speaker": "A Commissioner", "role": "police and crime commissioner", "organisation": "PCC",
           "text": "said the force was doing well", "fits": {"regions": ["South East"]}}]}
        """);
    QuoteBank bank = QuoteBank.read(file);
    Story story = writer.write(TestRelease.seed().seizures(TV, 1_400L, 1_608L).build(), TV, Optional.of(bank), 1);

    // the critic and the commissioner score highest; the critic brings the minister's reply, directly after it, and the
    // minister's own pledge (scoring less than both) is the entry left out; the reply names her in full, being first
    assertThat(story.body().subList(story.body().size() - 3, story.body().size()))
        .containsExactly(
            "A Charity said the futility of enforcement was plain.",
            "Policing minister Ann Minister said the figures were instead a sign of success.",
            "A Commissioner, PCC's police and crime commissioner, said the force was doing well.");
  }

  @Test
  void aReplyTheBankSaysAnswersAVoiceGoesAfterThatVoiceWithTheSecondReferenceAfterIt(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("bank.json");
    java.nio.file.Files.writeString(file, """
        {"release": "2021/22", "reaction_budget": 5,
         "quotes": [
          {"speaker": "Ann Smith", "role": "chief executive", "organisation": "DrugWise", "paragraphs": ["Seizures change nothing."]}],
         "reported_statements": [
          {"speaker": "Robert Jenrick", "role": "Immigration minister", "organisation": "UK Government", "honorific": "Mr",
           "text": "said the government would continue to back police"},
          {"speaker": "Robert Jenrick", "role": "Immigration minister", "organisation": "UK Government", "honorific": "Mr",
           "answers": "Ann Smith", "text": "said the figures showed the approach was working"},
          {"speaker": "The Home Office", "organisation": "Home Office", "text": "said it was concentrating on larger seizures"}]}
        """);
    QuoteBank bank = QuoteBank.read(file);
    Story story = writer.write(TestRelease.seed().seizures(TV, 1_400L, 1_608L).build(), TV, Optional.of(bank), 1);

    // no reply word, but the bank says whom it answers: the quote, though the bank lists quotes last
    assertThat(story.body().subList(story.body().size() - 4, story.body().size()))
        .containsExactly(
            "Immigration minister Robert Jenrick said the government would continue to back police.",
            "The Home Office said it was concentrating on larger seizures.",
            "Ann Smith, DrugWise's chief executive, said: \"Seizures change nothing.\"",
            "Mr Jenrick also said the figures showed the approach was working.");
  }

  @Test
  void aCriticTooLongToPrintBesideItsReplyIsPrintedAlone(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path file = dir.resolve("bank.json");
    java.nio.file.Files.writeString(file, """
        {"release": "2021/22", "reaction_budget": 2,
         "quotes": [{"speaker": "Ann Smith", "organisation": "DrugWise", "role": "chief executive",
                     "paragraphs": ["The futility of it.", "Nothing changes."]}],
         "reported_statements": [
          {"speaker": "A Minister", "role": "minister", "organisation": "Government", "answers": "DrugWise",
           "text": "said the figures were a sign of success"}]}
        """);
    QuoteBank bank = QuoteBank.read(file);
    Story story = writer.write(TestRelease.seed().seizures(TV, 1_400L, 1_608L).build(), TV, Optional.of(bank), 1);

    // the bank holds no reply that fits the budget beside the two paragraphs: the quote is printed whole, alone
    assertThat(story.body().subList(story.body().size() - 2, story.body().size()))
        .containsExactly("Ann Smith, DrugWise's chief executive, said: \"The futility of it.", "\"Nothing changes.\"");
  }

  @Test
  void aReplyIsPrintedOnlyAfterTheVoiceItAnswers(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("bank.json");
    java.nio.file.Files.writeString(file, """
        {"release": "2021/22", "reaction_budget": 1, "quotes": [], "reported_statements": [
          {"speaker": "A Charity", "role": null, "organisation": "Charity", "text": "said the figures showed enforcement had failed"},
          {"speaker": "A Minister", "role": "minister", "organisation": "Government", "text": "said the figures were instead a sign of success",
           "fits": {"regions": ["South East"]}}]}
        """);
    QuoteBank bank = QuoteBank.read(file);
    // the reply fits the region and would score highest, but alone it would answer nothing
    assertThat(String.join("\n", writer.write(TestRelease.seed().build(), TV, Optional.of(bank), 1).body()))
        .contains("enforcement had failed").doesNotContain("instead a sign of success");
  }

  @Test
  void aRegionalVoiceSpeaksOnlyInItsRegionsStories(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("bank.json");
    java.nio.file.Files.writeString(file, """
        {"release": "2021/22", "reaction_budget": 1, "quotes": [], "reported_statements": [
          {"speaker": "A Commissioner", "role": "police and crime commissioner", "organisation": "PCC", "text": "said the force was doing well",
           "fits": {"regions": ["South East"]}},
          {"speaker": "A Charity", "role": null, "organisation": "Charity", "text": "said more must be done"}]}
        """);
    QuoteBank bank = QuoteBank.read(file);
    assertThat(String.join("\n", writer.write(TestRelease.seed().build(), TV, Optional.of(bank), 1).body()))
        .contains("said the force was doing well").doesNotContain("more must be done");
    assertThat(String.join("\n", writer.write(TestRelease.seed().build(), "cambridgeshire", Optional.of(bank), 1).body()))
        .contains("more must be done").doesNotContain("doing well");
  }

  @Test
  void theSameDataChooseTheSameReaction() {
    QuoteBank bank = QuoteBank.read(SharedData.path("seed-quotes.json"));
    assertThat(writer.write(TestRelease.seed().build(), TV, Optional.of(bank), 1))
        .isEqualTo(writer.write(TestRelease.seed().build(), TV, Optional.of(bank), 1));
  }

  @Test
  void borderForcesOwnVoiceLeadsItsReaction() {
    QuoteBank bank = QuoteBank.read(SharedData.path("seed-quotes.json"));
    Story story = writer.write(TestRelease.seed().build(), "border-force", Optional.of(bank), 1);

    assertThat(String.join("\n", story.body())).contains("Steve Dann, Border Force's chief operating officer, said:");
    assertThat(story.body().stream().filter(p -> p.contains("said") || p.startsWith("\"")).count()).isLessThanOrEqualTo(4);
  }

  @Test
  void aSecondReferenceTakesTheHonorificOrTheSurnameAndTheBankMaySetItsBudget() {
    QuoteBank.Speaker minister = new QuoteBank.Speaker("Robert Jenrick", Optional.of("Immigration minister"),
        Optional.of("UK Government"), Optional.empty(), Optional.of("Mr"));
    QuoteBank.Speaker critic = new QuoteBank.Speaker("Ann Smith", Optional.of("chief executive"), Optional.of("DrugWise"),
        Optional.empty());
    QuoteBank bank = new QuoteBank(Optional.empty(), List.of(),
        List.of(new QuoteBank.ReportedStatement(minister, "said one thing"), new QuoteBank.ReportedStatement(critic, "said another"),
            new QuoteBank.ReportedStatement(minister, "said a second thing"), new QuoteBank.ReportedStatement(critic, "said more")),
        java.util.OptionalInt.of(4));
    Story story = writer.write(TestRelease.seed().build(), TV, Optional.of(bank), 1);

    assertThat(story.body().subList(story.body().size() - 4, story.body().size()))
        .containsExactly(
            "Immigration minister Robert Jenrick said one thing.",
            "Ann Smith, DrugWise's chief executive, said another.",
            "Mr Jenrick also said a second thing.",
            "Smith also said more.");

    QuoteBank small = new QuoteBank(bank.release(), bank.quotes(), bank.reportedStatements(), java.util.OptionalInt.of(1));
    Story shorter = writer.write(TestRelease.seed().build(), TV, Optional.of(small), 1);
    assertThat(shorter.body().get(shorter.body().size() - 1)).isEqualTo("Immigration minister Robert Jenrick said one thing.");
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
    return new StoryRules(new StoryRules.DrugRules(tellAtMost, drugRules, bundled.nationalDrugs().whoSeized()), bundled.localDrugs(), bundled.regions(), bundled.warnings(), bundled.angles(), bundled.reaction(), bundled.length(),
        bundled.roundedPairs(), bundled.notes());
  }
}
