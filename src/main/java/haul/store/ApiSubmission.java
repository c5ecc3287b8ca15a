package haul.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A return submitted through {@code haul serve}, as kept for the agency to look back on.
 *
 * @param agencyCode the submitting token's agency; empty for an admin token
 * @param report the import report as JSON, exactly as the submission was answered
 */
public record ApiSubmission(long id, Optional<String> agencyCode, Instant submittedAt, String name, String outcome, int httpStatus, String report) {

  public ApiSubmission {
    Objects.requireNonNull(agencyCode, "agencyCode");
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(report, "report");
  }
}
