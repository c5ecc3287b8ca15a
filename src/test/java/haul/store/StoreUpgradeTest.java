package haul.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** Stores made by haul 0.1.0 open with this build, keep their data and reach the latest schema. */
class StoreUpgradeTest {

  @TempDir Path dir;
  @RegisterExtension final TestStores stores = TestStores.perTest();

  @Test
  void aDuckDbStoreOfTheLastReleaseUpgradesWithItsDataKept() throws IOException {
    Path file = dir.resolve("old.duckdb");
    try (InputStream in = new GZIPInputStream(resource("release-0.1.0.duckdb.gz"))) {
      Files.copy(in, file);
    }
    try (Store store = Store.open(file.toString())) {
      assertThat(store.schemaVersion()).isEqualTo(DuckDbMigrations.latestVersion());
      assertThat(single(store, "SELECT count(*) FROM seizure")).isEqualTo("3");
      assertThat(single(store, "SELECT sum(quantity) FROM drug_line WHERE drug = 'Ketamine'")).startsWith("3");
      assertThat(single(store, "SELECT text FROM note")).isEqualTo("A note from the old release.");
      assertThat(single(store, "SELECT count(*) FROM edition")).isEqualTo("1");
      assertThat(single(store, "SELECT string_agg(CAST(version AS VARCHAR), ',' ORDER BY version) FROM schema_version"))
          .startsWith("1,4,5");
    }
  }

  @Test
  void theSharedMigrationsKeepTheChecksumsFlywayRecordedInTheLastReleasesPostgresStores() throws IOException {
    Map<String, Integer> recorded = recordedChecksums();
    String location = stores.location(StoreKind.POSTGRESQL);
    Flyway flyway = Flyway.configure(getClass().getClassLoader())
        .dataSource(location, null, null)
        .locations("classpath:" + MigrationFolder.SHARED)
        .load();
    Map<String, Integer> built = new LinkedHashMap<>();
    for (MigrationInfo info : flyway.info().all()) {
      if (recorded.containsKey(info.getScript())) {
        built.put(info.getScript(), info.getChecksum());
      }
    }
    assertThat(built).as("checksums of the build's V1, V4, V5 against those in users' stores").isEqualTo(recorded);
  }

  @Test
  void aPostgresStoreAtTheLastReleasesSchemaUpgradesWithItsDataKept() {
    String location = stores.location(StoreKind.POSTGRESQL);
    Flyway.configure(getClass().getClassLoader())
        .dataSource(location, null, null)
        .locations("classpath:" + MigrationFolder.SHARED)
        .target("5")
        .load()
        .migrate();
    try (Store store = Store.open(location)) {
      store.run(c -> {
        try (Statement s = c.createStatement()) {
          s.execute("INSERT INTO note (note_id, financial_year_end, agency_code, text, created_at) "
              + "VALUES (1, 2022, 'kent', 'A note from the old release.', current_timestamp)");
        }
        return null;
      });
    }
    try (Store store = Store.open(location)) {
      assertThat(store.schemaVersion()).isEqualTo(DuckDbMigrations.latestVersion());
      assertThat(single(store, "SELECT text FROM note")).isEqualTo("A note from the old release.");
    }
  }

  /**
   * Migration versions are allocated to lanes of work ahead of time, so V6 (a note's story text)
   * may land after V9: a store already at V9 without V6 still gets it, on both engines.
   */
  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void aStorePastALowerVersionStillGetsIt(StoreKind kind) {
    String location = stores.location(kind);
    // each engine keeps its own record of the versions run (DuckDbMigrations, Flyway)
    String applied = kind == StoreKind.DUCKDB ? "schema_version WHERE version = 6" : "flyway_schema_history WHERE version = '6'";
    try (Store store = Store.open(location)) {
      store.run(c -> {
        try (Statement s = c.createStatement()) {
          s.execute("ALTER TABLE note DROP COLUMN story_text");
          s.execute("DELETE FROM " + applied);
        }
        return null;
      });
    }
    try (Store store = Store.open(location)) {
      assertThat(single(store, "SELECT count(*) FROM " + applied)).isEqualTo("1");
      assertThat(single(store, "SELECT count(story_text) FROM note")).isEqualTo("0");
    }
  }

  private static Map<String, Integer> recordedChecksums() throws IOException {
    Map<String, Integer> recorded = new LinkedHashMap<>();
    try (InputStream in = resource("flyway_schema_history-0.1.0.csv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\n");
      for (int i = 1; i < lines.length; i++) {
        String[] cells = lines[i].split(",");
        recorded.put(cells[1], Integer.parseInt(cells[2]));
      }
    }
    return recorded;
  }

  private static InputStream resource(String name) {
    InputStream in = StoreUpgradeTest.class.getResourceAsStream("/store-upgrade/" + name);
    assertThat(in).as("test resource store-upgrade/" + name).isNotNull();
    return in;
  }

  private static String single(Store store, String sql) {
    return store.run(c -> {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
        rs.next();
        return rs.getString(1);
      }
    });
  }
}
