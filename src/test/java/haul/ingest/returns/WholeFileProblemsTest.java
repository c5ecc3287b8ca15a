package haul.ingest.returns;

import static org.assertj.core.api.Assertions.assertThat;

import haul.store.Store;
import haul.store.StoreKind;
import haul.store.TestStores;
import haul.store.StoreProbe;
import java.io.ByteArrayOutputStream;
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

/** A file that is not a return is refused whole, with one message naming it, and changes nothing. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class WholeFileProblemsTest {

  @Parameter StoreKind kind;
  @RegisterExtension final TestStores stores = TestStores.perTest();

  @TempDir Path dir;
  Store store;
  List<String> before;

  @BeforeEach
  void open() throws Exception {
    store = stores.open(kind);
    ReturnsImporter.importFiles(
        store, List.of(Returns.write(dir, "earlier.csv", "kent,K1,2021-05-01,Cocaine,1,kg")), Returns.options());
    before = StoreProbe.snapshot(store);
  }


  /** Imports a good file and the given one together; returns the one error, checking nothing changed. */
  private ValidationError refused(Path file) throws Exception {
    Path good = Returns.write(dir, "good.csv", "essex,E1,2021-05-01,Cocaine,1,kg");
    ImportResult result = ReturnsImporter.importFiles(store, List.of(good, file), Returns.options());
    assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.REFUSED);
    assertThat(StoreProbe.snapshot(store)).isEqualTo(before);
    assertThat(result.report().errors()).hasSize(1);
    ValidationError error = result.report().errors().get(0);
    assertThat(error.file()).isEqualTo(file.toString());
    return error;
  }

  @Test
  void missingFile() throws Exception {
    ValidationError error = refused(dir.resolve("nowhere.csv"));
    assertThat(error.code()).isEqualTo(ErrorCode.FILE_NOT_FOUND);
    assertThat(error.toLine()).isEqualTo(dir.resolve("nowhere.csv") + ": no such file");
  }

  @Test
  void aFolder() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("folder.csv"));
    assertThat(refused(folder).code()).isEqualTo(ErrorCode.FILE_UNREADABLE);
  }

  @Test
  void emptyFiles() throws Exception {
    assertThat(refused(Returns.writeRaw(dir, "empty.csv", "")).code()).isEqualTo(ErrorCode.EMPTY_FILE);
    assertThat(refused(Returns.writeRaw(dir, "bom.csv", "\uFEFF")).code()).isEqualTo(ErrorCode.EMPTY_FILE);
    assertThat(refused(Returns.writeRaw(dir, "blank.csv", "\n\n")).code()).isEqualTo(ErrorCode.EMPTY_FILE);
    assertThat(refused(Returns.write(dir, "header.csv")).code()).isEqualTo(ErrorCode.NO_ROWS);
  }

  @Test
  void bytesThatAreNotUtf8() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((Returns.HEADER + "\nkent,K1,2021-05-01,Cocaine,1,kg\nkent,K2,2021-05-01,").getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("Hero\u00efn".getBytes(StandardCharsets.ISO_8859_1));
    bytes.writeBytes(",1,kg\n".getBytes(StandardCharsets.UTF_8));
    ValidationError error = refused(Returns.writeBytes(dir, "latin1.csv", bytes.toByteArray()));
    assertThat(error.code()).isEqualTo(ErrorCode.NOT_UTF8);
    assertThat(error.message()).isEqualTo(
        "the file is not UTF-8 text (bytes that are not UTF-8 on line 3): save it as CSV UTF-8");
  }

  @Test
  void aMissingColumn() throws Exception {
    ValidationError error = refused(Returns.writeRaw(dir, "nounit.csv",
        "agency,seizure_id,seizure_date,drug,quantity\nkent,K1,2021-05-01,Cocaine,1\n"));
    assertThat(error.code()).isEqualTo(ErrorCode.MISSING_COLUMN);
    assertThat(error.toLine()).isEqualTo(dir.resolve("nounit.csv")
        + ":1: the header has no column unit: a return needs agency,seizure_id,seizure_date,drug,quantity,unit");
  }

  @Test
  void aColumnNamedTwice() throws Exception {
    ValidationError error = refused(Returns.writeRaw(dir, "twice.csv",
        "agency,seizure_id,seizure_date,drug,quantity,unit,Drug\nkent,K1,2021-05-01,Cocaine,1,kg,Heroin\n"));
    assertThat(error.code()).isEqualTo(ErrorCode.DUPLICATE_COLUMN);
  }

  @Test
  void rowsWithTooFewOrTooManyFields() throws Exception {
    ValidationError few = refused(Returns.write(dir, "few.csv", "kent,K1,2021-05-01,Cocaine,1,kg", "kent,K2,2021-05-01,Cocaine,1"));
    assertThat(few.code()).isEqualTo(ErrorCode.RAGGED_ROW);
    assertThat(few.row()).isEqualTo(3);
    assertThat(few.message()).isEqualTo("this row has 5 fields, the header has 6: check for a missing or extra comma");
    ValidationError many = refused(Returns.write(dir, "many.csv", "kent,K1,2021-05-01,Cocaine,1,kg,extra"));
    assertThat(many.code()).isEqualTo(ErrorCode.RAGGED_ROW);
    assertThat(many.row()).isEqualTo(2);
  }

  @Test
  void aFieldOfMegabytes() throws Exception {
    ValidationError error = refused(Returns.write(dir, "huge.csv",
        "kent,K1,2021-05-01,Cocaine,1,kg", "kent,\"" + "x".repeat(3 << 20) + "\",2021-05-01,Cocaine,1,kg"));
    assertThat(error.code()).isEqualTo(ErrorCode.FIELD_TOO_LONG);
    assertThat(error.row()).isEqualTo(3);
  }

  @Test
  void aFieldTooLongForTheCsvReader() throws Exception {
    ValidationError error = refused(Returns.write(dir, "huger.csv",
        "kent,K1,2021-05-01,Cocaine,1,kg", "kent,\"" + "x".repeat(17 << 20) + "\",2021-05-01,Cocaine,1,kg"));
    assertThat(error.code()).isEqualTo(ErrorCode.FIELD_TOO_LONG);
    assertThat(error.toLine()).isEqualTo(dir.resolve("huger.csv")
        + ":3: a field of over 16,000,000 characters, over the limit of 65536: is this a return?");
  }

  @Test
  void textAfterAClosingQuote() throws Exception {
    ValidationError error = refused(Returns.write(dir, "quotes.csv", "kent,\"K1\"x,2021-05-01,Cocaine,1,kg"));
    assertThat(error.code()).isEqualTo(ErrorCode.MALFORMED_CSV);
    assertThat(error.message()).isEqualTo(
        "the file is not well-formed CSV: unexpected character after closing quote: x (near line 2)");
  }

  @Test
  void anUnclosedQuote() throws Exception {
    ValidationError error = refused(Returns.write(dir, "unclosed.csv", "kent,\"K1,2021-05-01,Cocaine,1,kg"));
    assertThat(error.code()).isEqualTo(ErrorCode.RAGGED_ROW);
  }

  @Test
  void mixedLineEndings() throws Exception {
    ValidationError error = refused(Returns.writeRaw(dir, "mixed.csv",
        Returns.HEADER + "\nkent,K1,2021-05-01,Cocaine,1,kg\r\nkent,K2,2021-05-01,Cocaine,1,kg\n"));
    assertThat(error.code()).isEqualTo(ErrorCode.MALFORMED_CSV);
    assertThat(error.message())
        .isEqualTo("the file is not well-formed CSV: its line endings are mixed (CRLF and LF) or its quotes do not pair up");
  }
}
