package haul.ingest.returns;

import static org.assertj.core.api.Assertions.assertThat;

import haul.store.Store;
import haul.store.StoreKind;
import haul.store.StoreProbe;
import haul.store.TestStores;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The wrong loads and misleading messages of issue 14 (items 1, 2, 9, 15, 16), each on both
 * stores: what a hostile or careless return did before, and what it must do.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ReturnsIntegrityTest {

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

  private ImportResult importPartial(Path... files) {
    return ReturnsImporter.importFiles(store, List.of(files), Returns.options().withPartial(true));
  }

  private List<String> drugLines() {
    return StoreProbe.lines(store,
        "SELECT agency_code, seizure_id, drug, quantity, source_row FROM drug_line ORDER BY agency_code, seizure_id, source_row");
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  // 1. A file name with glob characters is read as itself.

  @Test
  void aFileNameWithBracketsReadsThatFileOnly() throws Exception {
    Returns.write(dir, "kent1.csv", "essex,E1,2021-05-01,Heroin,9,kg");
    Path kent = Returns.write(dir, "kent[1].csv", "kent,K1,2021-05-01,Cocaine,1,kg");

    ImportResult result = importFiles(kent);

    assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.LOADED);
    assertThat(drugLines()).containsExactly("kent|K1|Cocaine|1.000000000|2");
    assertThat(StoreProbe.lines(store, "SELECT file_name, content_sha256, rows_read FROM import_log"))
        .containsExactly(kent + "|" + sha256(kent) + "|1");
  }

  @Test
  void aFileNameWithAStarReadsThatFileOnlyAndNumbersItsRows() throws Exception {
    Returns.write(dir, "ch1.csv", "cheshire,C1,2021-05-01,Cocaine,1,kg", "cheshire,C2,2021-05-01,Cocaine,-1,kg");
    Returns.write(dir, "ch2.csv", "cheshire,C3,2021-05-01,Cocaine,1,kg", "cheshire,C4,2021-05-01,Cocaine,1,kg",
        "cheshire,C5,2021-05-01,Cocaine,-1,kg");
    Path star = Returns.write(dir, "ch*.csv", "cheshire,C9,2021-05-01,Heroin,2,kg", "cheshire,C10,2021-05-01,Heroin,x,kg");

    ImportResult refused = importFiles(star);
    assertThat(refused.report().errors()).extracting(ValidationError::toLine)
        .containsExactly(star + ":3: quantity: 'x' is not a quantity: write a number with a decimal point, such as 1.5"
            + " (at most 999999999)");
    assertThat(refused.report().rowsRead()).isEqualTo(2);

    ImportResult partial = importPartial(star);
    assertThat(partial.report().accepted()).isEqualTo(1);
    assertThat(drugLines()).containsExactly("cheshire|C9|Heroin|2.000000000|2");
  }

  // 2. One seizure in several files of one command.

  @Test
  void oneSeizureInTwoFilesOfACommandIsAConflict() throws Exception {
    Path first = Returns.write(dir, "a.csv", "kent,K1,2021-05-01,Cocaine,1,kg", "kent,K2,2021-05-01,Cocaine,1,kg");
    Path second = Returns.write(dir, "a-v2.csv", "kent,K2,2021-05-01,Cocaine,2,kg", "kent,K3,2021-05-01,Cocaine,1,kg");

    ImportResult result = importFiles(first, second);

    assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.REFUSED);
    assertThat(result.report().errors()).extracting(ValidationError::toLine).containsExactly(
        first + ":3: seizure_id: seizure K2 is also in " + second + " (row 2), with other rows: one command may hold"
            + " a seizure in one file only; import a revision on its own, after",
        second + ":2: seizure_id: seizure K2 is also in " + first + " (row 3), with other rows: one command may hold"
            + " a seizure in one file only; import a revision on its own, after");
    assertThat(result.report().errors()).extracting(ValidationError::code)
        .containsOnly(ErrorCode.EVENT_IN_SEVERAL_FILES);
    assertThat(drugLines()).isEmpty();
  }

  @Test
  void withPartialTheConflictingRowsOfEveryFileAreRejectedAndKept() throws Exception {
    Path first = Returns.write(dir, "a.csv", "kent,K1,2021-05-01,Cocaine,1,kg", "kent,K2,2021-05-01,Cocaine,1,kg");
    Path second = Returns.write(dir, "a-v2.csv", "kent,K2,2021-05-01,Cocaine,2,kg", "kent,K2,2021-05-01,Heroin,1,kg",
        "kent,K3,2021-05-01,Cocaine,1,kg");

    ImportResult result = importPartial(first, second);

    assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.LOADED_WITH_REJECTS);
    assertThat(result.report().accepted()).isEqualTo(2);
    assertThat(result.report().rejected()).isEqualTo(3);
    assertThat(drugLines()).containsExactly("kent|K1|Cocaine|1.000000000|2", "kent|K3|Cocaine|1.000000000|4");
    assertThat(StoreProbe.lines(store,
            "SELECT file_name, row_number, code FROM import_reject ORDER BY import_id, row_number"))
        .containsExactly(
            first + "|3|EVENT_IN_SEVERAL_FILES", second + "|2|EVENT_IN_SEVERAL_FILES", second + "|3|EVENT_IN_SEVERAL_FILES");
  }

  @Test
  void identicalRowsOfOneSeizureInTwoFilesLoadOnce() throws Exception {
    Path first = Returns.write(dir, "a.csv", "kent,K1,2021-05-01,Cocaine,1,kg", "kent,K2,2021-05-01,Heroin,1000,g");
    Path second = Returns.write(dir, "b.csv", "Kent Police,K2,2021-05-01,heroin,1,kg", "kent,K3,2021-05-01,Cocaine,1,kg");

    ImportResult result = importFiles(first, second);

    assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.LOADED);
    assertThat(result.report().errors()).isEmpty();
    assertThat(drugLines()).containsExactly(
        "kent|K1|Cocaine|1.000000000|2", "kent|K2|Heroin|1.000000000|3", "kent|K3|Cocaine|1.000000000|3");
    assertThat(StoreProbe.count(store, "SELECT count(*) FROM seizure")).isEqualTo(3);
  }

  @Test
  void oneAfterTheOtherTheSecondFileIsARevision() throws Exception {
    Path first = Returns.write(dir, "a.csv", "kent,K1,2021-05-01,Cocaine,1,kg");
    Path second = Returns.write(dir, "a-v2.csv", "kent,K1,2021-05-01,Cocaine,2,kg");
    importFiles(first);
    ImportResult revision = importFiles(second);
    assertThat(revision.report().revised()).isEqualTo(1);
    assertThat(drugLines()).containsExactly("kent|K1|Cocaine|2.000000000|2");
  }

  // 9. Another agency's token learns nothing from content imported for an agency.

  @Test
  void anotherAgencysTokenPostingBytesImportedBeforeIsForbiddenNotSkipped() {
    byte[] bytes = (Returns.HEADER + "\nkent,K1,2021-05-01,Cocaine,1,kg\n").getBytes(StandardCharsets.UTF_8);
    ImportResult kent = ReturnsImporter.importStream(store, "kent.csv", new ByteArrayInputStream(bytes),
        Returns.options().withAgency("kent"));
    assertThat(kent.outcome()).isEqualTo(ImportResult.Outcome.LOADED);

    ImportResult cheshire = ReturnsImporter.importStream(store, "cheshire.csv", new ByteArrayInputStream(bytes),
        Returns.options().withAgency("cheshire"));

    assertThat(cheshire.outcome()).isEqualTo(ImportResult.Outcome.FORBIDDEN);
    assertThat(cheshire.notices()).isEmpty();
    assertThat(cheshire.report().skippedFiles()).isEmpty();
    assertThat(cheshire.report().errors()).extracting(ValidationError::code)
        .containsExactly(ErrorCode.AGENCY_NOT_PERMITTED);

    ImportResult again = ReturnsImporter.importStream(store, "kent-again.csv", new ByteArrayInputStream(bytes),
        Returns.options().withAgency("kent"));
    assertThat(again.outcome()).isEqualTo(ImportResult.Outcome.NOTHING_NEW);
  }

  // 15. Messages that say what is wrong.

  @Test
  void blankLinesBeforeTheHeaderAreNamed() throws Exception {
    Path file = Returns.writeRaw(dir, "blank.csv", "\n\n\n" + Returns.HEADER + "\nkent,K1,2021-05-01,Cocaine,1,kg\n");
    ImportResult result = importFiles(file);
    assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.REFUSED);
    assertThat(result.report().errors()).extracting(ValidationError::toLine).containsExactly(
        file + ":4: the header is on line 4, after 3 blank lines: delete them, so that the header is the first line");
    assertThat(result.report().errors()).extracting(ValidationError::code)
        .containsExactly(ErrorCode.BLANK_LINES_BEFORE_HEADER);
  }

  @Test
  void utf16WithoutAByteOrderMarkIsNamed() throws Exception {
    String text = Returns.HEADER + "\r\nkent,K1,2021-05-01,Cocaine,1,kg\r\n";
    Path little = Returns.writeBytes(dir, "le.csv", text.getBytes(StandardCharsets.UTF_16LE));
    Path big = Returns.writeBytes(dir, "be.csv", text.getBytes(StandardCharsets.UTF_16BE));
    Path marked = Returns.writeBytes(dir, "bom.csv", text.getBytes(StandardCharsets.UTF_16));

    assertThat(importFiles(little).report().errors()).extracting(ValidationError::toLine).containsExactly(
        little + ": the file is UTF-16 text (little-endian, without a byte order mark), not UTF-8: save it as CSV UTF-8");
    assertThat(importFiles(big).report().errors()).extracting(ValidationError::toLine).containsExactly(
        big + ": the file is UTF-16 text (big-endian, without a byte order mark), not UTF-8: save it as CSV UTF-8");
    assertThat(importFiles(marked).report().errors()).extracting(ValidationError::toLine).containsExactly(
        marked + ": the file is UTF-16 text (big-endian, with a byte order mark), not UTF-8: save it as CSV UTF-8");
    assertThat(drugLines()).isEmpty();
  }

  @Test
  void aNulInAValueIsShownAsBackslashZero() throws Exception {
    Path file = Returns.write(dir, "nul.csv", "kent,K1,2021-05-01,Coca\u0000ine,1,kg");
    ImportResult result = importFiles(file);
    assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.REFUSED);
    assertThat(result.report().errors()).extracting(ValidationError::toLine).containsExactly(
        file + ":2: drug: 'Coca\\0ine' holds a NUL character (shown as \\0): is this a text file?");
  }

  @Test
  void messagesEchoAtMostTwoHundredCharactersOfAValue() throws Exception {
    String drug = "Z".repeat(5_000);
    ImportResult result = importFiles(Returns.write(dir, "long.csv", "kent,K1,2021-05-01," + drug + ",1,kg"));
    ValidationError error = result.report().errors().get(0);
    assertThat(error.code()).isEqualTo(ErrorCode.UNKNOWN_DRUG);
    assertThat(error.message()).isEqualTo(
        "'" + "Z".repeat(200) + "... (5,000 characters)' is not a drug haul knows (see drugs.csv and drug_aliases.csv)");
  }

  // 16. Seizure ids in Unicode NFC.

  @Test
  void theNfcAndNfdSpellingsOfAnIdAreOneSeizure() throws Exception {
    String nfc = "CAF\u00c9-1";
    String nfd = "CAFE\u0301-1";
    Path first = Returns.write(dir, "nfd.csv", "kent," + nfd + ",2021-05-01,Cocaine,1,kg", "kent," + nfc + ",2021-05-01,Heroin,1,kg");
    ImportResult one = importFiles(first);
    assertThat(one.report().errors()).isEmpty();
    assertThat(StoreProbe.lines(store, "SELECT seizure_id FROM seizure")).containsExactly(nfc);
    assertThat(StoreProbe.lines(store, "SELECT seizure_id FROM drug_line ORDER BY source_row")).containsExactly(nfc, nfc);

    Path second = Returns.write(dir, "nfd-v2.csv", "kent," + nfd + ",2021-05-01,Crack,1,kg");
    ImportResult revision = importFiles(second);
    assertThat(revision.report().revised()).isEqualTo(1);
    assertThat(drugLines()).containsExactly("kent|" + nfc + "|Crack|1.000000000|2");
    assertThat(StoreProbe.lines(store, "SELECT content_sha256 FROM import_log ORDER BY import_id"))
        .containsExactly(sha256(first), sha256(second));
  }
}
