package haul.cli;

import static org.assertj.core.api.Assertions.assertThat;

import haul.store.StoreKind;
import haul.store.TestStores;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs against a DuckDB store and a PostgreSQL store. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ImportTablesCommandTest {

  @Parameter StoreKind kind;
  @RegisterExtension final TestStores stores = TestStores.perTest();
  @TempDir Path dir;
  private String db;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @BeforeEach
  void newStore() {
    db = stores.location(kind);
  }

  private String db() {
    return db;
  }

  @Test
  void printsWhatItLoadedAndEachWarning() throws IOException {
    Path file = Files.writeString(dir.resolve("Seizures15-16.csv"), "Police force,All drugs,Cocaine\nKent,3,4\nEssex,,1\n");
    assertThat(run("import-tables", "--db", db(), file.toString())).isEqualTo(ExitCode.OK);
    assertThat(out.toString().lines().toList()).containsExactly(
        "Seizures15-16.csv: loaded seizures for 2015/16 as import 1: 2 agencies, 4 cells, 1 blank (not available)",
        "warning: Seizures15-16.csv: no row for 43 agencies: Cleveland Police, Durham Constabulary, Northumbria Police,"
            + " Cheshire Constabulary, Cumbria Constabulary, Greater Manchester Police, Lancashire Constabulary,"
            + " Merseyside Police, Humberside Police, North Yorkshire Police, South Yorkshire Police, West Yorkshire Police,"
            + " Derbyshire Constabulary, Leicestershire Police, Lincolnshire Police, Northamptonshire Police,"
            + " Nottinghamshire Police, Staffordshire Police, Warwickshire Police, West Mercia Police, West Midlands Police,"
            + " Bedfordshire Police, Cambridgeshire Constabulary, Hertfordshire Constabulary, Norfolk Constabulary,"
            + " Suffolk Constabulary, City of London Police, Metropolitan Police Service, Hampshire Constabulary,"
            + " Surrey Police, Sussex Police, Thames Valley Police, Avon and Somerset Police, Devon and Cornwall Police,"
            + " Dorset Police, Gloucestershire Constabulary, Wiltshire Police, Dyfed-Powys Police, Gwent Police,"
            + " North Wales Police, South Wales Police, British Transport Police, Border Force;"
            + " their seizures for 2015/16 are not available",
        "warning: Seizures15-16.csv:2: All drugs, Cocaine: kent: All drugs (3) is below Cocaine (4):"
            + " every seizure of a drug is a seizure of some drug");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void eachErrorIsPrintedAsFileRowColumnMessageAndNothingLoads() throws IOException {
    Path file = Files.writeString(dir.resolve("Seizures15-16.csv"), "Police force,All drugs,Colour\nGotham,3,4\n");
    assertThat(run("import-tables", "--db", db(), file.toString())).isEqualTo(ExitCode.REJECTED);
    assertThat(err.toString().lines().toList()).containsExactly(
        "Seizures15-16.csv:1: Colour: 'Colour' is not a column haul knows: if it is one, give --mapping FILE, a CSV file"
            + " with the columns of table-mapping.csv (kind,match,target_kind,target) and the line header,Colour,drug,DRUG_NAME",
        "Seizures15-16.csv:2: Police force: 'Gotham' is not an agency haul knows: if it is one, give --mapping FILE, a CSV file"
            + " with the columns of table-mapping.csv (kind,match,target_kind,target) and the line agency,Gotham,agency,AGENCY_CODE",
        "haul: Seizures15-16.csv refused (2 problems); nothing loaded");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void theJsonReportHasTheImportReportFields() throws IOException {
    Path file = Files.writeString(dir.resolve("t.csv"), "Police force,All drugs\nKent,3\n");
    assertThat(run("import-tables", "--db", db(), "--year", "2015/16", "--measure", "seizures", "--format", "json",
        file.toString())).isEqualTo(ExitCode.OK);
    assertThat(out.toString())
        .contains("\"files\": [\n    \"t.csv\"\n  ]", "\"year\": \"2015/16\"", "\"rows_read\": 1", "\"accepted\": 1",
            "\"rejected\": 0", "\"errors\": [ ]", "\"code\": \"AGENCY_MISSING\"");
  }

  @Test
  void replaceIsNeededForAYearAlreadyHeld() throws IOException {
    Path file = Files.writeString(dir.resolve("Seizures15-16.csv"), "Police force,All drugs\nKent,3\n");
    run("import-tables", "--db", db(), file.toString());
    assertThat(run("import-tables", "--db", db(), file.toString())).isEqualTo(ExitCode.REJECTED);
    assertThat(err.toString()).contains("give --replace to replace them");
    assertThat(run("import-tables", "--db", db(), "--replace", file.toString())).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).contains("  replaced import 1 (Seizures15-16.csv)");
  }

  @Test
  void aBadYearIsAUsageError() throws IOException {
    Path file = Files.writeString(dir.resolve("t.csv"), "Police force,All drugs\nKent,3\n");
    assertThat(run("import-tables", "--db", db(), "--year", "2015", file.toString())).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).startsWith("haul: --year: '2015' is not a financial year");
  }

  @Test
  void aMappingFileAddsRulesWithoutRebuildingHaul() throws IOException {
    Path file = Files.writeString(dir.resolve("Seizures15-16.csv"), "Police force,All drugs,Cocaine [c]\nKennt Police,3,2\n");
    assertThat(run("import-tables", "--db", db(), file.toString())).isEqualTo(ExitCode.REJECTED);
    assertThat(err.toString()).contains(
        "Seizures15-16.csv:2: Police force: 'Kennt Police' is not an agency haul knows (did you mean Kent Police?):"
            + " if it is one, give --mapping FILE");
    Path mapping = Files.writeString(dir.resolve("mapping.csv"),
        "kind,match,target_kind,target\nagency,Kennt Police,agency,kent\n");
    assertThat(run("import-tables", "--db", db(), "--mapping", mapping.toString(), file.toString())).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).contains(
        "Seizures15-16.csv: loaded seizures for 2015/16 as import 1: 1 agencies, 2 cells, 0 blank (not available)",
        "  column 3 headed 'Cocaine [c]' read as Cocaine: the footnote marker '[c]' was removed");
  }

  @Test
  void aMappingFileHaulCannotReadRefusesTheImportByRowAndColumn() throws IOException {
    Path file = Files.writeString(dir.resolve("Seizures15-16.csv"), "Police force,All drugs\nKent,3\n");
    Path mapping = Files.writeString(dir.resolve("mapping.csv"), "kind,match,target_kind,target\nagency,Kent Cnstb,agency,kentt\n");
    assertThat(run("import-tables", "--db", db(), "--mapping", mapping.toString(), file.toString())).isEqualTo(ExitCode.REJECTED);
    assertThat(err.toString().lines().toList()).containsExactly(
        "mapping.csv:2: target: 'kentt' is not an agency code of agencies.csv, such as kent",
        "haul: Seizures15-16.csv refused (1 problem); nothing loaded");
    assertThat(run("import-tables", "--db", db(), "--mapping", dir.resolve("none.csv").toString(), file.toString()))
        .isEqualTo(ExitCode.REJECTED);
  }
}
