package haul.story.check;

import static org.assertj.core.api.Assertions.assertThat;

import haul.reference.Agency;
import haul.reference.AgencyType;
import haul.reference.ReferenceData;
import haul.reference.Region;
import haul.stats.Area;
import haul.stats.AreaType;
import haul.stats.AreaYear;
import haul.stats.Count;
import haul.stats.RegionShare;
import haul.stats.Release;
import haul.story.prose.ProseNumbers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Property (plain JUnit, seeded): ranks told as the story writer tells them ("the 22nd-highest
 * number of drug seizures", among the 43 territorial forces, a place shared by forces level on
 * their seizures) are matched on random releases full of ties, with British Transport Police and
 * Border Force among the counts and some forces without figures; ranks within a region and ranks of
 * regions (the West Midlands, whose slug is also a force's code) likewise; and a place outside the
 * area's own (shared) place is contradicted.
 */
class RankPropertyTest {

  private static final int RUNS = 200;
  private static final List<Agency> AGENCIES = ReferenceData.bundled().agencies().all();
  private static final List<Region> REGIONS = ReferenceData.bundled().regions();

  private record Data(Release release, Map<String, Long> seizures, Map<String, Long> regions) {}

  private static Data data(Random random) {
    Map<String, Long> seizures = new LinkedHashMap<>();
    List<AreaYear> current = new ArrayList<>();
    List<AreaYear> previous = new ArrayList<>();
    long national = 0;
    Map<String, Long> regions = new LinkedHashMap<>();
    for (Agency agency : AGENCIES) {
      // few distinct values: ties are common, and the national agencies fall among the forces
      long now = 1_000 + 10L * random.nextInt(30);
      boolean missing = agency.type() == AgencyType.TERRITORIAL && random.nextInt(12) == 0;
      Area area = new Area(AreaType.AGENCY, agency.code(), agency.shortName());
      current.add(new AreaYear(area, SeedRelease.YEAR, missing ? Count.notAvailable() : Count.of(now), List.of(), Map.of()));
      previous.add(new AreaYear(area, SeedRelease.YEAR.previous(), Count.of(1_000 + random.nextInt(500)), List.of(), Map.of()));
      if (!missing) {
        seizures.put(agency.code(), now);
        national += now;
        agency.region().ifPresent(r -> regions.merge(r, now, Long::sum));
      }
    }
    current.add(new AreaYear(Area.ENGLAND_AND_WALES, SeedRelease.YEAR, Count.of(national), List.of(), Map.of()));
    List<RegionShare> shares = new ArrayList<>();
    for (Region region : REGIONS) {
      long count = regions.getOrDefault(region.name(), 0L);
      shares.add(new RegionShare(new Area(AreaType.REGION, region.slug(), region.name()), Count.of(count),
          Optional.of(BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(national), MathContext.DECIMAL64))));
    }
    return new Data(new Release(SeedRelease.YEAR, current, previous, shares, List.of()), seizures, regions);
  }

  /** The places an area may be told at: from one more than those above it to the number not below it. */
  private static int[] places(long own, List<Long> all) {
    int above = (int) all.stream().filter(v -> v > own).count();
    int notBelow = (int) all.stream().filter(v -> v >= own).count();
    return new int[] {above + 1, notBelow};
  }

  private static List<Long> values(Data d, Predicate<Agency> which) {
    return AGENCIES.stream().filter(which).filter(a -> d.seizures().containsKey(a.code())).map(a -> d.seizures().get(a.code())).toList();
  }

  private static void assertVerdict(Data d, String text, boolean right) {
    CheckReport report = StoryChecker.checkNational(d.release(), text);
    // the sentence's one claim: the rank on its own, or the share it is told with
    List<Finding> ranks = report.findings();
    assertThat(ranks).as(text + "\n" + TextReport.render(report)).hasSize(1);
    assertThat(ranks.get(0).kind()).as(text + "\n" + TextReport.render(report))
        .isEqualTo(right ? FindingKind.MATCHED : FindingKind.CONTRADICTED);
    assertThat(report.findings(FindingKind.UNKNOWN)).as(text + "\n" + TextReport.render(report)).isEmpty();
  }

  /** "the 22nd-highest" for each place a force may be told at, and the places beside them. */
  private static void assertPlaces(Data d, int[] places, int of, java.util.function.IntFunction<String> sentence) {
    for (int place = places[0]; place <= places[1]; place++) {
      assertVerdict(d, sentence.apply(place), true);
    }
    if (places[0] > 1) {
      assertVerdict(d, sentence.apply(places[0] - 1), false);
    }
    if (places[1] < of) {
      assertVerdict(d, sentence.apply(places[1] + 1), false);
    }
  }

  @Test
  void aForceIsRankedAmongTheTerritorialForcesSharingPlacesWhenLevel() {
    Random random = new Random(20_220_401L);
    int ties = 0;
    for (int run = 0; run < RUNS; run++) {
      Data d = data(random);
      Agency agency = pick(random, d, a -> a.type() == AgencyType.TERRITORIAL);
      List<Long> forces = values(d, a -> a.type() == AgencyType.TERRITORIAL);
      int[] places = places(d.seizures().get(agency.code()), forces);
      ties += places[1] > places[0] ? 1 : 0;
      assertPlaces(d, places, forces.size(), place -> "Of the territorial forces with figures for the year to March 2022, "
          + agency.fullName() + " made " + Ranks.position(place) + " number of drug seizures.");
    }
    assertThat(ties).as("runs whose force shares its place").isGreaterThan(RUNS / 4);
  }

  @Test
  void aForceIsRankedAmongTheForcesOfTheRegionARankIsScopedTo() {
    Random random = new Random(20_220_402L);
    for (int run = 0; run < RUNS; run++) {
      Data d = data(random);
      Agency agency = pick(random, d, a -> a.type() == AgencyType.TERRITORIAL);
      String region = agency.region().orElseThrow();
      List<Long> forces = values(d, a -> a.region().equals(Optional.of(region)));
      int[] places = places(d.seizures().get(agency.code()), forces);
      String where = random.nextBoolean() ? "of the region's forces" : "in " + haul.story.Lexicon.bundled().region(region);
      assertPlaces(d, places, forces.size(),
          place -> agency.fullName() + " made " + Ranks.position(place) + " number of seizures " + where + ".");
    }
  }

  @Test
  void aNationalAgencyIsRankedAmongTheAgenciesOnlyWhenTheWordsSaySo() {
    Random random = new Random(20_220_403L);
    for (int run = 0; run < RUNS; run++) {
      Data d = data(random);
      Agency agency = pick(random, d, Agency::isNational);
      List<Long> all = values(d, a -> true);
      int[] places = places(d.seizures().get(agency.code()), all);
      assertPlaces(d, places, all.size(),
          place -> agency.fullName() + " made " + Ranks.position(place) + " number of seizures of any agency.");
    }
  }

  @Test
  void aRegionIsRankedAmongTheRegionsThoughItsSlugIsAForcesCode() {
    Random random = new Random(20_220_404L);
    for (int run = 0; run < RUNS; run++) {
      Data d = data(random);
      Region region = REGIONS.get(random.nextInt(REGIONS.size()));
      List<Long> all = REGIONS.stream().map(r -> d.regions().getOrDefault(r.name(), 0L)).toList();
      int[] places = places(d.regions().getOrDefault(region.name(), 0L), all);
      String name = haul.story.Lexicon.bundled().region(region.name());
      BigDecimal share = d.release().shares().stream().filter(s -> s.region().name().equals(region.name())).findFirst()
          .flatMap(RegionShare::sharePercent).orElseThrow();
      String percent = ProseNumbers.format(ProseNumbers.written(haul.story.prose.ProseRule.WHOLE_PERCENT, share));
      assertPlaces(d, places, all.size(), place -> "Police forces in " + name + " made " + percent
          + " of all seizures in England and Wales, " + (place == 1 ? "the largest" : "the " + ProseNumbers.ordinal(place) + " largest")
          + " share of any region.");
    }
  }

  private static Agency pick(Random random, Data d, Predicate<Agency> which) {
    List<Agency> with = AGENCIES.stream().filter(which).filter(a -> d.seizures().containsKey(a.code())).toList();
    return with.get(random.nextInt(with.size()));
  }
}
