package haul.story.check;

import haul.story.prose.ProseRule;
import haul.story.prose.ProseNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import haul.reference.DrugClass;
import haul.stats.Area;
import haul.stats.AreaYear;
import haul.stats.Count;
import haul.stats.Release;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property (plain JUnit, seeded): a story whose figures are written by the prose rules of DESIGN.md
 * from random data passes the check, and the same story with the force's count changed is caught.
 */
class WrittenByTheRulesPropertyTest {

  private static final int RUNS = 300;

  private record Data(long now, long before, long nationalNow, long nationalBefore, BigDecimal cocaineNow,
      BigDecimal cocaineBefore, BigDecimal localCocaine) {

    Release release() {
      return new Release(
          SeedRelease.YEAR,
          List.of(
              SeedRelease.agency("thames-valley", "Thames Valley", SeedRelease.YEAR, now,
                  SeedRelease.kg("Cocaine", DrugClass.A, 10, localCocaine.toPlainString())),
              new AreaYear(Area.ENGLAND_AND_WALES, SeedRelease.YEAR, Count.of(nationalNow),
                  List.of(SeedRelease.kg("Cocaine", DrugClass.A, 1000, cocaineNow.toPlainString())), Map.of())),
          List.of(
              SeedRelease.agency("thames-valley", "Thames Valley", SeedRelease.YEAR.previous(), before),
              new AreaYear(Area.ENGLAND_AND_WALES, SeedRelease.YEAR.previous(), Count.of(nationalBefore),
                  List.of(SeedRelease.kg("Cocaine", DrugClass.A, 1000, cocaineBefore.toPlainString())), Map.of())),
          List.of(),
          List.of());
    }
  }

  private static BigDecimal kg(Random random) {
    double magnitude = Math.pow(10, -2 + random.nextDouble() * 6.5); // 0.01kg to about 30,000kg
    return new BigDecimal(magnitude, new MathContext(9)).setScale(3, java.math.RoundingMode.HALF_UP).max(new BigDecimal("0.011"));
  }

  private static Data data(Random random) {
    long now = 1 + random.nextInt(20_000);
    long before;
    do {
      before = 1 + random.nextInt(20_000);
    } while (before == now);
    long nationalNow = 100_000 + random.nextInt(200_000);
    long nationalBefore;
    do {
      nationalBefore = 100_000 + random.nextInt(200_000);
    } while (nationalBefore == nationalNow);
    BigDecimal cocaineNow = kg(random);
    BigDecimal cocaineBefore;
    do {
      cocaineBefore = kg(random);
    } while (cocaineBefore.compareTo(cocaineNow) == 0);
    return new Data(now, before, nationalNow, nationalBefore, cocaineNow, cocaineBefore, kg(random));
  }

  private static String write(ProseRule rule, BigDecimal value) {
    return ProseNumbers.format(ProseNumbers.written(rule, value));
  }

  private static String story(Data d, long writtenCount) {
    BigDecimal change = BigDecimal.valueOf(d.nationalNow() - d.nationalBefore()).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(d.nationalBefore()), MathContext.DECIMAL64);
    return "Thames Valley Police made " + ProseNumbers.number(BigDecimal.valueOf(writtenCount))
        + " drug seizures in the year to March 2022, " + (d.now() < d.before() ? "down" : "up") + " from "
        + ProseNumbers.number(BigDecimal.valueOf(d.before())) + " the year before.\n\n"
        + "Across England and Wales there were " + write(ProseRule.THOUSANDS_COUNT, BigDecimal.valueOf(d.nationalNow()))
        + " seizures, a " + (change.signum() < 0 ? "fall" : "rise") + " of " + write(ProseRule.WHOLE_PERCENT, change) + ".\n\n"
        + "The amount of cocaine seized nationally " + (d.cocaineNow().compareTo(d.cocaineBefore()) < 0 ? "fell" : "rose")
        + " from " + write(ProseRule.KG, d.cocaineBefore()) + " to " + write(ProseRule.KG, d.cocaineNow()) + ".\n\n"
        + "In the Thames Valley, " + write(ProseRule.KG, d.localCocaine()) + " of cocaine was seized last year.\n";
  }

  @Test
  void storiesWrittenByTheRulesPassTheirCheck() {
    Random random = new Random(20_220_331L);
    for (int run = 0; run < RUNS; run++) {
      Data d = data(random);
      String story = story(d, d.now());
      CheckReport report = StoryChecker.check(d.release(), "thames-valley", story);
      assertThat(report.findings())
          .as("run %d:\n%s\n%s", run, story, TextReport.render(report))
          .extracting(Finding::kind)
          .containsOnly(FindingKind.MATCHED)
          .hasSize(7);
    }
  }

  @Test
  void aChangedForceCountIsAlwaysCaught() {
    Random random = new Random(20_230_420L);
    for (int run = 0; run < RUNS; run++) {
      Data d = data(random);
      long wrong;
      do {
        wrong = Math.max(1, d.now() + random.nextInt(41) - 20);
      } while (wrong == d.now());
      String story = story(d, wrong);
      CheckReport report = StoryChecker.check(d.release(), "thames-valley", story);
      assertThat(report.findings(FindingKind.CONTRADICTED))
          .as("run %d:\n%s\n%s", run, story, TextReport.render(report))
          .extracting(f -> f.rightValue().orElseThrow())
          .containsExactly(ProseNumbers.number(BigDecimal.valueOf(d.now())));
    }
  }
}
