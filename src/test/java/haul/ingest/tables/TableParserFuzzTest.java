package haul.ingest.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import haul.store.Store;
import haul.store.StoreKind;
import haul.store.TablesCell;
import haul.store.TablesRepository;
import haul.store.TestStores;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fuzzes {@code haul import-tables} with arbitrary bytes as a table: whatever the file, the
 * parser gives a clear refusal (errors with a message, no figures) or a whole table (every figure
 * a known agency's, within what the store holds), and the store then holds exactly the parsed
 * figures or, when refused, what it held before; never an uncaught exception.
 *
 * <p>In {@code verify} it replays its corpus, {@code TableParserFuzzTestInputs/} beside this
 * class in the test resources: the fourteen real tables and the hostile inputs that found bugs.
 * With {@code -Pfuzz} (JAZZER_FUZZ=1) it fuzzes for {@code maxDuration}, each input at most the
 * {@link Timeout} (Jazzer's own per-input timeout).
 */
class TableParserFuzzTest {

  private static final FinancialYear YEAR = FinancialYear.parse("2015/16");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final TableMapping MAPPING = TableMapping.bundled(ReferenceData.bundled());
  private static final TableParser PARSER = new TableParser(MAPPING);
  private static final int LONGEST_MESSAGE = 2_000;

  @RegisterExtension static final TestStores STORES = TestStores.perClass();
  private static Store store;
  private static Path folder;

  @FuzzTest(maxDuration = "10m")
  @Timeout(10)
  void aTableIsLoadedWholeOrRefusedClearly(byte[] bytes) throws IOException {
    if (store == null) {
      store = STORES.open(StoreKind.DUCKDB);
      folder = Files.createTempDirectory("haul-fuzz-tables");
    }
    Path file = folder.resolve("Seizures15-16.csv");
    Files.write(file, bytes);
    for (TableMeasure measure : TableMeasure.values()) {
      assertContract(PARSER.parse(file, YEAR, measure), measure);
    }
    TablesRepository repository = new TablesRepository(store);
    List<TablesCell> before = repository.figures(YEAR.endYear(), "seizures");
    ParsedTable parsed = PARSER.parse(file, YEAR, TableMeasure.SEIZURES);
    TablesImportReport report = new TableImporter(store, CLOCK, MAPPING)
        .importFile(file, Optional.empty(), Optional.empty(), true);
    List<TablesCell> after = repository.figures(YEAR.endYear(), "seizures");
    assertThat(report.loaded()).isEqualTo(!parsed.refused());
    if (report.loaded()) {
      assertThat(after).hasSize(parsed.figures().size());
      assertThat(after.stream().map(c -> c.agencyCode() + "|" + c.itemKind() + "|" + c.item() + "|" + plain(c.value())))
          .containsExactlyInAnyOrderElementsOf(parsed.figures().stream()
              .map(f -> f.agencyCode() + "|" + f.item().kind().label() + "|" + f.item().name() + "|" + plain(f.value()))
              .toList());
    } else {
      assertThat(after).isEqualTo(before);
      assertThat(report.errors()).isNotEmpty();
    }
  }

  private static void assertContract(ParsedTable table, TableMeasure measure) {
    Stream.of(table.errors(), table.warnings()).flatMap(List::stream).forEach(issue -> {
      assertThat(issue.file()).isEqualTo("Seizures15-16.csv");
      assertThat(issue.message()).isNotBlank();
      assertThat(issue.describe()).hasSizeLessThan(LONGEST_MESSAGE);
    });
    assertThat(table.notes()).allSatisfy(note -> assertThat(note).hasSizeLessThan(LONGEST_MESSAGE));
    if (table.refused()) {
      assertThat(table.figures()).isEmpty();
      return;
    }
    assertThat(table.agencies()).isNotEmpty().doesNotHaveDuplicates();
    assertThat(table.figures()).allSatisfy(figure -> {
      assertThat(ReferenceData.bundled().agencies().byCode(figure.agencyCode())).isPresent();
      figure.value().ifPresent(v -> {
        assertThat(v.signum()).isNotNegative();
        assertThat(v).isLessThanOrEqualTo(measure.largest());
        assertThat(v.stripTrailingZeros().scale()).isLessThanOrEqualTo(9);
      });
    });
  }

  private static String plain(Optional<BigDecimal> value) {
    return value.map(v -> v.stripTrailingZeros().toPlainString()).orElse("-");
  }
}
