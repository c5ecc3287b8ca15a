package haul.store;

import haul.reference.FinancialYear;
import java.time.Instant;
import java.util.Objects;

/**
 * An edition as the server reads it back from the store: which year, which revision, and from when
 * the public may see it. Its status (embargoed, public, superseded) depends on the time of asking,
 * so it is not held here.
 */
public record ServedEdition(FinancialYear year, int number, Instant createdAt, Instant publicAt, String dataFingerprint) {

  public ServedEdition {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(publicAt, "publicAt");
    Objects.requireNonNull(dataFingerprint, "dataFingerprint");
    if (number < 1) {
      throw new IllegalArgumentException("edition numbers start at 1: " + number);
    }
  }

  /** Whether the public may see it at a given time. */
  public boolean isPublicAt(Instant now) {
    return !publicAt.isAfter(now);
  }
}
