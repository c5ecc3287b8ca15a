package haul.demo;

import static org.assertj.core.api.Assertions.assertThat;

import haul.reference.Agency;
import haul.reference.AgencyType;
import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every figure of reference-figures.md for FYE2021 and FYE2022, counted from the generated return
 * files by DESIGN.md's definitions (see {@link ReturnCounts}), with the figures written out here
 * rather than read from the calibration, so that a wrong calibration fails too.
 */
class DemoReturnsTest {

  private static final FinancialYear FYE2021 = new FinancialYear(2021);
  private static final FinancialYear FYE2022 = new FinancialYear(2022);
  private static final String BORDER_FORCE = "border-force";

  @TempDir static Path dir;
  static DemoSummary summary;
  static ReturnCounts counts;

  @BeforeAll
  static void generate() {
    summary = DemoReturns.standard().writeTo(dir);
    counts = ReturnCounts.of(dir);
  }

  @Test
  void writesOneFilePerAgencyAndYear() {
    assertThat(summary.files()).isEqualTo(45 * 4);
    assertThat(DemoReturns.fileOf(dir, FYE2022, "thames-valley")).isEqualTo(dir.resolve("2021-22/thames-valley.csv"));
    for (FinancialYear year : List.of(new FinancialYear(2019), new FinancialYear(2020), FYE2021, FYE2022)) {
      for (Agency agency : ReferenceData.bundled().agencies().all()) {
        assertThat(DemoReturns.fileOf(dir, year, agency.code())).isRegularFile();
      }
    }
    assertThat(summary.rows()).isEqualTo(counts.rows);
    assertThat(summary.events())
        .containsExactly(
            Map.entry(new FinancialYear(2019), 153_135),
            Map.entry(new FinancialYear(2020), 183_646),
            Map.entry(FYE2021, 219_578),
            Map.entry(FYE2022, 188_927));
  }

  @Test
  void everyRowIsAValidReturnRow() {
    assertThat(counts.problems()).isEmpty();
  }

  @Test
  void nationalSeizures() {
    assertThat(counts.nationalSeizures(FYE2021)).isEqualTo(219_578);
    assertThat(counts.nationalSeizures(FYE2022)).isEqualTo(188_927);
    assertThat(wholePercentChange(219_578, 188_927)).isEqualTo(-14);
    assertThat(counts.nationalSeizures(new FinancialYear(2019))).isEqualTo(153_135);
    assertThat(counts.nationalSeizures(new FinancialYear(2020))).isEqualTo(183_646);
  }

  @Test
  void theSevenForcesSeizures() {
    Map<String, int[]> published =
        Map.of(
            "thames-valley", new int[] {1_608, 679},
            "cambridgeshire", new int[] {2_810, 2_405},
            "nottinghamshire", new int[] {4_459, 4_163},
            "hertfordshire", new int[] {4_614, 3_886},
            "dyfed-powys", new int[] {2_219, 1_619},
            "south-yorkshire", new int[] {3_766, 3_774},
            "surrey", new int[] {1_181, 960});
    published.forEach(
        (force, figures) -> {
          assertThat(counts.seizures(FYE2021, force)).as(force + " FYE2021").isEqualTo(figures[0]);
          assertThat(counts.seizures(FYE2022, force)).as(force + " FYE2022").isEqualTo(figures[1]);
        });
    assertThat(counts.seizures(new FinancialYear(2019), "thames-valley")).isEqualTo(736);
  }

  @Test
  void borderForceAndPoliceSharesOfSeizures() {
    int borderForce = counts.seizures(FYE2022, BORDER_FORCE);
    assertThat(wholePercent(borderForce, 188_927)).isEqualTo(11);
    assertThat(wholePercent(188_927 - borderForce, 188_927)).isEqualTo(89);
  }

  @Test
  void regionalSharesOfSeizures() {
    assertThat(wholePercent(regionSeizures(FYE2022, "London"), 188_927)).isEqualTo(22);
    assertThat(wholePercent(regionSeizures(FYE2022, "East of England"), 188_927)).isEqualTo(12);
    assertThat(wholePercent(regionSeizures(FYE2022, "South East"), 188_927)).isEqualTo(9);
    // The estimates sit on the published figures, so the tables' one-decimal shares agree too.
    assertThat(oneDecimalPercent(regionSeizures(FYE2022, "London"), 188_927)).isEqualTo("22.0");
    assertThat(oneDecimalPercent(regionSeizures(FYE2022, "East of England"), 188_927)).isEqualTo("12.0");
    assertThat(oneDecimalPercent(regionSeizures(FYE2022, "South East"), 188_927)).isEqualTo("9.0");
    assertThat(oneDecimalPercent(counts.seizures(FYE2022, BORDER_FORCE), 188_927)).isEqualTo("11.0");
  }

  @Test
  void cocaineSeizuresRoseFivePerCent() {
    assertThat(wholePercentChange(counts.nationalSeizures(FYE2021, "Cocaine"), counts.nationalSeizures(FYE2022, "Cocaine")))
        .isEqualTo(5);
  }

  @Test
  void nationalQuantities() {
    assertKg(counts.nationalQuantity(FYE2021, "Cocaine"), "11141");
    assertKg(counts.nationalQuantity(FYE2022, "Cocaine"), "18767");
    assertKg(counts.nationalQuantity(FYE2021, "Heroin"), "1972");
    assertKg(counts.nationalQuantity(FYE2022, "Heroin"), "1412");
    assertKg(counts.nationalQuantity(FYE2021, "Herbal cannabis"), "17155");
    assertKg(counts.nationalQuantity(FYE2022, "Herbal cannabis"), "35436");
    assertKg(counts.nationalQuantity(FYE2021, "Ketamine"), "187");
    assertKg(counts.nationalQuantity(FYE2022, "Ketamine"), "1837");
  }

  @Test
  void borderForceSharesOfQuantities() {
    assertThat(borderForceQuantityShare(FYE2022, "Cocaine")).isEqualTo(91);
    assertThat(borderForceQuantityShare(FYE2022, "Heroin")).isEqualTo(79);
    assertThat(borderForceQuantityShare(FYE2022, "Ketamine")).isEqualTo(91);
    assertThat(borderForceQuantityShare(FYE2022, "Anabolic steroids")).isEqualTo(97);
  }

  @Test
  void borderForceSeizuresOf100kgOrMoreDriveCocaine() {
    BigDecimal large = counts.quantityInSeizuresOfAtLeast(FYE2022, BORDER_FORCE, "Cocaine", new BigDecimal("100"), false);
    assertThat(large).isGreaterThan(counts.nationalQuantity(FYE2022, "Cocaine").multiply(new BigDecimal("0.5")));
  }

  @Test
  void borderForceSeizuresOver10kgDriveKetamine() {
    BigDecimal large = counts.quantityInSeizuresOfAtLeast(FYE2022, BORDER_FORCE, "Ketamine", BigDecimal.TEN, true);
    assertThat(large).isGreaterThan(counts.nationalQuantity(FYE2022, "Ketamine").multiply(new BigDecimal("0.5")));
  }

  /**
   * The forces read as different places (issue 12): their changes on the year before spread widely,
   * their drug mixes differ, and some force's cocaine falls while the nation's rises.
   */
  @Test
  void forcesDifferInChangeAndMix() {
    List<Agency> forces =
        ReferenceData.bundled().agencies().all().stream().filter(a -> a.type() == AgencyType.TERRITORIAL).toList();
    assertThat(forces).hasSize(43);
    List<Double> changes =
        forces.stream()
            .map(a -> 100.0 * counts.seizures(FYE2022, a.code()) / counts.seizures(FYE2021, a.code()) - 100)
            .sorted()
            .toList();
    assertThat(changes.get(changes.size() - 1) - changes.get(0)).as("spread of changes, points").isGreaterThan(60);
    assertThat(changes.stream().filter(c -> c > 0).count()).as("forces whose seizures rose").isGreaterThanOrEqualTo(3);
    assertThat(changes.stream().map(c -> Math.round(c)).distinct().count()).as("distinct whole-per-cent changes").isGreaterThan(25);

    assertThat(counts.nationalQuantity(FYE2022, "Cocaine")).isGreaterThan(counts.nationalQuantity(FYE2021, "Cocaine"));
    long cocaineFalls =
        forces.stream()
            .filter(a -> counts.quantity(FYE2022, a.code(), "Cocaine").compareTo(counts.quantity(FYE2021, a.code(), "Cocaine")) < 0)
            .count();
    assertThat(cocaineFalls).as("forces whose cocaine fell").isGreaterThanOrEqualTo(3);

    List<Double> cannabisShares =
        forces.stream()
            .map(a -> (double) counts.seizures(FYE2022, a.code(), "Herbal cannabis") / counts.seizures(FYE2022, a.code()))
            .sorted()
            .toList();
    assertThat(cannabisShares.get(cannabisShares.size() - 1) - cannabisShares.get(0)).as("range of herbal cannabis shares").isGreaterThan(0.15);
  }

  @Test
  void thamesValleyQuantities() {
    assertKg(counts.quantity(FYE2022, "thames-valley", "Cocaine"), "0.2");
    assertThat(counts.seizures(FYE2022, "thames-valley", "Ketamine")).isZero();
  }

  @Test
  void cambridgeshireQuantities() {
    assertKg(counts.quantity(FYE2022, "cambridgeshire", "Cocaine"), "34.8");
    assertKg(counts.quantity(FYE2021, "cambridgeshire", "Cocaine"), "1.3");
    assertKg(counts.quantity(FYE2022, "cambridgeshire", "Ketamine"), "0.2");
    assertWhole(counts.quantity(FYE2022, "cambridgeshire", "Cannabis plants"), 13_529);
    assertKg(counts.quantity(FYE2022, "cambridgeshire", "Herbal cannabis"), "219");
  }

  @Test
  void nottinghamshireQuantities() {
    assertKg(counts.quantity(FYE2022, "nottinghamshire", "Cocaine"), "6.8");
    assertKg(counts.quantity(FYE2022, "nottinghamshire", "Ketamine"), "0.1");
    assertWhole(counts.quantity(FYE2022, "nottinghamshire", "Cannabis plants"), 15_615);
    assertKg(counts.quantity(FYE2022, "nottinghamshire", "Herbal cannabis"), "104");
  }

  @Test
  void hertfordshireQuantities() {
    assertKg(counts.quantity(FYE2022, "hertfordshire", "Cocaine"), "6.8");
    assertThat(counts.seizures(FYE2022, "hertfordshire", "Ketamine")).isZero();
    assertWhole(counts.quantity(FYE2022, "hertfordshire", "Cannabis plants"), 17_171);
    assertKg(counts.quantity(FYE2022, "hertfordshire", "Herbal cannabis"), "141");
  }

  @Test
  void dyfedPowysQuantities() {
    assertWhole(counts.quantity(FYE2022, "dyfed-powys", "Cannabis plants"), 3_013);
    assertWhole(counts.quantity(FYE2022, "dyfed-powys", "LSD"), 113_000);
  }

  @Test
  void southYorkshireQuantities() {
    assertKg(counts.quantity(FYE2022, "south-yorkshire", "Cocaine"), "2.1");
    assertKg(counts.quantity(FYE2021, "south-yorkshire", "Cocaine"), "1.1");
    assertKg(counts.quantity(FYE2022, "south-yorkshire", "Ketamine"), "0.3");
    assertWhole(counts.quantity(FYE2022, "south-yorkshire", "Cannabis plants"), 230_069);
    assertKg(counts.quantity(FYE2022, "south-yorkshire", "Herbal cannabis"), "102");
  }

  @Test
  void surreyQuantities() {
    assertKg(counts.quantity(FYE2022, "surrey", "Cocaine"), "18.3");
    assertKg(counts.quantity(FYE2021, "surrey", "Cocaine"), "4.3");
    assertKg(counts.quantity(FYE2022, "surrey", "Ketamine"), "0.7");
    assertWhole(counts.quantity(FYE2022, "surrey", "Cannabis plants"), 3_648);
    assertKg(counts.quantity(FYE2022, "surrey", "Herbal cannabis"), "287");
  }

  @Test
  void everyCalibrationFigureComesOut() {
    Calibration calibration = Calibration.bundled();
    for (CalibrationFigure figure : calibration.figures()) {
      String what = figure.toString();
      String drug = figure.drug().orElse(null);
      switch (figure.measure()) {
        case CalibrationFigure.SEIZURES -> assertThat(seizures(figure.year(), figure.area())).as(what)
            .isEqualTo(figure.value().intValueExact());
        case CalibrationFigure.QUANTITY -> assertThat(quantity(figure.year(), figure.area(), drug)).as(what)
            .isEqualByComparingTo(figure.value());
        case CalibrationFigure.SEIZURES_SHARE_PERCENT -> assertThat(
                wholePercent(seizures(figure.year(), figure.area()), counts.nationalSeizures(figure.year())))
            .as(what).isEqualTo(figure.value().intValueExact());
        case CalibrationFigure.QUANTITY_SHARE_PERCENT -> assertThat(
                wholePercent(quantity(figure.year(), figure.area(), drug), counts.nationalQuantity(figure.year(), drug)))
            .as(what).isEqualTo(figure.value().intValueExact());
        case CalibrationFigure.SEIZURES_PERCENT_CHANGE -> {
          FinancialYear previous = figure.year().previous();
          int before = drug == null ? counts.nationalSeizures(previous) : counts.nationalSeizures(previous, drug);
          int after = drug == null ? counts.nationalSeizures(figure.year()) : counts.nationalSeizures(figure.year(), drug);
          assertThat(wholePercentChange(before, after)).as(what).isEqualTo(figure.value().intValueExact());
        }
        default -> throw new AssertionError("unknown measure in calibration.csv: " + what);
      }
    }
  }

  @Test
  void realisticShapes() {
    double multiDrug = (double) counts.multiDrugEvents / counts.allEvents;
    assertThat(multiDrug).isBetween(0.02, 0.06);
    assertThat(counts.eventsWithTwoLinesOfOneDrug).isGreaterThan(1_000);
    assertThat(counts.linesWithoutQuantity).isGreaterThan(10_000);
    assertThat(counts.linesInGrams).isGreaterThan(10_000);
    assertThat(counts.linesInTablets).isGreaterThan(100);
    // Many small seizures: most of Thames Valley's cocaine seizures hold a few grams at most.
    assertThat(counts.quantityInSeizuresOfAtLeast(FYE2022, "thames-valley", "Cocaine", new BigDecimal("0.1"), false))
        .isLessThan(new BigDecimal("0.2"));
  }

  @Test
  void datesSpreadOverTheYear() throws IOException {
    List<String> lines = Files.readAllLines(DemoReturns.fileOf(dir, FYE2022, "metropolitan-police"));
    assertThat(lines.get(1)).contains(",2021-22-000001,2021-04-01,");
    assertThat(lines.get(lines.size() - 1)).contains(",2022-03-31,");
  }

  @Test
  void twoRunsWriteIdenticalBytes(@TempDir Path again) throws IOException {
    DemoReturns.standard().writeTo(again);
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path twin = again.resolve(dir.relativize(file));
        assertThat(Files.mismatch(file, twin)).as(file.toString()).isEqualTo(-1L);
      }
    }
    try (Stream<Path> files = Files.walk(again)) {
      assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(summary.files());
    }
  }

  private static int seizures(FinancialYear year, String area) {
    if (area.equals(CalibrationFigure.ENGLAND_AND_WALES)) {
      return counts.nationalSeizures(year);
    }
    if (area.equals(CalibrationFigure.POLICE)) {
      return counts.nationalSeizures(year) - counts.seizures(year, BORDER_FORCE);
    }
    if (ReferenceData.bundled().agencies().byCode(area).isPresent()) {
      return counts.seizures(year, area);
    }
    return regionSeizures(year, area);
  }

  private static BigDecimal quantity(FinancialYear year, String area, String drug) {
    return area.equals(CalibrationFigure.ENGLAND_AND_WALES)
        ? counts.nationalQuantity(year, drug)
        : counts.quantity(year, area, drug);
  }

  private static int regionSeizures(FinancialYear year, String region) {
    List<Agency> forces =
        ReferenceData.bundled().agencies().all().stream()
            .filter(a -> a.region().map(region::equals).orElse(false))
            .toList();
    assertThat(forces).as("forces of " + region).isNotEmpty();
    return forces.stream().mapToInt(a -> counts.seizures(year, a.code())).sum();
  }

  private static int borderForceQuantityShare(FinancialYear year, String drug) {
    assertThat(ReferenceData.bundled().agencies().require(BORDER_FORCE).type()).isEqualTo(AgencyType.BORDER);
    return wholePercent(counts.quantity(year, BORDER_FORCE, drug), counts.nationalQuantity(year, drug));
  }

  /** part / whole x 100, half-up to a whole per cent, as the release prints shares. */
  private static int wholePercent(long part, long whole) {
    return wholePercent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
  }

  private static int wholePercent(BigDecimal part, BigDecimal whole) {
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_UP).intValueExact();
  }

  private static String oneDecimalPercent(long part, long whole) {
    return BigDecimal.valueOf(part)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
        .toPlainString();
  }

  private static int wholePercentChange(long before, long after) {
    return wholePercent(after - before, before);
  }

  private static void assertKg(BigDecimal actual, String expected) {
    assertThat(actual).isEqualByComparingTo(new BigDecimal(expected));
  }

  private static void assertWhole(BigDecimal actual, long expected) {
    assertThat(actual).isEqualByComparingTo(BigDecimal.valueOf(expected));
  }
}
