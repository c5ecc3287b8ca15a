package haul.publish;

import java.util.Objects;

/**
 * One cell of a workbook sheet as it will be written: its kind (which decides its style), the text
 * a spreadsheet shows, and for a number the exact value stored and the number style that displays it.
 *
 * @param numberStyle for a number, the decimals it is shown with (see {@link OdsTheme}); else 0
 */
record OdsCell(Kind kind, String text, String value, NumberFormat numberStyle) {

  enum Kind {
    TITLE,
    HEADING,
    TEXT,
    /** A link to another sheet's A1, its text the sheet's name. */
    SHEET_LINK,
    NUMBER
  }

  /** How a number is shown: fixed decimals, thousands separated. */
  record NumberFormat(int decimals) {
    static final NumberFormat NONE = new NumberFormat(0);
  }

  OdsCell {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    if (kind != Kind.NUMBER && text.isEmpty()) {
      throw new IllegalArgumentException("a workbook cell is never blank: give a word or a shorthand such as [z]");
    }
  }

  static OdsCell title(String text) {
    return new OdsCell(Kind.TITLE, text, "", NumberFormat.NONE);
  }

  static OdsCell heading(String text) {
    return new OdsCell(Kind.HEADING, text, "", NumberFormat.NONE);
  }

  static OdsCell text(String text) {
    return new OdsCell(Kind.TEXT, text, "", NumberFormat.NONE);
  }

  static OdsCell sheetLink(String sheet) {
    return new OdsCell(Kind.SHEET_LINK, sheet, "", NumberFormat.NONE);
  }

  static OdsCell number(String value, String shown, int decimals) {
    return new OdsCell(Kind.NUMBER, shown, value, new NumberFormat(decimals));
  }
}
