package haul.story;

import static org.assertj.core.api.Assertions.assertThat;

import haul.reference.Agency;
import haul.reference.ReferenceData;
import haul.reference.Region;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Stories for every agency of a whole release, and for many random releases (a seeded
 * {@link Random}: the same releases every run) with missing returns, missing years, zeros and
 * notes: each story has a headline and a body, and every figure in it is a fact.
 */
class AllAgenciesStoryTest {

  private static final List<String> DRUGS = List.of("Cocaine", "Heroin", "Ketamine", "LSD", "Cannabis plants", "Amphetamines");
  private static final List<Agency> AGENCIES = ReferenceData.bundled().agencies().all();

  private final StoryWriter writer = new StoryWriter();

  @Test
  void everyAgencyHasAStoryOfAtLeast80WordsWhoseFiguresAreFacts() {
    List<Story> stories = writer.writeAll(release(new Random(2022), false).build(), Optional.empty(), 1);
    assertThat(stories).extracting(Story::agency).containsExactlyElementsOf(AGENCIES.stream().map(Agency::code).toList());
    for (Story story : stories) {
      Agency agency = ReferenceData.bundled().agencies().require(story.agency());
      assertThat(story.headline()).as(agency.code()).contains(agency.fullName());
      assertThat(story.wordCount()).as(agency.code() + ": " + story.body()).isGreaterThanOrEqualTo(80);
      assertThat(StoryFigures.withoutFact(story)).as(agency.code()).isEmpty();
      assertThat(StoryFigures.factsNotInText(story)).as(agency.code()).isEmpty();
    }
  }

  @Test
  void randomReleasesKeepTheFigureContract() {
    Random random = new Random(7);
    for (int i = 0; i < 60; i++) {
      var built = release(random, true).build();
      for (Agency agency : AGENCIES) {
        Story story = writer.write(built, agency.code(), Optional.empty(), 1);
        assertThat(story.body()).as(agency.code()).isNotEmpty();
        assertThat(StoryFigures.withoutFact(story)).as("release %d, %s", i, agency.code()).isEmpty();
        assertThat(StoryFigures.factsNotInText(story)).as("release %d, %s", i, agency.code()).isEmpty();
        assertThat(String.join(" ", story.body())).doesNotContain("null", "  ", " ,", "..");
      }
    }
  }

  /** Agencies with random figures; England and Wales and the regions add up from them. */
  static TestRelease release(Random random, boolean gaps) {
    TestRelease release = TestRelease.of("2021/22");
    long nationalNow = 0;
    long nationalBefore = 0;
    Map<String, BigDecimal[]> nationalDrugs = new LinkedHashMap<>();
    Map<String, Long> regions = new LinkedHashMap<>();
    for (Agency agency : AGENCIES) {
      boolean missing = gaps && random.nextInt(10) == 0;
      boolean noPrevious = gaps && random.nextInt(10) == 0;
      long now = 300 + random.nextInt(30_000);
      long before = gaps && random.nextInt(8) == 0 ? now : 300 + random.nextInt(30_000);
      release.seizures(agency.code(), missing ? null : now, noPrevious ? null : before);
      if (!missing) {
        nationalNow += now;
        agency.region().ifPresent(r -> regions.merge(r, now, Long::sum));
      }
      if (!noPrevious) {
        nationalBefore += before;
      }
      for (String drug : DRUGS) {
        BigDecimal a = amount(random, drug, gaps);
        BigDecimal b = amount(random, drug, gaps);
        release.quantity(agency.code(), drug, a.toPlainString(), b.toPlainString());
        BigDecimal[] sum = nationalDrugs.computeIfAbsent(drug, d -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        sum[0] = missing ? sum[0] : sum[0].add(a);
        sum[1] = noPrevious ? sum[1] : sum[1].add(b);
      }
    }
    release.seizures("england-and-wales", nationalNow, nationalBefore);
    nationalDrugs.forEach((drug, sum) -> release.quantity("england-and-wales", drug, sum[0].toPlainString(), sum[1].toPlainString()));
    for (Region region : ReferenceData.bundled().regions()) {
      long seizures = regions.getOrDefault(region.name(), 0L);
      BigDecimal share = BigDecimal.valueOf(seizures * 100).divide(BigDecimal.valueOf(nationalNow), MathContext.DECIMAL64);
      release.share(region.name(), seizures, share.toPlainString());
    }
    if (gaps && random.nextBoolean()) {
      Agency noted = AGENCIES.get(random.nextInt(AGENCIES.size()));
      release.note(noted.code(), "Figures for 12 months include 3 estimated.");
    }
    return release;
  }

  private static BigDecimal amount(Random random, String drug, boolean gaps) {
    if (gaps && random.nextInt(6) == 0) {
      return BigDecimal.ZERO;
    }
    return switch (drug) {
      case "LSD", "Cannabis plants" -> BigDecimal.valueOf(random.nextInt(50_000));
      default -> BigDecimal.valueOf(random.nextInt(2_000_000)).movePointLeft(3 + random.nextInt(2)).setScale(3, RoundingMode.HALF_UP);
    };
  }
}
