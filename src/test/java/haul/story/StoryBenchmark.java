package haul.story;

import haul.reference.Agency;
import haul.reference.ReferenceData;
import haul.stats.Release;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;

/**
 * A benchmark hook, not a test: writes all 45 stories of one release in every format (Markdown,
 * HTML, JSON) and prints the median time of 20 rounds after 5 warm-up rounds. The release is the
 * synthetic one of {@link AllAgenciesStoryTest}; the lead's benchmark uses the demo's. Run with
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) haul.story.StoryBenchmark
 * </pre>
 */
public final class StoryBenchmark {

  private StoryBenchmark() {}

  public static void main(String[] args) {
    Release release = AllAgenciesStoryTest.release(new Random(2022), false).build();
    StoryWriter writer = new StoryWriter();
    long[] rounds = new long[20];
    for (int round = -5; round < rounds.length; round++) {
      long start = System.nanoTime();
      int bytes = 0;
      for (Agency agency : ReferenceData.bundled().agencies().all()) {
        Story story = writer.write(release, agency.code(), Optional.empty(), 1);
        bytes += StoryText.toMarkdown(story).length() + StoryText.toHtml(story).length() + StoryText.toJson(story).length();
      }
      if (round >= 0) {
        rounds[round] = System.nanoTime() - start;
      }
      if (bytes == 0) {
        throw new IllegalStateException("no stories written");
      }
    }
    Arrays.sort(rounds);
    System.out.printf("45 stories x 3 formats: median %.1f ms, slowest %.1f ms (20 rounds)%n",
        rounds[rounds.length / 2] / 1e6, rounds[rounds.length - 1] / 1e6);
  }
}
