package haul.ingest.returns;

import static org.assertj.core.api.Assertions.assertThat;

import haul.store.Store;
import haul.store.StoreKind;
import haul.store.TestStores;
import haul.store.StoreProbe;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** One test per row rule: a return with the broken row, and the code it must get. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ValidationRulesTest {

  @Parameter StoreKind kind;
  @RegisterExtension final TestStores stores = TestStores.perTest();

  @TempDir Path dir;
  Store store;

  @BeforeEach
  void open() {
    store = stores.open(kind);
  }


  /** Imports the rows (after a valid first row) and lists "row column code" of every error. */
  private List<String> problems(ImportOptions options, String... rows) throws Exception {
    String[] all = new String[rows.length + 1];
    all[0] = "kent,OK1,2021-05-01,Cocaine,1,kg";
    System.arraycopy(rows, 0, all, 1, rows.length);
    ImportResult result = ReturnsImporter.importFiles(store, List.of(Returns.write(dir, "r.csv", all)), options);
    assertThat(StoreProbe.count(store, "SELECT count(*) FROM drug_line")).isEqualTo(
        result.outcome() == ImportResult.Outcome.REFUSED ? 0 : result.report().accepted());
    return result.report().errors().stream().map(e -> e.row() + " " + e.column() + " " + e.code()).toList();
  }

  private List<String> problems(String... rows) throws Exception {
    return problems(Returns.options(), rows);
  }

  @Test
  void missingAgency() throws Exception {
    assertThat(problems(",S1,2021-05-01,Cocaine,1,kg")).containsExactly("3 agency MISSING_AGENCY");
  }

  @Test
  void unknownAgency() throws Exception {
    assertThat(problems("Kentt,S1,2021-05-01,Cocaine,1,kg")).containsExactly("3 agency UNKNOWN_AGENCY");
  }

  @Test
  void agencyOfAnotherTokenHolder() throws Exception {
    assertThat(problems(Returns.options().withAgency("kent"), "essex,S1,2021-05-01,Cocaine,1,kg"))
        .containsExactly("3 agency AGENCY_NOT_PERMITTED");
  }

  @Test
  void missingId() throws Exception {
    assertThat(problems("kent,,2021-05-01,Cocaine,1,kg")).containsExactly("3 seizure_id MISSING_ID");
  }

  @Test
  void missingDate() throws Exception {
    assertThat(problems("kent,S1,,Cocaine,1,kg")).containsExactly("3 seizure_date MISSING_DATE");
  }

  @Test
  void impossibleOrNonIsoDates() throws Exception {
    assertThat(problems(
            "kent,S1,2021-02-30,Cocaine,1,kg",
            "kent,S2,01/05/2021,Cocaine,1,kg",
            "kent,S3,2021-5-1,Cocaine,1,kg",
            "kent,S4,2021-05-01T10:00,Cocaine,1,kg"))
        .containsExactly(
            "3 seizure_date INVALID_DATE", "4 seizure_date INVALID_DATE", "5 seizure_date INVALID_DATE",
            "6 seizure_date INVALID_DATE");
  }

  /** Dates at the edges of what an engine reads as a date: both stores must read them alike. */
  @Test
  void datesAtTheEdges() throws Exception {
    assertThat(problems(
            "kent,S1,0000-01-01,Cocaine,1,kg",
            "kent,S2,-021-01-01,Cocaine,1,kg",
            "kent,S3,2020-02-29,Cocaine,1,kg",
            "kent,S4,2021-02-29,Cocaine,1,kg",
            "kent,S5,2021-04-31,Cocaine,1,kg",
            "kent,S6,2021-00-10,Cocaine,1,kg",
            "kent,S7, 2021-12-31 ,Cocaine,1,kg",
            "kent,S8,2021-12-00,Cocaine,1,kg",
            "kent,S9,2021-1a-01,Cocaine,1,kg"))
        .containsExactly(
            "3 seizure_date INVALID_DATE", "4 seizure_date INVALID_DATE", "6 seizure_date INVALID_DATE",
            "7 seizure_date INVALID_DATE", "8 seizure_date INVALID_DATE", "10 seizure_date INVALID_DATE",
            "11 seizure_date INVALID_DATE");
  }

  /** Quantities read, rounded and converted the same on both stores (half away from zero, 9 places). */
  @Test
  void quantitiesAtTheEdges() throws Exception {
    assertThat(problems(Returns.options().withPartial(true),
            "kent,S1,2021-05-01,Cocaine,0.0000000005,kg",
            "kent,S2,2021-05-01,Cocaine,0.00000000049999,kg",
            "kent,S3,2021-05-01,Cocaine,.5,kg",
            "kent,S4,2021-05-01,Cocaine,5.,kg",
            "kent,S5,2021-05-01,Cocaine,-0,kg",
            "kent,S6,2021-05-01,Cocaine,000000000000000000001,kg",
            "kent,S7,2021-05-01,Cocaine,999999999.9999999994,g",
            "kent,S8,2021-05-01,Cocaine,999999999.9999999995,g",
            "kent,S9,2021-05-01,Cocaine,0.0000005,g",
            "kent,S10,2021-05-01,Cocaine, 2.5 ,kg"))
        .containsExactly("10 quantity INVALID_QUANTITY");
    assertThat(StoreProbe.lines(store,
            "SELECT seizure_id, CAST(quantity AS VARCHAR) FROM drug_line WHERE seizure_id <> 'OK1' ORDER BY source_row"))
        .containsExactly(
            "S1|0.000000001", "S2|0.000000000", "S3|0.500000000", "S4|5.000000000", "S5|0.000000000",
            "S6|1.000000000", "S7|1000000.000000000", "S9|0.000000001", "S10|2.500000000");
  }

  /** Agency and drug names match whatever their case and runs of white space (tabs too). */
  @Test
  void namesWithOddSpacing() throws Exception {
    assertThat(problems("\"Kent\tPolice\",S1,2021-05-01, cocaine ,1,kg", "KENT   POLICE,S2,2021-05-01,Herbal\t cannabis,1,kg",
            "Kent\u00a0Police,S3,2021-05-01,Cocaine,1,kg"))
        .containsExactly("5 agency UNKNOWN_AGENCY");
  }

  @Test
  void futureDate() throws Exception {
    assertThat(problems("kent,S1,2023-01-01,Cocaine,1,kg", "kent,S2,2023-01-02,Cocaine,1,kg"))
        .containsExactly("4 seizure_date FUTURE_DATE");
  }

  /** The series starts when the Misuse of Drugs Act 1971 came into force (reference data, series.csv). */
  @Test
  void datesBeforeTheSeries() throws Exception {
    assertThat(problems(
            "kent,S1,1900-01-01,Cocaine,1,kg",
            "kent,S2,0001-01-01,Cocaine,1,kg",
            "kent,S3,1973-06-30,Cocaine,1,kg",
            "kent,S4,1973-07-01,Cocaine,1,kg"))
        .containsExactly("3 seizure_date DATE_OUT_OF_RANGE", "4 seizure_date DATE_OUT_OF_RANGE",
            "5 seizure_date DATE_OUT_OF_RANGE");
    ImportResult result = ReturnsImporter.importFiles(
        store, List.of(Returns.write(dir, "old.csv", "kent,S1,1900-01-01,Mephedrone,1,kg")), Returns.options());
    assertThat(result.report().errors()).extracting(ValidationError::message)
        .containsExactly("'1900-01-01' is before 1 July 1973, the start of the series");
  }

  @Test
  void psychoactiveSubstancesBeforeTheActCameIntoForce() throws Exception {
    assertThat(problems(
            "kent,S1,2016-05-25,Psychoactive substances,,",
            "kent,S2,2016-05-26,Psychoactive substances,,"))
        .containsExactly("3 drug DRUG_NOT_CONTROLLED_ON_DATE");
  }

  @Test
  void missingDrug() throws Exception {
    assertThat(problems("kent,S1,2021-05-01,,1,kg")).containsExactly("3 drug MISSING_DRUG");
  }

  @Test
  void unknownDrug() throws Exception {
    assertThat(problems("kent,S1,2021-05-01,Cocain,1,kg")).containsExactly("3 drug UNKNOWN_DRUG");
  }

  @Test
  void drugNotControlledOnTheDate() throws Exception {
    // khat was controlled from 24 June 2014, mephedrone from 16 April 2010
    assertThat(problems(
            "kent,S1,2014-06-23,Khat,,",
            "kent,S2,2014-06-24,Khat,,",
            "kent,S3,2010-04-15,Mephedrone,1,g"))
        .containsExactly("3 drug DRUG_NOT_CONTROLLED_ON_DATE", "5 drug DRUG_NOT_CONTROLLED_ON_DATE");
  }

  @Test
  void nonNumericQuantity() throws Exception {
    assertThat(problems(
            "kent,S1,2021-05-01,Cocaine,\"1,5\",kg",
            "kent,S2,2021-05-01,Cocaine,abc,kg",
            "kent,S3,2021-05-01,Cocaine,1e3,kg",
            "kent,S4,2021-05-01,Cocaine,1.5.2,kg"))
        .containsExactly(
            "3 quantity INVALID_QUANTITY", "4 quantity INVALID_QUANTITY", "5 quantity INVALID_QUANTITY",
            "6 quantity INVALID_QUANTITY");
  }

  @Test
  void quantityTooLargeForTheStore() throws Exception {
    assertThat(problems("kent,S1,2021-05-01,Cocaine,999999999.5,g", "kent,S2,2021-05-01,Cocaine,1000000000,g"))
        .containsExactly("4 quantity INVALID_QUANTITY");
    assertThat(StoreProbe.lines(store, "SELECT quantity FROM drug_line WHERE seizure_id = 'S1'")).isEmpty();
  }

  @Test
  void negativeQuantity() throws Exception {
    assertThat(problems("kent,S1,2021-05-01,Cocaine,-2,kg")).containsExactly("3 quantity NEGATIVE_QUANTITY");
  }

  @Test
  void quantityWithoutUnit() throws Exception {
    assertThat(problems("kent,S1,2021-05-01,Cocaine,2,")).containsExactly("3 unit MISSING_UNIT");
  }

  @Test
  void unknownUnit() throws Exception {
    assertThat(problems("kent,S1,2021-05-01,Cocaine,2,lbs")).containsExactly("3 unit UNKNOWN_UNIT");
  }

  @Test
  void unitThatDoesNotFitTheDrug() throws Exception {
    assertThat(problems(
            "kent,S1,2021-05-01,Cocaine,2,plants",
            "kent,S2,2021-05-01,Ecstasy,2,kg",
            "kent,S3,2021-05-01,Cannabis plants,2,g",
            "kent,S4,2021-05-01,Other Class A,2,g"))
        .containsExactly("3 unit UNIT_NOT_FOR_DRUG", "4 unit UNIT_NOT_FOR_DRUG", "5 unit UNIT_NOT_FOR_DRUG");
  }

  @Test
  void rowsOfOneSeizureIdNamingTwoAgencies() throws Exception {
    assertThat(problems("kent,S1,2021-05-01,Cocaine,1,kg", "essex,S1,2021-05-01,Heroin,1,kg"))
        .containsExactly("3 agency EVENT_AGENCY_CONFLICT", "4 agency EVENT_AGENCY_CONFLICT");
  }

  @Test
  void rowsOfOneSeizureWithTwoDates() throws Exception {
    assertThat(problems("kent,S1,2021-05-01,Cocaine,1,kg", "Kent Police,S1,2021-05-02,Heroin,1,kg"))
        .containsExactly("3 seizure_date EVENT_DATE_CONFLICT", "4 seizure_date EVENT_DATE_CONFLICT");
  }

  @Test
  void partialImportRejectsTheRestOfAnEventWithARejectedRow() throws Exception {
    assertThat(problems(Returns.options().withPartial(true),
            "kent,S1,2021-05-01,Cocaine,1,kg", "kent,S1,2021-05-01,Heroin,-1,kg"))
        .containsExactly("3 seizure_id EVENT_HAS_REJECTED_ROW", "4 quantity NEGATIVE_QUANTITY");
  }

  @Test
  void everyProblemOfARowIsReported() throws Exception {
    assertThat(problems("nowhere,,2021-13-01,Cocain,-1,lbs"))
        .containsExactly(
            "3 agency UNKNOWN_AGENCY", "3 seizure_id MISSING_ID", "3 seizure_date INVALID_DATE",
            "3 drug UNKNOWN_DRUG", "3 quantity NEGATIVE_QUANTITY", "3 unit UNKNOWN_UNIT");
  }

  @Test
  void eachCodeHasItsOwnMessage() {
    assertThat(java.util.Arrays.stream(ErrorCode.values()).map(c -> c.message("x", "y")).distinct())
        .hasSize(ErrorCode.values().length);
  }
}
