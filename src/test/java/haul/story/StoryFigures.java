package haul.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contract of a story's figures, for tests: every figure outside quotation marks is some
 * fact's text, verbatim, and every fact's text is in the story. A period ("March 2022") names a
 * financial year and is not a figure.
 */
final class StoryFigures {

  private static final Pattern CLOSED_QUOTE = Pattern.compile("\"[^\"]*\"");
  private static final Pattern PERIOD = Pattern.compile("March \\d{4}");
  private static final Pattern FIGURE = Pattern.compile("\\d[\\d,.]*");

  private StoryFigures() {}

  /** The figures of the story (headline and body) that no fact accounts for. */
  static List<String> withoutFact(Story story) {
    List<String> texts =
        story.facts().stream().map(Fact::text).distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    List<String> missing = new ArrayList<>();
    List<String> parts = new ArrayList<>(story.body());
    parts.add(0, story.headline());
    for (String part : parts) {
      String outside = outsideQuotes(part);
      outside = PERIOD.matcher(outside).replaceAll(" ");
      for (String text : texts) {
        outside = outside.replace(text, " ");
      }
      Matcher figure = FIGURE.matcher(outside);
      while (figure.find()) {
        missing.add(figure.group() + " in: " + part);
      }
    }
    return missing;
  }

  /** Facts whose text is not in the story's headline or body. */
  static List<String> factsNotInText(Story story) {
    String all = story.headline() + "\n" + String.join("\n", story.body());
    return story.facts().stream().map(Fact::text).filter(t -> !all.contains(t)).toList();
  }

  /**
   * A paragraph without its quotations. A quotation opened and not closed runs to the end of the
   * paragraph (the British convention: it continues in the next paragraph, which opens with a mark).
   */
  static String outsideQuotes(String paragraph) {
    String text = CLOSED_QUOTE.matcher(paragraph).replaceAll(" ");
    int open = text.indexOf('"');
    return open < 0 ? text : text.substring(0, open);
  }
}
