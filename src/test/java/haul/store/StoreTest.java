package haul.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import haul.reference.ReferenceData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StoreTest {

  @TempDir Path dir;
  @RegisterExtension final TestStores stores = TestStores.perTest();

  private static long count(Store store, String sql) {
    return store.run(c -> {
      try (var rs = c.createStatement().executeQuery(sql)) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void createsAStoreAtTheLatestSchemaWithReferenceTables(StoreKind kind) {
    String location = stores.location(kind);
    try (Store store = Store.open(location)) {
      assertThat(store.schemaVersion()).isEqualTo(DuckDbMigrations.latestVersion());
      assertThat(count(store, "SELECT count(*) FROM ref_agency")).isEqualTo(45);
      assertThat(count(store, "SELECT count(*) FROM ref_meta")).isEqualTo(1);
    }
    try (Store again = Store.open(location)) {
      assertThat(again.schemaVersion()).isEqualTo(DuckDbMigrations.latestVersion());
      assertThat(count(again, "SELECT count(*) FROM ref_agency")).isEqualTo(45);
      assertThat(count(again, "SELECT count(*) FROM ref_meta")).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void aFailedTransactionLeavesNothing(StoreKind kind) {
    Store store = stores.open(kind);
    assertThatThrownBy(
            () ->
                store.atomically(
                    () -> {
                      store.run(c -> c.createStatement().execute(
                          "INSERT INTO note (note_id, financial_year_end, agency_code, text, created_at) VALUES (1, 2022, NULL, 'x', current_timestamp::TIMESTAMP)"));
                      // a nested call joins the outer transaction, and goes with it
                      store.atomically(() -> store.run(c -> c.createStatement().execute(
                          "INSERT INTO note (note_id, financial_year_end, agency_code, text, created_at) VALUES (2, 2022, NULL, 'y', current_timestamp::TIMESTAMP)")));
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(count(store, "SELECT count(*) FROM note")).isZero();
    store.atomically(() -> store.run(c -> c.createStatement().execute(
        "INSERT INTO note (note_id, financial_year_end, agency_code, text, created_at) VALUES (3, 2022, NULL, 'z', current_timestamp::TIMESTAMP)")));
    assertThat(count(store, "SELECT count(*) FROM note")).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void aStatementThatFailsIsAStoreExceptionNamingTheStore(StoreKind kind) {
    Store store = stores.open(kind);
    assertThatThrownBy(() -> count(store, "SELECT count(*) FROM no_such_table"))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("store " + store.location() + ": ")
        .hasMessageContaining("no_such_table");
    assertThat(count(store, "SELECT count(*) FROM note")).isZero();
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void refusesAStoreWhoseSchemaIsNewerThanThisBuild(StoreKind kind) {
    String location = stores.location(kind);
    try (Store store = Store.open(location)) {
      store.run(c -> c.createStatement().execute(kind == StoreKind.DUCKDB
          ? "INSERT INTO schema_version VALUES (99, 'V99__future.sql', current_timestamp::TIMESTAMP)"
          : "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
              + " installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0,"
              + " 'haul', 0, true)"));
    }
    assertThatThrownBy(() -> Store.open(location))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("has schema version 99, newer than this haul build knows");
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void bulkLoadsACsvFileKeepingNullsEmptyStringsQuotesAndDecimals(StoreKind kind) throws Exception {
    Store store = stores.open(kind);
    Path csv = Files.writeString(dir.resolve("rows.csv"),
        "import_id,file_name,row_number,column_name,code,message\n"
            + "7,a.csv,1,,E1,\"plain\"\n"
            + "7,b.csv,,\"\",E2,\"a \"\"quoted\"\", comma\nand newline\"\n"
            + "7,c.csv,3,col,E3,caf\u00e9\n");
    long loaded = store.atomically(() -> store.run(c -> store.dialect().bulkLoad(c, "import_reject",
        List.of("import_id", "file_name", "row_number", "column_name", "code", "message"), csv)));
    assertThat(loaded).isEqualTo(3);
    List<String> rows = store.run(c -> {
      List<String> out = new ArrayList<>();
      try (var rs = c.createStatement().executeQuery("SELECT file_name, row_number, column_name, code, message"
          + " FROM import_reject ORDER BY file_name")) {
        while (rs.next()) {
          out.add(rs.getString(1) + "|" + rs.getObject(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
              + rs.getString(5));
        }
      }
      return out;
    });
    assertThat(rows).containsExactly(
        "a.csv|1|null|E1|plain",
        "b.csv|null||E2|a \"quoted\", comma\nand newline",
        "c.csv|3|col|E3|caf\u00e9");
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void advancesASequencePastAValueAndNeverBack(StoreKind kind) {
    Store store = stores.open(kind);
    List<String> sequences = store.run(c -> store.dialect().sequences(c));
    // restore moves each of them on: it must know which ids each gives
    assertThat(sequences).containsExactlyInAnyOrderElementsOf(ParquetRestore.SEQUENCE_IDS.keySet());
    store.run(c -> {
      store.dialect().advanceSequence(c, "import_id_seq", 41);
      store.dialect().advanceSequence(c, "import_id_seq", 7);
      return null;
    });
    assertThat(count(store, "SELECT nextval('import_id_seq')")).isEqualTo(42);
  }

  @Test
  void bothStoresHaveTheSameTablesAndColumns() {
    Map<String, String> postgres = columns(stores.open(StoreKind.POSTGRESQL));
    Map<String, String> duckDb = columns(stores.open(StoreKind.DUCKDB));
    assertThat(postgres).isEqualTo(duckDb);
  }

  @Test
  void bothStoresHaveTheSameViewsWithTheSameColumns() {
    Map<String, Integer> postgres = viewColumns(stores.open(StoreKind.POSTGRESQL));
    Map<String, Integer> duckDb = viewColumns(stores.open(StoreKind.DUCKDB));
    assertThat(duckDb).isNotEmpty();
    assertThat(postgres).isEqualTo(duckDb);
  }

  /** view.column -> position (the engines name the types of computed columns differently). */
  private static Map<String, Integer> viewColumns(Store store) {
    return store.run(c -> {
      Map<String, Integer> columns = new java.util.TreeMap<>();
      try (var rs = c.createStatement().executeQuery(
          "SELECT c.table_name, c.column_name, c.ordinal_position FROM information_schema.columns c"
              + " JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
              + " WHERE c.table_schema = current_schema() AND t.table_type = 'VIEW'")) {
        while (rs.next()) {
          columns.put(rs.getString(1) + "." + rs.getString(2), rs.getInt(3));
        }
      }
      return columns;
    });
  }

  /** table.column -> position, type (in DuckDB's words) and nullability, bookkeeping tables left out. */
  private static Map<String, String> columns(Store store) {
    return store.run(c -> {
      Map<String, String> columns = new java.util.TreeMap<>();
      try (var rs = c.createStatement().executeQuery(
          "SELECT c.table_name, c.column_name, c.ordinal_position, c.data_type, c.numeric_precision, c.numeric_scale,"
              + " c.is_nullable FROM information_schema.columns c JOIN information_schema.tables t"
              + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
              + " WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'")) {
        while (rs.next()) {
          if (store.dialect().bookkeepingTables().contains(rs.getString(1))) {
            continue;
          }
          String type = switch (rs.getString(4)) {
            case "character varying", "text" -> "VARCHAR";
            case "integer" -> "INTEGER";
            case "bigint" -> "BIGINT";
            case "date" -> "DATE";
            case "timestamp without time zone" -> "TIMESTAMP";
            case "bytea" -> "BLOB";
            case "boolean" -> "BOOLEAN";
            case "numeric" -> "DECIMAL(" + rs.getInt(5) + "," + rs.getInt(6) + ")";
            default -> rs.getString(4);
          };
          columns.put(rs.getString(1) + "." + rs.getString(2), rs.getInt(3) + " " + type + " " + rs.getString(7));
        }
      }
      return columns;
    });
  }

  @Test
  void anUnreachableServerIsAClearMessage() {
    assertThatThrownBy(() -> Store.open("jdbc:postgresql://127.0.0.1:1/haul?user=haul&password=secret"))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("cannot open store jdbc:postgresql://127.0.0.1:1/haul?user=haul&password=***:"
            + " cannot reach the PostgreSQL server (")
        .hasMessageEndingWith("): is it running, and are the host and port right?")
        .hasMessageNotContaining("secret");
  }

  @Test
  void wrongCredentialsAreAClearMessage() {
    String url = withoutCredentials(TestStores.serverUrl()) + "?user=haul&password=not-the-password";
    assertThatThrownBy(() -> Store.open(url))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("the PostgreSQL server refused the credentials (")
        .hasMessageContaining("give user and password in the URL or in PGUSER and PGPASSWORD")
        .hasMessageNotContaining("not-the-password");
  }

  @Test
  void userAndPasswordComeFromPgUserAndPgPasswordWhenTheUrlHasNone() {
    String location = stores.location(StoreKind.POSTGRESQL);
    Map<String, String> parameters = parameters(location);
    String bare = withoutCredentials(location) + "?currentSchema=" + parameters.get("currentSchema");
    try (Store store = Store.open(bare, ReferenceData.bundled(),
        Map.of("PGUSER", parameters.get("user"), "PGPASSWORD", parameters.get("password")))) {
      assertThat(count(store, "SELECT count(*) FROM ref_agency")).isEqualTo(45);
      assertThat(store.location()).isEqualTo(bare);
    }
    assertThatThrownBy(() -> Store.open(bare, ReferenceData.bundled(),
        Map.of("PGUSER", parameters.get("user"), "PGPASSWORD", "wrong")))
        .hasMessageContaining("refused the credentials");
  }

  private static String withoutCredentials(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  private static Map<String, String> parameters(String url) {
    Map<String, String> parameters = new java.util.HashMap<>();
    for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
      String[] parts = pair.split("=", 2);
      parameters.put(parts[0], parts.length > 1 ? parts[1] : "");
    }
    assertThat(parameters).as("the test URL names user and password").containsKeys("user", "password");
    return parameters;
  }

  @Test
  void aDuckDbLocationThatIsAnotherJdbcUrlIsRefused() {
    assertThatThrownBy(() -> Store.open("jdbc:mysql://localhost/haul"))
        .isInstanceOf(StoreException.class)
        .hasMessage("--db must be a DuckDB file path or a jdbc:postgresql:// URL, not jdbc:mysql://localhost/haul");
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
  void takesEachMigrationsVersionFromItsNameAndReadsThemFromTheOneFolder() {
    assertThat(MigrationFolder.versionOf("V4__stats.sql")).isEqualTo(4);
    assertThatThrownBy(() -> MigrationFolder.versionOf("stats.sql")).isInstanceOf(IllegalStateException.class);
    List<MigrationFolder.Script> scripts = DuckDbMigrations.scripts();
    assertThat(scripts).extracting(MigrationFolder.Script::name)
        .contains("V1__schema.sql", "V4__stats.sql", "V5__tokens.sql");
    assertThat(scripts).allSatisfy(s -> assertThat(s.resource()).startsWith("haul/store/"));
    for (int i = 1; i < scripts.size(); i++) {
      assertThat(scripts.get(i).version())
          .as("migrations run in increasing version order")
          .isGreaterThan(scripts.get(i - 1).version());
    }
  }

  @Test
  void splitsMigrationScriptsIntoStatements() {
    assertThat(DuckDbMigrations.statements("-- c\nCREATE TABLE a (x INT);\nCREATE TABLE b (\n y INT\n);\n"))
        .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (\n y INT\n)");
  }
}
