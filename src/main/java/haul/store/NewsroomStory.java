package haul.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One agency's story of one edition under review.
 *
 * @param currentVersion the version of {@link NewsroomVersion} it reads as now: an editor saves
 *     against it, and a save made against an older one is refused (optimistic locking)
 * @param revisionWarning what a revision changed, when it sent the story back to draft
 * @param decidedBy the name of the token that approved or held it, with {@code decidedAt}
 */
public record NewsroomStory(
    int financialYearEnd,
    int edition,
    String agencyCode,
    NewsroomStatus status,
    int currentVersion,
    Optional<String> revisionWarning,
    Optional<String> decidedBy,
    Optional<Instant> decidedAt) {

  public NewsroomStory {
    Objects.requireNonNull(agencyCode, "agencyCode");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(revisionWarning, "revisionWarning");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(decidedAt, "decidedAt");
  }
}
