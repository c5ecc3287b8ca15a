package haul.cli;

import static org.assertj.core.api.Assertions.assertThat;

import haul.store.StoreKind;
import haul.store.TestStores;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ExportRestoreCommandTest {

  @RegisterExtension final TestStores stores = TestStores.perTest();
  @TempDir Path dir;
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void exportsADuckDbStoreAndRestoresItIntoPostgresOnceOnly() throws IOException {
    String duckDb = stores.location(StoreKind.DUCKDB);
    Path table = Files.writeString(dir.resolve("Seizures15-16.csv"), "Police force,All drugs\nKent,3\n");
    assertThat(run("import-tables", "--db", duckDb, table.toString())).isEqualTo(ExitCode.OK);

    Path export = dir.resolve("export");
    assertThat(run("export", "--db", duckDb, export.toString())).isEqualTo(ExitCode.OK);
    assertThat(out.toString().lines().toList())
        .first().asString().startsWith("exported " + duckDb + " to " + export + ": 25 tables, ");
    assertThat(out.toString().lines().toList())
        .contains("  import_log.parquet: 1 row", "  table_figure.parquet: 1 row", "  ref_agency.parquet: 45 rows",
            "  seizure.parquet: 0 rows")
        .hasSize(26);
    assertThat(export.resolve("table_figure.parquet")).isRegularFile();
    assertThat(err.toString()).isEmpty();

    String postgres = stores.location(StoreKind.POSTGRESQL);
    String shown = postgres.replace("password=haul", "password=***");
    assertThat(run("restore", "--db", postgres, export.toString())).isEqualTo(ExitCode.OK);
    assertThat(out.toString().lines().toList()).containsExactly(
        "restored " + export + " into " + shown + ": 16 tables, 2 rows",
        "  api_submission.parquet: 0 rows",
        "  api_token.parquet: 0 rows",
        "  drug_line.parquet: 0 rows",
        "  edition.parquet: 0 rows",
        "  edition_file.parquet: 0 rows",
        "  import_log.parquet: 1 row",
        "  import_reject.parquet: 0 rows",
        "  newsroom_session.parquet: 0 rows",
        "  newsroom_settings.parquet: 0 rows",
        "  newsroom_story.parquet: 0 rows",
        "  newsroom_version.parquet: 0 rows",
        "  newsroom_view.parquet: 0 rows",
        "  note.parquet: 0 rows",
        "  release_metadata.parquet: 0 rows",
        "  seizure.parquet: 0 rows",
        "  table_figure.parquet: 1 row");

    // The restored store holds the year: importing the same table again needs --replace.
    assertThat(run("import-tables", "--db", postgres, table.toString())).isEqualTo(ExitCode.REJECTED);
    assertThat(err.toString()).contains("seizures for 2015/16 are already held from import 1 (Seizures15-16.csv)");

    assertThat(run("restore", "--db", postgres, export.toString())).isEqualTo(ExitCode.REJECTED);
    assertThat(err.toString().lines().toList()).containsExactly("haul: cannot restore into " + shown
        + ": the store is not empty (import_log holds 1 row); restore needs a new, empty store");
  }

  @Test
  void refusesAFolderThatIsNoExportAndAnExportIntoAFullFolder() throws IOException {
    String duckDb = stores.location(StoreKind.DUCKDB);
    assertThat(run("restore", "--db", duckDb, dir.toString())).isEqualTo(ExitCode.REJECTED);
    assertThat(err.toString().lines().toList())
        .containsExactly("haul: cannot restore " + dir + ": it is not a haul export (no haul-export.txt)");
    Files.writeString(dir.resolve("x.txt"), "x");
    assertThat(run("export", "--db", duckDb, dir.toString())).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).startsWith("haul: cannot export to " + dir + ": the folder is not empty;");
  }

  @Test
  void anUnreachableServerIsOneLineWithoutAStackTrace() {
    assertThat(run("export", "--db", "jdbc:postgresql://127.0.0.1:1/haul?user=u&password=p", dir.resolve("e").toString()))
        .isEqualTo(ExitCode.USAGE);
    assertThat(err.toString().lines().toList()).singleElement().asString()
        .startsWith("haul: cannot open store jdbc:postgresql://127.0.0.1:1/haul?user=u&password=***:"
            + " cannot reach the PostgreSQL server (");
  }
}
