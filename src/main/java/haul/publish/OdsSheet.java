package haul.publish;

import java.util.ArrayList;
import java.util.List;

/**
 * A workbook sheet before it is written: its name, its rows of cells and its column widths, which
 * come from the content (GOV.UK guidance: columns wide enough for their headers and values; headers
 * wrap, so a header counts for half its length).
 */
record OdsSheet(String name, List<List<OdsCell>> rows, List<Double> widthsCm) {

  /** Widths are clamped to this range, in cm; a cell wider than the maximum wraps or overflows. */
  static final double MIN_WIDTH = 2.0;
  static final double MAX_WIDTH = 16.0;
  /** Cells of this many characters or more (sentences under a title) do not widen their column. */
  private static final int SENTENCE = 60;

  OdsSheet {
    rows = rows.stream().map(List::copyOf).toList();
    widthsCm = List.copyOf(widthsCm);
  }

  static OdsSheet of(String name, List<List<OdsCell>> rows) {
    int columns = rows.stream().mapToInt(List::size).max().orElse(1);
    int[] chars = new int[columns];
    for (List<OdsCell> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        OdsCell cell = row.get(i);
        int length = cell.text().length();
        if (cell.kind() == OdsCell.Kind.TITLE || (row.size() == 1 && length >= SENTENCE && columns > 1)) {
          continue; // a title or a sentence overflows into the empty cells beside it
        }
        int need = cell.kind() == OdsCell.Kind.HEADING ? (length + 1) / 2 : length;
        chars[i] = Math.max(chars[i], need);
      }
    }
    List<Double> widths = new ArrayList<>();
    for (int c : chars) {
      double cm = Math.round((0.4 + 0.21 * c) * 10) / 10.0;
      widths.add(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, cm)));
    }
    return new OdsSheet(name, rows, widths);
  }
}
