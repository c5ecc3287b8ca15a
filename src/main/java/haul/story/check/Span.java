package haul.story.check;

/**
 * A stretch of the checked text.
 *
 * @param start offset of its first character in the whole text
 * @param end offset just past its last character
 * @param paragraph 1-based number of the paragraph it starts in
 */
public record Span(int start, int end, int paragraph, String text) {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
