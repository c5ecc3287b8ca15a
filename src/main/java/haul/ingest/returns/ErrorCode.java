package haul.ingest.returns;

/**
 * Why a row or a file of a return was rejected. Each code has its own message; tests assert codes,
 * users read messages. In a template, {@code {value}} is what the row held and {@code {detail}}
 * what the rule adds (the accepted units, the conflicting dates). Both are input, so a message
 * shows at most {@link #ECHO_LIMIT} characters of each, with a NUL as {@code \0}.
 */
public enum ErrorCode {
  // Whole-file problems: the command is refused, nothing changes.
  FILE_NOT_FOUND(Scope.FILE, "no such file"),
  FILE_UNREADABLE(Scope.FILE, "cannot read the file: {detail}"),
  EMPTY_FILE(Scope.FILE, "the file is empty: a return needs the header {detail} and one row per drug line"),
  NO_ROWS(Scope.FILE, "the file has a header but no rows"),
  UTF16(Scope.FILE, "the file is UTF-16 text ({detail}), not UTF-8: save it as CSV UTF-8"),
  NOT_UTF8(Scope.FILE, "the file is not UTF-8 text (bytes that are not UTF-8 {detail}): save it as CSV UTF-8"),
  BLANK_LINES_BEFORE_HEADER(
      Scope.FILE, "the header is on line {value}, after {detail}: delete them, so that the header is the first line"),
  MISSING_COLUMN(Scope.FILE, "the header has no column {value}: a return needs {detail}"),
  DUPLICATE_COLUMN(Scope.FILE, "the header names column {value} twice"),
  RAGGED_ROW(Scope.FILE, "this row has {value} fields, the header has {detail}: check for a missing or extra comma"),
  FIELD_TOO_LONG(Scope.FILE, "a field of {value} characters, over the limit of {detail}: is this a return?"),
  NUL_CHARACTER(Scope.FILE, "'{value}' holds a NUL character (shown as \\0): is this a text file?"),
  MALFORMED_CSV(Scope.FILE, "the file is not well-formed CSV: {detail}"),
  YEAR_HELD_FROM_TABLES(
      Scope.FILE,
      "rows dated in {value}, a year this store holds from published tables; a year never mixes sources"),

  // Row problems: the row is rejected (and, with --partial, kept aside).
  MISSING_AGENCY(Scope.ROW, "no agency: give its code or name"),
  UNKNOWN_AGENCY(Scope.ROW, "'{value}' is not an agency code or name"),
  AGENCY_NOT_PERMITTED(Scope.ROW, "'{value}' is another agency's row; this return may hold rows of {detail} only"),
  MISSING_ID(Scope.ROW, "no seizure_id: every row needs the id of its seizure"),
  MISSING_DATE(Scope.ROW, "no seizure_date: write it as YYYY-MM-DD"),
  INVALID_DATE(Scope.ROW, "'{value}' is not a date: write it as YYYY-MM-DD, such as 2021-05-31"),
  DATE_OUT_OF_RANGE(Scope.ROW, "'{value}' is before {detail}, the start of the series"),
  FUTURE_DATE(Scope.ROW, "{value} is in the future (today is {detail})"),
  MISSING_DRUG(Scope.ROW, "no drug: give its name"),
  UNKNOWN_DRUG(Scope.ROW, "'{value}' is not a drug haul knows (see drugs.csv and drug_aliases.csv)"),
  DRUG_NOT_CONTROLLED_ON_DATE(Scope.ROW, "'{value}' was not a controlled drug on {detail}"),
  INVALID_QUANTITY(
      Scope.ROW, "'{value}' is not a quantity: write a number with a decimal point, such as 1.5 (at most 999999999)"),
  NEGATIVE_QUANTITY(Scope.ROW, "'{value}' is negative: a quantity is 0 or more"),
  MISSING_UNIT(Scope.ROW, "quantity {detail} has no unit"),
  UNKNOWN_UNIT(Scope.ROW, "'{value}' is not a unit haul knows ({detail})"),
  UNIT_NOT_FOR_DRUG(Scope.ROW, "'{value}' is not a unit for {detail}"),
  EVENT_AGENCY_CONFLICT(Scope.ROW, "rows of this seizure_id name different agencies ({detail}); a seizure belongs to one agency"),
  EVENT_DATE_CONFLICT(Scope.ROW, "rows of this seizure are dated differently ({detail}); a seizure has one date"),
  EVENT_IN_SEVERAL_FILES(
      Scope.ROW,
      "seizure {value} is also in {detail}, with other rows: one command may hold a seizure in one file only;"
          + " import a revision on its own, after"),
  EVENT_HAS_REJECTED_ROW(Scope.ROW, "seizure {value} has a rejected row (row {detail}), so none of its rows is loaded");

  /** Whether a code rejects one row or refuses the whole command. */
  public enum Scope {
    FILE,
    ROW
  }

  /** The most characters of one input value a message repeats. */
  public static final int ECHO_LIMIT = 200;

  private final Scope scope;
  private final String template;

  ErrorCode(Scope scope, String template) {
    this.scope = scope;
    this.template = template;
  }

  public Scope scope() {
    return scope;
  }

  /** The message for a problem, with the row's value and the rule's detail put in. */
  public String message(String value, String detail) {
    return template
        .replace("{value}", echo(value))
        .replace("{detail}", echo(detail));
  }

  /**
   * Input as a message may repeat it: at most {@link #ECHO_LIMIT} characters (then how long it
   * was), a NUL written {@code \0} so that a terminal or JSON reader sees it.
   */
  static String echo(String input) {
    if (input == null) {
      return "";
    }
    String shown = input;
    if (input.length() > ECHO_LIMIT) {
      int end = Character.isHighSurrogate(input.charAt(ECHO_LIMIT - 1)) ? ECHO_LIMIT - 1 : ECHO_LIMIT;
      shown = input.substring(0, end)
          + String.format(java.util.Locale.UK, "... (%,d characters)", input.codePointCount(0, input.length()));
    }
    return shown.indexOf('\0') < 0 ? shown : shown.replace("\0", "\\0");
  }
}
