package haul.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

  private final ReferenceData reference = ReferenceData.bundled();
  private final DrugCatalogue drugs = reference.drugs();

  @Test
  void holdsTheFortyFiveAgenciesOfTheContract() throws IOException {
    assertThat(reference.agencies().all()).hasSize(45);
    Path contract = Path.of("..", "shared", "agencies.csv");
    if (Files.exists(contract)) {
      List<String> contractCodes =
          Files.readAllLines(contract).stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",")[0]).toList();
      assertThat(reference.agencies().all().stream().map(Agency::code).toList()).isEqualTo(contractCodes);
    }
  }

  @Test
  void namesAreasWithTheirArticle() {
    assertThat(reference.agencies().require("thames-valley").areaName()).isEqualTo("the Thames Valley");
    assertThat(reference.agencies().require("kent").areaName()).isEqualTo("Kent");
    assertThat(reference.agencies().require("west-midlands").areaName()).isEqualTo("the West Midlands");
    assertThat(reference.agencies().require("devon-and-cornwall").areaName()).isEqualTo("Devon and Cornwall");
    assertThat(reference.agencies().require("city-of-london").areaName()).isEqualTo("the City of London");
  }

  @Test
  void findsAgenciesByCodeOrNameInAnyCase() {
    assertThat(reference.agencies().find("THAMES VALLEY POLICE")).map(Agency::code).hasValue("thames-valley");
    assertThat(reference.agencies().find("Thames-Valley")).map(Agency::code).hasValue("thames-valley");
    assertThat(reference.agencies().find("Border Force")).map(Agency::code).hasValue("border-force");
    assertThat(reference.agencies().find("Atlantis Police")).isEmpty();
  }

  @Test
  void nationalAgenciesHaveNoRegion() {
    Agency btp = reference.agencies().require("british-transport-police");
    Agency border = reference.agencies().require("border-force");
    assertThat(btp.region()).isEmpty();
    assertThat(btp.type()).isEqualTo(AgencyType.TRANSPORT);
    assertThat(border.region()).isEmpty();
    assertThat(border.type()).isEqualTo(AgencyType.BORDER);
    assertThat(reference.agencies().all().stream().filter(a -> a.region().isPresent())).hasSize(43);
    assertThat(reference.regions()).hasSize(10);
  }

  @Test
  void ketamineWasClassCUntilNineJune2014() {
    assertThat(drugs.classOn("Ketamine", LocalDate.of(2014, 6, 9))).hasValue(DrugClass.C);
    assertThat(drugs.classOn("Ketamine", LocalDate.of(2014, 6, 10))).hasValue(DrugClass.B);
    assertThat(drugs.classInYear("Ketamine", new FinancialYear(2014))).hasValue(DrugClass.C);
    assertThat(drugs.classInYear("Ketamine", new FinancialYear(2015))).hasValue(DrugClass.B);
  }

  @Test
  void cannabisWasClassCFrom2004To2009() {
    assertThat(drugs.classOn("Herbal cannabis", LocalDate.of(2004, 1, 28))).hasValue(DrugClass.B);
    assertThat(drugs.classOn("Herbal cannabis", LocalDate.of(2004, 1, 29))).hasValue(DrugClass.C);
    assertThat(drugs.classOn("Cannabis resin", LocalDate.of(2009, 1, 25))).hasValue(DrugClass.C);
    assertThat(drugs.classOn("Cannabis plants", LocalDate.of(2009, 1, 26))).hasValue(DrugClass.B);
  }

  @Test
  void ghbBecameClassBOnThirteenApril2022() {
    assertThat(drugs.classOn("GHB", LocalDate.of(2022, 4, 12))).hasValue(DrugClass.C);
    assertThat(drugs.classOn("GHB", LocalDate.of(2022, 4, 13))).hasValue(DrugClass.B);
  }

  @Test
  void namedDrugsOutsideTheRowsMapToTheOtherRowOfTheirClassOnTheDate() {
    LocalDate before = LocalDate.of(2006, 12, 1);
    LocalDate after = LocalDate.of(2010, 1, 1);
    assertThat(drugs.resolve("methylamphetamine", before)).map(Drug::name).hasValue("Other Class B");
    assertThat(drugs.resolve("Methylamphetamine", after)).map(Drug::name).hasValue("Other Class A");
    assertThat(drugs.resolve("khat", LocalDate.of(2014, 6, 24))).map(Drug::name).hasValue("Other Class C");
    assertThat(drugs.resolve("khat", LocalDate.of(2014, 6, 23))).isEmpty();
    assertThat(drugs.knowsName("khat")).isTrue();
  }

  @Test
  void readsSynonymsAndNamesInAnyCase() {
    LocalDate date = LocalDate.of(2021, 6, 1);
    assertThat(drugs.resolve("MDMA", date)).map(Drug::name).hasValue("Ecstasy");
    assertThat(drugs.resolve("mdma", date)).map(Drug::name).hasValue("Ecstasy");
    assertThat(drugs.resolve("COCAINE", date)).map(Drug::name).hasValue("Cocaine");
    assertThat(drugs.resolve("herbal  Cannabis", date)).map(Drug::name).hasValue("Herbal cannabis");
    assertThat(drugs.resolve("unobtainium", date)).isEmpty();
  }

  @Test
  void unitsFitTheirDrugs() {
    assertThat(drugs.require("Cocaine").inputUnits()).containsExactly("kg", "g");
    assertThat(drugs.require("Ecstasy").inputUnits()).containsExactly("doses", "tablets");
    assertThat(drugs.require("Cannabis plants").unit()).hasValue(Unit.PLANTS);
    assertThat(drugs.require("Other Class A").isCountOnly()).isTrue();
    assertThat(drugs.inputUnit("g").orElseThrow().factor()).isEqualByComparingTo("0.001");
    assertThat(drugs.require("Herbal cannabis").group()).hasValue(DrugCatalogue.ALL_CANNABIS);
  }

  @Test
  void everyCatalogueRowHasAClassToday() {
    for (Drug drug : drugs.drugs()) {
      assertThat(drugs.classOn(drug.name(), LocalDate.of(2022, 3, 31))).as(drug.name()).isPresent();
    }
  }
}
