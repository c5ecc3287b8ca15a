package haul.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import haul.testing.DemoFixture;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Every figure of {@code reference-figures.md} for the years to March 2021 and 2022, read from the
 * tables {@code haul demo} publishes: the demo's returns, counted by the real pipeline (import,
 * statistics, publish), must give the published figures. Expected values are copied from that page.
 */
class DemoReferenceFiguresTest {

  private static String cell(String table, Predicate<NamedCsvRecord> row, String column) {
    List<NamedCsvRecord> rows = DemoFixture.table(table).stream().filter(row).toList();
    assertThat(rows).as("one row of %s", table).hasSize(1);
    return rows.get(0).getField(column);
  }

  private static Predicate<NamedCsvRecord> is(String... columnValuePairs) {
    return r -> {
      for (int i = 0; i < columnValuePairs.length; i += 2) {
        if (!r.getField(columnValuePairs[i]).equals(columnValuePairs[i + 1])) {
          return false;
        }
      }
      return true;
    };
  }

  private static long seizures(String year, String agency) {
    return Long.parseLong(cell("seizures_by_agency.csv", is("financial_year", year, "agency_code", agency), "seizures"));
  }

  private static BigDecimal quantity(String year, String agency, String drug) {
    return new BigDecimal(cell("agency_drug.csv", is("financial_year", year, "agency_code", agency, "drug", drug), "quantity"));
  }

  private static BigDecimal nationalQuantity(String year, String drug) {
    return new BigDecimal(cell("quantities_by_drug.csv", is("financial_year", year, "drug", drug), "quantity"));
  }

  /** A share in whole per cent, rounded half-up as the release prints it. */
  private static long percent(BigDecimal part, BigDecimal whole) {
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_UP).longValueExact();
  }

  @Test
  void englandAndWalesSeizures() {
    assertThat(seizures("2020/21", "england-and-wales")).isEqualTo(219_578);
    assertThat(seizures("2021/22", "england-and-wales")).isEqualTo(188_927);
    assertThat(cell("changes_by_agency.csv", is("financial_year", "2021/22", "agency_code", "england-and-wales"),
        "percent_change")).isEqualTo("-14.0");
  }

  @Test
  void borderForceMadeElevenPerCentOfSeizuresAndPoliceEightyNine() {
    BigDecimal all = BigDecimal.valueOf(seizures("2021/22", "england-and-wales"));
    assertThat(percent(BigDecimal.valueOf(seizures("2021/22", "border-force")), all)).isEqualTo(11);
    assertThat(percent(BigDecimal.valueOf(seizures("2021/22", "police")), all)).isEqualTo(89);
  }

  @Test
  void regionalShares() {
    assertThat(cell("seizures_by_region.csv", is("financial_year", "2021/22", "region", "London"), "share_percent"))
        .startsWith("22");
    assertThat(new BigDecimal(cell("seizures_by_region.csv", is("financial_year", "2021/22", "region", "London"),
        "share_percent")).setScale(0, RoundingMode.HALF_UP)).isEqualByComparingTo("22");
    assertThat(new BigDecimal(cell("seizures_by_region.csv", is("financial_year", "2021/22", "region",
        "East of England"), "share_percent")).setScale(0, RoundingMode.HALF_UP)).isEqualByComparingTo("12");
    assertThat(new BigDecimal(cell("seizures_by_region.csv", is("financial_year", "2021/22", "region", "South East"),
        "share_percent")).setScale(0, RoundingMode.HALF_UP)).isEqualByComparingTo("9");
  }

  @Test
  void nationalQuantities() {
    assertThat(nationalQuantity("2020/21", "Cocaine")).isEqualByComparingTo("11141");
    assertThat(nationalQuantity("2021/22", "Cocaine")).isEqualByComparingTo("18767");
    assertThat(nationalQuantity("2020/21", "Heroin")).isEqualByComparingTo("1972");
    assertThat(nationalQuantity("2021/22", "Heroin")).isEqualByComparingTo("1412");
    assertThat(nationalQuantity("2020/21", "Herbal cannabis")).isEqualByComparingTo("17155");
    assertThat(nationalQuantity("2021/22", "Herbal cannabis")).isEqualByComparingTo("35436");
    assertThat(nationalQuantity("2020/21", "Ketamine")).isEqualByComparingTo("187");
    assertThat(nationalQuantity("2021/22", "Ketamine")).isEqualByComparingTo("1837");
  }

  @Test
  void borderForceSharesOfQuantities() {
    assertThat(percent(quantity("2021/22", "border-force", "Cocaine"), nationalQuantity("2021/22", "Cocaine"))).isEqualTo(91);
    assertThat(percent(quantity("2021/22", "border-force", "Heroin"), nationalQuantity("2021/22", "Heroin"))).isEqualTo(79);
    assertThat(percent(quantity("2021/22", "border-force", "Ketamine"), nationalQuantity("2021/22", "Ketamine"))).isEqualTo(91);
    assertThat(percent(quantity("2021/22", "border-force", "Anabolic steroids"),
        nationalQuantity("2021/22", "Anabolic steroids"))).isEqualTo(97);
  }

  @Test
  void cocaineSeizuresRoseFivePerCent() {
    long now = Long.parseLong(cell("seizures_by_drug.csv", is("financial_year", "2021/22", "drug", "Cocaine"), "seizures"));
    long before = Long.parseLong(cell("seizures_by_drug.csv", is("financial_year", "2020/21", "drug", "Cocaine"), "seizures"));
    assertThat(percent(BigDecimal.valueOf(now - before), BigDecimal.valueOf(before))).isEqualTo(5);
  }

  @Test
  void theSevenForcesOfTheReferencePage() {
    record Force(String code, long before, long now) {}
    for (Force force : List.of(
        new Force("thames-valley", 1_608, 679),
        new Force("cambridgeshire", 2_810, 2_405),
        new Force("nottinghamshire", 4_459, 4_163),
        new Force("hertfordshire", 4_614, 3_886),
        new Force("dyfed-powys", 2_219, 1_619),
        new Force("south-yorkshire", 3_766, 3_774),
        new Force("surrey", 1_181, 960))) {
      assertThat(seizures("2020/21", force.code())).as(force.code()).isEqualTo(force.before());
      assertThat(seizures("2021/22", force.code())).as(force.code()).isEqualTo(force.now());
    }
  }

  @Test
  void theSevenForcesQuantities() {
    // Cocaine, ketamine and herbal cannabis in kg as the page rounds them; plants and doses whole.
    assertThat(quantity("2021/22", "thames-valley", "Cocaine")).isEqualByComparingTo("0.2");
    assertThat(quantity("2021/22", "thames-valley", "Ketamine")).isEqualByComparingTo("0");
    assertThat(quantity("2021/22", "cambridgeshire", "Cocaine")).isEqualByComparingTo("34.8");
    assertThat(quantity("2020/21", "cambridgeshire", "Cocaine")).isEqualByComparingTo("1.3");
    assertThat(quantity("2021/22", "cambridgeshire", "Ketamine")).isEqualByComparingTo("0.2");
    assertThat(quantity("2021/22", "cambridgeshire", "Cannabis plants")).isEqualByComparingTo("13529");
    assertThat(quantity("2021/22", "cambridgeshire", "Herbal cannabis")).isEqualByComparingTo("219");
    assertThat(quantity("2021/22", "nottinghamshire", "Cocaine")).isEqualByComparingTo("6.8");
    assertThat(quantity("2021/22", "nottinghamshire", "Ketamine")).isEqualByComparingTo("0.1");
    assertThat(quantity("2021/22", "nottinghamshire", "Cannabis plants")).isEqualByComparingTo("15615");
    assertThat(quantity("2021/22", "nottinghamshire", "Herbal cannabis")).isEqualByComparingTo("104");
    assertThat(quantity("2021/22", "hertfordshire", "Cocaine")).isEqualByComparingTo("6.8");
    assertThat(quantity("2021/22", "hertfordshire", "Ketamine")).isEqualByComparingTo("0");
    assertThat(quantity("2021/22", "hertfordshire", "Cannabis plants")).isEqualByComparingTo("17171");
    assertThat(quantity("2021/22", "hertfordshire", "Herbal cannabis")).isEqualByComparingTo("141");
    assertThat(quantity("2021/22", "dyfed-powys", "Cannabis plants")).isEqualByComparingTo("3013");
    assertThat(quantity("2021/22", "dyfed-powys", "LSD")).isEqualByComparingTo("113000");
    assertThat(quantity("2021/22", "south-yorkshire", "Cocaine")).isEqualByComparingTo("2.1");
    assertThat(quantity("2020/21", "south-yorkshire", "Cocaine")).isEqualByComparingTo("1.1");
    assertThat(quantity("2021/22", "south-yorkshire", "Ketamine")).isEqualByComparingTo("0.3");
    assertThat(quantity("2021/22", "south-yorkshire", "Cannabis plants")).isEqualByComparingTo("230069");
    assertThat(quantity("2021/22", "south-yorkshire", "Herbal cannabis")).isEqualByComparingTo("102");
    assertThat(quantity("2021/22", "surrey", "Cocaine")).isEqualByComparingTo("18.3");
    assertThat(quantity("2020/21", "surrey", "Cocaine")).isEqualByComparingTo("4.3");
    assertThat(quantity("2021/22", "surrey", "Ketamine")).isEqualByComparingTo("0.7");
    assertThat(quantity("2021/22", "surrey", "Cannabis plants")).isEqualByComparingTo("3648");
    assertThat(quantity("2021/22", "surrey", "Herbal cannabis")).isEqualByComparingTo("287");
  }

  @Test
  void theDemoWritesEveryOutputOfARelease() {
    Path out = DemoFixture.out();
    for (String file : List.of("tables/seizures_by_agency.csv", "tables/seizures_by_region.csv",
        "tables/seizures_by_drug.csv", "tables/seizures_by_class.csv", "tables/quantities_by_drug.csv",
        "tables/agency_drug.csv", "tables/changes_by_agency.csv", "haul-tables-2021-22.ods",
        "charts/seizures-over-time.svg", "charts/seizures-over-time.png", "charts/quantities-over-time.svg",
        "charts/seizures-by-region.png", "stories/thames-valley.md", "stories/border-force.json",
        "stories/british-transport-police.html", "manifest.json")) {
      assertThat(Files.isRegularFile(out.resolve(file))).as(file).isTrue();
    }
  }
}
