package haul.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import haul.store.StoreKind;
import haul.store.TestStores;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code haul import} as a user runs it: output, exit codes, a store locked by another process. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ImportCommandTest {

  @Parameter StoreKind kind;
  @RegisterExtension final TestStores stores = TestStores.perTest();

  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private Run haul(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private String db;

  @BeforeEach
  void newStore() {
    db = stores.location(kind);
  }

  private String db() {
    return db;
  }

  private Path write(String name, String... rows) throws Exception {
    StringBuilder text = new StringBuilder("agency,seizure_id,seizure_date,drug,quantity,unit\n");
    for (String row : rows) {
      text.append(row).append('\n');
    }
    return Files.writeString(dir.resolve(name), text.toString(), StandardCharsets.UTF_8);
  }

  @Test
  void importsAReturnAndSaysSo() throws Exception {
    Path file = write("kent.csv", "kent,K1,2021-05-01,Cocaine,12.5,g", "kent,K1,2021-05-01,MDMA,20,tablets",
        "kent,K2,2021-06-11,Herbal cannabis,0.4,kg");
    Run run = haul("import", "--db", db(), file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).isEqualTo("imported 1 file: 3 rows, 0 seizures revised\n");
    assertThat(run.err()).isEmpty();

    Run again = haul("import", "--db", db(), file.toString());
    assertThat(again.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(again.out()).startsWith(file + ": skipped: its content was imported before, as " + file + " on ")
        .endsWith("\nnothing imported: every file was imported before\n");
  }

  @Test
  void listsEveryRejectedRowAndExitsTwo() throws Exception {
    Path file = write("bad.csv", "kent,K1,2021-05-01,Cocaine,12.5,g", "kent,K2,2021-02-30,Cocaine,-1,kg",
        "Kentt,K3,2021-05-01,Cocaine,1,kg");
    Run run = haul("import", "--db", db(), file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(run.out()).isEqualTo(
        file + ":3: seizure_date: '2021-02-30' is not a date: write it as YYYY-MM-DD, such as 2021-05-31\n"
            + file + ":3: quantity: '-1' is negative: a quantity is 0 or more\n"
            + file + ":4: agency: 'Kentt' is not an agency code or name\n"
            + "nothing imported: 2 of 3 rows rejected; fix them, or use --partial to load the valid rows\n");
  }

  @Test
  void partialLoadsTheValidRowsAndExitsThree() throws Exception {
    Path file = write("bad.csv", "kent,K1,2021-05-01,Cocaine,12.5,g", "kent,K2,2021-05-01,Cocaine,-1,kg");
    Run run = haul("import", "--db", db(), "--partial", file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL);
    assertThat(run.out()).isEqualTo(
        file + ":3: quantity: '-1' is negative: a quantity is 0 or more\n"
            + "imported 1 file with rejects: 2 rows read, 1 accepted, 1 rejected (kept in the store's rejects),"
            + " 0 seizures revised\n");
  }

  @Test
  void writesTheReportAsJson() throws Exception {
    Path file = write("kent.csv", "kent,K1,2021-05-01,Cocaine,12.5,g");
    Run run = haul("import", "--db", db(), "--format", "json", file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    String name = file.toString().replace("\\", "\\\\");
    assertThat(run.out()).isEqualTo("{\"files\":[\"" + name + "\"],\"rows_read\":1,\"accepted\":1,\"rejected\":0,"
        + "\"revised\":0,\"skipped_files\":[],\"errors\":[]}\n");
  }

  @Test
  void aWholeFileProblemIsOneMessageAndExitTwo() throws Exception {
    Path good = write("good.csv", "kent,K1,2021-05-01,Cocaine,12.5,g");
    Path missing = dir.resolve("missing.csv");
    Run run = haul("import", "--db", db(), good.toString(), missing.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(run.out()).isEqualTo(missing + ": no such file\nnothing imported\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theReadmeExamplesAreWhatHaulPrints() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("### haul import"));
    section = section.substring(0, section.indexOf("\n#", 1));
    List<String> blocks = new java.util.ArrayList<>();
    java.util.regex.Matcher block = java.util.regex.Pattern.compile("```[a-z]*\n(.*?)```", java.util.regex.Pattern.DOTALL)
        .matcher(section);
    while (block.find()) {
      blocks.add(block.group(1));
    }
    String csv = blocks.get(1);
    String success = blocks.get(2);
    String failure = blocks.get(3);
    Path kent = Files.writeString(dir.resolve("kent.csv"), csv, StandardCharsets.UTF_8);
    String command = "$ ./haul import kent.csv\n";
    assertThat(success).startsWith(command);
    assertThat(failure).startsWith(command);

    Run loaded = haul("import", "--db", db(), kent.toString());
    assertThat(loaded.out()).isEqualTo(success.substring(command.length()).replace("kent.csv", kent.toString()));

    Files.writeString(kent, csv.replace("MDMA,20,", "MDMA,-20,"), StandardCharsets.UTF_8);
    Run refused = haul("import", "--db", stores.location(kind), kent.toString());
    assertThat(refused.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(refused.out()).isEqualTo(failure.substring(command.length()).replace("kent.csv", kent.toString()));
  }

  /** Issue 14.1: DuckDB's reader expands patterns in a path; haul reads the file named. */
  @Test
  void aFileNameWithPatternCharactersIsReadAsItself() throws Exception {
    Path other = write("kent1.csv", "essex,E1,2021-05-01,Heroin,9,kg", "essex,E2,2021-05-01,Heroin,9,kg");
    Path kent = write("kent[1].csv", "kent,K1,2021-05-01,Cocaine,1,kg");
    Path star = write("k*.csv", "kent,K9,2021-05-01,Cocaine,1,kg");

    Run brackets = haul("import", "--db", db(), kent.toString());
    assertThat(brackets.out()).isEqualTo("imported 1 file: 1 row, 0 seizures revised\n");
    Run stars = haul("import", "--db", db(), star.toString());
    assertThat(stars.out()).isEqualTo("imported 1 file: 1 row, 0 seizures revised\n");
    Run plain = haul("import", "--db", db(), other.toString());
    assertThat(plain.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(plain.out()).isEqualTo("imported 1 file: 2 rows, 0 seizures revised\n");
  }

  /** Issue 14.2: one seizure in two files of a command is refused (exit 2), or rejected in both with --partial (exit 3). */
  @Test
  void oneSeizureInTwoFilesOfACommandIsAConflict() throws Exception {
    Path first = write("a.csv", "kent,K1,2021-05-01,Cocaine,1,kg", "kent,K2,2021-05-01,Cocaine,1,kg");
    Path second = write("a-v2.csv", "kent,K1,2021-05-01,Cocaine,2,kg");

    Run refused = haul("import", "--db", db(), first.toString(), second.toString());
    assertThat(refused.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(refused.out()).startsWith(
        first + ":2: seizure_id: seizure K1 is also in " + second + " (row 2), with other rows:")
        .contains("\n" + second + ":2: seizure_id: seizure K1 is also in " + first + " (row 2), with other rows:");

    Run partial = haul("import", "--db", db(), "--partial", first.toString(), second.toString());
    assertThat(partial.exitCode()).isEqualTo(ExitCode.PARTIAL);
    assertThat(partial.out()).endsWith("imported 2 files with rejects: 3 rows read, 1 accepted, 2 rejected"
        + " (kept in the store's rejects), 0 seizures revised\n");
  }

  @Test
  void needsAtLeastOneFile() {
    Run run = haul("import", "--db", db());
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("haul: Missing required parameter: 'FILE'");
  }

  @Test
  void aStoreHeldByAnotherProcessIsReportedAsSuch() throws Exception {
    assumeTrue(kind == StoreKind.DUCKDB, "a DuckDB file's one writer");
    Path file = write("kent.csv", "kent,K1,2021-05-01,Cocaine,12.5,g");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process holder = new ProcessBuilder(
            java.toString(), "-cp", System.getProperty("java.class.path"), "haul.store.LockHolder", db())
        .redirectErrorStream(true)
        .start();
    try {
      BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(lines.readLine()).isEqualTo("ready " + db());

      Run run = haul("import", "--db", db(), file.toString());

      assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(run.err()).startsWith("haul: store " + db() + " is in use by another process (")
          .contains("a DuckDB file has one writer");
      assertThat(run.out()).isEmpty();
    } finally {
      holder.getOutputStream().close();
      if (!holder.waitFor(30, TimeUnit.SECONDS)) {
        holder.destroyForcibly();
      }
    }
    assertThat(haul("import", "--db", db(), file.toString()).exitCode()).isEqualTo(ExitCode.OK);
  }

  @Test
  void theBenchmarkRunsOnASmallReturn() {
    assumeTrue(kind == StoreKind.DUCKDB, "the benchmark makes DuckDB stores of its own");
    Run run = haul("bench", "import", "--lines", "2000", "--runs", "2");
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0)).startsWith("generated 2,000 drug lines");
    assertThat(lines.get(2)).startsWith("run 1: raw DuckDB read_csv (CREATE TABLE AS) 2,000 rows in ")
        .contains("; haul import 2,000 lines in ");
    assertThat(lines.get(3)).startsWith("run 2: ");
    assertThat(lines.get(4)).startsWith("best of 2: raw read_csv ");
    assertThat(lines.get(5)).startsWith("peak heap: ");
  }
}
