package haul.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** DESIGN.md "Numbers in prose", row by row, with the seed's figures. */
class ProseNumbersTest {

  private final ProseNumbers numbers = new ProseNumbers(new BigDecimal("3"));

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void aForcesCountIsExactWithSeparators() {
    assertThat(numbers.count(679)).isEqualTo("679");
    assertThat(numbers.count(1_608)).isEqualTo("1,608");
    assertThat(numbers.count(230_069)).isEqualTo("230,069");
  }

  @Test
  void anEnglandAndWalesCountIsToTheNearestThousand() {
    assertThat(numbers.nationalCount(188_927)).isEqualTo("189,000");
    assertThat(numbers.nationalCount(219_578)).isEqualTo("220,000");
    assertThat(numbers.nationalCount(188_500)).isEqualTo("189,000");
    assertThat(numbers.nationalCount(188_499)).isEqualTo("188,000");
  }

  @Test
  void kilogramsUnder100HaveOneDecimalAndUnderOneTenthAreGrams() {
    assertThat(numbers.kilograms(d("0.2"))).isEqualTo("0.2kg");
    assertThat(numbers.kilograms(d("34.8"))).isEqualTo("34.8kg");
    assertThat(numbers.kilograms(d("6.849"))).isEqualTo("6.8kg");
    assertThat(numbers.kilograms(d("6.85"))).isEqualTo("6.9kg");
    assertThat(numbers.kilograms(d("0.04"))).isEqualTo("40g");
    assertThat(numbers.kilograms(d("0.0004"))).isEqualTo("less than 1g");
  }

  @Test
  void kilogramsFrom100To9999AreWhole() {
    assertThat(numbers.kilograms(d("187"))).isEqualTo("187kg");
    assertThat(numbers.kilograms(d("1837.4"))).isEqualTo("1,837kg");
  }

  @Test
  void kilogramsFrom10000AreTwoSignificantFiguresWithAHedge() {
    assertThat(numbers.kilograms(d("18767"))).isEqualTo("nearly 19,000kg");
    assertThat(numbers.kilograms(d("11141"))).isEqualTo("over 11,000kg");
    assertThat(numbers.kilograms(d("35436"))).isEqualTo("over 35,000kg");
    assertThat(numbers.kilograms(d("20000"))).isEqualTo("20,000kg");
  }

  @Test
  void zeroIsNeverWrittenAsAQuantity() {
    assertThatThrownBy(() -> numbers.kilograms(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dosesAreWholeAndFrom10000ToTheNearestThousand() {
    assertThat(numbers.doses(d("113000"))).isEqualTo("113,000 doses");
    assertThat(numbers.doses(d("112600"))).isEqualTo("113,000 doses");
    assertThat(numbers.doses(d("9999"))).isEqualTo("9,999 doses");
    assertThat(numbers.doses(d("1"))).isEqualTo("1 dose");
  }

  @Test
  void plantsAreWhole() {
    assertThat(numbers.plants(d("13529"))).isEqualTo("13,529");
  }

  @Test
  void percentChangeIsWholePerCentFromTheUnroundedFigure() {
    // 1,608 -> 679 is -57.77...; 219,578 -> 188,927 is -13.96...
    assertThat(numbers.percentChange(d("-57.7736"))).isEqualTo("58 per cent");
    assertThat(numbers.percentChange(d("-13.9591"))).isEqualTo("14 per cent");
    assertThat(numbers.percentChange(d("0.3"))).isEqualTo("less than 1 per cent");
  }

  @Test
  void aRiseOfThreeTimesOrMoreIsAlsoAMultiple() {
    assertThat(numbers.isMultiple(d("1837"), d("187"))).isTrue();
    assertThat(numbers.multiple(d("1837"), d("187"))).isEqualTo("nearly ten times");
    assertThat(numbers.multiple(d("300"), d("100"))).isEqualTo("three times");
    assertThat(numbers.multiple(d("340"), d("100"))).isEqualTo("over three times");
    assertThat(numbers.multiple(d("2500"), d("100"))).isEqualTo("25 times");
    assertThat(numbers.isMultiple(d("299"), d("100"))).isFalse();
    assertThat(numbers.isMultiple(d("5"), d("0"))).isFalse();
  }

  @Test
  void aShareIsWholePerCent() {
    assertThat(numbers.share(d("22.0"))).isEqualTo("22 per cent");
    assertThat(numbers.share(d("11.5"))).isEqualTo("12 per cent");
    assertThat(numbers.share(d("0.2"))).isEqualTo("less than 1 per cent");
  }

  @Test
  void pluralsFollowTheUkRules() {
    assertThat(numbers.plural(1, "seizure", "seizures")).isEqualTo("seizure");
    assertThat(numbers.plural(0, "seizure", "seizures")).isEqualTo("seizures");
    assertThat(numbers.plural(2, "seizure", "seizures")).isEqualTo("seizures");
  }
}
