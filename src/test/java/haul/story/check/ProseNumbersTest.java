package haul.story.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** DESIGN.md "Numbers in prose", forwards and backwards. */
class ProseNumbersTest {

  private static String written(ProseRule rule, String value) {
    return ProseNumbers.format(ProseNumbers.written(rule, new BigDecimal(value)));
  }

  private static boolean consistent(String written, Hedge hedge, FigureUnit unit, String actual, ProseRule rule) {
    return ProseNumbers.consistent(new BigDecimal(written), hedge, unit, new BigDecimal(actual), rule);
  }

  @Test
  void theDesignTableExamples() {
    assertThat(written(ProseRule.EXACT_COUNT, "1608")).isEqualTo("1,608");
    assertThat(written(ProseRule.THOUSANDS_COUNT, "188927")).isEqualTo("189,000");
    assertThat(written(ProseRule.KG, "0.2")).isEqualTo("0.2kg");
    assertThat(written(ProseRule.KG, "34.8")).isEqualTo("34.8kg");
    assertThat(written(ProseRule.KG, "0.04")).isEqualTo("40g");
    assertThat(written(ProseRule.KG, "187")).isEqualTo("187kg");
    assertThat(written(ProseRule.KG, "1837")).isEqualTo("1,837kg");
    assertThat(written(ProseRule.KG, "18767")).isEqualTo("nearly 19,000kg");
    assertThat(written(ProseRule.KG, "11141")).isEqualTo("over 11,000kg");
    assertThat(written(ProseRule.KG, "35000.000000000")).isEqualTo("35,000kg");
    assertThat(written(ProseRule.DOSES, "112960")).isEqualTo("113,000 doses");
    assertThat(written(ProseRule.DOSES, "9999")).isEqualTo("9,999 doses");
    assertThat(written(ProseRule.PLANTS, "13529")).isEqualTo("13,529 plants");
    assertThat(written(ProseRule.WHOLE_PERCENT, "-13.9594")).isEqualTo("14 per cent");
    assertThat(written(ProseRule.WHOLE_PERCENT, "0.1002")).isEqualTo("less than 1 per cent");
    assertThat(written(ProseRule.WHOLE_PERCENT, "0")).isEqualTo("0 per cent");
    assertThat(written(ProseRule.KG, "0.0004")).isEqualTo("less than 1g");
    assertThat(written(ProseRule.MULTIPLE, "9.8235")).isEqualTo("nearly ten times");
  }

  @Test
  void aFigureIsTheDataAtThePrecisionItIsWrittenTo() {
    assertThat(consistent("0.2", Hedge.NONE, FigureUnit.KG, "0.213", ProseRule.KG)).isTrue();
    assertThat(consistent("0.21", Hedge.NONE, FigureUnit.KG, "0.213", ProseRule.KG)).isTrue();
    assertThat(consistent("0.3", Hedge.NONE, FigureUnit.KG, "0.213", ProseRule.KG)).isFalse();
  }

  @Test
  void lessThanOneIsWhatRoundsToNothing() {
    assertThat(consistent("1", Hedge.BELOW, FigureUnit.PER_CENT, "0.21", ProseRule.WHOLE_PERCENT)).isTrue();
    assertThat(consistent("1", Hedge.BELOW, FigureUnit.PER_CENT, "1.4", ProseRule.WHOLE_PERCENT)).isFalse();
    assertThat(consistent("1", Hedge.BELOW, FigureUnit.GRAMS, "0.0004", ProseRule.KG)).isTrue();
    // 0.21 per cent is written "less than 1 per cent", never "1 per cent"; 0.7 rounds to 1
    assertThat(consistent("1", Hedge.NONE, FigureUnit.PER_CENT, "0.21", ProseRule.WHOLE_PERCENT)).isFalse();
    assertThat(consistent("1", Hedge.NONE, FigureUnit.PER_CENT, "0.7", ProseRule.WHOLE_PERCENT)).isTrue();
  }

  @Test
  void gramsAreCompared() {
    assertThat(consistent("40", Hedge.NONE, FigureUnit.GRAMS, "0.0404", ProseRule.KG)).isTrue();
    assertThat(consistent("50", Hedge.NONE, FigureUnit.GRAMS, "0.0404", ProseRule.KG)).isFalse();
  }

  @Test
  void aForceCountIsExact() {
    assertThat(consistent("679", Hedge.NONE, FigureUnit.COUNT, "679", ProseRule.EXACT_COUNT)).isTrue();
    assertThat(consistent("680", Hedge.NONE, FigureUnit.COUNT, "679", ProseRule.EXACT_COUNT)).isFalse();
  }

  @Test
  void hedgesMustLieOnTheRightSide() {
    assertThat(consistent("19000", Hedge.BELOW, FigureUnit.KG, "18767", ProseRule.KG)).isTrue();
    assertThat(consistent("19000", Hedge.ABOVE, FigureUnit.KG, "18767", ProseRule.KG)).isFalse();
    assertThat(consistent("11000", Hedge.ABOVE, FigureUnit.KG, "11141", ProseRule.KG)).isTrue();
    assertThat(consistent("11000", Hedge.BELOW, FigureUnit.KG, "11141", ProseRule.KG)).isFalse();
  }

  @Test
  void aHedgedFigureMayBeRoundedToItsLastDigit() {
    assertThat(consistent("190000", Hedge.BELOW, FigureUnit.COUNT, "188927", ProseRule.THOUSANDS_COUNT)).isTrue();
    assertThat(consistent("200000", Hedge.BELOW, FigureUnit.COUNT, "188927", ProseRule.THOUSANDS_COUNT)).isTrue();
    assertThat(consistent("180000", Hedge.APPROXIMATE, FigureUnit.COUNT, "188927", ProseRule.THOUSANDS_COUNT)).isFalse();
  }

  @Test
  void aPerCentChangeIsComparedAsAMagnitude() {
    assertThat(consistent("14", Hedge.NONE, FigureUnit.PER_CENT, "-13.9594", ProseRule.WHOLE_PERCENT)).isTrue();
    assertThat(consistent("13", Hedge.NONE, FigureUnit.PER_CENT, "-13.9594", ProseRule.WHOLE_PERCENT)).isFalse();
  }
}
