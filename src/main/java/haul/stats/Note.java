package haul.stats;

import haul.reference.FinancialYear;
import java.util.Optional;

/** A data-quality note; an empty agency is a note on the whole release. */
public record Note(FinancialYear year, Optional<String> agencyCode, String text) {}
