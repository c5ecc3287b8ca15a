package haul.ingest.tables;

import static org.assertj.core.api.Assertions.assertThat;

import haul.store.Store;
import haul.store.StoreKind;
import haul.store.TablesRepository;
import haul.store.TestStores;
import haul.testing.HomeOfficeTables;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fourteen published local tables give the same figures and import log from a DuckDB store and a PostgreSQL store. */
class PublishedTablesOnBothStoresTest {

  @RegisterExtension final TestStores stores = TestStores.perTest();

  private Store loaded(StoreKind kind) {
    Store store = stores.open(kind);
    TableImporter importer = new TableImporter(store, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    for (String file : PublishedLocalTables.FILES) {
      assertThat(importer.importFile(HomeOfficeTables.path(PublishedLocalTables.LOCAL + file), Optional.empty(),
          Optional.empty(), false).loaded()).as(file).isTrue();
    }
    return store;
  }

  @Test
  void everyFigureIsTheSameOnBothStores() {
    TablesRepository postgres = new TablesRepository(loaded(StoreKind.POSTGRESQL));
    TablesRepository duckDb = new TablesRepository(loaded(StoreKind.DUCKDB));
    long cells = 0;
    for (int yearEnd = 2010; yearEnd <= 2016; yearEnd++) {
      for (String measure : new String[] {"seizures", "quantities"}) {
        assertThat(postgres.figures(yearEnd, measure)).as("%d %s", yearEnd, measure)
            .isNotEmpty()
            .isEqualTo(duckDb.figures(yearEnd, measure));
        cells += duckDb.figures(yearEnd, measure).size();
      }
    }
    assertThat(cells).isEqualTo(PublishedLocalTables.FILES.stream()
        .mapToLong(file -> {
          try {
            return PublishedLocalTables.read(file).cells().size();
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }).sum());
    assertThat(postgres.imports()).isEqualTo(duckDb.imports()).hasSize(14);
  }
}
