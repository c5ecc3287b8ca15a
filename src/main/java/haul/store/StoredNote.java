package haul.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A data-quality note as stored; an empty agency code is a note on the whole release.
 *
 * @param text the note as tables and the workbook print it
 * @param storyText the note's prose form for stories, when it has one
 */
public record StoredNote(int financialYearEnd, Optional<String> agencyCode, String text, Optional<String> storyText) {

  public StoredNote {
    Objects.requireNonNull(agencyCode, "agencyCode");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(storyText, "storyText");
  }

  /** A note without a prose form for stories. */
  public StoredNote(int financialYearEnd, Optional<String> agencyCode, String text) {
    this(financialYearEnd, agencyCode, text, Optional.empty());
  }
}
