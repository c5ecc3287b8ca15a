package haul.story.check;

import java.util.ArrayList;
import java.util.List;

/**
 * A story split into paragraphs, with its quotations found (DESIGN.md "check-story").
 *
 * <p>Paragraphs are separated by blank lines. Quotations are marked by straight or curly double
 * quotes; a paragraph that opens a quotation without closing it continues it into the next
 * paragraph when that one opens with a quotation mark (the British convention the seed uses), and
 * ends it otherwise.
 */
final class StoryText {


  private final List<Paragraph> paragraphs;
  private final List<Quotation> quotations;

  private StoryText(List<Paragraph> paragraphs, List<Quotation> quotations) {
    this.paragraphs = List.copyOf(paragraphs);
    this.quotations = List.copyOf(quotations);
  }

  static StoryText read(String original) {
    String text = withoutComments(original);
    List<int[]> bounds = paragraphs(text);
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

  /**
   * The text with every HTML comment blanked (its line breaks kept, so every place in the text keeps
   * its offset): a comment is no copy (a story's Markdown carries its warnings for the editor in one),
   * and a comment left open runs to the end, as in HTML.
   */
  private static String withoutComments(String text) {
    int open = text.indexOf("<!--");
    if (open < 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    while (open >= 0) {
      int close = text.indexOf("-->", open + 4);
      int end = close < 0 ? text.length() : close + 3;
      for (int i = open; i < end; i++) {
        if (chars[i] != '\n') {
          chars[i] = ' ';
        }
      }
      open = close < 0 ? -1 : text.indexOf("<!--", end);
    }
    return new String(chars);
  }

  /**
   * The paragraphs' bounds: runs of lines that are not blank, from the start of the first to the end
   * of the last (without its line break). One pass: a regular expression for this backtracked over
   * every character of a long blank line.
   */
  private static List<int[]> paragraphs(String text) {
    List<int[]> bounds = new ArrayList<>();
    int start = -1;
    int end = -1;
    int line = 0;
    while (line <= text.length()) {
      int lineEnd = text.indexOf('\n', line);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      if (isBlank(text, line, lineEnd)) {
        if (start >= 0) {
          bounds.add(new int[] {start, end});
          start = -1;
        }
      } else {
        if (start < 0) {
          start = line;
        }
        end = lineEnd;
      }
      line = lineEnd + 1;
    }
    if (start >= 0) {
      bounds.add(new int[] {start, end});
    }
    return bounds;
  }

  /** Blank as a regular expression's {@code \\s} sees it: spaces, tabs, form feeds, vertical tabs, returns. */
  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\u000B' && c != '\f' && c != '\r') {
        return false;
      }
    }
    return true;
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
