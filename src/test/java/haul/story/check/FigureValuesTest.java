package haul.story.check;

import static org.assertj.core.api.Assertions.assertThat;

import haul.story.prose.FactMeasure;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The report's figures with their units agree with their number: "1 seizure", never "1 seizures". */
class FigureValuesTest {

  private static Fact fact(FactMeasure measure, String value, String unit) {
    return new Fact("seizures of LSD by Thames Valley Police in 2021/22", "thames-valley", Optional.of("LSD"), measure, "2021/22",
        new BigDecimal(value), unit);
  }

  @Test
  void aUnitAgreesWithTheNumberPrinted() {
    assertThat(FigureValues.withUnit(fact(FactMeasure.SEIZURES, "1", "seizures"))).isEqualTo("1 seizure");
    assertThat(FigureValues.withUnit(fact(FactMeasure.SEIZURES, "2405", "seizures"))).isEqualTo("2,405 seizures");
    assertThat(FigureValues.withUnit(fact(FactMeasure.QUANTITY, "1.000000000", "doses"))).isEqualTo("1 dose");
    assertThat(FigureValues.withUnit(fact(FactMeasure.QUANTITY, "1.5", "doses"))).isEqualTo("1.5 doses");
    assertThat(FigureValues.withUnit(fact(FactMeasure.QUANTITY, "1", "plants"))).isEqualTo("1 plant");
    assertThat(FigureValues.withUnit(fact(FactMeasure.QUANTITY, "0", "plants"))).isEqualTo("0 plants");
    // units with no singular form stay as they are
    assertThat(FigureValues.withUnit(fact(FactMeasure.QUANTITY, "1", "kg"))).isEqualTo("1 kg");
    assertThat(FigureValues.withUnit(fact(FactMeasure.PERCENT_CHANGE, "1", "per cent"))).isEqualTo("1.0 per cent");
    assertThat(FigureValues.seizures(1)).isEqualTo("1 seizure");
    assertThat(FigureValues.seizures(24_000)).isEqualTo("24,000 seizures");
  }

  /** A contradicted count's message gives the data's figure in the agreeing form. */
  @Test
  void aContradictedCountOfOneSaysSeizure() {
    Fact one = fact(FactMeasure.SEIZURES, "1", "seizures");
    assertThat(RightValues.exact(new Candidate(null, Role.CURRENT, one, haul.story.prose.ProseRule.EXACT_COUNT))).isEqualTo("1 seizure");
  }
}
