package haul.testing;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import haul.demo.DemoRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The demo, run once per test JVM (it takes seconds): the published 2021/22 edition of the
 * calibrated demo data, without a quote bank, in a temporary folder removed at exit. Tests only
 * read it; a test that changes a store makes its own.
 */
public final class DemoFixture {

  private static Path out;

  private DemoFixture() {}

  /** The demo's output folder: {@code tables/}, {@code stories/}, {@code haul.duckdb}, ... */
  public static synchronized Path out() {
    if (out == null) {
      try {
        Path folder = Files.createTempDirectory("haul-demo-test");
        DemoRun.standard().run(folder, Optional.empty());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
        out = folder;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** The demo's store file, as {@code --db} takes it. */
  public static String store() {
    return out().resolve("haul.duckdb").toString();
  }

  /** The rows of a published CSV table, such as {@code seizures_by_agency.csv}. */
  public static List<NamedCsvRecord> table(String fileName) {
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(out().resolve("tables").resolve(fileName))) {
      List<NamedCsvRecord> rows = new ArrayList<>();
      reader.forEach(rows::add);
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder: the system cleans up what is left
    }
  }
}
