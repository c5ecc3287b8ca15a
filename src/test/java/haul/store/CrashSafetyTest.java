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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A process killed with SIGKILL in the middle of a long transaction leaves the store with none of
 * it, and the next write works: the store's own transactions are the whole of haul's crash safety.
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
}
