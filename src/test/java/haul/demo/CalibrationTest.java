package haul.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import haul.reference.Agency;
import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import haul.stats.Note;
import haul.testing.Golden;
import haul.testing.HomeOfficeTables;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The calibration resources say what they are: the derived weights and drug mix match the published
 * tables they come from, and every estimated seizure count follows from its stated method.
 */
class CalibrationTest {

  private static final ReferenceData REFERENCE = ReferenceData.bundled();
  private static final List<Agency> AGENCIES = REFERENCE.agencies().all();
  private static final Calibration CALIBRATION = Calibration.bundled();
  private static final ForceTables TABLES = ForceTables.bundled(REFERENCE);

  @Test
  void forceWeightsAreTheFye2016TablesSeizures() throws IOException {
    Path table = HomeOfficeTables.path("local_resolution/seizures/Seizures15-16.csv");
    Map<String, Long> published = new LinkedHashMap<>();
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(table)) {
      for (NamedCsvRecord r : reader) {
        String name = r.getField(0).strip();
        if (name.isEmpty()) {
          continue;
        }
        String code =
            name.equals("London, City of")
                ? "city-of-london"
                : REFERENCE.agencies().find(name).map(Agency::code).orElseThrow(() -> new AssertionError(name));
        published.put(code, Long.parseLong(r.getField(1)));
      }
    }
    Map<String, NamedCsvRecord> weights = weights();
    long englishForces = 0;
    for (var entry : published.entrySet()) {
      NamedCsvRecord row = weights.get(entry.getKey());
      assertThat(row.getField("fye2016_seizures")).as(entry.getKey()).isEqualTo(entry.getValue().toString());
      assertThat(new BigDecimal(row.getField("weight"))).isEqualByComparingTo(BigDecimal.valueOf(entry.getValue()));
      if (REFERENCE.agencies().require(entry.getKey()).region().isPresent()) {
        englishForces += entry.getValue();
      }
    }
    assertThat(published).hasSize(41);
    assertThat(englishForces).isEqualTo(132_550);
    for (String welsh : List.of("dyfed-powys", "gwent", "north-wales", "south-wales")) {
      assertThat(published).doesNotContainKey(welsh);
      NamedCsvRecord row = weights.get(welsh);
      BigDecimal expected =
          new BigDecimal(row.getField("population"))
              .multiply(BigDecimal.valueOf(englishForces))
              .divide(new BigDecimal("54786300"), 2, RoundingMode.HALF_UP);
      assertThat(new BigDecimal(row.getField("weight"))).as(welsh).isEqualByComparingTo(expected);
      assertThat(row.getField("status")).isEqualTo("estimated");
    }
  }

  @Test
  void drugMixIsTheLatestNationalRow() throws IOException {
    Map<String, String> seizures = lastRow("seizures_EW.csv");
    Map<String, String> quantities = lastRow("quantities_EW.csv");
    assertThat(seizures.get("year")).isEqualTo("2019");
    assertThat(quantities.get("year")).isEqualTo("2019");
    for (MixedDrug mixed : CALIBRATION.mix().drugs()) {
      String name = mixed.drug().name();
      String column = name.equals("Mephedrone") ? "Mephedrone (non-injection)" : name;
      if (!seizures.containsKey(column)) {
        assertThat(mixed.status()).as(name).isEqualTo(FigureStatus.ESTIMATED);
        assertThat(mixed.seizures()).isZero();
        continue;
      }
      assertThat(mixed.seizures()).as(name).isEqualTo(Integer.parseInt(seizures.get(column)));
      if (quantities.containsKey(column)) {
        BigDecimal published = new BigDecimal(quantities.get(column));
        boolean thousands = mixed.drug().unit().map(u -> u.label().equals("doses")).orElse(false);
        assertThat(mixed.quantity()).as(name).get(org.assertj.core.api.InstanceOfAssertFactories.BIG_DECIMAL)
            .isEqualByComparingTo(thousands ? published.movePointRight(3) : published);
        assertThat(mixed.status()).isEqualTo(FigureStatus.PUBLISHED);
      }
    }
  }

  @Test
  void everyEstimatedSeizureCountFollowsItsMethod() {
    Map<String, BigDecimal> fye2016 = new LinkedHashMap<>();
    weights().forEach((code, row) -> fye2016.put(code, new BigDecimal(row.getField("weight"))));
    FinancialYear fye2022 = new FinancialYear(2022);
    int total2022 = CALIBRATION.nationalSeizures(fye2022);
    Map<String, Long> derived2022 = published(fye2022);
    derived2022.put("border-force", percentOf(11, total2022));
    for (var region : List.of(Map.entry("London", 22), Map.entry("East of England", 12), Map.entry("South East", 9))) {
      Predicate<Agency> inRegion = a -> a.region().equals(Optional.of(region.getKey()));
      long regionTotal = percentOf(region.getValue(), total2022);
      assertThat(CALIBRATION.seizures(fye2022, region.getKey())).isEqualTo((int) regionTotal);
      share(derived2022, regionTotal, inRegion, fye2016);
    }
    share(derived2022, total2022, a -> true, fye2016);
    assertMatches(fye2022, derived2022);

    FinancialYear fye2021 = new FinancialYear(2021);
    Map<String, Long> derived2021 = published(fye2021);
    derived2021.put("border-force", BigDecimal.valueOf(13_844 + derived2022.get("border-force"))
        .divide(BigDecimal.valueOf(2), 0, RoundingMode.HALF_UP).longValueExact());
    share(derived2021, CALIBRATION.nationalSeizures(fye2021), a -> true, withOwnTrend(derived2022, fye2022));

    FinancialYear fye2020 = new FinancialYear(2020);
    Map<String, Long> derived2020 = published(fye2020);
    derived2020.put("border-force", 13_844L);
    derived2020.put("thames-valley", (736L + 1_608L + 1) / 2);
    share(derived2020, CALIBRATION.nationalSeizures(fye2020), a -> true, withOwnTrend(derived2021, fye2021));

    FinancialYear fye2019 = new FinancialYear(2019);
    Map<String, Long> derived2019 = published(fye2019);
    share(derived2019, CALIBRATION.nationalSeizures(fye2019), a -> true, withOwnTrend(derived2020, fye2020));

    if (Golden.updating()) {
      rewriteEstimates(Map.of(fye2021, derived2021, fye2020, derived2020, fye2019, derived2019));
      return;
    }
    assertMatches(fye2021, derived2021);
    assertMatches(fye2020, derived2020);
    assertMatches(fye2019, derived2019);
  }

  /** How calibration.csv states the method of a year before 2021/22's estimates. */
  static String trendSource(FinancialYear year) {
    FinancialYear next = year.next();
    FinancialYear table = ForceTables.tableYear(next);
    return String.format(java.util.Locale.UK,
        "\"%,d less %s, shared in proportion to each force's %s figure times its own"
            + " ratio of seizures in %s to %s in the Home Office force tables (force_tables.csv; a Welsh force takes its"
            + " neighbour's, force_proxies.csv), largest remainder\"",
        CALIBRATION.nationalSeizures(year),
        switch (year.endYear()) {
          case 2019 -> "Border Force and Thames Valley (both published)";
          case 2020 -> "Border Force and Thames Valley (both estimated)";
          default -> "Border Force and the seven published forces";
        },
        next.label(),
        table.previous().label(), table.label());
  }

  private static void rewriteEstimates(Map<FinancialYear, Map<String, Long>> derived) {
    Path file = Path.of("src/main/resources/haul/demo/calibration.csv");
    try {
      List<String> lines = new ArrayList<>();
      for (String line : java.nio.file.Files.readAllLines(file)) {
        String[] f = line.split(",", 8);
        if (f.length == 8 && f[2].equals(CalibrationFigure.SEIZURES) && f[6].equals("estimated")
            && REFERENCE.agencies().byCode(f[1]).isPresent() && !f[1].equals("border-force")
            && !(f[0].equals("2019/20") && f[1].equals("thames-valley"))) {
          FinancialYear year = FinancialYear.parse(f[0]);
          if (derived.containsKey(year)) {
            line = String.join(",", f[0], f[1], f[2], f[3], derived.get(year).get(f[1]).toString(), f[5], f[6], trendSource(year));
          }
        }
        lines.add(line);
      }
      java.nio.file.Files.write(file, lines);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Each agency's count times its own ratio of seizures in the table years the year before reads. */
  private static Map<String, BigDecimal> withOwnTrend(Map<String, Long> counts, FinancialYear year) {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    counts.forEach((code, n) -> weights.put(code, BigDecimal.valueOf(n).multiply(TABLES.seizureRatio(code, year))));
    return weights;
  }

  @Test
  void everyYearBeforeStatesTheTrendMethod() {
    for (CalibrationFigure f : CALIBRATION.figures()) {
      if (f.measure().equals(CalibrationFigure.SEIZURES) && f.status() == FigureStatus.ESTIMATED
          && f.year().endYear() < 2022 && REFERENCE.agencies().byCode(f.area()).isPresent()
          && !f.area().equals("border-force") && !(f.year().endYear() == 2020 && f.area().equals("thames-valley"))) {
        assertThat("\"" + f.source() + "\"").as(f.area() + " " + f.year()).isEqualTo(trendSource(f.year()));
      }
    }
  }

  @Test
  void figuresSayWhetherTheyArePublished() {
    assertThat(CALIBRATION.figures()).allSatisfy(f -> assertThat(f.source()).isNotBlank());
    long publishedCounts =
        CALIBRATION.figures().stream()
            .filter(f -> f.measure().equals(CalibrationFigure.SEIZURES) && f.status() == FigureStatus.PUBLISHED)
            .count();
    // England and Wales in four years, seven forces in two, Thames Valley FYE2019, Border Force FYE2019.
    assertThat(publishedCounts).isEqualTo(4 + 14 + 1 + 1);
    assertThat(CALIBRATION.years())
        .containsExactly(new FinancialYear(2019), new FinancialYear(2020), new FinancialYear(2021), new FinancialYear(2022));
  }

  @Test
  void notesAreTheFactsOfTheReferenceFigures() {
    List<Note> notes = DemoNotes.bundled();
    assertThat(notes).allSatisfy(n -> n.agencyCode().ifPresent(REFERENCE.agencies()::require));
    assertThat(notes.stream().filter(n -> n.agencyCode().isEmpty()).map(n -> n.year().label()))
        .containsExactly("2020/21", "2021/22");
    assertThat(notes.stream().filter(n -> n.agencyCode().equals(Optional.of("thames-valley"))).map(Note::year))
        .containsExactlyElementsOf(CALIBRATION.years());
    assertThat(notes.get(notes.size() - 1).text()).contains("1,608 in the year to March 2021");
    // the published first edition's 223,106 is not true of the demo, which holds only the revised figures
    assertThat(notes).noneMatch(n -> n.text().contains("223,106"));
  }

  @Test
  void notesAreWrittenInTheNotesFormat(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path file = DemoNotes.writeTo(dir.resolve("notes.csv"));
    List<String> lines = java.nio.file.Files.readAllLines(file);
    assertThat(lines.get(0)).isEqualTo("financial_year,agency_code,text,story_text");
    assertThat(lines).contains("2021/22,,Imputation was used for about 7% of seizures in this year's figures.,"
        + "\"Some seizures in these figures were estimated rather than counted, the statistical release says.\"");
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
      assertThat(reader.stream().map(r -> new Note(FinancialYear.parse(r.getField("financial_year")),
              Optional.of(r.getField("agency_code")).filter(c -> !c.isEmpty()), r.getField("text"),
              Optional.of(r.getField("story_text")).filter(t -> !t.isEmpty()))).toList())
          .isEqualTo(DemoNotes.bundled());
    }
  }

  @Test
  void releaseCalendarGivesEveryYearItsFirstEdition() {
    ReleaseCalendar calendar = ReleaseCalendar.bundled();
    assertThat(calendar.firstEdition(new FinancialYear(2022)).publishedAt())
        .isEqualTo(ZonedDateTime.parse("2023-04-20T09:30+01:00[Europe/London]"));
    assertThat(calendar.firstEdition(new FinancialYear(2021)).publishedAt())
        .isEqualTo(ZonedDateTime.parse("2022-02-03T09:30Z[Europe/London]"));
    assertThat(calendar.edition(new FinancialYear(2022), 2).orElseThrow().publishedAt().toLocalDate())
        .hasToString("2023-07-05");
    for (FinancialYear year : CALIBRATION.years()) {
      assertThat(calendar.firstEdition(year).publishedAt().toLocalDate()).isAfter(year.lastDay());
    }
  }

  private static Map<String, NamedCsvRecord> weights() {
    Map<String, NamedCsvRecord> weights = new LinkedHashMap<>();
    DemoTable.load("force_weights.csv").forEach(r -> weights.put(r.getField("agency_code"), r));
    assertThat(weights.keySet()).containsExactlyElementsOf(AGENCIES.stream().map(Agency::code).toList());
    return weights;
  }

  private static Map<String, String> lastRow(String file) throws IOException {
    Path path = HomeOfficeTables.path("national_resolution/" + file);
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(path)) {
      List<NamedCsvRecord> rows = reader.stream().toList();
      NamedCsvRecord last = rows.get(rows.size() - 1);
      Map<String, String> row = new LinkedHashMap<>();
      last.getHeader().forEach(h -> row.put(h.replace("\uFEFF", ""), last.getField(h)));
      return row;
    }
  }

  /** The year's published agency counts, as calibration.csv marks them. */
  private static Map<String, Long> published(FinancialYear year) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (CalibrationFigure f : CALIBRATION.figures()) {
      if (f.year().equals(year) && f.measure().equals(CalibrationFigure.SEIZURES)
          && f.status() == FigureStatus.PUBLISHED && REFERENCE.agencies().byCode(f.area()).isPresent()) {
        counts.put(f.area(), f.value().longValueExact());
      }
    }
    return counts;
  }

  private static long percentOf(int percent, long total) {
    return BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(percent))
        .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
  }

  /**
   * Shares what {@code total} leaves after the agencies already counted among those not yet counted
   * (of the chosen group), by weight, largest remainder.
   */
  private static void share(Map<String, Long> counts, long total, Predicate<Agency> group, Map<String, BigDecimal> weights) {
    List<Agency> members = AGENCIES.stream().filter(group).toList();
    long taken = members.stream().filter(a -> counts.containsKey(a.code())).mapToLong(a -> counts.get(a.code())).sum();
    List<Agency> open = new ArrayList<>(members.stream().filter(a -> !counts.containsKey(a.code())).toList());
    long[] parts =
        Apportion.byDecimalWeights(total - taken, open.stream().map(a -> weights.get(a.code())).toArray(BigDecimal[]::new));
    for (int i = 0; i < open.size(); i++) {
      counts.put(open.get(i).code(), parts[i]);
    }
  }

  private static void assertMatches(FinancialYear year, Map<String, Long> derived) {
    assertThat(derived).hasSize(AGENCIES.size());
    for (Agency agency : AGENCIES) {
      assertThat((long) CALIBRATION.seizures(year, agency.code())).as(agency.code() + " " + year)
          .isEqualTo(derived.get(agency.code()));
    }
  }
}
