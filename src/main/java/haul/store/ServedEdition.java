package haul.store;

import haul.reference.FinancialYear;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An edition as the server reads it back from the store: which year, which revision, from when the
 * public may see it, and whether it was withdrawn (then never). Its status (embargoed, public, superseded) depends on the time of asking,
 * so it is not held here.
 */
public record ServedEdition(
    FinancialYear year, int number, Instant createdAt, Instant publicAt, String dataFingerprint,
    Optional<Instant> withdrawnAt) implements EditionTimes {

  /** An edition not withdrawn. */
  public ServedEdition(FinancialYear year, int number, Instant createdAt, Instant publicAt, String dataFingerprint) {
    this(year, number, createdAt, publicAt, dataFingerprint, Optional.empty());
  }

  public ServedEdition {
    Objects.requireNonNull(withdrawnAt, "withdrawnAt");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(publicAt, "publicAt");
    Objects.requireNonNull(dataFingerprint, "dataFingerprint");
    if (number < 1) {
      throw new IllegalArgumentException("edition numbers start at 1: " + number);
    }
  }

  @Override
  public int financialYearEnd() {
    return year.endYear();
  }

  @Override
  public boolean withdrawn() {
    return withdrawnAt.isPresent();
  }
}
