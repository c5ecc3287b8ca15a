package haul.publish;

import java.util.Objects;

/**
 * One value of a table row: text, a number already rounded by {@link OutputFormat}, "not
 * available" (blank in CSV, {@code [x]} in the workbook) or "not applicable", such as the quantity
 * of a count-only drug (blank in CSV, {@code [z]} in the workbook).
 */
public record Cell(Kind kind, String text) {

  public enum Kind {
    TEXT,
    NUMBER,
    NOT_AVAILABLE,
    NOT_APPLICABLE
  }

  private static final Cell NOT_AVAILABLE = new Cell(Kind.NOT_AVAILABLE, "");
  private static final Cell NOT_APPLICABLE = new Cell(Kind.NOT_APPLICABLE, "");

  public Cell {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if (kind == Kind.NUMBER && text.isEmpty()) {
      throw new IllegalArgumentException("a number cell needs a number: use Cell.notAvailable()");
    }
  }

  public static Cell text(String text) {
    return new Cell(Kind.TEXT, text);
  }

  public static Cell number(String formatted) {
    return new Cell(Kind.NUMBER, formatted);
  }

  public static Cell notAvailable() {
    return NOT_AVAILABLE;
  }

  public static Cell notApplicable() {
    return NOT_APPLICABLE;
  }

  /** The text the CSV tables print: the value, or empty. */
  public String csv() {
    return text;
  }
}
