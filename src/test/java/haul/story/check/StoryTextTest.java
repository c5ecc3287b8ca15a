package haul.story.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Paragraphs and quotations. */
class StoryTextTest {

  private static List<String> quoted(String text) {
    StoryText story = StoryText.read(text);
    return story.quotations().stream().map(q -> text.substring(q.start(), q.end())).toList();
  }

  @Test
  void paragraphsAreSeparatedByBlankLines() {
    StoryText story = StoryText.read("# Headline\n\nFirst line\nsame paragraph.\n \nSecond.\n");
    assertThat(story.paragraphs()).extracting(Paragraph::number, Paragraph::text)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(1, "# Headline"),
            org.assertj.core.api.Assertions.tuple(2, "First line\nsame paragraph."),
            org.assertj.core.api.Assertions.tuple(3, "Second."));
  }

  @Test
  void straightAndCurlyQuotesBothMarkQuotations() {
    assertThat(quoted("He said \"one\" and \u201Ctwo\u201D.")).containsExactly("\"one\"", "\u201Ctwo\u201D");
  }

  @Test
  void anOpenQuotationContinuesIntoAParagraphOpeningWithAQuotationMark() {
    String text = "She said: \u201CFirst part.\n\n\u201CSecond part.\n\n\"Last part.\"\n\nNot quoted.";
    assertThat(quoted(text)).containsExactly("\u201CFirst part.\n\n\u201CSecond part.\n\n\"Last part.\"");
    assertThat(StoryText.read(text).paragraphs().get(3).unquoted()).isEqualTo("Not quoted.");
  }

  @Test
  void anOpenQuotationEndsWithItsParagraphWhenTheNextDoesNotOpenWithAMark() {
    String text = "He said: \"Unclosed words.\n\nThe force made 679 seizures.";
    assertThat(quoted(text)).containsExactly("\"Unclosed words.");
    assertThat(StoryText.read(text).paragraphs().get(1).unquoted()).isEqualTo("The force made 679 seizures.");
  }

  @Test
  void quotedWordsAreBlankedKeepingOffsets() {
    Paragraph paragraph = StoryText.read("It showed the \u201Cfutility of 500 efforts\u201D as harm rose.").paragraphs().get(0);
    assertThat(paragraph.unquoted()).hasSameSizeAs(paragraph.text()).doesNotContain("500").endsWith(" as harm rose.");
  }

  @Test
  void apostrophesAreNotQuotationMarks() {
    assertThat(quoted("the government\u2019s figures and Release's view")).isEmpty();
  }
}
