package haul.ingest.tables;

/**
 * Why a published table was refused (an error) or what a check found in it (a warning). Tests
 * assert codes, not wording.
 */
public enum TableIssueCode {
  // errors: the file is refused and nothing loads
  UNREADABLE_FILE,
  NOT_UTF8,
  EMPTY_FILE,
  YEAR_UNKNOWN,
  YEAR_CONFLICT,
  MEASURE_UNKNOWN,
  MEASURE_CONFLICT,
  UNMAPPED_HEADER,
  DUPLICATE_COLUMN,
  NO_AGENCY_COLUMN,
  ITEM_NOT_IN_MEASURE,
  NO_UNIT_RULE,
  RAGGED_ROW,
  UNMAPPED_AGENCY,
  DUPLICATE_AGENCY,
  NOT_A_NUMBER,
  NEGATIVE_VALUE,
  NOT_A_WHOLE_NUMBER,
  TOO_MANY_DECIMALS,
  /** A figure larger than the store's statistics can hold and add up for every agency. */
  VALUE_TOO_LARGE,
  ALREADY_HELD,
  HELD_FROM_RETURNS,
  /** A rule of a mapping file given with --mapping cannot be read. */
  BAD_MAPPING_RULE,
  // warnings: loaded, and reported with the cells involved
  AGENCY_MISSING,
  TOTAL_BELOW_ITEM,
  CLASS_BELOW_DRUG,
  CLASS_ABOVE_SUM,
  GROUP_BELOW_DRUG,
  GROUP_ABOVE_SUM,
  TOTAL_ROW_DIFFERS;
}
