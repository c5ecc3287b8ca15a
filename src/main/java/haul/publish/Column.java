package haul.publish;

import java.util.Objects;

/**
 * A column of a published table.
 *
 * @param name the CSV header, a contract (DESIGN.md "Formats at the edges")
 * @param heading the workbook's header, with its unit
 * @param format how the workbook formats its numbers
 */
public record Column(String name, String heading, NumberStyle format) {

  /** Number formats of the workbook, each with thousands separators where they help. */
  public enum NumberStyle {
    NONE,
    COUNT,
    QUANTITY,
    PERCENT
  }

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(format, "format");
  }

  public static Column text(String name, String heading) {
    return new Column(name, heading, NumberStyle.NONE);
  }

  public static Column count(String name, String heading) {
    return new Column(name, heading, NumberStyle.COUNT);
  }
}
