package haul.publish;

import static org.assertj.core.api.Assertions.assertThat;

import haul.reference.FinancialYear;
import haul.stats.Note;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkbookSheetsTest {

  private static final FinancialYear FY2022 = FinancialYear.parse("2021/22");
  private static final Note KENT = new Note(FY2022, Optional.of("kent"), "Kent Police changed its recording system.");
  private static final Note ALL = new Note(FY2022, Optional.empty(), "Figures for 2021/22 are provisional.");
  private static final WorkbookCover COVER =
      new WorkbookCover("Title", List.of("About."), "Source.", "stats@example.org", "20 April 2023", "Edition 1");

  private static TableRow quantity(String drug, String unit, String value, Note... notes) {
    return new TableRow(List.of(Cell.text("2021/22"), Cell.text(drug), Cell.text("A"), Cell.text(unit),
        Cell.number(value), Cell.number("0")), Set.of(), 2, List.of(notes));
  }

  private static List<OdsSheet> sheets(List<TableRow> rows) {
    PublishedTable table = PublishedTable.of(TableContract.QUANTITIES_BY_DRUG, "Quantities", rows, List.of());
    return new WorkbookSheets(COVER, List.of(table), List.of(ALL, KENT)).all();
  }

  private static OdsSheet sheet(List<OdsSheet> sheets, String name) {
    return sheets.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aQuantityIsShownWithItsUnitsDecimalsInEveryRowAndNeverAsZeroWhenItIsNot() {
    OdsSheet table = sheet(sheets(List.of(quantity("Cocaine", "kg", "18767"), quantity("Crack", "kg", "5103.5922"),
        quantity("LSD", "doses", "113000"), quantity("Morphine", "doses", "0.09"), quantity("Cannabis plants",
        "plants", "13529"))), "Quantities_by_drug");
    List<String> shown = table.rows().subList(table.rows().size() - 5, table.rows().size()).stream()
        .map(r -> r.get(4).text()).toList();
    assertThat(shown).containsExactly("18,767.000", "5,103.592", "113,000.0", "0.1", "13,529");
    assertThat(table.rows().get(table.rows().size() - 4).get(4).value()).isEqualTo("5103.5922");
  }

  @Test
  void aRowNamesEachNoteByItsNumberOnTheNotesSheetAndARowWithoutMarkersSaysSo() {
    List<OdsSheet> sheets = sheets(List.of(quantity("Cocaine", "kg", "1", KENT), quantity("Crack", "kg", "2")));
    OdsSheet table = sheet(sheets, "Quantities_by_drug");
    int last = table.rows().size() - 1;
    assertThat(table.rows().get(last - 1).get(6).text()).isEqualTo("[note 2]");
    assertThat(table.rows().get(last).get(6).text()).isEqualTo("none");
    OdsSheet notes = sheet(sheets, "Notes");
    assertThat(notes.rows().get(3).stream().map(OdsCell::text).toList())
        .containsExactly("note 1", "2021/22", "all agencies", "Figures for 2021/22 are provisional.");
    assertThat(notes.rows().get(4).stream().map(OdsCell::text).toList())
        .containsExactly("note 2", "2021/22", "kent", "Kent Police changed its recording system.");
  }

  @Test
  void shorthandAndNotesAreTwoTablesOnTwoSheetsListedInTheContents() {
    List<OdsSheet> sheets = sheets(List.of(quantity("Cocaine", "kg", "1")));
    assertThat(sheets.stream().map(OdsSheet::name).toList())
        .containsExactly("Cover_sheet", "Contents", "Shorthand", "Notes", "Quantities_by_drug");
    assertThat(sheet(sheets, "Shorthand").rows().stream().map(r -> r.get(0).text()).toList())
        .contains("[x]", "[z]", "[r]", "[e]", "[note 1]").doesNotContain("note 1");
    assertThat(sheet(sheets, "Contents").rows().stream().map(r -> r.get(0).text()).toList())
        .contains("Shorthand", "Notes", "Quantities_by_drug");
  }

  @Test
  void columnsAreAsWideAsTheirContentWithinLimits() {
    OdsSheet table = sheet(sheets(List.of(quantity("Psychoactive substances", "kg", "1"))), "Quantities_by_drug");
    List<Double> widths = table.widthsCm();
    assertThat(widths.get(1)).isGreaterThan(widths.get(2)); // "Psychoactive substances" against "A"
    assertThat(widths).allMatch(w -> w >= OdsSheet.MIN_WIDTH && w <= OdsSheet.MAX_WIDTH);
  }
}
