package haul.store;

import java.util.Optional;

/** A data-quality note as stored; an empty agency code is a note on the whole release. */
public record StoredNote(int financialYearEnd, Optional<String> agencyCode, String text) {}
