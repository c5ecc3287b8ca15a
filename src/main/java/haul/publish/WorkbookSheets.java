package haul.publish;

import haul.reference.Unit;
import haul.stats.Note;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * What the workbook's sheets hold, laid out by the GOV.UK guidance for accessible spreadsheets:
 * a cover sheet, contents, the shorthand used, the numbered notes, then one table per sheet with
 * its title in A1, one header row with units, and no blank cell inside a table (a figure not
 * available is {@code [x]}, one not applicable {@code [z]}, a row without markers says "none").
 */
final class WorkbookSheets {

  static final String SHORTHAND_SHEET = "Shorthand";
  static final String NOTES_SHEET = "Notes";
  private static final String NOT_APPLICABLE = "[z]";
  private static final String NO_MARKERS = "none";

  private final WorkbookCover cover;
  private final List<PublishedTable> tables;
  private final List<Note> notes;

  WorkbookSheets(WorkbookCover cover, List<PublishedTable> tables, List<Note> notes) {
    this.cover = cover;
    this.tables = List.copyOf(tables);
    this.notes = List.copyOf(notes);
  }

  List<OdsSheet> all() {
    List<OdsSheet> sheets = new ArrayList<>();
    sheets.add(coverSheet());
    sheets.add(contentsSheet());
    sheets.add(shorthandSheet());
    sheets.add(notesSheet());
    tables.forEach(t -> sheets.add(tableSheet(t)));
    return sheets;
  }

  /** A note's number on the Notes sheet: its place in the list, from 1. */
  OptionalInt numberOf(Note note) {
    int index = notes.indexOf(note);
    return index < 0 ? OptionalInt.empty() : OptionalInt.of(index + 1);
  }

  private static List<OdsCell> line(OdsCell... cells) {
    return List.of(cells);
  }

  private OdsSheet coverSheet() {
    List<List<OdsCell>> rows = new ArrayList<>();
    rows.add(line(OdsCell.title(cover.title())));
    cover.about().forEach(a -> rows.add(line(OdsCell.text(a))));
    for (String[] item : new String[][] {
        {"Source", cover.source()}, {"Contact", cover.contact()}, {"Published", cover.published()},
        {"Edition", cover.edition()}}) {
      rows.add(line(OdsCell.heading(item[0])));
      rows.add(line(OdsCell.text(item[1])));
    }
    return OdsSheet.of("Cover_sheet", rows);
  }

  private OdsSheet contentsSheet() {
    List<List<OdsCell>> rows = new ArrayList<>();
    rows.add(line(OdsCell.title("Contents")));
    rows.add(line(OdsCell.text("This worksheet contains one table. Each sheet name links to its sheet.")));
    rows.add(line(OdsCell.heading("Sheet name"), OdsCell.heading("Table title")));
    rows.add(line(OdsCell.sheetLink(SHORTHAND_SHEET), OdsCell.text("Shorthand used in the tables, and what it means")));
    rows.add(line(OdsCell.sheetLink(NOTES_SHEET), OdsCell.text("Notes on the data, by number")));
    tables.forEach(t -> rows.add(line(OdsCell.sheetLink(t.sheetName()), OdsCell.text(t.title()))));
    return OdsSheet.of("Contents", rows);
  }

  private OdsSheet shorthandSheet() {
    List<List<OdsCell>> rows = new ArrayList<>();
    rows.add(line(OdsCell.title("Shorthand used in the tables")));
    rows.add(line(OdsCell.text("This worksheet contains one table. A figure's cell holds [x] or [z] in place of"
        + " the figure; the other shorthand is in the Notes and markers column of a table.")));
    rows.add(line(OdsCell.heading("Shorthand"), OdsCell.heading("Meaning")));
    for (Marker marker : Marker.values()) {
      if (marker != Marker.NOTE) {
        rows.add(line(OdsCell.text(marker.shorthand()), OdsCell.text(marker.meaning())));
      }
    }
    rows.add(line(OdsCell.text(NOT_APPLICABLE), OdsCell.text("not applicable: a count-only drug has no quantity,"
        + " an agency outside the regions has no region, a group of drugs has no single class, and a percent"
        + " change from no seizures is undefined")));
    rows.add(line(OdsCell.text("[note 1]"), OdsCell.text("a data-quality note applies to the row: the note of that"
        + " number on the Notes sheet")));
    rows.add(line(OdsCell.text(NO_MARKERS), OdsCell.text("the row has no shorthand")));
    return OdsSheet.of(SHORTHAND_SHEET, rows);
  }

  private OdsSheet notesSheet() {
    List<List<OdsCell>> rows = new ArrayList<>();
    rows.add(line(OdsCell.title("Notes")));
    rows.add(line(OdsCell.text("This worksheet contains one table. The tables refer to a note by its number, as"
        + " [note 1].")));
    rows.add(line(OdsCell.heading("Note number"), OdsCell.heading("Financial year"), OdsCell.heading("Applies to"),
        OdsCell.heading("Note text")));
    if (notes.isEmpty()) {
      rows.add(line(OdsCell.text("none"), OdsCell.text(NOT_APPLICABLE), OdsCell.text(NOT_APPLICABLE),
          OdsCell.text("No data-quality notes apply to these figures.")));
    }
    for (Note note : notes) {
      rows.add(line(OdsCell.text("note " + numberOf(note).getAsInt()), OdsCell.text(note.year().label()),
          OdsCell.text(note.agencyCode().orElse("all agencies")), OdsCell.text(note.text())));
    }
    return OdsSheet.of(NOTES_SHEET, rows);
  }

  private OdsSheet tableSheet(PublishedTable table) {
    List<List<OdsCell>> rows = new ArrayList<>();
    rows.add(line(OdsCell.title(table.title())));
    rows.add(line(OdsCell.text("This worksheet contains one table. Shorthand is explained on the Shorthand sheet,"
        + " notes on the Notes sheet.")));
    table.notes().forEach(n -> rows.add(line(OdsCell.text(n))));
    rows.add(table.allColumns().stream().map(c -> OdsCell.heading(c.heading())).toList());
    int unit = QuantityDecimals.indexOf(table, Columns.UNIT);
    QuantityDecimals quantityDecimals = QuantityDecimals.of(List.of(table));
    for (TableRow row : table.rows()) {
      List<OdsCell> cells = new ArrayList<>();
      for (int i = 0; i < row.cells().size(); i++) {
        Column column = table.columns().get(i);
        Cell value = row.cells().get(i);
        boolean quantity = column.format() == Column.NumberStyle.QUANTITY && value.kind() == Cell.Kind.NUMBER;
        cells.add(cell(value, quantity ? quantityDecimals.of(Unit.fromLabel(row.cells().get(unit).text())) : decimals(column)));
      }
      String markers = row.markerShorthand(this::numberOf);
      cells.add(OdsCell.text(markers.isEmpty() ? NO_MARKERS : markers));
      rows.add(cells);
    }
    return OdsSheet.of(table.sheetName(), rows);
  }

  private static int decimals(Column column) {
    return column.format() == Column.NumberStyle.PERCENT ? 1 : 0;
  }

  private static OdsCell cell(Cell cell, int decimals) {
    return switch (cell.kind()) {
      case TEXT -> OdsCell.text(cell.text());
      case NOT_AVAILABLE -> OdsCell.text(Marker.NOT_AVAILABLE.shorthand());
      case NOT_APPLICABLE -> OdsCell.text(NOT_APPLICABLE);
      case NUMBER -> OdsCell.number(cell.text(), shown(cell.text(), decimals), decimals);
    };
  }

  /** The text a spreadsheet shows for the number with these decimals: 18,767.000. */
  static String shown(String number, int decimals) {
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    format.setRoundingMode(java.math.RoundingMode.HALF_UP);
    return format.format(new BigDecimal(number));
  }
}
