package haul.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FinancialYearTest {

  @Test
  void readsEveryAcceptedForm() {
    assertThat(FinancialYear.parse("2021/22")).isEqualTo(new FinancialYear(2022));
    assertThat(FinancialYear.parse("2021-22")).isEqualTo(new FinancialYear(2022));
    assertThat(FinancialYear.parse("FYE2022")).isEqualTo(new FinancialYear(2022));
    assertThat(FinancialYear.parse("fye2022")).isEqualTo(new FinancialYear(2022));
    assertThat(FinancialYear.parse("1999/00")).isEqualTo(new FinancialYear(2000));
  }

  @Test
  void refusesYearsThatDoNotFollowEachOther() {
    assertThatThrownBy(() -> FinancialYear.parse("2021/23"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2021/22, 2021-22 or FYE2022");
    assertThatThrownBy(() -> FinancialYear.parse("2022")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void runsFromAprilToMarch() {
    FinancialYear year = FinancialYear.parse("2021/22");
    assertThat(year.firstDay()).isEqualTo(LocalDate.of(2021, 4, 1));
    assertThat(year.lastDay()).isEqualTo(LocalDate.of(2022, 3, 31));
    assertThat(FinancialYear.of(LocalDate.of(2022, 3, 31))).isEqualTo(year);
    assertThat(FinancialYear.of(LocalDate.of(2021, 4, 1))).isEqualTo(year);
    assertThat(FinancialYear.of(LocalDate.of(2021, 3, 31))).isEqualTo(year.previous());
    assertThat(FinancialYear.of(LocalDate.of(2022, 4, 1))).isEqualTo(year.next());
  }

  @Test
  void isNamedAsDataPathsAndProseNameIt() {
    FinancialYear year = new FinancialYear(2022);
    assertThat(year.label()).isEqualTo("2021/22");
    assertThat(year.slug()).isEqualTo("2021-22");
    assertThat(year.fyeLabel()).isEqualTo("FYE2022");
    assertThat(year.prose()).isEqualTo("the year to March 2022");
    assertThat(year.titleProse()).isEqualTo("the year ending March 2022");
    assertThat(new FinancialYear(2000).label()).isEqualTo("1999/00");
  }

  /** The years and the reference data's series agree: 1973/74 (holding 1 July 1973) to 2199/00. */
  @Test
  void holdsTheYearsOfTheSeriesOnly() {
    Series series = Series.bundled();
    assertThat(series.firstDay()).isEqualTo(LocalDate.of(1973, 7, 1));
    assertThat(FinancialYear.of(series.firstDay()).label()).isEqualTo("1973/74");
    assertThatThrownBy(() -> FinancialYear.of(series.firstDay()).previous())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("financial year out of range: 1973 is outside the series, 1973/74 to 2199/00 (series.csv)");
    assertThatThrownBy(() -> FinancialYear.of(LocalDate.of(1900, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    assertThat(new FinancialYear(series.lastYearEnd()).label()).isEqualTo("2199/00");
    assertThatThrownBy(() -> new FinancialYear(series.lastYearEnd()).next()).isInstanceOf(IllegalArgumentException.class);
  }
}
