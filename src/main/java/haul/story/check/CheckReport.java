package haul.story.check;

import haul.reference.FinancialYear;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything the checker found in one story, in the order of the text.
 *
 * @param agencyCode the agency the story is about; empty for a national text
 */
public record CheckReport(Optional<String> agencyCode, FinancialYear year, List<Finding> findings) {

  public CheckReport {
    findings =
        findings.stream()
            .sorted(Comparator.comparingInt((Finding f) -> f.span().start()).thenComparingInt(f -> f.span().end()))
            .toList();
  }

  /** Whether any figure contradicts the data: the command's exit code is 4 when it does. */
  public boolean hasContradictions() {
    return count(FindingKind.CONTRADICTED) > 0;
  }

  /** Whether any figure could not be verified: with {@code --strict} the exit code is 5. */
  public boolean hasUnknowns() {
    return count(FindingKind.UNKNOWN) > 0;
  }

  public long count(FindingKind kind) {
    return findings.stream().filter(f -> f.kind() == kind).count();
  }

  public List<Finding> findings(FindingKind kind) {
    return findings.stream().filter(f -> f.kind() == kind).toList();
  }

  /** What the text was read as: the agency's code, or {@code national}. */
  public String subject() {
    return agencyCode.orElse("national");
  }
}
