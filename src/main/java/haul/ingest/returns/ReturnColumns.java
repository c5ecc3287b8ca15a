package haul.ingest.returns;

import java.util.List;

/**
 * The columns of a record-level return (DESIGN.md "Formats at the edges"), in the order the
 * scanner finds them in a header and the store stages them. The one place they are listed.
 */
final class ReturnColumns {

  static final List<String> NAMES = List.of("agency", "seizure_id", "seizure_date", "drug", "quantity", "unit");

  /** The header a return needs, as messages write it. */
  static final String HEADER = String.join(",", NAMES);

  private ReturnColumns() {}
}
