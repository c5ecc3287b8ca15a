package haul.story.prose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** DESIGN.md "Numbers in prose", row by row, with the seed's figures: the writer's side and the checker's. */
class ProseNumbersTest {

  private final VerbalSizes sizes = VerbalSizes.bundled();

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void placesAreInWordsToNinthAndInFiguresFromTenth() {
    assertThat(java.util.stream.IntStream.of(1, 9, 10, 11, 12, 13, 21, 33, 42).mapToObj(ProseNumbers::ordinal))
        .containsExactly("first", "ninth", "10th", "11th", "12th", "13th", "21st", "33rd", "42nd");
  }

  @Test
  void aForcesCountIsExactWithSeparators() {
    assertThat(ProseNumbers.count(679)).isEqualTo("679");
    assertThat(ProseNumbers.count(1_608)).isEqualTo("1,608");
    assertThat(ProseNumbers.count(230_069)).isEqualTo("230,069");
  }

  @Test
  void anEnglandAndWalesCountIsToTheNearestThousand() {
    assertThat(ProseNumbers.nationalCount(188_927)).isEqualTo("189,000");
    assertThat(ProseNumbers.nationalCount(219_578)).isEqualTo("220,000");
    assertThat(ProseNumbers.nationalCount(188_500)).isEqualTo("189,000");
    assertThat(ProseNumbers.nationalCount(188_499)).isEqualTo("188,000");
  }

  @Test
  void kilogramsUnder100HaveOneDecimalAndUnderOneTenthAreGrams() {
    assertThat(ProseNumbers.kilograms(d("0.2"))).isEqualTo("0.2kg");
    assertThat(ProseNumbers.kilograms(d("34.8"))).isEqualTo("34.8kg");
    assertThat(ProseNumbers.kilograms(d("6.849"))).isEqualTo("6.8kg");
    assertThat(ProseNumbers.kilograms(d("6.85"))).isEqualTo("6.9kg");
    assertThat(ProseNumbers.kilograms(d("0.04"))).isEqualTo("40g");
    assertThat(ProseNumbers.kilograms(d("0.0004"))).isEqualTo("less than 1g");
  }

  @Test
  void kilogramsFrom100To9999AreWhole() {
    assertThat(ProseNumbers.kilograms(d("187"))).isEqualTo("187kg");
    assertThat(ProseNumbers.kilograms(d("1837.4"))).isEqualTo("1,837kg");
  }

  @Test
  void kilogramsFrom10000AreTwoSignificantFiguresWithAHedge() {
    assertThat(ProseNumbers.kilograms(d("18767"))).isEqualTo("nearly 19,000kg");
    assertThat(ProseNumbers.kilograms(d("11141"))).isEqualTo("over 11,000kg");
    assertThat(ProseNumbers.kilograms(d("35436"))).isEqualTo("over 35,000kg");
    assertThat(ProseNumbers.kilograms(d("20000"))).isEqualTo("20,000kg");
  }

  @Test
  void zeroIsNeverWrittenAsAQuantity() {
    assertThatThrownBy(() -> ProseNumbers.kilograms(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dosesAreWholeAndFrom10000ToTheNearestThousand() {
    assertThat(ProseNumbers.doses(d("113000"))).isEqualTo("113,000 doses");
    assertThat(ProseNumbers.doses(d("112600"))).isEqualTo("113,000 doses");
    assertThat(ProseNumbers.doses(d("9999"))).isEqualTo("9,999 doses");
    assertThat(ProseNumbers.doses(d("1"))).isEqualTo("1 dose");
  }

  @Test
  void plantsAreWhole() {
    assertThat(ProseNumbers.plants(d("13529"))).isEqualTo("13,529");
  }

  @Test
  void percentChangeIsWholePerCentFromTheUnroundedFigure() {
    // 1,608 -> 679 is -57.77...; 219,578 -> 188,927 is -13.96...
    assertThat(ProseNumbers.percentChange(d("-57.7736"))).isEqualTo("58 per cent");
    assertThat(ProseNumbers.percentChange(d("-13.9591"))).isEqualTo("14 per cent");
    assertThat(ProseNumbers.percentChange(d("0.3"))).isEqualTo("less than 1 per cent");
  }

  @Test
  void aRiseOfThreeTimesOrMoreIsAlsoAMultiple() {
    assertThat(sizes.isMultiple(d("1837"), d("187"))).isTrue();
    assertThat(ProseNumbers.multiple(d("1837"), d("187"))).isEqualTo("nearly ten times");
    assertThat(ProseNumbers.multiple(d("300"), d("100"))).isEqualTo("three times");
    assertThat(ProseNumbers.multiple(d("340"), d("100"))).isEqualTo("over three times");
    assertThat(ProseNumbers.multiple(d("2500"), d("100"))).isEqualTo("25 times");
    assertThat(sizes.isMultiple(d("299"), d("100"))).isFalse();
    assertThat(sizes.isMultiple(d("5"), d("0"))).isFalse();
  }

  @Test
  void aShareIsWholePerCent() {
    assertThat(ProseNumbers.share(d("22.0"))).isEqualTo("22 per cent");
    assertThat(ProseNumbers.share(d("11.5"))).isEqualTo("12 per cent");
    assertThat(ProseNumbers.share(d("0.2"))).isEqualTo("less than 1 per cent");
  }

  @Test
  void pluralsFollowTheUkRules() {
    assertThat(ProseNumbers.plural(1, "seizure", "seizures")).isEqualTo("seizure");
    assertThat(ProseNumbers.plural(0, "seizure", "seizures")).isEqualTo("seizures");
    assertThat(ProseNumbers.plural(2, "seizure", "seizures")).isEqualTo("seizures");
  }

  private static String written(ProseRule rule, String value) {
    return ProseNumbers.format(ProseNumbers.written(rule, new BigDecimal(value)));
  }

  private static boolean consistent(String written, Hedge hedge, FigureUnit unit, String actual, ProseRule rule) {
    return ProseNumbers.consistent(new BigDecimal(written), hedge, unit, new BigDecimal(actual), rule);
  }

  @Test
  void theDesignTableByRule() {
    assertThat(written(ProseRule.EXACT_COUNT, "1608")).isEqualTo("1,608");
    assertThat(written(ProseRule.THOUSANDS_COUNT, "188927")).isEqualTo("189,000");
    assertThat(written(ProseRule.THOUSANDS_COUNT, "679")).isEqualTo("679");
    assertThat(written(ProseRule.KG, "0.2")).isEqualTo("0.2kg");
    assertThat(written(ProseRule.KG, "34.8")).isEqualTo("34.8kg");
    assertThat(written(ProseRule.KG, "34.02")).isEqualTo("34kg");
    assertThat(written(ProseRule.KG, "10.04")).isEqualTo("10kg");
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
    assertThat(written(ProseRule.MULTIPLE, "14.2")).isEqualTo("over 14 times");
  }

  @Test
  void numberWordsAreReadBackToTwenty() {
    assertThat(ProseNumbers.smallNumber("Ten")).isEqualTo(10);
    assertThat(ProseNumbers.smallNumber("twenty")).isEqualTo(20);
    assertThat(ProseNumbers.smallNumber("dozen")).isEqualTo(-1);
  }

  @Test
  void aFigureIsTheDataAtThePrecisionItIsWrittenTo() {
    assertThat(consistent("0.2", Hedge.NONE, FigureUnit.KG, "0.213", ProseRule.KG)).isTrue();
    assertThat(consistent("0.21", Hedge.NONE, FigureUnit.KG, "0.213", ProseRule.KG)).isTrue();
    assertThat(consistent("0.3", Hedge.NONE, FigureUnit.KG, "0.213", ProseRule.KG)).isFalse();
    assertThat(consistent("34", Hedge.NONE, FigureUnit.KG, "34.02", ProseRule.KG)).isTrue();
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

  @Test
  void theWritersFiguresAreTheRulesWritten() {
    for (String kg : new String[] {"0.0004", "0.04", "0.2", "34.8", "187", "1837.4", "18767", "11141"}) {
      assertThat(ProseNumbers.kilograms(d(kg))).isEqualTo(written(ProseRule.KG, kg));
    }
    assertThat(ProseNumbers.nationalCount(188_927)).isEqualTo(written(ProseRule.THOUSANDS_COUNT, "188927"));
    assertThat(ProseNumbers.multiple(d("1837"), d("187"))).isEqualTo(written(ProseRule.MULTIPLE, "9.8235"));
  }
}
