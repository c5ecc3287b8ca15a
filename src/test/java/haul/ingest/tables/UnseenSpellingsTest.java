package haul.ingest.tables;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import haul.reference.ReferenceData;
import haul.store.Store;
import haul.store.StoreKind;
import haul.store.TablesRepository;
import haul.store.TestStores;
import haul.testing.HomeOfficeTables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fourteen real tables with their names written as files haul has never seen would write
 * them: agencies and column labels with footnote markers, other letter cases, "&" for "and",
 * "Constabulary" or "Police Service" after the name, and the names of the published spellings no
 * rule lists any more ("London, City of"). Each altered file must load exactly the figures of the
 * file as published, and say which markers it removed.
 */
class UnseenSpellingsTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final String HOWTO = " if it is one, give --mapping FILE, a CSV file with the columns of"
      + " table-mapping.csv (kind,match,target_kind,target) and the line ";

  @RegisterExtension final TestStores stores = TestStores.perTest();
  @TempDir Path dir;

  /** Footnote markers as the Home Office and others write them, and what haul reports removing. */
  private static final List<String> MARKERS = List.of(" (a)", "*", "\u00b9", " [note 3]", "2", " (1)", " [b]", " **");

  /** Spellings no rule lists: each agency row gets one, in turn. */
  private static final List<UnaryOperator<String>> SPELLINGS = List.of(
      name -> name.toUpperCase(Locale.ROOT) + " CONSTABULARY.",
      name -> name.replace("&", "and").replace(" ", "-") + "-Police",
      name -> name.replace(" & ", " and ").toLowerCase(Locale.ROOT) + " police service.",
      name -> name.replace(" ", "  ").toUpperCase(Locale.ROOT) + ".",
      name -> name.replace("&", "AND") + " (Police)",
      name -> name.replace(" ", "_") + "_Constabulary");

  static List<String> files() {
    return PublishedLocalTables.FILES;
  }

  @ParameterizedTest
  @MethodSource("files")
  void eachRealTableWithUnseenSpellingsAndFootnoteMarkersLoadsTheSameFigures(String file) throws IOException {
    Path published = HomeOfficeTables.path(PublishedLocalTables.LOCAL + file);
    List<List<String>> rows = read(published);
    int markers = 0;
    List<String> header = new ArrayList<>(rows.get(0));
    for (int i = 0; i < header.size(); i += 3) {
      header.set(i, PublishedLocalTables.label(header.get(i)).isEmpty() ? header.get(i)
          : header.get(i).strip() + MARKERS.get(i % MARKERS.size()));
      markers++;
    }
    List<List<String>> altered = new ArrayList<>();
    altered.add(header);
    List<String> unseen = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = new ArrayList<>(rows.get(r));
      String name = SPELLINGS.get(r % SPELLINGS.size()).apply(row.get(0).strip());
      if (r % 2 == 0) {
        name = name + MARKERS.get(r % MARKERS.size());
        markers++;
      }
      row.set(0, name);
      unseen.add(name);
      altered.add(row);
    }
    // None of them is a spelling haul lists: the exact lookup by code or name fails for each.
    assertThat(unseen).allSatisfy(n -> assertThat(ReferenceData.bundled().agencies().find(n)).as(n).isEmpty());
    Path alteredFile = write(dir.resolve(published.getFileName()), altered);

    TablesImportReport original = load(StoreKind.DUCKDB, published, Optional.empty());
    Store alteredStore = stores.open(StoreKind.DUCKDB);
    TablesImportReport report = new TableImporter(alteredStore, CLOCK).importFile(alteredFile, Optional.empty(), Optional.empty(), false);

    assertThat(report.errors()).isEmpty();
    assertThat(report.loaded()).isTrue();
    assertThat(report.warnings()).extracting(TableIssue::code)
        .containsExactlyElementsOf(original.warnings().stream().map(TableIssue::code).toList());
    assertThat(report.notes().stream().filter(n -> n.contains("footnote marker"))).hasSize(markers);
    int yearEnd = Integer.parseInt(report.year().orElseThrow().substring(0, 4)) + 1;
    String measure = report.measure().orElseThrow();
    assertThat(new TablesRepository(alteredStore).figures(yearEnd, measure))
        .isNotEmpty()
        .containsExactlyElementsOf(new TablesRepository(lastOpened).figures(yearEnd, measure));
  }

  @Test
  void aMarkerRemovedIsALineOfTheReport() throws IOException {
    Path published = HomeOfficeTables.path(PublishedLocalTables.LOCAL + "seizures/Seizures15-16.csv");
    List<List<String>> rows = read(published);
    rows.get(0).set(2, "Cocaine (1)");
    int kent = rowOf(rows, "Kent");
    rows.get(kent).set(0, "Kent Police (a)");
    int london = rowOf(rows, "London, City of");
    rows.get(london).set(0, "London, City of\u00b2");
    Path file = write(dir.resolve("Seizures15-16.csv"), rows);
    TablesImportReport report = load(StoreKind.DUCKDB, file, Optional.empty());
    assertThat(report.loaded()).isTrue();
    assertThat(report.notes()).contains(
        "column 3 headed 'Cocaine (1)' read as Cocaine: the footnote marker '(1)' was removed",
        "row " + line(rows, kent) + ": 'Kent Police (a)' read as Kent Police: the footnote marker '(a)' was removed",
        "row " + line(rows, london) + ": 'London, City of\u00b2' read as City of London Police: the footnote marker '\u00b2' was removed");
  }

  @Test
  void anUnknownSpellingIsRefusedWithTheClosestAgencyAndTheMappingLineThatReadsIt() throws IOException {
    Path published = HomeOfficeTables.path(PublishedLocalTables.LOCAL + "seizures/Seizures15-16.csv");
    List<List<String>> rows = read(published);
    int kent = rowOf(rows, "Kent");
    rows.get(kent).set(0, "Kentt");
    int durham = rowOf(rows, "Durham");
    rows.get(durham).set(0, "Co. Durham & Darlington");
    Path file = write(dir.resolve("Seizures15-16.csv"), rows);

    TablesImportReport refused = load(StoreKind.DUCKDB, file, Optional.empty());
    assertThat(refused.loaded()).isFalse();
    assertThat(refused.errors()).extracting(TableIssue::describe).containsExactly(
        "Seizures15-16.csv:" + line(rows, durham) + ": Police force: 'Co. Durham & Darlington' is not an agency haul knows:"
            + HOWTO + "agency,Co. Durham & Darlington,agency,AGENCY_CODE",
        "Seizures15-16.csv:" + line(rows, kent) + ": Police force: 'Kentt' is not an agency haul knows (did you mean Kent Police?):"
            + HOWTO + "agency,Kentt,agency,kent");

    // The lines the messages give, in a file of the bundled columns, read the table without rebuilding haul.
    Path mapping = Files.writeString(dir.resolve("my-mapping.csv"),
        "kind,match,target_kind,target\nagency,Kentt,agency,kent\nagency,Co. Durham & Darlington,agency,durham\n");
    Store store = stores.open(StoreKind.DUCKDB);
    TableMapping.Loaded loaded = TableMapping.bundled(store.reference()).with(mapping);
    assertThat(loaded.errors()).isEmpty();
    TablesImportReport report = new TableImporter(store, CLOCK, loaded.mapping().orElseThrow())
        .importFile(file, Optional.empty(), Optional.empty(), false);
    assertThat(report.errors()).isEmpty();
    load(StoreKind.DUCKDB, published, Optional.empty());
    assertThat(new TablesRepository(store).figures(2016, "seizures"))
        .containsExactlyElementsOf(new TablesRepository(lastOpened).figures(2016, "seizures"));
  }

  @Test
  void aMappingFileWithRulesHaulCannotReadIsRefusedByRowAndColumn() throws IOException {
    Path mapping = Files.writeString(dir.resolve("bad.csv"), "kind,match,target_kind,target\n"
        + "agency,Kentt,agency,kentt\n"
        + "colour,red,,\n"
        + "footnote,\"(\",,\n"
        + "header,Cocain,drug,Cocane\n"
        + "header,Total A,class,D\n"
        + "unit,kg,kg,kg\n");
    TableMapping.Loaded loaded = TableMapping.bundled(ReferenceData.bundled()).with(mapping);
    assertThat(loaded.mapping()).isEmpty();
    assertThat(loaded.errors()).extracting(TableIssue::describe).containsExactly(
        "bad.csv:4: match: '(' is not a regular expression: Unclosed group near index 1",
        "bad.csv:2: target: 'kentt' is not an agency code of agencies.csv, such as kent",
        "bad.csv:3: kind: 'colour' is not a rule kind: header, agency, cell, footnote, word, rewrite or unit",
        "bad.csv:5: target: 'Cocane' is not a drug of the catalogue (drugs.csv), such as Cocaine",
        "bad.csv:6: target: 'D' is not a class: A, B, C, Unknown or none",
        "bad.csv:7: factor: '' is not a number");
    Path wrongColumns = Files.writeString(dir.resolve("wrong.csv"), "name,code\nKentt,kent\n");
    assertThat(TableMapping.bundled(ReferenceData.bundled()).with(wrongColumns).errors())
        .extracting(TableIssue::code).containsExactly(TableIssueCode.BAD_MAPPING_RULE);
  }

  private Store lastOpened;

  private TablesImportReport load(StoreKind kind, Path file, Optional<TableMapping> mapping) {
    lastOpened = stores.open(kind);
    TableMapping rules = mapping.orElse(TableMapping.bundled(lastOpened.reference()));
    return new TableImporter(lastOpened, CLOCK, rules).importFile(file, Optional.empty(), Optional.empty(), false);
  }

  /** The row number a spreadsheet gives row {@code index} of the file: the header may span lines. */
  private static long line(List<List<String>> rows, int index) {
    return index + 1 + rows.get(0).stream().mapToLong(f -> f.chars().filter(c -> c == '\n').count()).sum();
  }

  private static int rowOf(List<List<String>> rows, String name) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).get(0).strip().equals(name)) {
        return i;
      }
    }
    throw new AssertionError("no row " + name);
  }

  private static List<List<String>> read(Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
      reader.forEach(r -> rows.add(new ArrayList<>(r.getFields())));
    }
    return rows;
  }

  private static Path write(Path file, List<List<String>> rows) throws IOException {
    try (CsvWriter writer = CsvWriter.builder().build(file, StandardCharsets.UTF_8)) {
      rows.forEach(writer::writeRecord);
    }
    return file;
  }
}
