package haul.story;

import static org.assertj.core.api.Assertions.assertThat;

import haul.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed article's story, written by haul: Thames Valley for 2021/22 from a release with the
 * seed's figures (reference-figures.md), a data-quality note on the force, and the seed's quote
 * bank. Compared with golden files a person has read; run with {@code -Dgolden.update=true} to
 * rewrite them after a deliberate change, and read the diff before committing it.
 */
class SeedStoryGoldenTest {

  static final String NOTE =
      "Thames Valley Police has reported very low counts for years, and its recording practice changed during the year.";

  private static Story story;

  @BeforeAll
  static void write() {
    QuoteBank bank = QuoteBank.read(SharedData.path("seed-quotes.json"));
    story = new StoryWriter().write(TestRelease.seed().note("thames-valley", NOTE).build(), "thames-valley", Optional.of(bank), 1);
  }

  @Test
  void carriesEveryFigureOfTheSeedArticle() {
    String body = String.join("\n", story.body());
    assertThat(body)
        .contains(
            "679", "1,608", "189,000", "14 per cent", "220,000", "over 11,000kg", "nearly 19,000kg", "187kg", "1,837kg",
            "0.2kg", "no ketamine was seized", "22 per cent", "12 per cent", "9 per cent", "the year to March 2022",
            "In the Thames Valley, ");
    assertThat(String.join("\n", story.body()) + story.headline()).doesNotContain("last year");
    assertThat(story.facts()).extracting(Fact::text)
        .contains("679", "1,608", "189,000", "14 per cent", "220,000", "over 11,000kg", "nearly 19,000kg", "187kg", "1,837kg",
            "0.2kg", "22 per cent", "12 per cent", "9 per cent");
  }

  @Test
  void carriesNiamhEastwoodsQuoteWholeWithinTheReactionBudget() {
    QuoteBank bank = QuoteBank.read(SharedData.path("seed-quotes.json"));
    String body = String.join("\n", story.body());
    bank.quotes().get(0).paragraphs().forEach(p -> assertThat(body).contains(p));
    long reaction = story.body().stream().filter(p -> p.startsWith("\"") || p.contains(" said")).count();
    assertThat(reaction).isLessThanOrEqualTo(4);
    // the bank's words are printed as the bank gives them; the critic brings the minister's reply to it, directly after
    // it (rules.json reaction.replies balance), in place of the Home Office's explanation, which scores less
    assertThat(body).contains(bank.quotes().get(0).paragraphs().get(2) + "\"\nImmigration minister Robert Jenrick "
        + bank.reportedStatements().get(2).text() + ".");
    assertThat(body).doesNotContain(bank.reportedStatements().get(3).text());
  }

  @Test
  void saysMoreThanHalveKeepsTheComparisonAndRepeatsTheNote() {
    assertThat(story.headline()).isEqualTo("Drug seizures by Thames Valley Police more than halve");
    assertThat(story.body().get(0)).contains("down from 1,608 the year before");
    assertThat(story.body().get(1)).contains(NOTE.substring(0, NOTE.length() - 1));
  }

  @Test
  void warnsAboutTheFallFrom1608To679() {
    assertThat(story.warnings()).contains("Seizures fell by 58 per cent (1,608 to 679): check for a change in recording.");
  }

  @Test
  void everyFigureIsAFactAndEveryFactIsInTheText() {
    assertThat(StoryFigures.withoutFact(story)).isEmpty();
    assertThat(StoryFigures.factsNotInText(story)).isEmpty();
  }

  @Test
  void markdownMatchesTheGoldenFile() throws IOException {
    assertGolden("story-thames-valley-2021-22.md", StoryText.toMarkdown(story));
  }

  @Test
  void sidecarMatchesTheGoldenFile() throws IOException {
    assertGolden("story-thames-valley-2021-22.json", StoryText.toJson(story));
  }

  @Test
  void theReadmeShowsTheStorysFirstLinesAsHaulWritesThem() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String markdown = StoryText.toMarkdown(story);
    // the copy's first lines: its headline and lede, after the comment that carries the warnings
    String opening = String.join("\n", markdown.substring(markdown.indexOf("\n# ") + 1).lines().limit(3).toList());
    assertThat(readme).contains(opening);
  }

  private static void assertGolden(String name, String actual) throws IOException {
    haul.testing.Golden.assertText(name, actual);
  }

}
