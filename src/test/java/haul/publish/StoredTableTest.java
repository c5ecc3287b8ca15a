package haul.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoredTableTest {

  private static byte[] csv(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aTableWrittenByTheContractReadsBackColumnByColumn() {
    TableRow row = new TableRow(List.of(Cell.text("2021/22"), Cell.text("London"), Cell.number("41564"),
        Cell.number("22.0")), Set.of(Marker.NOTE), 2);
    PublishedTable table = PublishedTable.of(TableContract.SEIZURES_BY_REGION, "Seizures by region", List.of(row),
        List.of());
    StoredTable stored = StoredTable.read(TableContract.SEIZURES_BY_REGION, CsvTable.write(table));
    StoredTable.Row read = stored.rows().get(0);
    assertThat(read.get(Columns.REGION)).isEqualTo("London");
    assertThat(read.get(Columns.MARKER)).isEqualTo("n");
    assertThat(read.json()).containsEntry("seizures", new BigDecimal("41564"))
        .containsEntry("share_percent", new BigDecimal("22.0")).containsEntry("region", "London");
    assertThatThrownBy(() -> read.get(Columns.DRUG)).hasMessage("seizures_by_region has no column drug");
  }

  @Test
  void aStoredFileWhoseHeaderIsNotTheContractsIsRefusedNamingBoth() {
    assertThatThrownBy(() -> StoredTable.read(TableContract.SEIZURES_BY_CLASS,
        csv("financial_year,class,seizures,marker\n2021/22,A,5,\n")))
        .hasMessage("tables/seizures_by_class.csv: the header is financial_year,class,seizures,marker where the"
            + " table's contract says financial_year,drug_class,seizures,marker");
    assertThatThrownBy(() -> StoredTable.read(TableContract.SEIZURES_BY_CLASS,
        csv("financial_year,drug_class,seizures,marker\n2021/22,A,5\n")))
        .hasMessage("tables/seizures_by_class.csv:2: 3 fields where the header has 4");
  }

  @Test
  void emptyCellsAreNullInJsonAndTextStaysText() {
    StoredTable stored = StoredTable.read(TableContract.CHANGES_BY_AGENCY, csv(
        "financial_year,agency_code,seizures,previous_seizures,change,percent_change,marker\n"
            + "2021/22,kent,,5,,,x\n"));
    HashMap<String, Object> expected = new HashMap<>();
    expected.put("financial_year", "2021/22");
    expected.put("agency_code", "kent");
    expected.put("seizures", null);
    expected.put("previous_seizures", new BigDecimal("5"));
    expected.put("change", null);
    expected.put("percent_change", null);
    expected.put("marker", "x");
    assertThat(stored.json().get(0)).isEqualTo(expected);
  }

  @Test
  void everyColumnNameIsUniqueWithinItsTableAndStemsAreTheFileNames() {
    for (TableContract table : TableContract.values()) {
      List<String> names = table.allColumns().stream().map(Column::name).toList();
      assertThat(names).as(table.stem()).doesNotHaveDuplicates().endsWith("marker");
      assertThat(TableContract.of(table.stem())).contains(table);
      assertThat(table.keyWidth()).isBetween(1, table.columns().size());
    }
  }
}
