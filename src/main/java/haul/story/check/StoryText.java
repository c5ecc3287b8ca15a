package haul.story.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A story split into paragraphs, with its quotations found (DESIGN.md "check-story").
 *
 * <p>Paragraphs are separated by blank lines. Quotations are marked by straight or curly double
 * quotes; a paragraph that opens a quotation without closing it continues it into the next
 * paragraph when that one opens with a quotation mark (the British convention the seed uses), and
 * ends it otherwise.
 */
final class StoryText {

  private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]*\\S[^\\n]*(?:\\n[^\\n]*\\S[^\\n]*)*");

  private final List<Paragraph> paragraphs;
  private final List<Quotation> quotations;

  private StoryText(List<Paragraph> paragraphs, List<Quotation> quotations) {
    this.paragraphs = List.copyOf(paragraphs);
    this.quotations = List.copyOf(quotations);
  }

  static StoryText read(String text) {
    List<int[]> bounds = new ArrayList<>();
    Matcher matcher = PARAGRAPH.matcher(text);
    while (matcher.find()) {
      bounds.add(new int[] {matcher.start(), matcher.end()});
    }
    char[] unquoted = text.toCharArray();
    List<Quotation> quotations = new ArrayList<>();
    int openAt = -1;
    int openParagraph = 0;
    int previousEnd = 0;
    for (int i = 0; i < bounds.size(); i++) {
      int start = bounds.get(i)[0];
      int end = bounds.get(i)[1];
      int first = firstVisible(text, start, end);
      boolean continues = openAt >= 0 && isQuoteMark(text.charAt(first));
      if (openAt >= 0 && !continues) {
        quotations.add(new Quotation(openAt, previousEnd, openParagraph));
        openAt = -1;
      }
      for (int at = start; at < end; at++) {
        char c = text.charAt(at);
        if (continues && at == first) {
          unquoted[at] = ' ';
          continue;
        }
        if (openAt < 0 && (c == '"' || c == '\u201C')) {
          openAt = at;
          openParagraph = i + 1;
        } else if (openAt >= 0 && (c == '"' || c == '\u201D')) {
          unquoted[at] = ' ';
          quotations.add(new Quotation(openAt, at + 1, openParagraph));
          openAt = -1;
          continue;
        }
        if (openAt >= 0) {
          unquoted[at] = ' ';
        }
      }
      previousEnd = end;
    }
    if (openAt >= 0) {
      quotations.add(new Quotation(openAt, previousEnd, openParagraph));
    }
    String blanked = new String(unquoted);
    List<Paragraph> paragraphs = new ArrayList<>();
    for (int i = 0; i < bounds.size(); i++) {
      int start = bounds.get(i)[0];
      int end = bounds.get(i)[1];
      paragraphs.add(new Paragraph(i + 1, start, text.substring(start, end), blanked.substring(start, end)));
    }
    return new StoryText(paragraphs, quotations);
  }

  private static int firstVisible(String text, int start, int end) {
    int at = start;
    while (at < end - 1 && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return at;
  }

  private static boolean isQuoteMark(char c) {
    return c == '"' || c == '\u201C';
  }

  List<Paragraph> paragraphs() {
    return paragraphs;
  }

  List<Quotation> quotations() {
    return quotations;
  }
}
