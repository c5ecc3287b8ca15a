package haul.ingest.tables;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import haul.publish.Publisher;
import haul.reference.FinancialYear;
import haul.store.Store;
import haul.testing.HomeOfficeTables;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fourteen published local tables loaded with import-tables and published by haul (the
 * 2015/16 edition covers every year held): haul's own published tables give back each agency's
 * "All drugs", each drug's count and each quantity of every file, blanks as not available.
 */
class PublishedTablesRoundTripTest {

  @TempDir static Path dir;
  private static final Map<String, NamedCsvRecord> BY_AGENCY = new HashMap<>();
  private static final Map<String, NamedCsvRecord> AGENCY_DRUG = new HashMap<>();

  @BeforeAll
  static void loadAndPublish() throws IOException {
    HomeOfficeTables.path(PublishedLocalTables.LOCAL);
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    Path out = dir.resolve("out");
    try (Store store = Store.open(dir.resolve("haul.duckdb").toString())) {
      TableImporter importer = new TableImporter(store, clock);
      for (String file : PublishedLocalTables.FILES) {
        assertThat(importer.importFile(HomeOfficeTables.path(PublishedLocalTables.LOCAL + file), Optional.empty(),
            Optional.empty(), false).errors()).as(file).isEmpty();
      }
      new Publisher(store, clock).publish(new FinancialYear(2016), Optional.empty(), Optional.of(out));
    }
    for (NamedCsvRecord row : rows(out.resolve("tables/seizures_by_agency.csv"))) {
      BY_AGENCY.put(row.getField("financial_year") + "|" + row.getField("agency_code"), row);
    }
    for (NamedCsvRecord row : rows(out.resolve("tables/agency_drug.csv"))) {
      AGENCY_DRUG.put(row.getField("financial_year") + "|" + row.getField("agency_code") + "|" + row.getField("drug"), row);
    }
  }

  private static List<NamedCsvRecord> rows(Path file) throws IOException {
    List<NamedCsvRecord> rows = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
      reader.forEach(rows::add);
    }
    return rows;
  }

  static List<String> files() {
    return PublishedLocalTables.FILES;
  }

  @ParameterizedTest
  @MethodSource("files")
  void thePublishedTablesGiveBackEveryFigureOfTheFile(String file) throws IOException {
    PublishedLocalTables.Table table = PublishedLocalTables.read(file);
    String year = new FinancialYear(table.yearEnd()).label();
    int checked = 0;
    for (PublishedLocalTables.Cell cell : table.cells()) {
      String published;
      NamedCsvRecord row;
      if (cell.itemKind().equals("total")) {
        row = BY_AGENCY.get(year + "|" + cell.agencyCode());
        published = row.getField("seizures");
      } else if (cell.itemKind().equals("drug") || cell.itemKind().equals("group")) {
        row = AGENCY_DRUG.get(year + "|" + cell.agencyCode() + "|" + cell.item());
        assertThat(row).as("%s %s %s", year, cell.agencyCode(), cell.item()).isNotNull();
        published = row.getField(table.measure().equals("seizures") ? "seizures" : "quantity");
      } else {
        continue; // class counts are published nationally only (seizures_by_class.csv)
      }
      String what = year + " " + cell.agencyCode() + " " + cell.item();
      if (cell.value().equals("not available")) {
        assertThat(published).as(what).isEmpty();
        assertThat(row.getField("marker")).as(what).contains("x");
      } else {
        BigDecimal expected = new BigDecimal(cell.value()).setScale(5, RoundingMode.HALF_UP);
        assertThat(new BigDecimal(published)).as(what).isEqualByComparingTo(expected);
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(500);
  }
}
