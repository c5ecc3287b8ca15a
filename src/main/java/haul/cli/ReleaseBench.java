package haul.cli;

import haul.demo.DemoRun;
import haul.publish.PublishResult;
import haul.publish.Publisher;
import haul.reference.FinancialYear;
import haul.stats.Release;
import haul.stats.Statistics;
import haul.store.BenchmarkBaselines;
import haul.store.Store;
import haul.story.Story;
import haul.story.StoryText;
import haul.story.StoryVariety;
import haul.story.StoryWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code haul bench release}: on the demo's store (four years, 188,927 seizures in 2021/22), the
 * median of several rounds of: the raw DuckDB agency x drug GROUP BY (the baseline), haul's
 * statistics for the year, all 45 stories in every format, and a whole publish into a new edition.
 */
@Command(name = "release", mixinStandardHelpOptions = true,
    description = "Time statistics, stories and publish for 2021/22 on the demo's data, against raw DuckDB SQL.")
final class ReleaseBench implements Callable<Integer> {

  @Option(names = "--rounds", defaultValue = "5", description = "timed rounds of each step (default ${DEFAULT-VALUE})")
  int rounds;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (rounds < 1) {
      throw new UserError(ExitCode.USAGE, "--rounds must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path dir = Files.createTempDirectory("haul-bench-release");
    try {
      out.println("preparing the demo's store (generate, import, publish once) in " + dir + " ...");
      out.flush();
      DemoRun.standard().run(dir.resolve("demo"), Optional.empty());
      FinancialYear year = DemoRun.YEAR;
      try (Store store = Store.open(dir.resolve("demo/haul.duckdb").toString())) {
        BenchmarkBaselines baselines = new BenchmarkBaselines(store);
        Statistics statistics = new Statistics(store);
        Release release = statistics.release(year);
        StoryWriter writer = new StoryWriter();
        out.printf(Locale.UK, "%-44s %10s %10s%n", "step (median of " + rounds + " rounds, 1 warm-up)", "ms", "min ms");
        time(out, "raw DuckDB GROUP BY, agency x drug (baseline)", () -> baselines.agencyDrugGroupBy(year.endYear()));
        time(out, "statistics: Release of 2021/22", () -> statistics.release(year));
        time(out, "45 stories, Markdown + HTML + JSON", () -> {
          long bytes = 0;
          for (Story story : writer.writeAll(release, Optional.empty(), 1)) {
            bytes += StoryText.toMarkdown(story).length() + StoryText.toHtml(story).length()
                + StoryText.toJson(story).length();
          }
          return bytes;
        });
        int[] round = {0};
        time(out, "whole publish (new edition each round)", () -> {
          // A later clock and embargo each round, so every round makes and stores a new edition.
          Instant at = Instant.parse("2030-01-01T00:00:00Z").plusSeconds(++round[0]);
          PublishResult result = new Publisher(store, Clock.fixed(at, ZoneOffset.UTC))
              .publish(year, Optional.of(at), Optional.empty());
          return result.files().size();
        });
        // Issue 12's variety figures: how far the 45 stories are from one template (no quote bank here).
        StoryVariety variety = StoryVariety.measure(writer.writeAll(release, Optional.empty(), 1), Optional.empty());
        out.printf(Locale.UK, "story variety: %.1f%% of the stories' %d own paragraphs have a shape %d or more of the 45 share;"
            + " %d headline shapes, the commonest shared by %d stories%n", variety.commonShare(), variety.paragraphs(), variety.commonFrom(),
            variety.headlineShapes(), variety.mostSharedHeadline());
      }
      return ExitCode.OK;
    } finally {
      delete(dir);
    }
  }

  private void time(PrintWriter out, String step, Supplier<Object> work) {
    work.get();
    long[] millis = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      Object result = work.get();
      millis[i] = (System.nanoTime() - start) / 1_000_000;
      if (result == null) {
        throw new IllegalStateException(step + " returned nothing");
      }
    }
    Arrays.sort(millis);
    out.printf(Locale.UK, "%-44s %10d %10d%n", step, millis[rounds / 2], millis[0]);
    out.flush();
  }

  private static void delete(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
