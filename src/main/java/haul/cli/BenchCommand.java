package haul.cli;

import haul.ingest.returns.ImportOptions;
import haul.ingest.returns.ImportResult;
import haul.ingest.returns.ReturnsImporter;
import haul.reference.Agency;
import haul.reference.ReferenceData;
import haul.store.BenchmarkBaselines;
import haul.store.Store;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code haul bench}: measurements recorded in docs/benchmarks.md. */
@Command(
    name = "bench",
    description = "Measure haul's speed on generated data.",
    mixinStandardHelpOptions = true,
    subcommands = {BenchCommand.ImportBench.class, ReleaseBench.class})
final class BenchCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * {@code haul bench import}: generates a return of N drug lines; then, several times, loads it raw
   * with DuckDB as a baseline and imports it with haul into a new store, reporting lines per second
   * (each run and the best, since a shared machine makes single runs noisy) and the peak Java heap.
   */
  @Command(name = "import", description = "Time haul import on a generated return.", mixinStandardHelpOptions = true)
  static final class ImportBench implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--lines", defaultValue = "1000000", description = "drug lines to generate (default ${DEFAULT-VALUE})")
    long lines;

    @Option(names = "--seed", defaultValue = "20220331", description = "seed of the generated return")
    long seed;

    @Option(names = "--runs", defaultValue = "3", description = "imports to time, each into a new store (default ${DEFAULT-VALUE})")
    int runs;

    @Override
    public Integer call() throws IOException {
      if (lines < 1 || runs < 1) {
        throw new UserError(ExitCode.USAGE, "--lines and --runs must be at least 1");
      }
      PrintWriter out = spec.commandLine().getOut();
      Path dir = Files.createTempDirectory("haul-bench-");
      try {
        Path csv = dir.resolve("returns.csv");
        generate(csv, lines, new Random(seed));
        out.printf(Locale.UK, "generated %,d drug lines (%,.1f MB) in %s%n", lines, Files.size(csv) / 1e6, csv);
        out.printf(Locale.UK, "machine: %d processors, max heap %,d MB, java %s%n",
            Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
            System.getProperty("java.version"));
        out.flush();

        long bestRaw = Long.MAX_VALUE;
        long bestImport = Long.MAX_VALUE;
        long accepted = 0;
        System.gc();
        resetPeaks();
        long gcBefore = gcCount();
        for (int run = 1; run <= runs; run++) {
          long rawNanos;
          long rows;
          try (Store baseline = Store.open(dir.resolve("baseline-" + run + ".duckdb").toString())) {
            long start = System.nanoTime();
            rows = new BenchmarkBaselines(baseline).rawCsvLoad(csv);
            rawNanos = System.nanoTime() - start;
          }
          long nanos;
          try (Store store = Store.open(dir.resolve("bench-" + run + ".duckdb").toString())) {
            long start = System.nanoTime();
            ImportResult result = ReturnsImporter.importFiles(store, List.of(csv), ImportOptions.defaults());
            nanos = System.nanoTime() - start;
            if (result.outcome() != ImportResult.Outcome.LOADED) {
              out.println("import did not load cleanly: " + ImportCommand.summary(result));
              return ExitCode.USAGE;
            }
            accepted = result.report().accepted();
          }
          out.printf(Locale.UK, "run %d: raw DuckDB read_csv (CREATE TABLE AS) %,d rows in %.2f s; haul import %,d lines in"
                  + " %.2f s = %,.0f lines/s (%.1f x raw)%n",
              run, rows, rawNanos / 1e9, accepted, nanos / 1e9, accepted / (nanos / 1e9), (double) nanos / rawNanos);
          out.flush();
          bestRaw = Math.min(bestRaw, rawNanos);
          bestImport = Math.min(bestImport, nanos);
        }
        out.printf(Locale.UK, "best of %d: raw read_csv %.2f s = %,.0f lines/s; haul import %.2f s = %,.0f lines/s%n",
            runs, bestRaw / 1e9, lines / (bestRaw / 1e9), bestImport / 1e9, accepted / (bestImport / 1e9));
        out.printf(Locale.UK, "peak heap: %,.0f MB (sum of heap pool peaks over all runs); %d GCs%n",
            peakHeap() / 1048576.0, gcCount() - gcBefore);
        return ExitCode.OK;
      } finally {
        deleteTree(dir);
      }
    }

    /** A return of events of one to three drug lines across every agency, dated in 2021/22. */
    static void generate(Path csv, long lines, Random random) throws IOException {
      List<Agency> agencies = ReferenceData.bundled().agencies().all();
      String[][] drugs = {
        {"Cocaine", "g"}, {"cocaine", "kg"}, {"Herbal cannabis", "g"}, {"skunk", "g"}, {"Cannabis resin", "kg"},
        {"Heroin", "g"}, {"MDMA", "tablets"}, {"Ecstasy", "doses"}, {"Cannabis plants", "plants"},
        {"Ketamine", "g"}, {"Amphetamines", "g"}, {"Other Class A", ""}, {"Spice", ""}, {"Benzodiazepines", "doses"}
      };
      LocalDate first = LocalDate.of(2021, 4, 1);
      try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
        w.write("agency,seizure_id,seizure_date,drug,quantity,unit\n");
        long written = 0;
        long event = 0;
        while (written < lines) {
          event++;
          Agency agency = agencies.get(random.nextInt(agencies.size()));
          String date = first.plusDays(random.nextInt(365)).toString();
          int eventLines = 1 + random.nextInt(3);
          for (int i = 0; i < eventLines && written < lines; i++, written++) {
            String[] drug = drugs[random.nextInt(drugs.length)];
            String quantity = drug[1].isEmpty() || random.nextInt(10) == 0
                ? ""
                : random.nextInt(1000) + "." + random.nextInt(100);
            w.write(agency.code());
            w.write(",E");
            w.write(Long.toString(event));
            w.write(',');
            w.write(date);
            w.write(',');
            w.write(drug[0]);
            w.write(',');
            w.write(quantity);
            w.write(',');
            w.write(quantity.isEmpty() ? "" : drug[1]);
            w.write('\n');
          }
        }
      }
    }

    private static void resetPeaks() {
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          pool.resetPeakUsage();
        }
      }
    }

    private static long peakHeap() {
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      return peak;
    }

    private static long gcCount() {
      long count = 0;
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        count += Math.max(0, gc.getCollectionCount());
      }
      return count;
    }

    private static void deleteTree(Path dir) {
      try (Stream<Path> paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> {
          try {
            Files.delete(p);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
