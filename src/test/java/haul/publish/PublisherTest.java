package haul.publish;

import static haul.store.SeizureFixture.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import haul.reference.FinancialYear;
import haul.store.EditionRepository;
import haul.testing.Golden;
import haul.store.NotesRepository;
import haul.store.SeizureFixture;
import haul.store.Store;
import haul.store.StoredNote;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {

  private static final FinancialYear FY2022 = FinancialYear.parse("2021/22");
  private static final Instant NOW = Instant.parse("2023-04-20T08:30:00Z");
  private static final List<String> TABLES = List.of("seizures_by_agency", "seizures_by_region", "seizures_by_drug",
      "seizures_by_class", "quantities_by_drug", "agency_drug", "changes_by_agency");

  @TempDir Path dir;

  /**
   * 2020/21: thames-valley TV0 Cocaine 2 kg; border-force BF0 Heroin 1 kg; kent K0 12 cannabis plants.
   * 2021/22: thames-valley TV1 (1 April 2021) Cocaine 500 g and Herbal cannabis 250 g, TV2 (31 March
   * 2022) Ketamine 1.234567 kg (published 1.23457); kent K1 Ecstasy 10 tablets; border-force BF1
   * Cocaine 3 kg; british-transport-police B1 Unknown, no quantity. Notes: one on Kent in 2021/22,
   * one on the whole 2021/22 release. So in 2021/22: England and Wales 5 seizures (police 4), up
   * 2 (66.7%) on 3; South East 3 (60.0%); Thames Valley 2, up 1 (100.0%); 39 forces not available.
   */
  private static Store store(Path file) {
    Store store = Store.open(file.toString());
    new SeizureFixture(store)
        .seizure("thames-valley", "TV0", "2020-05-01", line("Cocaine", "2", "kg"))
        .seizure("border-force", "BF0", "2020-06-01", line("Heroin", "1", "kg"))
        .seizure("kent", "K0", "2020-07-01", line("Cannabis plants", "12", "plants"))
        .seizure("thames-valley", "TV1", "2021-04-01", line("Cocaine", "500", "g"), line("Herbal cannabis", "250", "g"))
        .seizure("thames-valley", "TV2", "2022-03-31", line("Ketamine", "1.234567", "kg"))
        .seizure("kent", "K1", "2021-05-05", line("Ecstasy", "10", "tablets"))
        .seizure("border-force", "BF1", "2021-08-01", line("Cocaine", "3", "kg"))
        .seizure("british-transport-police", "B1", "2021-09-01", line("Unknown"));
    new NotesRepository(store).addAll(List.of(
        new StoredNote(2022, Optional.of("kent"), "Kent Police changed its recording system in 2021."),
        new StoredNote(2022, Optional.empty(), "Figures for 2021/22 are provisional.")), NOW);
    return store;
  }

  private static Publisher publisher(Store store) {
    return new Publisher(store, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void writesTheSevenTablesAsTheGoldenFilesSay() throws Exception {
    Path out = dir.resolve("out");
    try (Store store = store(dir.resolve("haul.duckdb"))) {
      PublishResult result = publisher(store).publish(FY2022, Optional.empty(), Optional.of(out));
      assertThat(result.created()).isTrue();
      assertThat(result.edition().number()).isEqualTo(1);
    }
    for (String table : TABLES) {
      Golden.assertBytes("publish/" + table + ".csv", Files.readAllBytes(out.resolve("tables/" + table + ".csv")));
    }
    OdsText workbook = new OdsText(Files.readAllBytes(out.resolve("haul-tables-2021-22.ods")));
    for (Map.Entry<String, String> sheet : workbook.sheetsAsCsv().entrySet()) {
      Golden.assertText("publish/workbook/" + sheet.getKey() + ".csv", sheet.getValue());
    }
    Golden.assertText("publish/workbook/styles.txt", workbook.styles());
  }

  @Test
  void theWorkbookIsAnOdsZipWithItsMimetypeFirstAndStored() throws Exception {
    Path out = dir.resolve("out");
    try (Store store = store(dir.resolve("haul.duckdb"))) {
      publisher(store).publish(FY2022, Optional.empty(), Optional.of(out));
    }
    byte[] ods = Files.readAllBytes(out.resolve("haul-tables-2021-22.ods"));
    // the zip's first entry, stored, so that its name and content sit at fixed offsets
    assertThat(new String(ods, 30, 8, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
    assertThat(new String(ods, 38, OdsWorkbook.MIMETYPE.length(), StandardCharsets.US_ASCII))
        .isEqualTo(OdsWorkbook.MIMETYPE);
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ods))) {
      ZipEntry first = zip.getNextEntry();
      assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
    }
    assertThat(entryNames(ods)).containsExactly(
        "mimetype", "content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml");
    String content = new String(entry(ods, "content.xml"), StandardCharsets.UTF_8);
    assertThat(content).contains("table:name=\"Cover_sheet\"", "table:name=\"Contents\"", "table:name=\"Notes\"",
        "table:name=\"Changes_by_agency\"", "Kent Police changed its recording system in 2021.");
    assertThat(content).doesNotContain("number-columns-spanned");
    assertThat(Files.list(out.resolve("charts")).map(p -> p.getFileName().toString()).sorted().toList())
        .containsExactly("quantities-over-time.png", "quantities-over-time.svg", "seizures-by-region.png",
            "seizures-by-region.svg", "seizures-over-time.png", "seizures-over-time.svg");
  }

  @Test
  void publishingTheSameDataTwiceGivesTheSameBytesAndFingerprint() throws Exception {
    Path first = dir.resolve("first");
    Path again = dir.resolve("again");
    Path elsewhere = dir.resolve("elsewhere");
    PublishResult one;
    PublishResult two;
    PublishResult other;
    try (Store store = store(dir.resolve("haul.duckdb"))) {
      one = publisher(store).publish(FY2022, Optional.empty(), Optional.of(first));
      two = new Publisher(store, Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC))
          .publish(FY2022, Optional.empty(), Optional.of(again));
      assertThat(new EditionRepository(store).editions(2022)).hasSize(1);
    }
    try (Store store = store(dir.resolve("other.duckdb"))) {
      other = new Publisher(store, Clock.fixed(NOW.plusSeconds(7200), ZoneOffset.UTC))
          .publish(FY2022, Optional.empty(), Optional.of(elsewhere));
    }
    assertThat(two.created()).isFalse();
    assertThat(two.edition()).isEqualTo(one.edition());
    assertThat(other.edition().dataFingerprint()).isEqualTo(one.edition().dataFingerprint());
    for (String table : TABLES) {
      byte[] bytes = Files.readAllBytes(first.resolve("tables/" + table + ".csv"));
      assertThat(Files.readAllBytes(again.resolve("tables/" + table + ".csv"))).isEqualTo(bytes);
      assertThat(Files.readAllBytes(elsewhere.resolve("tables/" + table + ".csv"))).isEqualTo(bytes);
    }
  }

  /**
   * Edition 1, then a late Kent seizure K2 (Cocaine 1 kg, 2021/22) arrives: edition 2 marks Kent,
   * South East, police and England and Wales of 2021/22 revised, and nothing of 2020/21.
   */
  @Test
  void aRevisionMakesANewEditionMarkingTheChangedRows() throws Exception {
    try (Store store = store(dir.resolve("haul.duckdb"))) {
      PublishResult first = publisher(store).publish(FY2022, Optional.empty(), Optional.empty());
      new SeizureFixture(store).seizure("kent", "K2", "2021-06-01", line("Cocaine", "1", "kg"));
      PublishResult second = publisher(store).publish(FY2022, Optional.empty(), Optional.empty());

      assertThat(second.edition().number()).isEqualTo(2);
      assertThat(second.edition().dataFingerprint()).isNotEqualTo(first.edition().dataFingerprint());
      List<String> byAgency = lines(second.files().get("tables/seizures_by_agency.csv"));
      assertThat(byAgency).contains(
          "2021/22,kent,Kent,territorial,South East,2,r n",
          "2021/22,thames-valley,Thames Valley,territorial,South East,2,",
          "2021/22,police,Police,total,,5,r n",
          "2021/22,england-and-wales,England and Wales,total,,6,r n",
          "2020/21,kent,Kent,territorial,South East,1,");
      assertThat(lines(second.files().get("tables/seizures_by_region.csv")))
          .contains("2021/22,South East,4,66.7,r n", "2020/21,South East,2,66.7,n");
      // edition 1 stays readable, unmarked
      Map<String, byte[]> stored = new EditionRepository(store).files(2022, 1);
      assertThat(stored.get("tables/seizures_by_agency.csv")).isEqualTo(first.files().get("tables/seizures_by_agency.csv"));
      assertThat(lines(stored.get("tables/seizures_by_agency.csv")))
          .contains("2021/22,kent,Kent,territorial,South East,1,n");
    }
  }

  @Test
  void anEmbargoedEditionRecordsItsTimeInTheManifest() throws Exception {
    Instant at = Instant.parse("2023-04-27T08:30:00Z");
    try (Store store = store(dir.resolve("haul.duckdb"))) {
      PublishResult result = publisher(store).publish(FY2022, Optional.of(at), Optional.empty());
      assertThat(result.edition().publicAt()).isEqualTo(at);
      String manifest = new String(result.files().get("manifest.json"), StandardCharsets.UTF_8);
      assertThat(manifest).doesNotContain("\"status\"");
      assertThat(manifest).contains("\"public_at\": \"2023-04-27T09:30:00+01:00\"",
          "\"name\": \"tables/agency_drug.csv\"",
          "\"sha256\": \"" + EditionRepository.sha256(result.files().get("tables/agency_drug.csv")) + "\"");
      assertThat(new EditionRepository(store).latest(2022).orElseThrow().publicAt()).isEqualTo(at);
    }
  }

  /**
   * 2019/20 from published tables before the returns of 2020/21: Kent's total cell is 0 and its
   * cocaine cells 0 seizures, 0 kg; Thames Valley's total is 4. Kent's change to 2020/21 (K0) is
   * +1, and its percent change undefined (from 0), which is not applicable, not "not available".
   */
  @Test
  void aYearFromPublishedTablesJoinsTheSeries() throws Exception {
    try (Store store = store(dir.resolve("haul.duckdb"))) {
      new SeizureFixture(store)
          .tableFigure(2020, "kent", "seizures", "total", "All drugs", "0")
          .tableFigure(2020, "kent", "seizures", "drug", "Cocaine", "0")
          .tableFigure(2020, "kent", "quantities", "drug", "Cocaine", "0")
          .tableFigure(2020, "thames-valley", "seizures", "total", "All drugs", "4");
      PublishResult result = publisher(store).publish(FinancialYear.parse("2020/21"), Optional.empty(),
          Optional.empty());

      assertThat(lines(result.files().get("tables/seizures_by_agency.csv"))).contains(
          "2019/20,kent,Kent,territorial,South East,0,",
          "2019/20,england-and-wales,England and Wales,total,,4,n",
          "2020/21,kent,Kent,territorial,South East,1,");
      assertThat(lines(result.files().get("tables/changes_by_agency.csv"))).contains(
          "2020/21,kent,1,0,1,,", "2020/21,thames-valley,1,4,-3,-75.0,");
      // tables give no count of lines without quantity; Thames Valley gave no cocaine cell at all
      assertThat(lines(result.files().get("tables/agency_drug.csv"))).contains(
          "2019/20,kent,Cocaine,0,0,kg,,x", "2019/20,thames-valley,Cocaine,,,kg,,x");
      assertThat(lines(result.files().get("tables/seizures_by_agency.csv")))
          .noneMatch(line -> line.startsWith("2021/22"));
    }
  }

  @Test
  void aYearNotHeldIsRefused() {
    try (Store store = store(dir.resolve("haul.duckdb"))) {
      assertThatThrownBy(() -> publisher(store).publish(FinancialYear.parse("2022/23"), Optional.empty(),
          Optional.empty()))
          .isInstanceOf(PublishException.class)
          .hasMessage("no returns or published tables are held for 2022/23; years held: 2020/21, 2021/22:"
              + " import them first");
      assertThat(new EditionRepository(store).editions(2023)).isEmpty();
    }
  }

  private static List<String> lines(byte[] csv) {
    return new String(csv, StandardCharsets.UTF_8).lines().toList();
  }

  static byte[] entry(byte[] zipBytes, String name) throws Exception {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(name)) {
          return zip.readAllBytes();
        }
      }
    }
    throw new AssertionError("no " + name + " in the zip");
  }

  private static List<String> entryNames(byte[] zipBytes) throws Exception {
    List<String> names = new java.util.ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
      }
    }
    return names;
  }
}
