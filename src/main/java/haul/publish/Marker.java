package haul.publish;

/** Shorthand codes of a table row (DESIGN.md "Formats at the edges"), in the order they are printed. */
public enum Marker {
  NOT_AVAILABLE("x", "not available: the agency made no return for the year, or the figure was left blank"),
  REVISED("r", "revised since the last edition"),
  ESTIMATED("e", "estimated"),
  NOTE("n", "a data-quality note applies: see the Notes sheet");

  private final String code;
  private final String meaning;

  Marker(String code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** As the CSV tables print it: {@code x}. */
  public String code() {
    return code;
  }

  /** As the workbook prints it: {@code [x]}. */
  public String shorthand() {
    return "[" + code + "]";
  }

  public String meaning() {
    return meaning;
  }
}
