package haul.publish;

import static haul.store.SeizureFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import haul.ingest.tables.TableImporter;
import haul.reference.FinancialYear;
import haul.store.NotesRepository;
import haul.store.SeizureFixture;
import haul.store.Store;
import haul.store.StoreKind;
import haul.store.StoredNote;
import haul.store.TestStores;
import haul.testing.HomeOfficeTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same data in a DuckDB store and in a PostgreSQL store publishes byte-identical files: the
 * statistics are the same SQL on both (DESIGN.md "Architecture").
 */
class PublishOnBothStoresTest {

  private static final Instant NOW = Instant.parse("2023-04-20T08:30:00Z");

  @RegisterExtension final TestStores stores = TestStores.perTest();
  @TempDir Path dir;

  /** PublisherTest's returns for 2020/21 and 2021/22, with its two notes. */
  private static void returns(Store store) {
    new SeizureFixture(store)
        .seizure("thames-valley", "TV0", "2020-05-01", line("Cocaine", "2", "kg"))
        .seizure("border-force", "BF0", "2020-06-01", line("Heroin", "1", "kg"))
        .seizure("kent", "K0", "2020-07-01", line("Cannabis plants", "12", "plants"))
        .seizure("thames-valley", "TV1", "2021-04-01", line("Cocaine", "500", "g"), line("Herbal cannabis", "250", "g"))
        .seizure("thames-valley", "TV2", "2022-03-31", line("Ketamine", "1.234567", "kg"))
        .seizure("kent", "K1", "2021-05-05", line("Ecstasy", "10", "tablets"))
        .seizure("border-force", "BF1", "2021-08-01", line("Cocaine", "3", "kg"))
        .seizure("british-transport-police", "B1", "2021-09-01", line("Unknown"));
    new NotesRepository(store).addAll(List.of(
        new StoredNote(2022, Optional.of("kent"), "Kent Police changed its recording system in 2021."),
        new StoredNote(2022, Optional.empty(), "Figures for 2021/22 are provisional.")), NOW);
  }

  private Map<String, byte[]> publish(StoreKind kind, java.util.function.Consumer<Store> fill, String year)
      throws IOException {
    Path out = dir.resolve(kind.name() + "-" + year.replace('/', '-'));
    Store store = stores.open(kind);
    fill.accept(store);
    new Publisher(store, Clock.fixed(NOW, ZoneOffset.UTC)).publish(FinancialYear.parse(year), Optional.empty(),
        Optional.of(out));
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(out)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(out.relativize(path).toString(), Files.readAllBytes(path));
      }
    }
    return files;
  }

  private static void assertSameFiles(Map<String, byte[]> postgres, Map<String, byte[]> duckDb) {
    assertThat(postgres.keySet()).isEqualTo(duckDb.keySet()).contains("tables/seizures_by_agency.csv",
        "manifest.json");
    duckDb.forEach((name, bytes) -> assertThat(postgres.get(name)).as(name).isEqualTo(bytes));
  }

  @Test
  void returnsPublishTheSameFilesFromBothStores() throws IOException {
    assertSameFiles(publish(StoreKind.POSTGRESQL, PublishOnBothStoresTest::returns, "2021/22"),
        publish(StoreKind.DUCKDB, PublishOnBothStoresTest::returns, "2021/22"));
  }

  /**
   * Real imports: the demo's returns for 2021/22 (every agency's file, in one command), then a
   * second command with a partial file (rejects kept), revisions of imported seizures and a quoted
   * line break that moves row numbers.
   */
  @Test
  void importedReturnsPublishTheSameFilesFromBothStores() throws IOException {
    Path demo = dir.resolve("demo");
    haul.demo.DemoReturns.standard().writeTo(demo);
    List<Path> files;
    try (Stream<Path> paths = Files.list(haul.demo.DemoReturns.folderOf(demo, FinancialYear.parse("2021/22")))) {
      files = paths.sorted().toList();
    }
    Path more = Files.writeString(dir.resolve("more.csv"), """
        agency,seizure_id,seizure_date,drug,quantity,unit
        kent,EXTRA-1,2021-06-01,Cocaine,12.5,g
        kent,EXTRA-1,2021-06-01,Heroin,-1,g
        "Kent
        Police",EXTRA-2,2021-06-02,Herbal cannabis,0.0000005,g
        kent,EXTRA-3,2021-02-30,Cocaine,1,kg
        essex,EXTRA-4,2021-07-01,Crack,2,g
        """);
    List<List<String>> logs = new java.util.ArrayList<>();
    java.util.function.Consumer<Store> imports = store -> {
      haul.ingest.returns.ImportOptions options = haul.ingest.returns.ImportOptions.defaults()
          .withClock(Clock.fixed(NOW, ZoneOffset.UTC));
      var all = haul.ingest.returns.ReturnsImporter.importFiles(store, files, options);
      assertThat(all.outcome()).as(all.report().errors().toString())
          .isEqualTo(haul.ingest.returns.ImportResult.Outcome.LOADED);
      var partial = haul.ingest.returns.ReturnsImporter.importFiles(store, List.of(more), options.withPartial(true));
      assertThat(partial.outcome()).isEqualTo(haul.ingest.returns.ImportResult.Outcome.LOADED_WITH_REJECTS);
      List<String> log = new java.util.ArrayList<>(haul.store.StoreProbe.lines(store,
          "SELECT import_id, file_name, rows_read, accepted, rejected, revised FROM import_log ORDER BY import_id"));
      log.addAll(haul.store.StoreProbe.lines(store, "SELECT import_id, file_name, row_number, column_name, code, message"
          + " FROM import_reject ORDER BY import_id, row_number, column_name"));
      logs.add(log);
      returns(store);
    };
    assertSameFiles(publish(StoreKind.POSTGRESQL, imports, "2021/22"), publish(StoreKind.DUCKDB, imports, "2021/22"));
    assertThat(logs.get(0)).hasSize(files.size() + 1 + 3).isEqualTo(logs.get(1));
    assertThat(logs.get(0).subList(files.size(), logs.get(0).size())).containsExactly(
        (files.size() + 1) + "|" + more + "|5|2|3|0",
        (files.size() + 1) + "|" + more + "|2|seizure_id|EVENT_HAS_REJECTED_ROW|seizure EXTRA-1 has a rejected row"
            + " (row 3), so none of its rows is loaded",
        (files.size() + 1) + "|" + more + "|3|quantity|NEGATIVE_QUANTITY|'-1' is negative: a quantity is 0 or more",
        (files.size() + 1) + "|" + more + "|6|seizure_date|INVALID_DATE|'2021-02-30' is not a date:"
            + " write it as YYYY-MM-DD, such as 2021-05-31");
  }

  @Test
  void thePublishedLocalTablesPublishTheSameFilesFromBothStores() throws IOException {
    Path local = HomeOfficeTables.path("local_resolution");
    java.util.function.Consumer<Store> tables = store -> {
      TableImporter importer = new TableImporter(store, Clock.fixed(NOW, ZoneOffset.UTC));
      for (String file : List.of("seizures/Seizures14-15.csv", "seizures/Seizures15-16.csv",
          "quantities/Quantities14-15.csv", "quantities/Quantities15-16.csv")) {
        assertThat(importer.importFile(local.resolve(file), Optional.empty(), Optional.empty(), false).loaded())
            .as(file).isTrue();
      }
    };
    assertSameFiles(publish(StoreKind.POSTGRESQL, tables, "2015/16"), publish(StoreKind.DUCKDB, tables, "2015/16"));
  }
}
