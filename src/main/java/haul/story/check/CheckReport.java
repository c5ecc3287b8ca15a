package haul.story.check;

import haul.reference.FinancialYear;
import java.util.Comparator;
import java.util.List;

/**
 * Everything the checker found in one story, in the order of the text.
 *
 * @param agencyCode the agency the story is about
 */
public record CheckReport(String agencyCode, FinancialYear year, List<Finding> findings) {

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

  public long count(FindingKind kind) {
    return findings.stream().filter(f -> f.kind() == kind).count();
  }

  public List<Finding> findings(FindingKind kind) {
    return findings.stream().filter(f -> f.kind() == kind).toList();
  }
}
