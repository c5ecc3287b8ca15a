package haul.story.prose;

import java.math.BigDecimal;

/** A word before a figure that says which side of it the true value lies. */
public enum Hedge {
  NONE,
  /** "nearly", "almost", "under": the true value is below the figure. */
  BELOW,
  /** "over", "more than": the true value is above the figure. */
  ABOVE,
  /** "about", "around": either side. */
  APPROXIMATE;

  /** Whether an actual value (in the figure's unit) lies on the side this hedge claims. */
  public boolean allows(BigDecimal actual, BigDecimal written) {
    return switch (this) {
      case BELOW -> actual.compareTo(written) < 0;
      case ABOVE -> actual.compareTo(written) > 0;
      case NONE, APPROXIMATE -> true;
    };
  }

  /** The word prose uses for it, with a trailing space; empty for none. */
  public String word() {
    return switch (this) {
      case BELOW -> "nearly ";
      case ABOVE -> "over ";
      case APPROXIMATE -> "about ";
      case NONE -> "";
    };
  }
}
