package haul.ingest.tables;

import static org.assertj.core.api.Assertions.assertThat;

import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The untidiness of real published tables, each in a small hand-made file. */
class TableParserTest {

  private static final TableParser PARSER = new TableParser(TableMapping.bundled(ReferenceData.bundled()));
  private static final FinancialYear Y2016 = FinancialYear.parse("2015/16");
  private static final String MAPPING_HOWTO = " if it is one, give --mapping FILE, a CSV file with the columns of"
      + " table-mapping.csv (kind,match,target_kind,target) and the line ";

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static ParsedTable seizures(Path file, FinancialYear year) {
    return PARSER.parse(file, year, TableMeasure.SEIZURES);
  }

  private static Optional<BigDecimal> value(ParsedTable table, String agency, ItemKind kind, String item) {
    return table.figures().stream()
        .filter(f -> f.agencyCode().equals(agency) && f.item().equals(new TableItem(kind, item)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no figure for " + agency + " " + item))
        .value();
  }

  private static List<TableIssueCode> codes(List<TableIssue> issues) {
    return issues.stream().map(TableIssue::code).toList();
  }

  private static List<TableIssueCode> checkCodes(ParsedTable table) {
    return codes(table.warnings()).stream().filter(c -> c != TableIssueCode.AGENCY_MISSING).toList();
  }

  @Test
  void aBomAndAHeaderSplitOverTwoLinesInsideQuotesAreRead() throws IOException {
    Path file = write("t.csv", "\uFEFFPolice force,All drugs,\"Mephedrone\r\n(non-injection)\",Other Class B,Total Class B\r\n"
        + "Kent,100,7,12,40\r\n");
    ParsedTable table = seizures(file, Y2016);
    assertThat(table.errors()).isEmpty();
    assertThat(value(table, "kent", ItemKind.TOTAL, "All drugs")).contains(new BigDecimal("100"));
    assertThat(value(table, "kent", ItemKind.DRUG, "Mephedrone")).contains(new BigDecimal("7"));
    assertThat(value(table, "kent", ItemKind.CLASS, "B")).contains(new BigDecimal("40"));
    assertThat(table.rowsRead()).isEqualTo(1);
  }

  @Test
  void rowsAreNumberedByTheLineTheyStartOnAfterATwoLineHeader() throws IOException {
    Path file = write("t.csv", "Police force,\"All\ndrugs\"\nKent,1\nGotham,2\n");
    ParsedTable table = seizures(file, Y2016);
    assertThat(table.errors()).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo(TableIssueCode.UNMAPPED_AGENCY);
      assertThat(e.row()).isEqualTo(4);
      assertThat(e.column()).isEqualTo("Police force");
      assertThat(e.describe()).isEqualTo("t.csv:4: Police force: 'Gotham' is not an agency haul knows:"
          + " if it is one, give --mapping FILE, a CSV file with the columns of table-mapping.csv"
          + " (kind,match,target_kind,target) and the line agency,Gotham,agency,AGENCY_CODE");
    });
  }

  @Test
  void agencySpellingsOfThePublishedTablesMapToCodes() throws IOException {
    Path file = write("t.csv", "Police force,All drugs\n\"London, City of\",5\nAvon & Somerset,6\nDevon & Cornwall,7\n"
        + "Metropolitan Police,8\nBritish Transport Police,9\nBorder Force,10\n dyfed-powys ,11\n");
    ParsedTable table = seizures(file, Y2016);
    assertThat(table.errors()).isEmpty();
    assertThat(table.agencies()).containsExactly("city-of-london", "avon-and-somerset", "devon-and-cornwall",
        "metropolitan-police", "british-transport-police", "border-force", "dyfed-powys");
  }

  @Test
  void typosAndHyphensInDrugLabelsAreRulesNotGuesses() throws IOException {
    Path file = write("t.csv", "Police force,Anabolic0steroids,Benzodiazepines,Total Class C\nKent,3,4,6\n");
    ParsedTable table = seizures(file, Y2016);
    assertThat(table.errors()).isEmpty();
    assertThat(value(table, "kent", ItemKind.DRUG, "Anabolic steroids")).contains(new BigDecimal("3"));
    Path hyphen = write("u.csv", "Police force,Anabolic-steroids\nKent,3\n");
    assertThat(value(seizures(hyphen, Y2016), "kent", ItemKind.DRUG, "Anabolic steroids")).contains(new BigDecimal("3"));
    Path underscore = write("w.csv", "Police force,ANABOLIC_STEROIDS\nKent,3\n");
    assertThat(value(seizures(underscore, Y2016), "kent", ItemKind.DRUG, "Anabolic steroids")).contains(new BigDecimal("3"));
    Path other = write("v.csv", "Police force,Anabolic steriods\nKent,3\n");
    assertThat(seizures(other, Y2016).errors()).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo(TableIssueCode.UNMAPPED_HEADER);
      assertThat(e.row()).isEqualTo(1);
      assertThat(e.column()).isEqualTo("Anabolic steriods");
      assertThat(e.message()).isEqualTo("'Anabolic steriods' is not a column haul knows (did you mean Anabolic steroids?):"
          + MAPPING_HOWTO + "header,Anabolic steriods,drug,Anabolic steroids");
    });
  }

  @Test
  void footnoteMarkersAfterNamesAreDropped() throws IOException {
    Path file = write("t.csv", "Police force,All drugs (1),Cocaine*,Heroin [note 2],Crack\u00b9\nKent (3),10,4,3,2\n");
    ParsedTable table = seizures(file, Y2016);
    assertThat(table.errors()).isEmpty();
    assertThat(value(table, "kent", ItemKind.TOTAL, "All drugs")).contains(BigDecimal.TEN);
    assertThat(value(table, "kent", ItemKind.DRUG, "Cocaine")).contains(new BigDecimal("4"));
    assertThat(value(table, "kent", ItemKind.DRUG, "Heroin")).contains(new BigDecimal("3"));
    assertThat(value(table, "kent", ItemKind.DRUG, "Crack")).contains(new BigDecimal("2"));
  }

  @Test
  void aBlankCellIsNotAvailableNotZero() throws IOException {
    Path file = write("t.csv", "Police force,All drugs,Cocaine,Heroin,Crack\nKent,10,,0,..\nHampshire,,,,\n");
    ParsedTable table = seizures(file, Y2016);
    assertThat(table.errors()).isEmpty();
    assertThat(value(table, "kent", ItemKind.DRUG, "Cocaine")).isEmpty();
    assertThat(value(table, "kent", ItemKind.DRUG, "Heroin")).contains(BigDecimal.ZERO);
    assertThat(value(table, "kent", ItemKind.DRUG, "Crack")).isEmpty();
    assertThat(value(table, "hampshire", ItemKind.TOTAL, "All drugs")).isEmpty();
    assertThat(table.blanks()).isEqualTo(6);
  }

  @Test
  void columnOrderDoesNotMatter() throws IOException {
    ParsedTable one = seizures(write("a.csv", "Police force,Cocaine,Heroin\nKent,1,2\n"), Y2016);
    ParsedTable two = seizures(write("b.csv", "Heroin,Police force,Cocaine\n2,Kent,1\n"), Y2016);
    assertThat(two.figures()).containsExactlyInAnyOrderElementsOf(one.figures());
  }

  @Test
  void twoColumnsMeaningTheSameTotalRefuseTheFile() throws IOException {
    // A total column labelled as another class, with no erratum known for this header.
    Path file = write("t.csv", "Police force,All Cannabis,Other Class B,Total Class C,Temazepam,Other Class C,Total Class C\n"
        + "Kent,10,2,11,1,1,2\n");
    ParsedTable table = seizures(file, Y2016);
    assertThat(table.errors()).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo(TableIssueCode.DUPLICATE_COLUMN);
      assertThat(e.row()).isEqualTo(1);
      assertThat(e.column()).isEqualTo("Total Class C");
      assertThat(e.message()).isEqualTo("means class C, as column 'Total Class C' does already");
    });
    assertThat(table.figures()).isEmpty();
  }

  @Test
  void ketamineCountsInClassCUntil2013To14AndInClassBFrom2015To16() throws IOException {
    // A class C total below ketamine is inconsistent while ketamine was class C, not after.
    String content = "Police force,All drugs,All Cannabis,Ketamine,Other Class B,Total Class B,Temazepam,Other Class C,Total Class C\n"
        + "Kent,100,50,20,1,70,1,1,2\n";
    ParsedTable before = seizures(write("a.csv", content), FinancialYear.parse("2013/14"));
    assertThat(checkCodes(before)).contains(TableIssueCode.CLASS_BELOW_DRUG);
    assertThat(before.warnings()).filteredOn(w -> w.code() == TableIssueCode.CLASS_BELOW_DRUG).singleElement()
        .satisfies(w -> {
          assertThat(w.row()).isEqualTo(2);
          assertThat(w.column()).isEqualTo("Total Class C, Ketamine");
          assertThat(w.message()).isEqualTo("kent: the class C total (2) is below Ketamine (20), a drug of the class");
        });
    ParsedTable after = seizures(write("b.csv", content), Y2016);
    assertThat(checkCodes(after)).isEmpty();
    // In 2014/15 ketamine was C until 9 June 2014 and B after: it bounds neither class from below.
    ParsedTable during = seizures(write("c.csv", content), FinancialYear.parse("2014/15"));
    assertThat(checkCodes(during)).isEmpty();
  }

  @Test
  void classTotalsMayBeBelowTheSumOfTheirDrugsButNotAboveItNorBelowTheLargest() throws IOException {
    String header = "Police force,All drugs,Cocaine,Heroin,Other Class A,Total Class A\n";
    // one event with cocaine and heroin: 7 + 5 + 1 = 13 lines of drugs in 10 events is consistent
    assertThat(checkCodes(seizures(write("ok.csv", header + "Kent,10,7,5,1,10\n"), Y2016))).isEmpty();
    ParsedTable above = seizures(write("above.csv", header + "Kent,20,7,5,1,14\n"), Y2016);
    assertThat(above.warnings()).filteredOn(w -> w.code() == TableIssueCode.CLASS_ABOVE_SUM).singleElement()
        .satisfies(w -> assertThat(w.message()).isEqualTo("kent: the class A total (14) is more than the seizures"
            + " of all its columns together (13: Cocaine, Heroin, Other Class A)"));
    ParsedTable below = seizures(write("below.csv", header + "Kent,20,7,5,1,6\n"), Y2016);
    assertThat(checkCodes(below)).containsExactly(TableIssueCode.CLASS_BELOW_DRUG);
    ParsedTable totalLow = seizures(write("total.csv", header + "Kent,6,7,5,1,7\n"), Y2016);
    assertThat(checkCodes(totalLow)).containsExactly(TableIssueCode.TOTAL_BELOW_ITEM);
    assertThat(totalLow.warnings()).filteredOn(w -> w.code() == TableIssueCode.TOTAL_BELOW_ITEM).singleElement()
        .satisfies(w -> assertThat(w.column()).isEqualTo("All drugs, Cocaine"));
    // Without the class's "Other" column the drug columns need not cover the class: no upper bound.
    ParsedTable partial = seizures(write("partial.csv", "Police force,Cocaine,Heroin,Total Class A\nKent,7,5,14\n"), Y2016);
    assertThat(checkCodes(partial)).isEmpty();
  }

  @Test
  void aGroupTotalIsKeptAsAGroupAndChecked() throws IOException {
    Path file = write("t.csv", "Police force,Herbal cannabis,Cannabis resin,Cannabis plants,All Cannabis\nKent,5,3,1,4\n");
    ParsedTable table = seizures(file, Y2016);
    assertThat(value(table, "kent", ItemKind.GROUP, "All cannabis")).contains(new BigDecimal("4"));
    assertThat(checkCodes(table)).containsExactly(TableIssueCode.GROUP_BELOW_DRUG);
  }

  @Test
  void anAgencyMissingFromTheYearIsNamed() throws IOException {
    ParsedTable table = seizures(write("t.csv", "Police force,All drugs\nKent,1\n"), Y2016);
    assertThat(table.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(TableIssueCode.AGENCY_MISSING);
      assertThat(w.message()).startsWith("no row for 44 agencies: Cleveland Police, Durham Constabulary,");
    });
  }

  @Test
  void aTotalRowIsCheckedNotStored() throws IOException {
    Path file = write("t.csv", "Police force,All drugs,Cocaine\nKent,10,4\nEssex,5,1\nEngland and Wales,15,6\n");
    ParsedTable table = seizures(file, Y2016);
    assertThat(table.agencies()).containsExactly("kent", "essex");
    assertThat(table.warnings()).filteredOn(w -> w.code() == TableIssueCode.TOTAL_ROW_DIFFERS).singleElement()
        .satisfies(w -> {
          assertThat(w.row()).isEqualTo(4);
          assertThat(w.column()).isEqualTo("Cocaine");
          assertThat(w.message()).isEqualTo("the total row gives 6 and the agencies sum to 5");
        });
  }

  @Test
  void everyProblemIsReportedByRowAndColumnAndNothingIsKept() throws IOException {
    Path file = write("t.csv", "Police force,All drugs,Cocaine,Colour\nKent,10,4x,1\nKent,3,1,1\nEssex,-2,1.5,1\nSussex,1\n");
    ParsedTable table = seizures(file, Y2016);
    assertThat(table.errors()).extracting(TableIssue::describe).containsExactly(
        "t.csv:1: Colour: 'Colour' is not a column haul knows:" + MAPPING_HOWTO + "header,Colour,drug,DRUG_NAME",
        "t.csv:2: Cocaine: '4x' is not a number (a blank cell, '..' or '[x]' means not available)",
        "t.csv:3: Police force: 'Kent' is kent, already given in row 2",
        "t.csv:4: All drugs: '-2' is negative",
        "t.csv:4: Cocaine: '1.5' is not a whole number of seizures",
        "t.csv:5: the row has 2 fields and the header 4");
    assertThat(table.refused()).isTrue();
    assertThat(table.figures()).isEmpty();
  }

  @Test
  void thousandsOfDosesAreStoredAsDosesExactly() throws IOException {
    Path file = write("t.csv", "Police Force,Ecstasy,Cocaine,Cannabis Plants\nKent,0.00009,1.23456,12.00000\n");
    ParsedTable table = PARSER.parse(file, Y2016, TableMeasure.QUANTITIES);
    assertThat(table.errors()).isEmpty();
    assertThat(value(table, "kent", ItemKind.DRUG, "Ecstasy")).hasValueSatisfying(
        v -> assertThat(v).isEqualByComparingTo("0.09"));
    assertThat(value(table, "kent", ItemKind.DRUG, "Cocaine")).hasValueSatisfying(
        v -> assertThat(v).isEqualByComparingTo("1.23456"));
    assertThat(value(table, "kent", ItemKind.DRUG, "Cannabis plants")).hasValueSatisfying(
        v -> assertThat(v).isEqualByComparingTo("12"));
    assertThat(table.notes()).containsExactly("given in thousand doses, stored as doses (x1000): Ecstasy");
  }

  @Test
  void plantsWerePublishedInThousandsIn2009To10AndNoRuleCoversEarlierYears() throws IOException {
    String content = "Police Force,Cannabis Plants\nKent,1.891\n";
    ParsedTable thousands = PARSER.parse(write("a.csv", content), FinancialYear.parse("2009/10"), TableMeasure.QUANTITIES);
    assertThat(value(thousands, "kent", ItemKind.DRUG, "Cannabis plants")).hasValueSatisfying(
        v -> assertThat(v).isEqualByComparingTo("1891"));
    ParsedTable earlier = PARSER.parse(write("b.csv", content), FinancialYear.parse("2008/09"), TableMeasure.QUANTITIES);
    assertThat(codes(earlier.errors())).containsExactly(TableIssueCode.NO_UNIT_RULE);
  }

  @Test
  void aQuantitiesTableHoldsDrugsWithAUnitOnly() throws IOException {
    Path file = write("t.csv", "Police Force,Cocaine,Other Class A,All drugs\nKent,1,2,3\n");
    ParsedTable table = PARSER.parse(file, Y2016, TableMeasure.QUANTITIES);
    assertThat(table.errors()).extracting(TableIssue::column, TableIssue::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Other Class A", TableIssueCode.ITEM_NOT_IN_MEASURE),
        org.assertj.core.groups.Tuple.tuple("All drugs", TableIssueCode.ITEM_NOT_IN_MEASURE));
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedWithOneMessage() throws IOException {
    Path file = dir.resolve("t.csv");
    Files.write(file, "Police force,All drugs\nK\u00e9nt,1\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(codes(seizures(file, Y2016).errors())).containsExactly(TableIssueCode.NOT_UTF8);
    Path empty = write("e.csv", "");
    assertThat(codes(seizures(empty, Y2016).errors())).containsExactly(TableIssueCode.EMPTY_FILE);
  }

  @Test
  void theFileNameSaysTheYearAndMeasure() {
    assertThat(TableFileName.year("Seizures15-16.csv")).contains(Y2016);
    assertThat(TableFileName.measure("Seizures15-16.csv")).contains(TableMeasure.SEIZURES);
    assertThat(TableFileName.year("Quantities09-10.csv")).contains(FinancialYear.parse("2009/10"));
    assertThat(TableFileName.measure("Quantities09-10.csv")).contains(TableMeasure.QUANTITIES);
    assertThat(TableFileName.year("quantities_2021-22.csv")).contains(FinancialYear.parse("2021/22"));
    assertThat(TableFileName.year("seizures FYE2016.csv")).contains(Y2016);
    assertThat(TableFileName.year("table.csv")).isEmpty();
    assertThat(TableFileName.measure("table.csv")).isEmpty();
  }

  @Test
  void aControlledDrugWithoutAColumnIsNotedAsCountedInItsClassesOtherColumn() throws IOException {
    String content = "Police force,All Cannabis,Amphetamines,Barbiturates,Other Class B,Total Class B\nKent,5,1,0,2,7\n";
    ParsedTable table = seizures(write("t.csv", content), FinancialYear.parse("2013/14"));
    // Ketamine was class C in 2013/14, so only mephedrone (class B from 16 April 2010) is missing.
    assertThat(table.notes()).containsExactly("Mephedrone has no column: its seizures are counted in 'Other Class B'");
    ParsedTable before = seizures(write("u.csv", content), FinancialYear.parse("2009/10"));
    assertThat(before.notes()).isEmpty();
  }
}
