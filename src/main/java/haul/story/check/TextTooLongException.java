package haul.story.check;

/** A text over {@link StoryChecker#MAX_BYTES}: refused rather than checked for minutes. */
public final class TextTooLongException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final long bytes;

  TextTooLongException(long bytes) {
    super("the text is " + bytes + " bytes; check-story reads at most " + StoryChecker.MAX_BYTES
        + " bytes (2 MB): split it into stories");
    this.bytes = bytes;
  }

  public long bytes() {
    return bytes;
  }
}
