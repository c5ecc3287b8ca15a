package haul.ingest.returns;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import haul.store.Store;
import haul.store.StoreKind;
import haul.store.StoreProbe;
import haul.store.TestStores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fuzz tests of the return scanner and the loader (issue 14, "Fuzzing, kept in the suite"). Each
 * input is a return file's bytes; the contract is a clear refusal or a load, never an uncaught
 * exception and never a partial load.
 *
 * <p>In {@code verify} (Jazzer's regression mode) every input under {@code
 * src/test/resources/haul/ingest/returns/ReturnsFuzzTestInputs/} is replayed: seeds cut from real
 * returns (the demo's and the README's) and the hostile inputs that found bugs, kept as regression
 * files. {@code ./mvnw -Pfuzz -Dtest='ReturnsFuzzTest#loader' test} fuzzes one of them for the
 * profile's time (README, "Fuzzing").
 *
 * <p>The loader runs on DuckDB, and on PostgreSQL as well where {@code HAUL_TEST_PG_URL} names a
 * server: both stores must give the same outcome, counts and error codes (the engines read the
 * file with different readers, so this is where a difference shows).
 */
class ReturnsFuzzTest {

  @RegisterExtension static final TestStores STORES = TestStores.perClass();

  private static Map<StoreKind, Store> stores;
  private static Path dir;

  private static synchronized Map<StoreKind, Store> stores() {
    if (stores == null) {
      stores = new LinkedHashMap<>();
      stores.put(StoreKind.DUCKDB, STORES.open(StoreKind.DUCKDB));
      String url = System.getenv(TestStores.URL_VARIABLE);
      if (url != null && !url.isBlank()) {
        stores.put(StoreKind.POSTGRESQL, STORES.open(StoreKind.POSTGRESQL));
      }
      try {
        dir = Files.createTempDirectory("haul-fuzz");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return stores;
  }

  @AfterAll
  static void forget() {
    stores = null;
  }

  private static Path write(byte[] bytes) {
    try {
      Path file = dir.resolve("fuzz.csv");
      Files.write(file, bytes);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The scanner's answer is a scanned file or one whole-file error, whatever the bytes. */
  @FuzzTest(maxDuration = "10m")
  void scanner(byte[] bytes) {
    stores();
    Path file = write(bytes);
    ReturnFileScanner.Result header = ReturnFileScanner.header("fuzz.csv", file);
    ReturnFileScanner.Result scan = ReturnFileScanner.scan("fuzz.csv", file, read -> {});
    for (ReturnFileScanner.Result result : List.of(header, scan)) {
      assertThat(result.file() == null).as("a file or an error").isNotEqualTo(result.error() == null);
      if (result.error() != null) {
        assertThat(result.error().code().scope()).isEqualTo(ErrorCode.Scope.FILE);
        assertClear(result.error());
      }
    }
    if (header.error() != null) {
      assertThat(scan.error()).as("what the header refuses, the scan refuses").isNotNull();
    }
    if (scan.file() != null) {
      assertThat(scan.file().rows()).isPositive();
      assertThat(scan.file().sha256()).hasSize(64);
    }
  }

  /** The importer loads the valid rows whole, or refuses and leaves the store as it was. */
  @FuzzTest(maxDuration = "10m")
  void loader(byte[] bytes) {
    Map<StoreKind, Store> opened = stores();
    Path file = write(bytes);
    Map<StoreKind, String> answers = new LinkedHashMap<>();
    for (Map.Entry<StoreKind, Store> entry : opened.entrySet()) {
      Store store = entry.getValue();
      boolean partial = bytes.length > 0 && (bytes[bytes.length - 1] & 1) == 1;
      empty(store);
      ImportResult result = ReturnsImporter.importFiles(store, List.of(file), Returns.options().withPartial(partial));
      ImportReport report = result.report();
      long lines = StoreProbe.count(store, "SELECT count(*) FROM drug_line");
      long rejects = StoreProbe.count(store, "SELECT count(*) FROM import_reject");
      report.errors().forEach(ReturnsFuzzTest::assertClear);
      switch (result.outcome()) {
        case LOADED -> {
          assertThat(report.errors()).isEmpty();
          assertThat(lines).isEqualTo(report.accepted()).isEqualTo(report.rowsRead());
          assertThat(rejects).isZero();
        }
        case LOADED_WITH_REJECTS -> {
          assertThat(partial).isTrue();
          assertThat(lines).isEqualTo(report.accepted());
          assertThat(report.accepted() + report.rejected()).isEqualTo(report.rowsRead());
          assertThat(rejects).isEqualTo(report.errors().size());
        }
        case REFUSED, FORBIDDEN -> {
          assertThat(report.errors()).isNotEmpty();
          assertThat(report.accepted()).isZero();
          assertThat(lines + rejects + StoreProbe.count(store, "SELECT count(*) FROM import_log"))
              .as("nothing loaded").isZero();
        }
        case NOTHING_NEW -> throw new AssertionError("an empty store has seen nothing before");
      }
      List<String> codes = new ArrayList<>();
      report.errors().forEach(e -> codes.add(e.row() + " " + e.column() + " " + e.code()));
      answers.put(entry.getKey(), result.outcome() + " " + report.rowsRead() + " " + report.accepted() + " " + codes);
    }
    assertThat(answers.values().stream().distinct()).as("both stores alike: %s", answers).hasSize(1);
  }

  /** A message that names what is wrong and echoes no more than the limit of any value. */
  private static void assertClear(ValidationError error) {
    assertThat(error.message()).isNotBlank().doesNotContain("\u0000").doesNotContain("Exception");
    assertThat(error.message().length()).isLessThan(2 * ErrorCode.ECHO_LIMIT + 400);
    if (error.row() != null) {
      assertThat(error.row()).isPositive();
    }
  }

  private static void empty(Store store) {
    for (String table : List.of("import_reject", "drug_line", "seizure", "import_log")) {
      StoreProbe.execute(store, "DELETE FROM " + table);
    }
  }
}
