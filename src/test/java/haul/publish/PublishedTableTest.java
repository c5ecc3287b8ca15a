package haul.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PublishedTableTest {

  private static final List<Column> COLUMNS =
      List.of(Column.text("financial_year", "Financial year"), Column.count("seizures", "Seizures (number)"));

  @Test
  void aSheetNameMustFitSpreadsheetApplications() {
    assertThatThrownBy(() -> new PublishedTable("t", "Title", "A_sheet_name_of_thirty_one_chars", COLUMNS,
        List.of(), List.of()))
        .hasMessage("sheet name 'A_sheet_name_of_thirty_one_chars': give 1 to 30 characters without"
            + " [ ] : * ? / \\ (spreadsheet applications refuse them)");
    assertThatThrownBy(() -> new PublishedTable("t", "Title", "Seizures/year", COLUMNS, List.of(), List.of()))
        .hasMessageStartingWith("sheet name 'Seizures/year'");
  }

  @Test
  void everyRowHasOneCellPerColumn() {
    TableRow row = new TableRow(List.of(Cell.text("2021/22")), Set.of(), 1);
    assertThatThrownBy(() -> new PublishedTable("t", "Title", "Sheet", COLUMNS, List.of(row), List.of()))
        .hasMessageStartingWith("table t: a row has 1 cells for 2 columns");
  }

  @Test
  void aRowWithAFigureNotAvailableIsMarkedXAndMarkersPrintInTheirOrder() {
    TableRow row = new TableRow(List.of(Cell.text("2021/22"), Cell.notAvailable()), Set.of(Marker.NOTE), 1)
        .with(Marker.REVISED);
    assertThat(row.markerCodes()).isEqualTo("x r n");
    assertThat(row.markerShorthand()).isEqualTo("[r] [n]");
    haul.stats.Note note = new haul.stats.Note(haul.reference.FinancialYear.parse("2021/22"), java.util.Optional.empty(), "t");
    TableRow noted = new TableRow(List.of(Cell.text("2021/22"), Cell.number("5")), Set.of(), 1, List.of(note));
    assertThat(noted.markerCodes()).isEqualTo("n");
    assertThat(noted.markerShorthand(n -> java.util.OptionalInt.of(3))).isEqualTo("[note 3]");
    TableRow plain = new TableRow(List.of(Cell.text("2021/22"), Cell.number("5")), Set.of(), 1);
    assertThat(plain.markerCodes()).isEmpty();
  }
}
