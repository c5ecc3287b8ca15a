package haul.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A PostgreSQL store is shared: threads (haul serve's requests) and processes (a command beside the
 * server) work at once, each transaction on a connection of its own.
 */
class PostgresConcurrencyTest {

  private static final int WRITERS = 45;
  private static final int CELLS = 20;

  @RegisterExtension final TestStores stores = TestStores.perTest();
  private final ExecutorService threads = Executors.newFixedThreadPool(8);

  @AfterEach
  void stop() throws InterruptedException {
    threads.shutdownNow();
    assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
  }

  private static long count(Store store, String sql) {
    return store.run(c -> {
      try (var rs = c.createStatement().executeQuery(sql)) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  /** Starts every task at once and waits for them all; returns what each returned or threw. */
  private <T> List<Future<T>> together(List<Callable<T>> tasks) throws InterruptedException {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> task : tasks) {
      futures.add(threads.submit(() -> {
        start.await();
        return task.call();
      }));
    }
    start.countDown();
    for (Future<T> future : futures) {
      try {
        future.get(120, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ignored) {
        // each caller looks at its own future
      }
    }
    return futures;
  }

  @Test
  void transactionsOfManyThreadsCommitOrRollBackEachOnItsOwn() throws Exception {
    Store store = stores.open(StoreKind.POSTGRESQL);
    assertThat(store.threadSafe()).isTrue();
    assertThat(stores.open(StoreKind.DUCKDB).threadSafe()).isFalse();
    TablesRepository repository = new TablesRepository(store);
    List<Callable<Long>> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      writers.add(() -> store.atomically(() -> {
        long id = repository.logImport("agency" + writer + ".csv", "0".repeat(64), CELLS, CELLS, 0, "", Instant.EPOCH);
        for (int i = 0; i < CELLS; i++) {
          // a nested call joins this thread's transaction, not another's
          int cell = i;
          store.atomically(() -> {
            repository.insert(id, List.of(new TablesCell(2016, "agency" + writer, "seizures", "drug", "Drug " + cell,
                Optional.of(BigDecimal.valueOf(cell)))));
            return null;
          });
        }
        if (writer % 5 == 0) {
          throw new IllegalStateException("writer " + writer + " fails after writing");
        }
        return id;
      }));
    }
    List<Future<Long>> results = together(writers);
    long failed = results.stream().filter(f -> {
      try {
        f.get();
        return false;
      } catch (Exception e) {
        return true;
      }
    }).count();
    assertThat(failed).isEqualTo(9);
    assertThat(count(store, "SELECT count(*) FROM import_log")).isEqualTo(36);
    assertThat(count(store, "SELECT count(*) FROM table_figure")).isEqualTo(36 * CELLS);
    // every figure belongs to its own writer's import, none to a failed one
    assertThat(count(store, "SELECT count(*) FROM table_figure f JOIN import_log l ON l.import_id = f.import_id"
        + " WHERE l.file_name = f.agency_code || '.csv'")).isEqualTo(36 * CELLS);
    assertThat(count(store, "SELECT count(*) FROM import_log WHERE file_name IN ('agency0.csv', 'agency5.csv')"))
        .isZero();
  }

  @Test
  void storesOpenedAtOnceOnANewSchemaMigrateAndSyncItOnce() throws Exception {
    String location = stores.location(StoreKind.POSTGRESQL);
    List<Callable<Integer>> openers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      openers.add(() -> {
        try (Store store = Store.open(location)) {
          return store.schemaVersion();
        }
      });
    }
    for (Future<Integer> opened : together(openers)) {
      assertThat(opened.get()).isEqualTo(DuckDbMigrations.latestVersion());
    }
    Store store = stores.track(Store.open(location));
    assertThat(count(store, "SELECT count(*) FROM ref_meta")).isEqualTo(1);
    assertThat(count(store, "SELECT count(*) FROM ref_agency")).isEqualTo(45);
    assertThat(count(store, "SELECT count(*) FROM flyway_schema_history WHERE success"))
        .isEqualTo(MigrationFolder.scriptsFor(PostgresConnections.ENGINE).size());
  }

  @Test
  void twoPublishesOfOneYearAtOnceMakeOneEditionAndRefuseTheOtherNeverAMix() throws Exception {
    Store store = stores.open(StoreKind.POSTGRESQL);
    EditionRepository editions = new EditionRepository(store);
    Instant at = Instant.parse("2023-04-20T08:30:00Z");
    List<Callable<String>> publishes = new ArrayList<>();
    for (String who : List.of("first", "second")) {
      publishes.add(() -> {
        java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
        for (int i = 0; i < 50; i++) {
          files.put("tables/table" + i + ".csv", (who + " " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        editions.create(new EditionRecord(2022, editions.nextNumber(2022), at, at, "data-" + who, "reference"), files);
        return who;
      });
    }
    List<String> created = new ArrayList<>();
    List<Throwable> refused = new ArrayList<>();
    for (Future<String> publish : together(publishes)) {
      try {
        created.add(publish.get());
      } catch (java.util.concurrent.ExecutionException e) {
        refused.add(e.getCause());
      }
    }
    // Either both ran one after the other (editions 1 and 2), or one was refused: never a mix.
    List<EditionRecord> stored = editions.editions(2022);
    assertThat(stored).hasSize(created.size());
    assertThat(refused).hasSize(2 - created.size()).allSatisfy(e -> assertThat(e).isInstanceOf(StoreException.class));
    for (EditionRecord edition : stored) {
      String who = edition.dataFingerprint().substring("data-".length());
      assertThat(editions.files(2022, edition.number())).hasSize(50).allSatisfy((name, bytes) ->
          assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).startsWith(who + " "));
    }
    assertThat(count(store, "SELECT count(*) FROM edition_file")).isEqualTo(50L * stored.size());
  }
}
