package haul.demo;

import static org.assertj.core.api.Assertions.assertThat;

import haul.ingest.tables.ItemKind;
import haul.ingest.tables.ParsedTable;
import haul.ingest.tables.TableFigure;
import haul.ingest.tables.TableMapping;
import haul.ingest.tables.TableMeasure;
import haul.ingest.tables.TableParser;
import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import haul.testing.Golden;
import haul.testing.HomeOfficeTables;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code force_tables.csv} is the Home Office force tables it says it is: re-derived here from the
 * published files (read by the importer's own rules, errata included), it must match byte for byte.
 * With {@code -Dgolden.update=true} the resource is rewritten from the tables instead.
 */
class ForceTablesTest {

  private static final ReferenceData REFERENCE = ReferenceData.bundled();
  private static final Path RESOURCE = Path.of("src/main/resources/haul/demo/force_tables.csv");

  @Test
  void theResourceIsTheForceTablesOfItsYears() throws IOException {
    String derived = derive();
    if (Golden.updating()) {
      Files.writeString(RESOURCE, derived, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(RESOURCE, StandardCharsets.UTF_8)).isEqualTo(derived);
  }

  @Test
  void everyDemoYearHasATableYearAndEveryProxyIsInTheTables() {
    ForceTables tables = ForceTables.bundled(REFERENCE);
    for (FinancialYear year : Calibration.bundled().years()) {
      assertThat(tables.years()).contains(ForceTables.tableYear(year));
    }
    for (var agency : REFERENCE.agencies().all()) {
      assertThat(tables.source(agency.code())).as(agency.code()).isPresent();
    }
  }

  @Test
  void forcesDifferInTrendAndMix() {
    ForceTables tables = ForceTables.bundled(REFERENCE);
    FinancialYear fye2022 = new FinancialYear(2022);
    var cocaine = REFERENCE.drugs().require("Cocaine");
    // Norfolk fell by 40 per cent from 2014/15 to 2015/16 (2,931 to 1,767), Wiltshire rose (1,092 to 1,530).
    assertThat(tables.seizureRatio("norfolk", fye2022)).isEqualByComparingTo(new BigDecimal("2931").divide(new BigDecimal("1767"), java.math.MathContext.DECIMAL64));
    assertThat(tables.seizureRatio("wiltshire", fye2022)).isLessThan(BigDecimal.ONE);
    // A Welsh force takes its neighbour's figures; an agency in no table would take the national ones.
    assertThat(tables.seizureRatio("south-wales", fye2022)).isEqualByComparingTo(tables.seizureRatio("avon-and-somerset", fye2022));
    assertThat(tables.seizureFactor("metropolitan-police", cocaine, fye2022))
        .isNotEqualByComparingTo(tables.seizureFactor("cumbria", cocaine, fye2022));
    assertThat(tables.quantityFactor("border-force", REFERENCE.drugs().require("Herbal cannabis"), fye2022))
        .isEqualByComparingTo(ForceTables.QUANTITY_FACTOR_LIMIT);
  }

  /** The resource's text, from the published tables. */
  private static String derive() {
    TableParser parser = new TableParser(TableMapping.bundled(REFERENCE));
    StringBuilder out = new StringBuilder();
    out.append(String.join("\n", ForceTables.HEADER_COMMENT)).append('\n');
    out.append("financial_year,agency_code,item,seizures,quantity\n");
    for (int endYear = ForceTables.FIRST_TABLE_YEAR; endYear <= ForceTables.LAST_TABLE_YEAR; endYear++) {
      FinancialYear year = new FinancialYear(endYear);
      String suffix = String.format("%02d-%02d", (endYear - 1) % 100, endYear % 100);
      ParsedTable seizures = parse(parser, "seizures/Seizures" + suffix + ".csv", year, TableMeasure.SEIZURES);
      ParsedTable quantities = parse(parser, "quantities/Quantities" + suffix + ".csv", year, TableMeasure.QUANTITIES);
      Map<String, Map<String, String[]>> cells = new LinkedHashMap<>();
      put(cells, seizures, 0);
      put(cells, quantities, 1);
      cells.forEach((agency, items) -> items.forEach((item, v) -> {
        if (v[0] != null || v[1] != null) {
          out.append(year.label()).append(',').append(agency).append(',').append(item).append(',')
              .append(v[0] == null ? "" : v[0]).append(',').append(v[1] == null ? "" : v[1]).append('\n');
        }
      }));
    }
    return out.toString();
  }

  private static ParsedTable parse(TableParser parser, String file, FinancialYear year, TableMeasure measure) {
    ParsedTable table = parser.parse(HomeOfficeTables.path("local_resolution/" + file), year, measure);
    assertThat(table.errors()).as(file).isEmpty();
    return table;
  }

  /** Drug, group and total cells in the table's order (class buckets are not used). */
  private static void put(Map<String, Map<String, String[]>> cells, ParsedTable table, int column) {
    for (TableFigure f : table.figures()) {
      if (f.item().kind() == ItemKind.CLASS) {
        continue;
      }
      String[] values = cells.computeIfAbsent(f.agencyCode(), a -> new LinkedHashMap<>())
          .computeIfAbsent(f.item().name(), i -> new String[2]);
      Optional<String> text = f.value().map(v -> v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString());
      if (values[column] == null) {
        values[column] = text.orElse(null);
      }
    }
  }
}
