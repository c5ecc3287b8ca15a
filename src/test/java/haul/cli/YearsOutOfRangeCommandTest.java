package haul.cli;

import static org.assertj.core.api.Assertions.assertThat;

import haul.store.StoreKind;
import haul.store.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Years of the right form outside the range haul holds, and a publish time no store can hold, are
 * refused with a message (exit 1 or 2), never "internal error", on both stores.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class YearsOutOfRangeCommandTest {

  @Parameter StoreKind kind;
  @RegisterExtension final TestStores stores = TestStores.perTest();
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private Run haul(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  private static void assertRefused(Run run, String message) {
    assertThat(run.exit()).as(run.err()).isIn(ExitCode.USAGE, ExitCode.REJECTED);
    assertThat(run.err()).doesNotContain("internal error").contains(message);
  }

  @Test
  void yearsAndTimesOutsideTheRangeAreRefusedWithAMessage() throws Exception {
    String db = stores.location(kind);
    for (String year : new String[] {"9999/00", "0000/01", "1900/01"}) {
      assertRefused(haul("publish", "--db", db, "--year", year, "--out", dir.resolve("out").toString()),
          "--year: '" + year + "' is outside the financial years haul can hold");
      assertRefused(haul("notes", "add", "--db", db, "--year", year, "a note"),
          "'" + year + "' is outside the financial years haul can hold");
      Path notes = Files.writeString(dir.resolve("notes.csv"), "financial_year,agency_code,text\n" + year + ",kent,x\n");
      assertRefused(haul("notes", "import", "--db", db, notes.toString()),
          "financial_year: '" + year + "' is outside the financial years haul can hold");
    }
    assertRefused(haul("publish", "--db", db, "--year", "2021/22", "--at", "+999999999-12-31T23:59"),
        "--at: '+999999999-12-31T23:59' is outside the times an edition can have (from 1970 to 9999)");
  }
}
