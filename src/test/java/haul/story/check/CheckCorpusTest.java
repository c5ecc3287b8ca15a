package haul.story.check;

import static org.assertj.core.api.Assertions.assertThat;

import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import haul.stats.Release;
import haul.stats.Statistics;
import haul.store.Store;
import haul.testing.DemoFixture;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The altered-text corpus of {@code src/test/resources/check-corpus/}: texts written against the
 * demo's 2021/22 release, each with one kind of error (or none), each stating the verdicts it must
 * get in its header:
 * <pre>
 * # class: changed count
 * # agency: thames-valley            (or national)
 * # clean: true                      (no CONTRADICTED and no UNKNOWN at all)
 * # expect: CONTRADICTED "697" => "679"   (a finding of that kind on those words; its right value
 * ---                                       or message contains the text after =>)
 * the text
 * </pre>
 * One test runs them all and prints a table of hits, so a reader sees what the checker catches.
 */
class CheckCorpusTest {

  private static final Pattern EXPECT = Pattern.compile("^# expect: (\\w+) \"([^\"]+)\"(?: => \"([^\"]+)\")?$");

  private record Expectation(FindingKind kind, String words, Optional<String> right) {}

  private record Text(String name, String kind, Optional<String> agency, boolean clean, List<Expectation> expected,
      String body) {}

  private static Text read(Path file) throws IOException {
    String all = Files.readString(file, StandardCharsets.UTF_8);
    int split = all.indexOf("\n---\n");
    assertThat(split).as(file + ": a header, then ---").isPositive();
    String kind = "?";
    Optional<String> agency = Optional.empty();
    boolean clean = false;
    List<Expectation> expected = new ArrayList<>();
    for (String line : all.substring(0, split).lines().toList()) {
      Matcher expect = EXPECT.matcher(line);
      if (expect.matches()) {
        expected.add(new Expectation(FindingKind.valueOf(expect.group(1)), expect.group(2),
            Optional.ofNullable(expect.group(3))));
      } else if (line.startsWith("# class: ")) {
        kind = line.substring("# class: ".length());
      } else if (line.startsWith("# agency: ")) {
        String code = line.substring("# agency: ".length());
        agency = code.equals("national") ? Optional.empty() : Optional.of(code);
      } else if (line.equals("# clean: true")) {
        clean = true;
      } else {
        throw new AssertionError(file + ": a header line the corpus does not know: " + line);
      }
    }
    return new Text(file.getFileName().toString(), kind, agency, clean, expected, all.substring(split + 5));
  }

  private static List<Text> corpus() throws IOException, URISyntaxException {
    Path folder = Path.of(CheckCorpusTest.class.getResource("/check-corpus").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      List<Text> texts = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(read(file));
      }
      return texts;
    }
  }

  private static boolean hit(Expectation expected, CheckReport report) {
    return report.findings(expected.kind()).stream()
        .anyMatch(f -> f.span().text().equals(expected.words())
            && expected.right().map(r -> f.rightValue().orElse("").contains(r) || f.message().contains(r)).orElse(true));
  }

  @Test
  void everyTextGetsTheVerdictsItStates() throws IOException, URISyntaxException {
    Release release;
    try (Store store = Store.open(DemoFixture.store())) {
      release = new Statistics(store).release(new FinancialYear(2022));
    }
    List<Text> corpus = corpus();
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-28s %-40s %-13s %-22s %s%n",
        "text", "class", "verdict", "words", "hit"));
    List<String> misses = new ArrayList<>();
    for (Text text : corpus) {
      CheckReport report = StoryChecker.check(release, text.agency(), text.body(), ReferenceData.bundled());
      for (Expectation expected : text.expected()) {
        boolean hit = hit(expected, report);
        table.append(String.format(Locale.ROOT, "%-28s %-40s %-13s %-22s %s%n", text.name(), text.kind(),
            expected.kind(), "\"" + expected.words() + "\"", hit ? "yes" : "NO"));
        if (!hit) {
          misses.add(text.name() + ": " + expected + "\n" + TextReport.render(report));
        }
      }
      if (text.clean() && (report.hasContradictions() || report.hasUnknowns())) {
        misses.add(text.name() + ": must be clean\n" + TextReport.render(report));
      }
      if (!text.clean() && text.expected().stream().noneMatch(e -> e.kind() == FindingKind.MATCHED)
          && text.expected().stream().noneMatch(e -> e.kind() == FindingKind.CONTRADICTED)) {
        misses.add(text.name() + ": states no verdict on a figure");
      }
    }
    System.out.print(table);
    assertThat(misses).as("misses").isEmpty();
    assertThat(corpus.stream().map(Text::kind).distinct()).hasSizeGreaterThanOrEqualTo(12);
    for (String kind : corpus.stream().map(Text::kind).distinct().toList()) {
      assertThat(corpus.stream().filter(t -> t.kind().equals(kind))).as(kind + ": at least two texts").hasSizeGreaterThanOrEqualTo(2);
    }
  }
}
