package haul.stats;

import java.util.OptionalLong;

/**
 * A number of seizures that may be "not available" (an agency with no return for a year, a blank
 * cell of a published table). Not available is never zero: it is excluded from comparisons.
 */
public record Count(OptionalLong value) {

  private static final Count NOT_AVAILABLE = new Count(OptionalLong.empty());

  public static Count of(long value) {
    return new Count(OptionalLong.of(value));
  }

  public static Count notAvailable() {
    return NOT_AVAILABLE;
  }

  public boolean isAvailable() {
    return value.isPresent();
  }

  /** The value; only call when {@link #isAvailable()}. */
  public long get() {
    return value.orElseThrow(() -> new IllegalStateException("figure not available"));
  }
}
