package haul.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An edition of a year's release as stored.
 *
 * @param publicAt when it becomes public: embargoed before, public after (until a later edition
 *     supersedes it); postponing an embargoed edition moves it
 * @param dataFingerprint SHA-256 of the statistics cube and notes it was made from
 * @param referenceFingerprint SHA-256 of the reference data it was made with
 * @param withdrawnAt when it was withdrawn before becoming public: it keeps its number and files and
 *     is never public
 */
public record EditionRecord(
    int financialYearEnd,
    int number,
    Instant createdAt,
    Instant publicAt,
    String dataFingerprint,
    String referenceFingerprint,
    Optional<Instant> withdrawnAt) implements EditionTimes {

  public EditionRecord {
    Objects.requireNonNull(withdrawnAt, "withdrawnAt");
  }

  /** An edition not withdrawn. */
  public EditionRecord(int financialYearEnd, int number, Instant createdAt, Instant publicAt, String dataFingerprint,
      String referenceFingerprint) {
    this(financialYearEnd, number, createdAt, publicAt, dataFingerprint, referenceFingerprint, Optional.empty());
  }

  @Override
  public boolean withdrawn() {
    return withdrawnAt.isPresent();
  }

  /** Embargoed at a time: not withdrawn and not yet public. */
  public boolean embargoedAt(Instant now) {
    return !withdrawn() && publicAt.isAfter(now);
  }

  public EditionRecord withPublicAt(Instant at) {
    return new EditionRecord(financialYearEnd, number, createdAt, at, dataFingerprint, referenceFingerprint, withdrawnAt);
  }
}
