package haul.stats;

import static haul.store.SeizureFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import haul.reference.DrugClass;
import haul.reference.FinancialYear;
import haul.reference.Unit;
import haul.store.SeizureFixture;
import haul.store.Store;
import haul.store.StoreKind;
import haul.store.TestStores;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs against a DuckDB store and a PostgreSQL store. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class StatisticsTest {

  private static final FinancialYear FY2022 = FinancialYear.parse("2021/22");

  @Parameter StoreKind kind;
  @RegisterExtension final TestStores stores = TestStores.perTest();
  private Store store;
  private SeizureFixture fixture;

  @BeforeEach
  void open() {
    store = stores.open(kind);
    fixture = new SeizureFixture(store);
  }

  /**
   * 2021/22 (1 April 2021 to 31 March 2022):
   * <pre>
   * thames-valley TV1 2021-04-01  Cocaine 500 g, Cocaine 1.5 kg, Herbal cannabis 250 g
   *               TV2 2022-03-31  Heroin (no quantity), Crack 0.1 kg
   *               TV3 2021-06-15  Herbal cannabis 1 kg, Cannabis resin 0.5 kg
   * kent          K1  2021-05-05  Ecstasy 10 tablets
   *               K2  2021-05-06  Unknown (no quantity)
   * btp           B1  2021-07-01  Cocaine 100 g
   * border-force  BF1 2021-08-01  Cocaine 3 kg
   *               BF2 2021-08-02  Ketamine 1 kg, Cocaine (no quantity)
   * surrey        no return (it made one in 2020/21)
   * </pre>
   * 2020/21: thames-valley TV0 2021-03-31 Cocaine 2 kg; surrey S0 2020-12-01 Cannabis plants 12;
   * border-force BF0 2020-06-01 Heroin 1 kg; kent no return.
   */
  private void twoYearsOfReturns() {
    fixture
        .seizure("thames-valley", "TV1", "2021-04-01",
            line("Cocaine", "500", "g"), line("Cocaine", "1.5", "kg"), line("Herbal cannabis", "250", "g"))
        .seizure("thames-valley", "TV2", "2022-03-31", line("Heroin"), line("Crack", "0.1", "kg"))
        .seizure("thames-valley", "TV3", "2021-06-15",
            line("Herbal cannabis", "1", "kg"), line("Cannabis resin", "0.5", "kg"))
        .seizure("kent", "K1", "2021-05-05", line("Ecstasy", "10", "tablets"))
        .seizure("kent", "K2", "2021-05-06", line("Unknown"))
        .seizure("british-transport-police", "B1", "2021-07-01", line("Cocaine", "100", "g"))
        .seizure("border-force", "BF1", "2021-08-01", line("Cocaine", "3", "kg"))
        .seizure("border-force", "BF2", "2021-08-02", line("Ketamine", "1", "kg"), line("Cocaine"))
        .seizure("thames-valley", "TV0", "2021-03-31", line("Cocaine", "2", "kg"))
        .seizure("surrey", "S0", "2020-12-01", line("Cannabis plants", "12", "plants"))
        .seizure("border-force", "BF0", "2020-06-01", line("Heroin", "1", "kg"));
  }

  @Test
  void countsDistinctEventsByAgencyDrugAndClass() {
    twoYearsOfReturns();
    Release release = new Statistics(store).release(FY2022);
    AreaYear tv = release.current("thames-valley").orElseThrow();

    // TV1, TV2, TV3 (TV0 on 31 March 2021 is the year before)
    assertThat(tv.seizures()).isEqualTo(Count.of(3));
    // Cocaine twice in TV1 is one seizure of 0.5 + 1.5 = 2 kg
    assertThat(drug(tv, "Cocaine")).isEqualTo(new DrugFigures("Cocaine", Optional.of(DrugClass.A), Count.of(1),
        Optional.of(kg("2")), Count.of(0)));
    // TV1 and TV3; 0.25 + 1 kg
    assertThat(drug(tv, "Herbal cannabis").seizures()).isEqualTo(Count.of(2));
    assertThat(drug(tv, "Herbal cannabis").quantity()).contains(kg("1.25"));
    // TV2's heroin line gave no quantity: it is still a seizure
    assertThat(drug(tv, "Heroin")).isEqualTo(new DrugFigures("Heroin", Optional.of(DrugClass.A), Count.of(1),
        Optional.of(kg("0")), Count.of(1)));
    // never seized by a force with a return: zero, not "not available"
    assertThat(drug(tv, "LSD").seizures()).isEqualTo(Count.of(0));
    assertThat(drug(tv, "LSD").quantity()).contains(Quantity.of(BigDecimal.ZERO, Unit.DOSES));
    // All cannabis: TV1 (herbal) and TV3 (herbal and resin): 2 events, no quantity
    assertThat(drug(tv, "All cannabis")).isEqualTo(new DrugFigures("All cannabis", Optional.empty(), Count.of(2),
        Optional.empty(), Count.notAvailable()));
    // class A: TV1 (cocaine) and TV2 (heroin and crack, counted once); class B: TV1, TV3
    assertThat(tv.classSeizures(DrugClass.A)).isEqualTo(Count.of(2));
    assertThat(tv.classSeizures(DrugClass.B)).isEqualTo(Count.of(2));
    assertThat(tv.classSeizures(DrugClass.C)).isEqualTo(Count.of(0));

    AreaYear kent = release.current("kent").orElseThrow();
    // 10 tablets of ecstasy are 10 doses; Unknown is count-only: no quantity at all
    assertThat(drug(kent, "Ecstasy").quantity()).contains(Quantity.of(new BigDecimal("10"), Unit.DOSES));
    assertThat(drug(kent, "Unknown")).isEqualTo(new DrugFigures("Unknown", Optional.of(DrugClass.UNKNOWN),
        Count.of(1), Optional.empty(), Count.notAvailable()));
    assertThat(kent.classSeizures(DrugClass.UNKNOWN)).isEqualTo(Count.of(1));

    AreaYear borderForce = release.current("border-force").orElseThrow();
    // BF1 and BF2; 3 kg and one line without quantity; ketamine was class B in 2021
    assertThat(drug(borderForce, "Cocaine")).isEqualTo(new DrugFigures("Cocaine", Optional.of(DrugClass.A),
        Count.of(2), Optional.of(kg("3")), Count.of(1)));
    assertThat(borderForce.classSeizures(DrugClass.A)).isEqualTo(Count.of(2));
    assertThat(borderForce.classSeizures(DrugClass.B)).isEqualTo(Count.of(1));
  }

  @Test
  void totalsAddUpAgenciesWithBtpAndBorderForceOutsideEveryRegion() {
    twoYearsOfReturns();
    Release release = new Statistics(store).release(FY2022);

    // South East = Thames Valley 3 + Kent 2 (Surrey has no return); BTP is in no region
    assertThat(release.current("south-east").orElseThrow().seizures()).isEqualTo(Count.of(5));
    // police = 3 + 2 + BTP 1; England and Wales = 6 + Border Force 2
    assertThat(release.current("police").orElseThrow().seizures()).isEqualTo(Count.of(6));
    AreaYear england = release.current("england-and-wales").orElseThrow();
    assertThat(england.seizures()).isEqualTo(Count.of(8));
    // cocaine: TV1, B1, BF1, BF2 = 4 seizures; 2 + 0.1 + 3 = 5.1 kg; BF2's line without quantity
    assertThat(drug(england, "Cocaine")).isEqualTo(new DrugFigures("Cocaine", Optional.of(DrugClass.A),
        Count.of(4), Optional.of(kg("5.1")), Count.of(1)));
    // class A: TV 2 + Kent 1 + BTP 1 + BF 2
    assertThat(england.classSeizures(DrugClass.A)).isEqualTo(Count.of(6));
    // a region none of whose forces made a return is not available, not zero
    assertThat(release.current("london").orElseThrow().seizures()).isEqualTo(Count.notAvailable());
    assertThat(release.current("london").orElseThrow().drugs().get(0).quantity())
        .contains(Quantity.notAvailable(Unit.KG));
  }

  @Test
  void anAgencyWithNoReturnIsNotAvailableAndNoted() {
    twoYearsOfReturns();
    Release release = new Statistics(store).release(FY2022);

    AreaYear surrey = release.current("surrey").orElseThrow();
    assertThat(surrey.seizures()).isEqualTo(Count.notAvailable());
    assertThat(drug(surrey, "Cocaine").seizures()).isEqualTo(Count.notAvailable());
    assertThat(drug(surrey, "Cocaine").quantity()).contains(Quantity.notAvailable(Unit.KG));
    assertThat(release.seizuresChange("surrey").change()).isEmpty();
    // Kent made no return in 2020/21: its change is undefined
    assertThat(release.seizuresChange("kent").change()).isEmpty();
    assertThat(release.notesFor("surrey")).extracting(Note::text).containsExactly(
        "Surrey Police has no figures for 2021/22: they are not available, and the totals that include it"
            + " are the sum of the other agencies.");
    assertThat(release.notesFor("kent")).extracting(Note::year).containsExactly(FY2022.previous());
  }

  @Test
  void changesAndSharesCompareWithTheYearBefore() {
    twoYearsOfReturns();
    Release release = new Statistics(store).release(FY2022);

    // Thames Valley 1 (TV0 on 31 March 2021) to 3: +2, +200%
    Change tv = release.seizuresChange("thames-valley");
    assertThat(tv.change()).isEqualTo(OptionalLong.of(2));
    assertThat(tv.percentChange()).contains(new BigDecimal("200"));
    // England and Wales 3 (TV0, S0, BF0) to 8: +5, +166.66...%
    Change england = release.seizuresChange("england-and-wales");
    assertThat(england.change()).isEqualTo(OptionalLong.of(5));
    assertThat(england.percentChange().orElseThrow()).isEqualByComparingTo("166.6666666666667");
    // South East 5 of England and Wales 8 = 62.5%; London not available
    assertThat(release.shares()).hasSize(10);
    assertThat(share(release, "south-east")).isEqualByComparingTo("62.5");
    assertThat(release.shares().stream().filter(s -> s.region().code().equals("london")).findFirst().orElseThrow()
        .sharePercent()).isEmpty();
    assertThat(new Statistics(store).yearsHeld()).containsExactly(FY2022.previous(), FY2022);
  }

  /**
   * Kent: K13 2014-03-01 Ketamine (2013/14, class C); K14a 2014-06-09 Ketamine 20 g (class C, the
   * last day); K14b 2014-06-10 Ketamine 30 g (class B, the first day).
   */
  @Test
  void ketamineCountsInItsClassOnTheDayAndItsRowTakesTheClassOn31March() {
    fixture
        .seizure("kent", "K13", "2014-03-01", line("Ketamine", "1", "g"))
        .seizure("kent", "K14a", "2014-06-09", line("Ketamine", "20", "g"))
        .seizure("kent", "K14b", "2014-06-10", line("Ketamine", "30", "g"));
    Statistics statistics = new Statistics(store);
    AreaYear kent2015 = statistics.release(FinancialYear.parse("2014/15")).current("kent").orElseThrow();

    assertThat(kent2015.classSeizures(DrugClass.C)).isEqualTo(Count.of(1));
    assertThat(kent2015.classSeizures(DrugClass.B)).isEqualTo(Count.of(1));
    // on 31 March 2015 ketamine was class B: 2 seizures of 0.02 + 0.03 kg
    assertThat(drug(kent2015, "Ketamine")).isEqualTo(new DrugFigures("Ketamine", Optional.of(DrugClass.B),
        Count.of(2), Optional.of(kg("0.05")), Count.of(0)));
    AreaYear kent2014 = statistics.release(FinancialYear.parse("2013/14")).current("kent").orElseThrow();
    assertThat(drug(kent2014, "Ketamine").drugClass()).contains(DrugClass.C);
    assertThat(kent2014.classSeizures(DrugClass.C)).isEqualTo(Count.of(1));
  }

  /**
   * 2019/20 from published tables: Thames Valley total 5, cocaine 3 seizures and 1.2 kg, heroin
   * blank, All cannabis 2, class A 3, class B 2; Kent total 4, cocaine 1 seizure, quantity blank.
   */
  @Test
  void aYearFromPublishedTablesFillsTheSameCube() {
    fixture
        .tableFigure(2020, "thames-valley", "seizures", "total", "All drugs", "5")
        .tableFigure(2020, "thames-valley", "seizures", "drug", "Cocaine", "3")
        .tableFigure(2020, "thames-valley", "quantities", "drug", "Cocaine", "1.2")
        .tableFigure(2020, "thames-valley", "seizures", "drug", "Heroin", null)
        .tableFigure(2020, "thames-valley", "seizures", "group", "All cannabis", "2")
        .tableFigure(2020, "thames-valley", "seizures", "class", "A", "3")
        .tableFigure(2020, "thames-valley", "seizures", "class", "B", "2")
        .tableFigure(2020, "kent", "seizures", "total", "All drugs", "4")
        .tableFigure(2020, "kent", "seizures", "drug", "Cocaine", "1")
        .tableFigure(2020, "kent", "quantities", "drug", "Cocaine", null);
    Release release = new Statistics(store).release(FinancialYear.parse("2019/20"));
    AreaYear tv = release.current("thames-valley").orElseThrow();

    assertThat(tv.seizures()).isEqualTo(Count.of(5));
    // tables give no lines without quantity: not available
    assertThat(drug(tv, "Cocaine")).isEqualTo(new DrugFigures("Cocaine", Optional.of(DrugClass.A), Count.of(3),
        Optional.of(kg("1.2")), Count.notAvailable()));
    // a blank cell, and a cell the table never had, are not available
    assertThat(drug(tv, "Heroin").seizures()).isEqualTo(Count.notAvailable());
    assertThat(drug(tv, "Crack").seizures()).isEqualTo(Count.notAvailable());
    assertThat(drug(tv, "All cannabis").seizures()).isEqualTo(Count.of(2));
    assertThat(tv.classSeizures(DrugClass.A)).isEqualTo(Count.of(3));
    assertThat(tv.classSeizures(DrugClass.C)).isEqualTo(Count.notAvailable());
    assertThat(drug(release.current("kent").orElseThrow(), "Cocaine").quantity())
        .contains(Quantity.notAvailable(Unit.KG));
    // South East: 5 + 4 events; cocaine 3 + 1 seizures, and the quantity Thames Valley gave
    AreaYear southEast = release.current("south-east").orElseThrow();
    assertThat(southEast.seizures()).isEqualTo(Count.of(9));
    assertThat(drug(southEast, "Cocaine").seizures()).isEqualTo(Count.of(4));
    assertThat(drug(southEast, "Cocaine").quantity()).contains(kg("1.2"));
    assertThat(release.current("england-and-wales").orElseThrow().seizures()).isEqualTo(Count.of(9));
  }

  private static DrugFigures drug(AreaYear area, String name) {
    return area.drug(name).orElseThrow();
  }

  private static Quantity kg(String value) {
    return Quantity.of(new BigDecimal(value), Unit.KG);
  }

  private static BigDecimal share(Release release, String region) {
    return release.shares().stream().filter(s -> s.region().code().equals(region)).findFirst().orElseThrow()
        .sharePercent().orElseThrow();
  }
}
