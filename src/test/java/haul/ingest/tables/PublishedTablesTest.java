package haul.ingest.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import haul.reference.ReferenceData;
import haul.store.Store;
import haul.store.StoreKind;
import haul.store.TablesCell;
import haul.store.TablesRepository;
import haul.store.TestStores;
import haul.testing.HomeOfficeTables;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fourteen published local tables (2009/10 to 2015/16, seizures and quantities) loaded into
 * one store with import-tables, and checked cell by cell against the files as
 * {@link PublishedLocalTables} reads them, independently of haul's mapping rules. Runs against a
 * DuckDB store and a PostgreSQL store.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class PublishedTablesTest {

  @Parameter StoreKind kind;
  @RegisterExtension static final TestStores STORES = TestStores.perClass();
  private static Store store;
  private static TablesRepository repository;
  private static final Map<String, TablesImportReport> REPORTS = new LinkedHashMap<>();

  @BeforeParameterizedClassInvocation
  static void loadAll(StoreKind kind) {
    HomeOfficeTables.path(PublishedLocalTables.LOCAL);
    REPORTS.clear();
    store = STORES.open(kind);
    repository = new TablesRepository(store);
    TableImporter importer = new TableImporter(store, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    for (String file : PublishedLocalTables.FILES) {
      REPORTS.put(file, importer.importFile(HomeOfficeTables.path(PublishedLocalTables.LOCAL + file), Optional.empty(), Optional.empty(), false));
    }
  }

  @AfterParameterizedClassInvocation
  static void close() {
    if (store != null) {
      store.close();
      store = null;
    }
  }

  static List<String> files() {
    return PublishedLocalTables.FILES;
  }

  @ParameterizedTest
  @MethodSource("files")
  void theStoreGivesBackEveryCellOfTheFileExactly(String file) throws IOException {
    PublishedLocalTables.Table expected = PublishedLocalTables.read(file);
    assertThat(REPORTS.get(file).errors()).isEmpty();
    List<TablesCell> stored = repository.figures(expected.yearEnd(), expected.measure());
    Set<PublishedLocalTables.Cell> actual = new HashSet<>();
    for (TablesCell c : stored) {
      actual.add(PublishedLocalTables.Cell.of(c.agencyCode(), c.itemKind(), c.item(), c.value().orElse(null)));
    }
    assertThat(stored).hasSize(expected.cells().size());
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected.cells());
    // Each agency's "All drugs" is the file's, one by one (seizures tables only have it).
    if (expected.measure().equals("seizures")) {
      assertThat(actual).filteredOn(c -> c.item().equals("All drugs")).hasSize(41);
    }
  }

  @Test
  void everyFileLoadsWithTheWelshForcesMissingAndTwoInconsistentRowsOf2015To16() {
    assertThat(REPORTS).hasSize(14);
    for (Map.Entry<String, TablesImportReport> report : REPORTS.entrySet()) {
      assertThat(report.getValue().loaded()).as(report.getKey()).isTrue();
      assertThat(report.getValue().agencies()).as(report.getKey()).isEqualTo(41);
      assertThat(report.getValue().warnings()).as(report.getKey()).first().satisfies(w -> {
        assertThat(w.code()).isEqualTo(TableIssueCode.AGENCY_MISSING);
        assertThat(w.message()).startsWith(
            "no row for 4 agencies: Dyfed-Powys Police, Gwent Police, North Wales Police, South Wales Police;");
      });
    }
    // As published: Leicestershire's All drugs (1,069) is below its class B total (1,180), and
    // Essex's class C total (16) exceeds its class C columns together (14).
    assertThat(REPORTS.get("seizures/Seizures15-16.csv").warnings())
        .extracting(TableIssue::code, TableIssue::row, TableIssue::column)
        .containsExactly(
            tuple(TableIssueCode.AGENCY_MISSING, 0L, ""),
            tuple(TableIssueCode.TOTAL_BELOW_ITEM, 16L, "All drugs, Total Class C [read as class B]"),
            tuple(TableIssueCode.CLASS_ABOVE_SUM, 26L, "Total Class C"));
    REPORTS.forEach((file, report) -> {
      if (!file.equals("seizures/Seizures15-16.csv")) {
        assertThat(report.warnings()).as(file).hasSize(1);
      }
    });
  }

  @Test
  void blankAgenciesAreNotAvailableNotZero() {
    // Hampshire sent nothing for 2012/13; Bedfordshire and Hampshire nothing for 2014/15.
    assertThat(repository.figure(2013, "seizures", "hampshire", "total", "All drugs")).contains(Optional.empty());
    assertThat(repository.figure(2015, "seizures", "bedfordshire", "total", "All drugs")).contains(Optional.empty());
    assertThat(repository.figure(2015, "quantities", "hampshire", "drug", "Cocaine")).contains(Optional.empty());
    assertThat(repository.figure(2015, "seizures", "kent", "total", "All drugs")).hasValueSatisfying(
        v -> assertThat(v).isPresent());
    // Welsh forces are absent, not blank: no cell at all.
    assertThat(repository.figure(2015, "seizures", "gwent", "total", "All drugs")).isEmpty();
  }

  private static boolean inLocal(PublishedLocalTables.Table expected, TableItem item) {
    return expected.has(item);
  }

  private static BigDecimal sumOverAgencies(int yearEnd, String measure, TableItem item) {
    return repository.figures(yearEnd, measure).stream()
        .filter(c -> c.itemKind().equals(item.kind().label()) && c.item().equals(item.name()))
        .map(c -> c.value().orElse(BigDecimal.ZERO))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void theAgenciesSumToTheFilesOwnSumAndFallShortOfTheNationalSeriesByTheWelshForces() throws IOException {
    org.assertj.core.api.SoftAssertions softly = new org.assertj.core.api.SoftAssertions();
    Map<Integer, Map<TableItem, BigDecimal>> national = PublishedLocalTables.national("seizures_EW.csv");
    for (int yearEnd = 2010; yearEnd <= 2016; yearEnd++) {
      String file = String.format("seizures/Seizures%02d-%02d.csv", yearEnd - 2001, yearEnd - 2000);
      PublishedLocalTables.Table expected = PublishedLocalTables.read(file);
      BigDecimal fileSum = expected.cells().stream()
          .filter(c -> c.item().equals("All drugs") && !c.value().equals("not available"))
          .map(c -> new BigDecimal(c.value()))
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal local = sumOverAgencies(yearEnd, "seizures", TableItem.ALL_DRUGS);
      assertThat(local).as("%d: the agencies sum to the file's own sum", yearEnd).isEqualByComparingTo(fileSum);

      // The national series counts England and Wales; the local tables have no Welsh force, and
      // Hampshire (2012/13) and Bedfordshire and Hampshire (2014/15) are blank. So every national
      // figure is at least the local sum, and the gap is a few per cent of the total.
      Map<TableItem, BigDecimal> ew = national.get(yearEnd);
      BigDecimal gap = ew.get(TableItem.ALL_DRUGS).subtract(local);
      assertThat(gap).as("%d: national minus local", yearEnd).isPositive();
      BigDecimal share = gap.multiply(BigDecimal.valueOf(100)).divide(ew.get(TableItem.ALL_DRUGS), 1, java.math.RoundingMode.HALF_UP);
      assertThat(share).as("%d: share of the national total not in the local tables", yearEnd)
          .isBetween(new BigDecimal("5.0"), new BigDecimal("10.0"));
      // The national series is on today's footing: ketamine in class B and mephedrone in its own
      // column in every year. The local tables count ketamine in class C while it was (to 9 June
      // 2014) and, without a mephedrone column, mephedrone in Other Class B. Compared on one footing:
      Map<TableItem, BigDecimal> comparable = new LinkedHashMap<>(ew);
      if (!inLocal(expected, PublishedLocalTables.drug("Mephedrone"))) {
        comparable.merge(PublishedLocalTables.drug("Other Class B"), ew.get(PublishedLocalTables.drug("Mephedrone")), BigDecimal::add);
      }
      if (ReferenceData.bundled().drugs().classOn("Ketamine", java.time.LocalDate.of(yearEnd - 1, 4, 1))
          .filter(haul.reference.DrugClass.C::equals).isPresent()) {
        comparable.merge(PublishedLocalTables.ofClass("C"), ew.get(PublishedLocalTables.drug("Ketamine")), BigDecimal::add);
      }
      for (Map.Entry<TableItem, BigDecimal> item : comparable.entrySet()) {
        if (inLocal(expected, item.getKey())) {
          softly.assertThat(sumOverAgencies(yearEnd, "seizures", item.getKey()))
              .as("%d %s: local sum within the national figure", yearEnd, item.getKey())
              .isLessThanOrEqualTo(item.getValue());
        }
      }
    }
    softly.assertAll();
  }
}
