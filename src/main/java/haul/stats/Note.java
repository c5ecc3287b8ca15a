package haul.stats;

import haul.reference.FinancialYear;
import java.util.Objects;
import java.util.Optional;

/**
 * A data-quality note; an empty agency is a note on the whole release.
 *
 * @param text the note as tables and the workbook print it
 * @param storyText the note's prose form for stories, when it has one (its figures must be facts of
 *     the release; a story checks them before it tells it)
 */
public record Note(FinancialYear year, Optional<String> agencyCode, String text, Optional<String> storyText) {

  public Note {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(agencyCode, "agencyCode");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(storyText, "storyText");
  }

  /** A note without a prose form for stories. */
  public Note(FinancialYear year, Optional<String> agencyCode, String text) {
    this(year, agencyCode, text, Optional.empty());
  }
}
