package haul.story.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property (plain JUnit, seeded): any text made of story-like pieces is checked without an
 * exception, and every finding's span is the text it points at.
 */
class UntidyTextPropertyTest {

  private static final List<String> PIECES =
      List.of(
          "679", "1,608", "0.2kg", "40g", "nearly", "over", "19,000kg", "14", "per cent", "%", "-", "times", "ten",
          "no ketamine", "cocaine", "cannabis plants", "doses of LSD", "\"", "\u201C", "\u201D", "\n\n", "\n", ".",
          ",", " ", "  ", "in 2021", "March 2022", "2021/22", "from", "to", "down", "up", "rose", "fell", "less",
          "seizures", "drugs", "Thames Valley Police", "the force", "nationally", "London", "Border Force", "a fall of",
          "1.2 million", "FYE2022", "20 April 2023", "COVID-19", "£5", "0", "00", "1,", ",000", "1.", ".5", "\u2212",
          "seizure", "plants", "kg", "g");

  @Test
  void anyTextIsCheckedWithoutAnException() {
    Random random = new Random(45L);
    for (int run = 0; run < 500; run++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(40);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES.get(random.nextInt(PIECES.size())));
        if (random.nextBoolean()) {
          text.append(' ');
        }
      }
      String story = text.toString();
      CheckReport report = StoryChecker.check(SeedRelease.release(), "thames-valley", story);
      for (Finding finding : report.findings()) {
        assertThat(story.substring(finding.span().start(), finding.span().end()))
            .as("run %d: %s", run, story)
            .isEqualTo(finding.span().text());
      }
      assertThat(TextReport.render(report)).isNotEmpty();
      assertThat(JsonReport.render(report)).startsWith("{");
    }
  }
}
