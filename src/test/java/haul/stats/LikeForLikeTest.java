package haul.stats;

import static org.assertj.core.api.Assertions.assertThat;

import haul.ingest.tables.PublishedLocalTables;
import haul.ingest.tables.PublishedLocalTables.Cell;
import haul.ingest.tables.PublishedLocalTables.Table;
import haul.ingest.tables.TableImporter;
import haul.reference.Agency;
import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import haul.store.Store;
import haul.store.StoreKind;
import haul.store.TestStores;
import haul.testing.HomeOfficeTables;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every real table loaded (fourteen files, 2009/10 to 2015/16), and the national change of
 * 2015/16 against 2014/15 checked against the files themselves, read by {@link
 * PublishedLocalTables} (not by haul's rules): 2014/15 has no rows for Bedfordshire or Hampshire,
 * so the England and Wales change is computed over the agencies with a row in both files. Runs
 * against a DuckDB store and a PostgreSQL store.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class LikeForLikeTest {

  @Parameter StoreKind kind;
  @RegisterExtension static final TestStores STORES = TestStores.perClass();
  private static Store store;
  private static Release release;

  @BeforeParameterizedClassInvocation
  static void loadEveryRealTable(StoreKind kind) {
    store = STORES.open(kind);
    TableImporter importer = new TableImporter(store, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    for (String file : PublishedLocalTables.FILES) {
      assertThat(importer.importFile(HomeOfficeTables.path(PublishedLocalTables.LOCAL + file), Optional.empty(),
          Optional.empty(), false).errors()).as(file).isEmpty();
    }
    release = new Statistics(store).release(FinancialYear.parse("2015/16"));
  }

  @AfterParameterizedClassInvocation
  static void close() {
    store.close();
  }

  /** Each agency's All drugs seizures in a file, as a person reads it; agencies without a row are absent. */
  private static Map<String, Long> allDrugs(String file) throws IOException {
    return figures(file, "total", "All drugs");
  }

  /** Each agency's figure of an item in a file; agencies without a row, or with a blank cell, are absent. */
  private static Map<String, Long> figures(String file, String itemKind, String item) throws IOException {
    Table table = PublishedLocalTables.read(file);
    Map<String, Long> seizures = new TreeMap<>();
    for (Cell cell : table.cells()) {
      if (cell.itemKind().equals(itemKind) && cell.item().equals(item) && !cell.value().equals("not available")) {
        seizures.put(cell.agencyCode(), new BigDecimal(cell.value()).longValueExact());
      }
    }
    return seizures;
  }

  private static Area region(String slug) {
    return release.current().stream().map(AreaYear::area)
        .filter(a -> a.type() == AreaType.REGION && a.code().equals(slug)).findFirst().orElseThrow();
  }

  @Test
  void theNationalChangeOf2015To16IsComputedOverTheAgenciesInBothYearsFiles() throws IOException {
    Map<String, Long> now = allDrugs("seizures/Seizures15-16.csv");
    Map<String, Long> before = allDrugs("seizures/Seizures14-15.csv");
    Set<String> both = now.keySet().stream().filter(before::containsKey).collect(Collectors.toSet());
    long nowOverBoth = both.stream().mapToLong(now::get).sum();
    long beforeOverBoth = both.stream().mapToLong(before::get).sum();

    Comparison national = release.comparison("england-and-wales").orElseThrow();
    assertThat(national.compared()).containsExactlyInAnyOrderElementsOf(both);
    assertThat(national.likeForLike()).isEqualTo(new Change(Count.of(nowOverBoth), Count.of(beforeOverBoth)));
    // The raw totals stay as published: each year's sum of the agencies with figures.
    assertThat(national.raw()).isEqualTo(new Change(
        Count.of(now.values().stream().mapToLong(Long::longValue).sum()),
        Count.of(before.values().stream().mapToLong(Long::longValue).sum())));
    assertThat(release.seizuresChange("england-and-wales")).isEqualTo(national.raw());
    assertThat(national.coverageDiffers()).isTrue();
    assertThat(national.leftOutWithoutPrevious()).containsExactlyInAnyOrderElementsOf(
        now.keySet().stream().filter(a -> !before.containsKey(a)).toList());
    assertThat(national.leftOutWithoutCurrent()).containsExactlyInAnyOrderElementsOf(
        before.keySet().stream().filter(a -> !now.containsKey(a)).toList());
    assertThat(national.withoutCurrent()).containsExactlyInAnyOrderElementsOf(
        ReferenceData.bundled().agencies().all().stream().map(Agency::code).filter(a -> !now.containsKey(a)).toList());
  }

  @Test
  void theYearsNoteNamesTheAgenciesWithoutFiguresAndThoseLeftOutOfTheComparison() {
    Comparison national = release.comparison("england-and-wales").orElseThrow();
    assertThat(national.leftOutWithoutPrevious()).containsExactly("bedfordshire", "hampshire");
    assertThat(national.withoutCurrent()).containsExactly("dyfed-powys", "gwent", "north-wales", "south-wales");
    assertThat(release.notes()).filteredOn(n -> n.agencyCode().isEmpty()).extracting(Note::text).containsExactly(
        "Totals for 2015/16 are the sum of the agencies with figures; without figures: Dyfed-Powys Police, Gwent Police,"
            + " North Wales Police and South Wales Police. Changes from 2014/15 in the totals are computed over the "
            + national.compared().size() + " agencies with figures in both years, leaving out Bedfordshire Police and"
            + " Hampshire Constabulary (no figures for 2014/15).");
  }

  @Test
  void aRegionLackingAForceInOneYearIsComparedOverItsOtherForces() throws IOException {
    Map<String, Long> now = allDrugs("seizures/Seizures15-16.csv");
    Map<String, Long> before = allDrugs("seizures/Seizures14-15.csv");
    Comparison east = release.comparison(region("east-of-england")).orElseThrow();
    assertThat(east.leftOut()).containsExactly("bedfordshire");
    List<String> compared = east.compared();
    assertThat(compared).doesNotContain("bedfordshire").isNotEmpty();
    assertThat(east.likeForLike()).isEqualTo(new Change(
        Count.of(compared.stream().mapToLong(now::get).sum()), Count.of(compared.stream().mapToLong(before::get).sum())));
    // A region whose forces are the same in both years: like for like is the raw change.
    Comparison northEast = release.comparison(region("north-east")).orElseThrow();
    assertThat(northEast.coverageDiffers()).isFalse();
    assertThat(northEast.likeForLike()).isEqualTo(northEast.raw());
    // "west-midlands" is a force and a region: each is compared as itself.
    Comparison westMidlands = release.comparison(region("west-midlands")).orElseThrow();
    assertThat(westMidlands.members()).hasSize(4).contains("west-midlands", "staffordshire");
    assertThat(release.comparison("west-midlands").orElseThrow().members()).containsExactly("west-midlands");
    // Any figure of the agencies, compared the same way: cocaine seizures nationally.
    Change cocaine = release.likeForLike(Area.ENGLAND_AND_WALES,
        a -> a.drug("Cocaine").map(DrugFigures::seizures).orElse(Count.notAvailable())).orElseThrow();
    Map<String, Long> cocaineNow = figures("seizures/Seizures15-16.csv", "drug", "Cocaine");
    Map<String, Long> cocaineBefore = figures("seizures/Seizures14-15.csv", "drug", "Cocaine");
    List<String> bothYears = cocaineNow.keySet().stream().filter(cocaineBefore::containsKey).toList();
    assertThat(bothYears).hasSizeLessThan(cocaineNow.size());
    assertThat(cocaine).isEqualTo(new Change(Count.of(bothYears.stream().mapToLong(cocaineNow::get).sum()),
        Count.of(bothYears.stream().mapToLong(cocaineBefore::get).sum())));
  }
}
