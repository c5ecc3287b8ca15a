package haul.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

  @TempDir Path dir;

  @Test
  void createsAFileAtTheLatestSchemaWithReferenceTables() {
    String file = dir.resolve("haul.duckdb").toString();
    try (Store store = Store.open(file)) {
      assertThat(store.schemaVersion()).isEqualTo(DuckDbMigrations.latestVersion());
      long agencies = store.run(c -> {
        try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM ref_agency")) {
          rs.next();
          return rs.getLong(1);
        }
      });
      assertThat(agencies).isEqualTo(45);
    }
    try (Store again = Store.open(file)) {
      assertThat(again.schemaVersion()).isEqualTo(DuckDbMigrations.latestVersion());
    }
  }

  @Test
  void aFailedTransactionLeavesNothing() {
    try (Store store = Store.open(dir.resolve("haul.duckdb").toString())) {
      assertThatThrownBy(
              () ->
                  store.atomically(
                      () -> {
                        store.run(c -> c.createStatement().execute(
                            "INSERT INTO note VALUES (1, 2022, NULL, 'x', current_timestamp::TIMESTAMP)"));
                        throw new IllegalStateException("boom");
                      }))
          .hasMessage("boom");
      long notes = store.run(c -> {
        try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM note")) {
          rs.next();
          return rs.getLong(1);
        }
      });
      assertThat(notes).isZero();
    }
  }

  @Test
  void refusesAFileThatIsNotDuckDb() throws Exception {
    Path notDb = dir.resolve("notes.txt");
    Files.writeString(notDb, "hello, this is not a database\n".repeat(200));
    assertThatThrownBy(() -> Store.open(notDb.toString()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("notes.txt");
  }

  @Test
  void refusesAMissingFolder() {
    assertThatThrownBy(() -> Store.open(dir.resolve("nowhere/haul.duckdb").toString()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("does not exist");
  }

  @Test
  void takesEachMigrationsVersionFromItsName() {
    assertThat(DuckDbMigrations.versionOf("V4__stats.sql")).isEqualTo(4);
    assertThatThrownBy(() -> DuckDbMigrations.versionOf("stats.sql")).isInstanceOf(IllegalStateException.class);
    for (int i = 1; i < DuckDbMigrations.SCRIPTS.size(); i++) {
      assertThat(DuckDbMigrations.versionOf(DuckDbMigrations.SCRIPTS.get(i)))
          .as("migrations are listed in increasing version order")
          .isGreaterThan(DuckDbMigrations.versionOf(DuckDbMigrations.SCRIPTS.get(i - 1)));
    }
  }

  @Test
  void splitsMigrationScriptsIntoStatements() {
    assertThat(DuckDbMigrations.statements("-- c\nCREATE TABLE a (x INT);\nCREATE TABLE b (\n y INT\n);\n"))
        .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (\n y INT\n)");
  }
}
