package haul.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A process killed with SIGKILL in the middle of a long transaction leaves the store with none of
 * it, and the next write works: the store's own transactions are the whole of haul's crash safety.
 * Two writers are killed: a long transaction of table figures, and an import of a large return.
 */
class CrashSafetyTest {

  @RegisterExtension final TestStores stores = TestStores.perTest();

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void aKilledWriterLeavesNothingAndTheNextWriteWorks(StoreKind kind) throws Exception {
    String location = stores.location(kind);
    Store.open(location).close();

    Process child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m", "-cp", System.getProperty("java.class.path"),
            LongTransactionMain.class.getName(), location)
        .redirectErrorStream(true)
        .start();
    String line;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      line = out.readLine();
      assertThat(line).as("the child's first line").isEqualTo(LongTransactionMain.WRITING + " "
          + LongTransactionMain.ANNOUNCE_AFTER * LongTransactionMain.BATCH);
      child.destroyForcibly();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child died").isTrue();
    } finally {
      child.destroyForcibly();
    }
    assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);

    try (Store store = stores.track(Store.open(location))) {
      TablesRepository repository = new TablesRepository(store);
      assertThat(repository.imports()).isEmpty();
      assertThat(repository.figures(2016, "seizures")).isEmpty();
      long figures = store.run(c -> {
        try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM table_figure")) {
          rs.next();
          return rs.getLong(1);
        }
      });
      assertThat(figures).isZero();

      store.atomically(() -> {
        long id = repository.logImport("Seizures15-16.csv", "1".repeat(64), 1, 1, 0, "seizures 2015/16", Instant.EPOCH);
        repository.insert(id, List.of(
            new TablesCell(2016, "kent", "seizures", "total", "All drugs", Optional.of(BigDecimal.TEN))));
        return null;
      });
      assertThat(repository.imports()).extracting(TablesImport::fileName).containsExactly("Seizures15-16.csv");
      assertThat(repository.figures(2016, "seizures")).extracting(TablesCell::value)
          .containsExactly(Optional.of(new BigDecimal("10.000000000")));
    }
  }

  /** The child that imports returns (a test class of haul.ingest.returns, named so as not to depend on it). */
  private static final String RETURNS_CHILD = "haul.ingest.returns.ReturnsImportMain";

  private static final int EVENTS = 300_000;

  private static long count(Store store, String sql) {
    return store.run(c -> {
      try (var rs = c.createStatement().executeQuery(sql)) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  /** Waits until a session of the test server runs a statement starting so. */
  private static void awaitStatement(String start) throws Exception {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(TestStores.serverUrl());
        java.sql.PreparedStatement p = c.prepareStatement(
            "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query LIKE ?")) {
      p.setString(1, start + "%");
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (System.nanoTime() < until) {
        try (java.sql.ResultSet rs = p.executeQuery()) {
          rs.next();
          if (rs.getLong(1) > 0) {
            return;
          }
        }
        Thread.sleep(2);
      }
      throw new AssertionError("no session ran " + start + " within 120 s");
    }
  }

  private static Process importInChild(String location, Path file) throws Exception {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m", "-cp", System.getProperty("java.class.path"), RETURNS_CHILD, location, file.toString())
        .redirectErrorStream(true)
        .start();
  }

  /**
   * The child is killed once its checks have read 2 MB of the file (its rows staged, its
   * transaction open) and, on PostgreSQL, only once the server is writing its accepted rows.
   */
  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void aKilledImportOfReturnsLeavesNothingAndTheNextImportWorks(StoreKind kind, @TempDir Path dir) throws Exception {
    String location = stores.location(kind);
    Store.open(location).close();
    Path file = (Path) Class.forName(RETURNS_CHILD).getMethod("write", Path.class, int.class)
        .invoke(null, dir.resolve("kent.csv"), EVENTS);

    Process child = importInChild(location, file);
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).as("the child's first line").startsWith("importing ");
      if (kind == StoreKind.POSTGRESQL) {
        // Later still: while the server writes the accepted rows into drug_line.
        awaitStatement("INSERT INTO drug_line SELECT a.agency_code");
      }
      child.destroyForcibly();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child died").isTrue();
    } finally {
      child.destroyForcibly();
    }
    assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);

    try (Store store = stores.track(Store.open(location))) {
      assertThat(count(store, "SELECT count(*) FROM seizure")).isZero();
      assertThat(count(store, "SELECT count(*) FROM drug_line")).isZero();
      assertThat(count(store, "SELECT count(*) FROM import_log")).isZero();
    }

    Process again = importInChild(location, file);
    String output;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(again.getInputStream(), StandardCharsets.UTF_8))) {
      output = out.lines().reduce("", (a, b) -> a + b + "\n");
      assertThat(again.waitFor(300, TimeUnit.SECONDS)).isTrue();
    } finally {
      again.destroyForcibly();
    }
    assertThat(output).endsWith("committed LOADED\n");
    try (Store store = stores.track(Store.open(location))) {
      assertThat(count(store, "SELECT count(*) FROM seizure")).isEqualTo(EVENTS);
      assertThat(count(store, "SELECT count(*) FROM drug_line")).isEqualTo(2L * EVENTS);
      assertThat(count(store, "SELECT count(*) FROM import_log")).isEqualTo(1);
      assertThat(count(store, "SELECT count(*) FROM import_log WHERE rows_read = " + 2L * EVENTS
          + " AND accepted = " + 2L * EVENTS)).isEqualTo(1);
    }
  }
}
