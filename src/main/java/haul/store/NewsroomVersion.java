package haul.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One version of a story, kept for ever: the text an edition generated, an editor's edit, or the
 * text approved, with check-story's result on it.
 *
 * @param number 1, 2, ... per story of a year, across editions; 0 before it is stored
 * @param edition the edition whose figures the version was written or checked against
 * @param kind {@code generated}, {@code edited} or {@code approved}
 * @param facts the sidecar's facts (JSON array) of a generated version; {@code []} for the others
 * @param warnings the sidecar's editor warnings
 * @param findings check-story's findings as a JSON array of objects ({@code kind}, {@code paragraph}
 *     (1 is the headline), {@code text}, {@code message}, {@code right_value})
 * @param author the name of the token that wrote it; {@code haul} for a generated version
 */
public record NewsroomVersion(
    int financialYearEnd,
    String agencyCode,
    int number,
    int edition,
    String kind,
    String headline,
    List<String> body,
    String facts,
    List<String> warnings,
    String findings,
    int contradicted,
    int unknown,
    int matched,
    String author,
    Instant createdAt) {

  public NewsroomVersion {
    Objects.requireNonNull(agencyCode, "agencyCode");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(headline, "headline");
    body = List.copyOf(body);
    Objects.requireNonNull(facts, "facts");
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** The same version under the number the store gave it. */
  public NewsroomVersion numbered(int assigned) {
    return new NewsroomVersion(financialYearEnd, agencyCode, assigned, edition, kind, headline, body, facts, warnings,
        findings, contradicted, unknown, matched, author, createdAt);
  }
}
