package haul.publish;

import haul.reference.FinancialYear;
import haul.stats.Statistics;
import haul.store.NotesRepository;
import haul.store.StatsBenchmarkData;
import haul.store.Store;
import haul.store.StoredNote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The publish benchmark (docs/benchmarks-publish.md): builds a store with two national years of
 * 200,000 seizures each if it does not exist, then times, in one JVM, the raw DuckDB GROUP BY,
 * the statistics alone and the whole publish (a note is added before each publish so that each
 * makes a new edition). Run: {@code java -cp target/test-classes:target/classes:target/lib/*
 * haul.publish.PublishBenchmark bench.duckdb}; time the command itself with {@code ./haul publish}.
 */
public final class PublishBenchmark {

  private static final int SEIZURES = 200_000;
  private static final int RUNS = 5;

  private PublishBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path db = Path.of(args.length > 0 ? args[0] : "bench.duckdb");
    FinancialYear year = FinancialYear.parse("2021/22");
    boolean fresh = !Files.exists(db);
    try (Store store = Store.open(db.toString())) {
      StatsBenchmarkData data = new StatsBenchmarkData(store);
      if (fresh) {
        long t = System.nanoTime();
        data.year(2021, SEIZURES);
        data.year(2022, SEIZURES);
        System.out.printf("generated %,d seizures, %,d drug lines in %d ms%n", data.count("seizure"),
            data.count("drug_line"), ms(t));
      }
      List<Long> raw = new ArrayList<>();
      List<Long> stats = new ArrayList<>();
      List<Long> publish = new ArrayList<>();
      for (int run = 0; run < RUNS; run++) {
        long t = System.nanoTime();
        data.rawGroupBy(2022);
        raw.add(ms(t));
        t = System.nanoTime();
        new Statistics(store).releases(FinancialYear.parse("2020/21"), year);
        stats.add(ms(t));
        new NotesRepository(store).addAll(
            List.of(new StoredNote(2022, Optional.empty(), "benchmark run " + System.nanoTime())), Instant.now());
        t = System.nanoTime();
        new Publisher(store, Clock.systemUTC()).publish(year, Optional.empty(), Optional.of(Path.of("target/bench-out")));
        publish.add(ms(t));
      }
      var releases = new Statistics(store).releases(FinancialYear.parse("2020/21"), year);
      for (int run = 0; run < 3; run++) {
        long t = System.nanoTime();
        List<PublishedTable> tables = new ReleaseTables(store.reference(), releases).all();
        long built = ms(t);
        t = System.nanoTime();
        tables.forEach(CsvTable::write);
        long csv = ms(t);
        t = System.nanoTime();
        new OdsWorkbook(new WorkbookCover("t", List.of(), "s", "c", "p", "e"), tables, List.of()).bytes();
        long ods = ms(t);
        t = System.nanoTime();
        new ReleaseCharts(releases).all();
        long charts = ms(t);
        System.out.printf("stages ms: tables %d, csv %d, ods %d, charts %d%n", built, csv, ods, charts);
      }
      System.out.println("raw DuckDB GROUP BY (agency x drug, one year) ms: " + raw + " median " + median(raw));
      System.out.println("statistics (both years, all areas)          ms: " + stats + " median " + median(stats));
      System.out.println("whole publish in-process                    ms: " + publish + " median " + median(publish));
    }
  }

  private static long ms(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
