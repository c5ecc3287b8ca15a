package haul.ingest.returns;

import java.util.List;

/**
 * What an import command did: the report, how it ended, and notices for the user (files skipped
 * because their content was imported before).
 */
public record ImportResult(ImportReport report, Outcome outcome, List<String> notices) {

  public ImportResult {
    notices = List.copyOf(notices);
  }

  /** How an import ended. */
  public enum Outcome {
    /** Every row loaded. */
    LOADED,
    /** The valid rows loaded; rejected rows kept aside (a partial import). */
    LOADED_WITH_REJECTS,
    /** Nothing new to load: every file had been imported before. */
    NOTHING_NEW,
    /** Refused: nothing changed (rejected rows without partial, a whole-file problem, a year held from tables). */
    REFUSED,
    /** Refused because rows belong to an agency the caller may not submit for; nothing changed. */
    FORBIDDEN
  }
}
