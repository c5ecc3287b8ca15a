package haul.story.check;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check-story benchmark (docs/benchmarks.md): times, in one JVM, the checker on one paragraph of
 * 10,000 figures ("Thames Valley Police made 0, 1, 2, ..., 9999 seizures.") and on about 1 MB of
 * ordinary paragraphs (the seed article repeated), each beside a baseline on the same text: the
 * JDK alone splitting it into paragraphs and finding its numbers with one regular expression, the
 * least any reader of figures must do. Not a test: run it with
 * {@code java -cp 'target/test-classes:target/classes:target/lib/*' haul.story.check.CheckStoryBenchmark [seed-article.txt]}.
 */
public final class CheckStoryBenchmark {

  private static final int RUNS = 5;
  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");
  private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");

  private CheckStoryBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path seed = Path.of(args.length > 0 ? args[0] : "../shared/seed-article.txt");
    StringBuilder figures = new StringBuilder("Thames Valley Police made ");
    for (int i = 0; i < 10_000; i++) {
      figures.append(i == 0 ? "" : ", ").append(i);
    }
    figures.append(" seizures.");
    String article = Files.readString(seed, StandardCharsets.UTF_8);
    StringBuilder megabyte = new StringBuilder();
    while (megabyte.length() < 1_000_000) {
      megabyte.append(article).append("\n\n");
    }
    run("one paragraph of 10,000 figures", figures.toString());
    run("1 MB of ordinary paragraphs", megabyte.toString());
    String tooLong = "x".repeat(StoryChecker.MAX_BYTES + 1);
    long t = System.nanoTime();
    try {
      StoryChecker.check(SeedRelease.release(), "thames-valley", tooLong);
    } catch (TextTooLongException e) {
      System.out.printf("over 2 MB: refused in %.1f ms (%s)%n", (System.nanoTime() - t) / 1e6, e.getMessage());
    }
  }

  private static void run(String what, String text) {
    int bytes = text.getBytes(StandardCharsets.UTF_8).length;
    List<Double> baseline = times(() -> baseline(text));
    List<Double> check = times(() -> StoryChecker.check(SeedRelease.release(), "thames-valley", text).findings().size());
    CheckReport report = StoryChecker.check(SeedRelease.release(), "thames-valley", text);
    System.out.printf("%s (%,d bytes, %,d findings): baseline best %.3f s; check-story %s, best %.2f s%n", what, bytes,
        report.findings().size(), Collections.min(baseline), format(check), Collections.min(check));
  }

  /** The JDK alone: paragraphs split and numbers found, nothing matched. */
  private static int baseline(String text) {
    int numbers = 0;
    for (String paragraph : BLANK_LINE.split(text)) {
      Matcher matcher = NUMBER.matcher(paragraph);
      while (matcher.find()) {
        numbers++;
      }
    }
    return numbers;
  }

  private static List<Double> times(Supplier<Integer> work) {
    List<Double> seconds = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long t = System.nanoTime();
      int result = work.get();
      seconds.add((System.nanoTime() - t) / 1e9);
      if (result < 0) {
        throw new IllegalStateException("unreachable");
      }
    }
    return seconds;
  }

  private static String format(List<Double> seconds) {
    StringBuilder out = new StringBuilder();
    for (double s : seconds) {
      out.append(out.length() == 0 ? "" : ", ").append(String.format("%.2f", s));
    }
    return out.append(" s").toString();
  }
}
