package haul.ingest.returns;

import static org.assertj.core.api.Assertions.assertThat;

import haul.store.Store;
import haul.store.StoreKind;
import haul.store.TestStores;
import haul.store.StoreProbe;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Real returns into a real DuckDB file, and what landed. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ReturnsImportTest {

  @Parameter StoreKind kind;
  @RegisterExtension final TestStores stores = TestStores.perTest();

  @TempDir Path dir;
  Store store;

  @BeforeEach
  void open() {
    store = stores.open(kind);
  }


  private ImportResult importFiles(Path... files) {
    return ReturnsImporter.importFiles(store, List.of(files), Returns.options());
  }

  private List<String> drugLines() {
    return StoreProbe.lines(store,
        "SELECT agency_code, seizure_id, drug, drug_class, quantity, unit, source_row FROM drug_line"
            + " ORDER BY agency_code, seizure_id, source_row");
  }

  private List<String> seizures() {
    return StoreProbe.lines(store,
        "SELECT agency_code, seizure_id, seizure_date, financial_year_end FROM seizure ORDER BY agency_code, seizure_id");
  }

  @Test
  void loadsEventsWithSeveralDrugsAndTwoLinesOfOneDrug() throws Exception {
    ImportResult result = importFiles(Returns.write(dir, "kent.csv",
        "kent,K1,2021-05-01,Cocaine,12.5,g",
        "kent,K1,2021-05-01,Herbal cannabis,0.4,kg",
        "kent,K1,2021-05-01,Cocaine,0.25,kg",
        "kent,K2,2022-03-31,Ketamine,,",
        "kent,K3,2022-04-01,Cannabis plants,13,plants",
        "kent,K4,2022-04-02,Cocaine,999999999.999999,g"));

    assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.LOADED);
    assertThat(result.report()).isEqualTo(
        new ImportReport(List.of(dir.resolve("kent.csv").toString()), 6, 6, 0, 0, List.of(), List.of()));
    assertThat(seizures()).containsExactly(
        "kent|K1|2021-05-01|2022", "kent|K2|2022-03-31|2022", "kent|K3|2022-04-01|2023", "kent|K4|2022-04-02|2023");
    assertThat(drugLines()).containsExactly(
        "kent|K1|Cocaine|A|0.012500000|kg|2",
        "kent|K1|Herbal cannabis|B|0.400000000|kg|3",
        "kent|K1|Cocaine|A|0.250000000|kg|4",
        "kent|K2|Ketamine|B|null|kg|5",
        "kent|K3|Cannabis plants|B|13.000000000|plants|6",
        "kent|K4|Cocaine|A|999999.999999999|kg|7");
  }

  @Test
  void acceptsSynonymsNamesAndAnyLetterCase() throws Exception {
    importFiles(Returns.write(dir, "mixed.csv",
        "THAMES VALLEY POLICE,T1,2021-05-01,mdma,20,TABLETS",
        "Thames Valley,T2,2021-05-01,  Herbal   Cannabis ,1,G",
        "thames-valley,T3,2013-05-01,KETAMINE,1,kg",
        "thames-valley,T4,2008-05-01,methylamphetamine,1,g",
        "thames-valley,T5,2021-05-01,Spice,3,g",
        "thames-valley,T6,2021-05-01,Other class A,,"));

    assertThat(drugLines()).containsExactly(
        "thames-valley|T1|Ecstasy|A|20.000000000|doses|2",
        "thames-valley|T2|Herbal cannabis|B|0.001000000|kg|3",
        "thames-valley|T3|Ketamine|C|1.000000000|kg|4",
        "thames-valley|T4|Other Class A|A|1.000000000|g|5",
        "thames-valley|T5|Other Class B|B|3.000000000|g|6",
        "thames-valley|T6|Other Class A|A|null|null|7");
  }

  @Test
  void readsABomAndCrlfAndNumbersRowsAfterAQuotedLineBreak() throws Exception {
    String text = "\uFEFF" + Returns.HEADER + "\r\n"
        + "kent,K1,2021-05-01,\"Herbal\r\ncannabis\",1,kg\r\n"
        + "\r\n"
        + "kent,K2,2021-05-01,Cocaine,1,kg\r\n"
        + "kent,K3,2021-05-01,Cocaine,-1,kg\r\n";
    ImportResult result = importFiles(Returns.writeRaw(dir, "crlf.csv", text));

    assertThat(result.report().errors()).extracting(ValidationError::row, ValidationError::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(6L, ErrorCode.NEGATIVE_QUANTITY));
    ImportResult partial = ReturnsImporter.importFiles(
        store, List.of(dir.resolve("crlf.csv")), Returns.options().withPartial(true));
    assertThat(partial.outcome()).isEqualTo(ImportResult.Outcome.LOADED_WITH_REJECTS);
    assertThat(drugLines()).containsExactly(
        "kent|K1|Herbal cannabis|B|1.000000000|kg|2",
        "kent|K2|Cocaine|A|1.000000000|kg|5");
  }

  @Test
  void rowNumbersHoldAcrossTheBulkReadersParallelChunks() throws Exception {
    // 300,000 rows (about 12 MB) are read by DuckDB in parallel chunks; rows numbered by insertion
    // order must still be the spreadsheet's, after a quoted line break early in the file too.
    Path file = dir.resolve("big.csv");
    List<Long> expected = new java.util.ArrayList<>();
    try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(Returns.HEADER + "\n");
      w.write("kent,Q0,2021-05-01,\"Herbal\ncannabis\",1,kg\n");
      long line = 4;
      for (int i = 1; i < 300_000; i++, line++) {
        boolean bad = i % 29_989 == 0;
        w.write("kent,Q" + i + ",2021-05-01,Cocaine," + (bad ? "-1" : "1.5") + ",g\n");
        if (bad) {
          expected.add(line);
        }
      }
    }
    ImportResult result = importFiles(file);
    assertThat(result.report().rowsRead()).isEqualTo(300_000);
    assertThat(result.report().errors()).extracting(ValidationError::row).containsExactlyElementsOf(expected);
    assertThat(result.report().errors()).allSatisfy(e -> assertThat(e.code()).isEqualTo(ErrorCode.NEGATIVE_QUANTITY));
  }

  @Test
  void readsColumnsInAnyOrderAndIgnoresOthers() throws Exception {
    Path file = Returns.writeRaw(dir, "reordered.csv",
        "Notes,UNIT,Quantity,Drug,Seizure_Date,Seizure_ID,Agency\n"
            + "\"found, in a car\",g,2.5,Heroin,2021-05-01,K1,Kent\n");
    assertThat(importFiles(file).outcome()).isEqualTo(ImportResult.Outcome.LOADED);
    assertThat(drugLines()).containsExactly("kent|K1|Heroin|A|0.002500000|kg|2");
  }

  @Test
  void anAgencyTokenMayNotLoadAnotherAgencysRowsEvenInPart() throws Exception {
    Path file = Returns.write(dir, "mixed.csv", "kent,K1,2021-05-01,Cocaine,1,kg", "essex,E1,2021-05-01,Cocaine,1,kg");
    ImportResult result = ReturnsImporter.importFiles(
        store, List.of(file), Returns.options().withPartial(true).withAgency("kent"));
    assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.FORBIDDEN);
    assertThat(result.report().accepted()).isZero();
    assertThat(drugLines()).isEmpty();
  }

  @Test
  void aRevisionReplacesTheWholeEvent() throws Exception {
    importFiles(Returns.write(dir, "first.csv",
        "kent,K1,2021-05-01,Cocaine,1,kg",
        "kent,K1,2021-05-01,Heroin,1,kg",
        "kent,K2,2021-05-02,Cocaine,2,kg"));
    // Ids are an agency's own: Essex's K1 in another file of the command is another seizure.
    ImportResult revision = importFiles(
        Returns.write(dir, "second.csv", "kent,K1,2021-05-03,Crack,5,g"),
        Returns.write(dir, "essex.csv", "essex,K1,2021-05-01,Cocaine,1,kg"));

    assertThat(revision.report().revised()).isEqualTo(1);
    assertThat(seizures()).containsExactly(
        "essex|K1|2021-05-01|2022", "kent|K1|2021-05-03|2022", "kent|K2|2021-05-02|2022");
    assertThat(drugLines()).containsExactly(
        "essex|K1|Cocaine|A|1.000000000|kg|2",
        "kent|K1|Crack|A|0.005000000|kg|2",
        "kent|K2|Cocaine|A|2.000000000|kg|4");
    assertThat(StoreProbe.lines(store,
            "SELECT file_name, rows_read, accepted, rejected, revised FROM import_log ORDER BY import_id"))
        .containsExactly(
            dir.resolve("first.csv") + "|3|3|0|0",
            dir.resolve("second.csv") + "|1|1|0|1",
            dir.resolve("essex.csv") + "|1|1|0|0");
  }

  @Test
  void aFileImportedBeforeIsSkipped() throws Exception {
    Path file = Returns.write(dir, "kent.csv", "kent,K1,2021-05-01,Cocaine,1,kg");
    // In summer: the log keeps UTC, not London's clock time.
    ReturnsImporter.importFiles(store, List.of(file), Returns.options().withClock(
        java.time.Clock.fixed(java.time.Instant.parse("2023-07-01T12:00:00Z"), java.time.ZoneId.of("Europe/London"))));
    Path copy = Returns.write(dir, "copy.csv", "kent,K1,2021-05-01,Cocaine,1,kg");
    ImportResult again = importFiles(copy);

    assertThat(again.outcome()).isEqualTo(ImportResult.Outcome.NOTHING_NEW);
    assertThat(again.report().skippedFiles()).containsExactly(copy.toString());
    assertThat(again.notices()).containsExactly(
        copy + ": skipped: its content was imported before, as " + file + " on 2023-07-01 12:00 UTC");
    assertThat(StoreProbe.lines(store, "SELECT CAST(imported_at AS VARCHAR) FROM import_log"))
        .containsExactly("2023-07-01 12:00:00");
    assertThat(StoreProbe.count(store, "SELECT count(*) FROM import_log")).isEqualTo(1);
    assertThat(drugLines()).hasSize(1);
  }

  @Test
  void filesSeenBeforeAreSkippedWhileTheOthersLoad() throws Exception {
    Path old = Returns.write(dir, "old.csv", "kent,K1,2021-05-01,Cocaine,1,kg");
    importFiles(old);
    Path fresh = Returns.write(dir, "fresh.csv", "kent,K2,2021-05-01,Heroin,1,kg", "kent,K3,2021-05-01,Heroin,-1,kg");
    Path twin = Returns.write(dir, "twin.csv", "kent,K2,2021-05-01,Heroin,1,kg", "kent,K3,2021-05-01,Heroin,-1,kg");

    ImportResult result = ReturnsImporter.importFiles(store, List.of(old, fresh, twin), Returns.options().withPartial(true));

    assertThat(result.report().skippedFiles()).containsExactly(old.toString(), twin.toString());
    assertThat(result.notices()).last().isEqualTo(twin + ": skipped: the same content as " + fresh + " in this command");
    assertThat(result.report().errors()).extracting(ValidationError::toLine)
        .containsExactly(fresh + ":3: quantity: '-1' is negative: a quantity is 0 or more");
    assertThat(drugLines()).containsExactly("kent|K1|Cocaine|A|1.000000000|kg|2", "kent|K2|Heroin|A|1.000000000|kg|2");
  }

  @Test
  void aFileWithBadRowsLeavesTheStoreExactlyAsItWas() throws Exception {
    importFiles(Returns.write(dir, "kent.csv", "kent,K1,2021-05-01,Cocaine,1,kg"));
    List<String> before = StoreProbe.snapshot(store);

    ImportResult result = importFiles(Returns.write(dir, "bad.csv",
        "kent,K1,2021-05-01,Heroin,1,kg",
        "kent,K2,2021-05-01,Cocaine,1,parsecs"));

    assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.REFUSED);
    assertThat(result.report().accepted()).isZero();
    assertThat(result.report().rejected()).isEqualTo(1);
    assertThat(StoreProbe.snapshot(store)).isEqualTo(before);
  }

  @Test
  void allFilesOfACommandLoadTogetherOrNotAtAll() throws Exception {
    Path good = Returns.write(dir, "good.csv", "kent,K1,2021-05-01,Cocaine,1,kg");
    Path bad = Returns.write(dir, "bad.csv", "essex,E1,2021-05-01,Cocaine,1,kg", "essex,E2,2021-05-01,Cocaine,x,kg");

    ImportResult refused = importFiles(good, bad);
    assertThat(refused.outcome()).isEqualTo(ImportResult.Outcome.REFUSED);
    assertThat(refused.report().errors()).extracting(ValidationError::file, ValidationError::row)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(bad.toString(), 3L));
    assertThat(StoreProbe.snapshot(store)).containsExactly(
        "-- seizure", "-- drug_line", "-- import_log", "-- import_reject", "-- table_figure");

    Path fixed = Returns.write(dir, "fixed.csv", "essex,E1,2021-05-01,Cocaine,1,kg", "essex,E2,2021-05-01,Cocaine,2,kg");
    ImportResult loaded = importFiles(good, fixed);
    assertThat(loaded.report().accepted()).isEqualTo(3);
    assertThat(seizures()).containsExactly(
        "essex|E1|2021-05-01|2022", "essex|E2|2021-05-01|2022", "kent|K1|2021-05-01|2022");
  }

  @Test
  void partialLoadsWholeValidEventsAndKeepsTheRejects() throws Exception {
    Path file = Returns.write(dir, "partial.csv",
        "kent,K1,2021-05-01,Cocaine,1,kg",
        "kent,K2,2021-05-01,Cocaine,1,kg",
        "kent,K2,2021-05-01,Heroin,-1,kg",
        "kent,K3,2021-05-01,Unobtainium,1,kg");
    ImportResult result = ReturnsImporter.importFiles(store, List.of(file), Returns.options().withPartial(true));

    assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.LOADED_WITH_REJECTS);
    assertThat(result.report().accepted()).isEqualTo(1);
    assertThat(result.report().rejected()).isEqualTo(3);
    assertThat(drugLines()).containsExactly("kent|K1|Cocaine|A|1.000000000|kg|2");
    assertThat(StoreProbe.lines(store,
            "SELECT r.file_name, r.row_number, r.column_name, r.code, r.message, l.rejected"
                + " FROM import_reject r JOIN import_log l USING (import_id) ORDER BY r.row_number"))
        .containsExactly(
            file + "|3|seizure_id|EVENT_HAS_REJECTED_ROW|seizure K2 has a rejected row (row 4), so none of its rows is loaded|3",
            file + "|4|quantity|NEGATIVE_QUANTITY|'-1' is negative: a quantity is 0 or more|3",
            file + "|5|drug|UNKNOWN_DRUG|'Unobtainium' is not a drug haul knows (see drugs.csv and drug_aliases.csv)|3");
  }

  @Test
  void rowsInAYearHeldFromPublishedTablesRefuseTheCommand() throws Exception {
    StoreProbe.execute(store,
        "INSERT INTO table_figure VALUES (2022, 'kent', 'seizures', 'total', 'All drugs', 10, 99)");
    List<String> before = StoreProbe.snapshot(store);
    Path file = Returns.write(dir, "kent.csv",
        "kent,K1,2021-03-31,Cocaine,1,kg",
        "kent,K2,2021-04-01,Cocaine,1,kg",
        "kent,K3,2022-03-31,Cocaine,1,kg");

    ImportResult result = ReturnsImporter.importFiles(store, List.of(file), Returns.options().withPartial(true));

    assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.REFUSED);
    assertThat(result.report().errors()).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo(ErrorCode.YEAR_HELD_FROM_TABLES);
      assertThat(e.row()).isEqualTo(3);
      assertThat(e.message()).startsWith("rows dated in 2021/22, a year this store holds from published tables");
    });
    assertThat(StoreProbe.snapshot(store)).isEqualTo(before);
  }

  @Test
  void anUploadIsImportedUnderItsName() {
    String csv = Returns.HEADER + "\nkent,K1,2021-05-01,Cocaine,1,kg\nessex,E1,2021-05-01,Cocaine,1,kg\n";
    ImportResult result = ReturnsImporter.importStream(store, "upload.csv",
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), Returns.options().withAgency("kent"));

    assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.FORBIDDEN);
    assertThat(result.report().errors()).singleElement().extracting(ValidationError::toLine)
        .isEqualTo("upload.csv:3: agency: 'essex' is another agency's row; this return may hold rows of kent only");
    assertThat(drugLines()).isEmpty();
  }

  @Test
  void theReportIsTheJsonOfTheDesign() throws Exception {
    Path file = Returns.write(dir, "r.csv", "kent,K1,2021-05-01,Cocaine,-1,kg");
    ImportResult result = importFiles(file);

    String name = file.toString().replace("\\", "\\\\");
    assertThat(result.report().toJson()).isEqualTo(
        "{\"files\":[\"" + name + "\"],\"rows_read\":1,\"accepted\":0,\"rejected\":1,\"revised\":0,"
            + "\"skipped_files\":[],\"errors\":[{\"file\":\"" + name + "\",\"row\":2,\"column\":\"quantity\","
            + "\"code\":\"NEGATIVE_QUANTITY\",\"message\":\"'-1' is negative: a quantity is 0 or more\"}]}");
  }
}
