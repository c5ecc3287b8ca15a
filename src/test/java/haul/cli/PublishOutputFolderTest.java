package haul.cli;

import static haul.store.SeizureFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import haul.store.EditionRepository;
import haul.store.SeizureFixture;
import haul.store.Store;
import haul.store.StoreKind;
import haul.store.TestStores;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code haul publish --out}: a folder that cannot be written is refused before the edition is
 * stored (a message, exit 2, no edition); a folder of someone's own files is never replaced; and a
 * publish killed while it copies leaves OUT holding one edition whole, the next publish cleaning up.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class PublishOutputFolderTest {

  @Parameter StoreKind kind;
  @RegisterExtension final TestStores stores = TestStores.perTest();
  @TempDir Path dir;
  private String db;

  private record Run(int exit, String out, String err) {}

  private static Run haul(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  @BeforeEach
  void returns() {
    db = stores.location(kind);
    try (Store store = Store.open(db)) {
      new SeizureFixture(store)
          .seizure("kent", "K1", "2021-05-05", line("Cocaine", "20", "g"))
          .seizure("border-force", "BF1", "2021-06-01", line("Cocaine", "2", "kg"));
    }
  }

  private int editions() {
    try (Store store = Store.open(db)) {
      return new EditionRepository(store).editions(2022).size();
    }
  }

  @Test
  void anUnwritableOutIsAUserErrorAndNoEditionIsStored() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "not a folder\n");
    Run underAFile = haul("publish", "--db", db, "--year", "2021/22", "--out", file.resolve("out").toString());
    assertThat(underAFile.exit()).isEqualTo(ExitCode.REJECTED);
    assertThat(underAFile.err()).startsWith("haul: cannot write to " + file.resolve("out") + ": ")
        .doesNotContain("internal error");
    Run aFile = haul("publish", "--db", db, "--year", "2021/22", "--out", file.toString());
    assertThat(aFile.exit()).isEqualTo(ExitCode.REJECTED);
    assertThat(aFile.err()).isEqualTo("haul: cannot publish into " + file + ": it is a file, not a folder\n");

    Path own = dir.resolve("own");
    Files.createDirectories(own.resolve("notes"));
    Files.writeString(own.resolve("notes/plan.txt"), "mine\n");
    Run foreign = haul("publish", "--db", db, "--year", "2021/22", "--out", own.toString());
    assertThat(foreign.exit()).isEqualTo(ExitCode.REJECTED);
    assertThat(foreign.err()).contains("it holds notes/plan.txt, which is not a file of a haul edition");
    assertThat(own.resolve("notes/plan.txt")).hasContent("mine");
    assertThat(editions()).isZero();

    Path out = dir.resolve("out");
    assertThat(haul("publish", "--db", db, "--year", "2021/22", "--out", out.toString()).exit()).isZero();
    assertThat(editions()).isEqualTo(1);
    assertWhole(out);
    assertThat(haul("publish", "--db", db, "--year", "2021/22", "--out", out.toString()).exit())
        .as("an edition haul wrote is replaced").isZero();
  }

  /**
   * Edition 1 is in OUT; after a late seizure a child process publishes edition 2 and is killed
   * while it writes the new folder (tried until a kill lands mid-copy). OUT still holds edition 1
   * whole; the next publish removes the leftover sibling and OUT holds edition 2 whole.
   */
  @Test
  void aPublishKilledWhileCopyingLeavesOneEditionWholeAndTheNextCleansUp() throws Exception {
    Path out = dir.resolve("out");
    assertThat(haul("publish", "--db", db, "--year", "2021/22", "--out", out.toString()).exit()).isZero();
    try (Store store = Store.open(db)) {
      new SeizureFixture(store).seizure("kent", "K2", "2021-06-05", line("Heroin", "5", "g"));
    }
    Path fresh = dir.resolve(".out.haul-new");
    int files = count(out);
    boolean midCopy = false;
    for (int attempt = 0; attempt < 20 && !midCopy; attempt++) {
      Process child = new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
              "-cp", System.getProperty("java.class.path"), Main.class.getName(),
              "publish", "--db", db, "--year", "2021/22", "--out", out.toString())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      try {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (child.isAlive() && System.nanoTime() < until && count(fresh) == 0) {
          Thread.onSpinWait();
        }
        child.destroyForcibly();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      } finally {
        child.destroyForcibly();
      }
      int written = count(fresh);
      midCopy = written > 0 && written < files;
      int edition = assertWhole(out);
      assertThat(edition).isIn(1, 2);
    }
    assertThat(midCopy).as("a kill landed while the new folder was half written").isTrue();
    assertThat(fresh).isDirectory();

    assertThat(haul("publish", "--db", db, "--year", "2021/22", "--out", out.toString()).exit()).isZero();
    assertThat(assertWhole(out)).isEqualTo(2);
    assertThat(fresh).doesNotExist();
    assertThat(dir.resolve(".out.haul-old")).doesNotExist();
    assertThat(Files.readString(out.resolve("tables/agency_drug.csv"))).contains("2021/22,kent,Heroin");
  }

  private static int count(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return (int) files.filter(Files::isRegularFile).count();
    } catch (IOException | java.io.UncheckedIOException gone) {
      return 0;
    }
  }

  /** OUT holds exactly the files its manifest lists, each with its SHA-256; returns its edition number. */
  private static int assertWhole(Path out) throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    Map<String, String> listed = new TreeMap<>();
    manifest.path("files").forEach(f -> listed.put(f.path("name").asText(), f.path("sha256").asText()));
    Map<String, String> found = new TreeMap<>();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = out.relativize(file).toString();
        if (!name.equals("manifest.json")) {
          found.put(name, EditionRepository.sha256(Files.readAllBytes(file)));
        }
      }
    }
    assertThat(found).as("the files of edition " + manifest.path("edition")).isEqualTo(listed);
    return manifest.path("edition").asInt();
  }
}
