package haul.ingest.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import haul.stats.Statistics;
import haul.stats.Release;
import haul.stats.Count;
import haul.reference.Agency;
import haul.reference.FinancialYear;
import haul.store.Store;
import haul.store.StoreKind;
import haul.store.TablesFixtures;
import haul.store.TablesImport;
import haul.store.TablesRepository;
import haul.store.TestStores;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs against a DuckDB store and a PostgreSQL store. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class TableImporterTest {

  @Parameter StoreKind kind;
  @RegisterExtension final TestStores stores = TestStores.perTest();
  @TempDir Path dir;
  private Store store;
  private TableImporter importer;
  private TablesRepository repository;

  @BeforeEach
  void open() {
    store = stores.open(kind);
    importer = new TableImporter(store, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    repository = new TablesRepository(store);
  }

  private Path table(String folder, String name, String content) throws IOException {
    Path sub = Files.createDirectories(dir.resolve(folder));
    return Files.writeString(sub.resolve(name), content);
  }

  private TablesImportReport load(Path file, boolean replace) {
    return importer.importFile(file, Optional.empty(), Optional.empty(), replace);
  }

  private Optional<Optional<BigDecimal>> kentTotal() {
    return repository.figure(2016, "seizures", "kent", "total", "All drugs");
  }

  @Test
  void loadsEveryCellAndLogsTheImport() throws IOException {
    TablesImportReport report = load(table("a", "Seizures15-16.csv", "Police force,All drugs,Cocaine\nKent,10,4\nEssex,,1\n"), false);
    assertThat(report.loaded()).isTrue();
    assertThat(report.year()).contains("2015/16");
    assertThat(report.measure()).contains("seizures");
    assertThat(report.cells()).isEqualTo(4);
    assertThat(report.blanks()).isEqualTo(1);
    assertThat(kentTotal()).contains(Optional.of(new BigDecimal("10.000000000")));
    assertThat(repository.figure(2016, "seizures", "essex", "total", "All drugs")).contains(Optional.empty());
    assertThat(repository.imports()).singleElement().satisfies(i -> {
      assertThat(i.fileName()).isEqualTo("Seizures15-16.csv");
      assertThat(i.rowsRead()).isEqualTo(2);
      assertThat(i.accepted()).isEqualTo(2);
      assertThat(i.revised()).isZero();
      assertThat(i.detail()).isEqualTo("seizures 2015/16");
      assertThat(i.sha256()).hasSize(64);
    });
  }

  @Test
  void aYearAndMeasureAlreadyHeldIsRefusedUnlessReplacedAndTheLogSaysWhatReplacedWhat() throws IOException {
    load(table("a", "Seizures15-16.csv", "Police force,All drugs\nKent,10\nEssex,5\n"), false);
    Path revised = table("b", "Seizures15-16.csv", "Police force,All drugs\nKent,12\n");

    TablesImportReport refused = load(revised, false);
    assertThat(refused.loaded()).isFalse();
    assertThat(refused.errors()).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo(TableIssueCode.ALREADY_HELD);
      assertThat(e.describe()).isEqualTo("Seizures15-16.csv: seizures for 2015/16 are already held from import 1"
          + " (Seizures15-16.csv): give --replace to replace them");
    });
    assertThat(kentTotal()).contains(Optional.of(new BigDecimal("10.000000000")));
    assertThat(repository.imports()).hasSize(1);

    TablesImportReport replaced = load(revised, true);
    assertThat(replaced.loaded()).isTrue();
    assertThat(replaced.revised()).isEqualTo(2);
    assertThat(replaced.replaced()).contains("replaced import 1 (Seizures15-16.csv)");
    assertThat(kentTotal()).contains(Optional.of(new BigDecimal("12.000000000")));
    assertThat(repository.figure(2016, "seizures", "essex", "total", "All drugs")).isEmpty();
    assertThat(repository.imports()).extracting(TablesImport::detail)
        .containsExactly("seizures 2015/16", "seizures 2015/16; replaced import 1 (Seizures15-16.csv)");
  }

  @Test
  void theOtherMeasureOfTheSameYearIsNotAConflict() throws IOException {
    load(table("a", "Seizures15-16.csv", "Police force,All drugs\nKent,10\n"), false);
    TablesImportReport quantities = load(table("a", "Quantities15-16.csv", "Police Force,Cocaine\nKent,1.5\n"), false);
    assertThat(quantities.loaded()).isTrue();
    assertThat(repository.figure(2016, "quantities", "kent", "drug", "Cocaine"))
        .contains(Optional.of(new BigDecimal("1.500000000")));
  }

  @Test
  void aYearHeldFromReturnsIsRefusedAndReplacingDeletesThatYearsReturnsOnly() throws IOException {
    TablesFixtures.insertReturnSeizure(store, "kent", "K1", LocalDate.of(2016, 1, 10), "Cocaine");
    TablesFixtures.insertReturnSeizure(store, "kent", "K2", LocalDate.of(2015, 4, 1), "Heroin");
    TablesFixtures.insertReturnSeizure(store, "kent", "K3", LocalDate.of(2015, 3, 31), "Heroin");
    Path file = table("a", "Seizures15-16.csv", "Police force,All drugs\nKent,10\n");

    TablesImportReport refused = load(file, false);
    assertThat(refused.errors()).extracting(TableIssue::code).containsExactly(TableIssueCode.HELD_FROM_RETURNS);
    assertThat(refused.errors().get(0).message()).startsWith("2015/16 is held from returns (2 seizures)");
    assertThat(kentTotal()).isEmpty();
    assertThat(TablesFixtures.returnsSeizures(store, 2016)).isEqualTo(2);

    TablesImportReport replaced = load(file, true);
    assertThat(replaced.loaded()).isTrue();
    assertThat(replaced.replaced()).contains("replaced the returns of 2015/16: deleted 2 seizures and 2 drug lines");
    assertThat(TablesFixtures.returnsSeizures(store, 2016)).isZero();
    assertThat(TablesFixtures.returnsSeizures(store, 2015)).isEqualTo(1);
    assertThat(TablesFixtures.drugLines(store)).isEqualTo(1);
    assertThat(kentTotal()).contains(Optional.of(new BigDecimal("10.000000000")));
  }

  @Test
  void aRefusedFileChangesNothing() throws IOException {
    TablesImportReport report = load(table("a", "Seizures15-16.csv", "Police force,All drugs,Colour\nKent,10,3\n"), false);
    assertThat(report.loaded()).isFalse();
    assertThat(report.errors()).extracting(TableIssue::describe)
        .containsExactly("Seizures15-16.csv:1: Colour: 'Colour' is not a column haul knows: if it is one, give --mapping FILE,"
            + " a CSV file with the columns of table-mapping.csv (kind,match,target_kind,target) and the line"
            + " header,Colour,drug,DRUG_NAME");
    assertThat(repository.imports()).isEmpty();
    assertThat(repository.figures(2016, "seizures")).isEmpty();
  }

  @Test
  void yearAndMeasureComeFromTheOptionsOrTheFileNameAndMustAgree() throws IOException {
    Path unnamed = table("a", "table.csv", "Police force,All drugs\nKent,10\n");
    assertThat(load(unnamed, false).errors()).extracting(TableIssue::code)
        .containsExactly(TableIssueCode.YEAR_UNKNOWN, TableIssueCode.MEASURE_UNKNOWN);
    TablesImportReport given = importer.importFile(unnamed, Optional.of(FinancialYear.parse("2015/16")),
        Optional.of(TableMeasure.SEIZURES), false);
    assertThat(given.loaded()).isTrue();
    Path named = table("b", "Quantities14-15.csv", "Police Force,Cocaine\nKent,1\n");
    assertThat(importer.importFile(named, Optional.of(FinancialYear.parse("2015/16")), Optional.of(TableMeasure.SEIZURES), false)
        .errors()).extracting(TableIssue::code)
        .containsExactly(TableIssueCode.YEAR_CONFLICT, TableIssueCode.MEASURE_CONFLICT);
  }

  @Test
  void aCellTooLargeForTheStoreIsRefusedWithItsRowAndColumn() throws IOException {
    TablesImportReport seizures = load(table("a", "Seizures15-16.csv",
        "Police force,All drugs,Cocaine\nEssex,5,1\nKent,99999999999999999999999999,3\n"), false);
    assertThat(seizures.loaded()).isFalse();
    assertThat(seizures.errors()).extracting(TableIssue::describe).containsExactly(
        "Seizures15-16.csv:3: All drugs: '99999999999999999999999999' is more than haul can store"
            + " (at most 999,999,999,999,999 seizures in one cell)");
    // Thousands of doses become doses: the bound is on what would be stored.
    TablesImportReport quantities = load(table("a", "Quantities15-16.csv",
        "Police Force,Ecstasy,Cocaine\nKent,2000000000000000000000,1\n"), false);
    assertThat(quantities.errors()).extracting(TableIssue::code, TableIssue::row, TableIssue::column)
        .containsExactly(tuple(TableIssueCode.VALUE_TOO_LARGE, 2L, "Ecstasy"));
    assertThat(repository.imports()).isEmpty();
    assertThat(repository.figures(2016, "seizures")).isEmpty();
  }

  @Test
  void theLargestCellsTheStoreTakesAddUpForEveryAgencyAndTheStatisticsRead() throws IOException {
    StringBuilder seizures = new StringBuilder("Police force,All drugs,Cocaine\n");
    StringBuilder quantities = new StringBuilder("Police Force,Cocaine,Ecstasy\n");
    for (Agency agency : store.reference().agencies().all()) {
      seizures.append(agency.code()).append(",999999999999999,999999999999999\n");
      quantities.append(agency.code()).append(",999999999999999999999999,999999999999999999999\n");
    }
    assertThat(load(table("a", "Seizures15-16.csv", seizures.toString()), false).errors()).isEmpty();
    assertThat(load(table("a", "Quantities15-16.csv", quantities.toString()), false).errors()).isEmpty();
    Release release = new Statistics(store).release(FinancialYear.parse("2015/16"));
    long agencies = store.reference().agencies().all().size();
    assertThat(release.current("england-and-wales").orElseThrow().seizures()).isEqualTo(Count.of(999_999_999_999_999L * agencies));
    assertThat(release.current("england-and-wales").orElseThrow().drug("Ecstasy").orElseThrow().quantity().orElseThrow().value())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(
            new BigDecimal("999999999999999999999000").multiply(BigDecimal.valueOf(agencies))));
  }
}
