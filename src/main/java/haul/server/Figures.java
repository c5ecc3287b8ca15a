package haul.server;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Figures of the published tables as the dashboard prints them: thousands separators, the table's
 * own decimals, and "not available" for an empty cell (never zero).
 */
public final class Figures {

  /** The remark for a figure marked {@code n} when the note's own text is not at hand. */
  static final String NOTE_APPLIES = "a data-quality note applies (see the notes of the release)";

  private Figures() {}

  /** {@code 1608} as "1,608"; {@code -57.8} as "-57.8"; empty as "not available". */
  public static String display(String value) {
    if (value == null || value.isEmpty()) {
      return "not available";
    }
    try {
      BigDecimal number = new BigDecimal(value);
      DecimalFormat format = new DecimalFormat("#,##0.#####", DecimalFormatSymbols.getInstance(Locale.UK));
      format.setMinimumFractionDigits(Math.max(0, Math.min(5, number.scale())));
      return format.format(number);
    } catch (NumberFormatException e) {
      return value;
    }
  }

  /** A change with its sign: "+4,332" or "-929". */
  public static String signed(String value) {
    String shown = display(value);
    return value != null && !value.isEmpty() && !value.startsWith("-") && !value.matches("0(\\.0*)?") ? "+" + shown : shown;
  }

  /**
   * What a table's {@code marker} codes mean, in words, for a figure of a year: {@code "r n"} gives
   * "2021/22: revised since the last edition" and "2021/22: a data-quality note applies".
   */
  public static java.util.List<String> remarks(String yearLabel, String marker) {
    java.util.List<String> out = new java.util.ArrayList<>();
    if (marker == null) {
      return out;
    }
    for (String code : marker.trim().split("\\s+")) {
      String words = switch (code) {
        case "x" -> "not available";
        case "r" -> "revised since the last edition";
        case "e" -> "estimated";
        case "n" -> NOTE_APPLIES;
        default -> null;
      };
      if (words != null) {
        out.add(yearLabel + ": " + words);
      }
    }
    return out;
  }

  /** The plain number for a chart (empty when not available). */
  public static String raw(String value) {
    return value == null ? "" : value;
  }
}
