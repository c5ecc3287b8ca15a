package haul.story.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's rounded pairs: a pair of figures with a change between them is printed finer until the
 * printed figures show the printed change, and check-story reads every finer form back as the fact.
 */
class PrintedPairTest {

  private static final BigDecimal ONE_POINT = BigDecimal.ONE;
  private final VerbalSizes sizes = VerbalSizes.bundled();

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static String format(PrintedPair pair) {
    return ProseNumbers.format(pair.current()) + " from " + ProseNumbers.format(pair.previous());
  }

  private static PrintedPair.Change percent(String now, String before) {
    return PrintedPair.Change.percent(ProseNumbers.percentChange(d(now), d(before)), ONE_POINT);
  }

  @Test
  void eachStepIsOneDigitFinerUntilTheFigureIsExact() {
    assertThat(java.util.stream.IntStream.rangeClosed(0, 4)
        .mapToObj(f -> ProseNumbers.format(ProseNumbers.written(ProseRule.THOUSANDS_COUNT, d("188927"), f))))
        .containsExactly("189,000", "188,900", "188,930", "188,927", "188,927");
    assertThat(java.util.stream.IntStream.rangeClosed(0, 3)
        .mapToObj(f -> ProseNumbers.format(ProseNumbers.written(ProseRule.KG, d("18767.4"), f))))
        .containsExactly("nearly 19,000kg", "nearly 18,800kg", "nearly 18,770kg", "over 18,767kg");
    assertThat(java.util.stream.IntStream.rangeClosed(0, 3)
        .mapToObj(f -> ProseNumbers.format(ProseNumbers.written(ProseRule.KG, d("0.2345"), f))))
        .containsExactly("0.2kg", "0.23kg", "0.235kg", "0.2345kg");
    assertThat(ProseNumbers.format(ProseNumbers.written(ProseRule.KG, d("187.44"), 1))).isEqualTo("187.4kg");
    assertThat(ProseNumbers.format(ProseNumbers.written(ProseRule.KG, d("0.0437"), 1))).isEqualTo("43.7g");
    assertThat(ProseNumbers.format(ProseNumbers.written(ProseRule.DOSES, d("12345"), 1))).isEqualTo("12,300 doses");
    assertThat(ProseNumbers.format(ProseNumbers.written(ProseRule.EXACT_COUNT, d("1608"), 3))).isEqualTo("1,608");
    // the rule's own form is step 0, unchanged
    assertThat(ProseNumbers.format(ProseNumbers.written(ProseRule.KG, d("34"), 0))).isEqualTo("34kg");
  }

  /** The editor's find: "12,000 doses, up 11 per cent from 11,000" shows 9 per cent. */
  @Test
  void aPairThatContradictsItsPercentageIsPrintedFiner() {
    PrintedPair pair = PrintedPair.written(ProseRule.DOSES, d("12345"), d("11123"), percent("12345", "11123"));
    assertThat(ProseNumbers.percentChange(ProseNumbers.percentChange(d("12345"), d("11123")))).isEqualTo("11 per cent");
    assertThat(format(pair)).isEqualTo("12,300 doses from 11,100 doses"); // 10.8 per cent
    // "36,000 doses, up 22 per cent from 30,000" shows 20: one step finer shows 22
    assertThat(format(PrintedPair.written(ProseRule.DOSES, d("36350"), d("29790"), percent("36350", "29790"))))
        .isEqualTo("36,400 doses from 29,800 doses");
    // "2.3kg, up 33 per cent from 1.7kg" shows 35
    assertThat(format(PrintedPair.written(ProseRule.KG, d("2.26"), d("1.70"), percent("2.26", "1.70"))))
        .isEqualTo("2.26kg from 1.7kg");
  }

  @Test
  void aPairThatShowsItsPercentageKeepsTheRulesPrecision() {
    assertThat(format(PrintedPair.written(ProseRule.THOUSANDS_COUNT, d("188927"), d("219578"), percent("188927", "219578"))))
        .isEqualTo("189,000 from 220,000");
    assertThat(format(PrintedPair.written(ProseRule.KG, d("0.2"), d("0.3049"), percent("0.2", "0.3049"))))
        .isEqualTo("0.2kg from 0.3kg"); // shows 33, prints 34
  }

  /** The seed's "nearly 19,000kg" and "over 11,000kg": their hedges allow 61 to 73 per cent, so 68 stands. */
  @Test
  void hedgedFiguresAreReadOnTheSideTheirHedgesSay() {
    PrintedPair seed = PrintedPair.written(ProseRule.KG, d("18767"), d("11170"), percent("18767", "11170"));
    assertThat(format(seed)).isEqualTo("nearly 19,000kg from over 11,000kg");
    assertThat(seed.ratioRead(d("1.68"))).isEqualByComparingTo("1.68");
    // a true ratio outside what the hedges allow is read at the nearest end: 19,000 / 11,000
    assertThat(seed.ratioRead(d("1.9"))).isEqualByComparingTo(d("19000").divide(d("11000"), java.math.MathContext.DECIMAL64));
    // unhedged figures are read at face value
    PrintedPair doses = new PrintedPair(ProseNumbers.written(ProseRule.DOSES, d("12345")), ProseNumbers.written(ProseRule.DOSES, d("11123")));
    assertThat(doses.ratioRead(d("1.11"))).isEqualByComparingTo(d("12000").divide(d("11000"), java.math.MathContext.DECIMAL64));
  }

  @Test
  void aMultipleOrAVerbalSizeIsShownByTheSameWords() {
    // 2.5kg from 0.2kg is twelve and a half times; the truth (2.46 / 0.23) is nearly 11: one step finer
    PrintedPair multiple = PrintedPair.written(ProseRule.KG, d("2.46"), d("0.23"),
        PrintedPair.Change.multiple(ProseNumbers.ratio(d("2.46"), d("0.23"))));
    assertThat(format(multiple)).isEqualTo("2.46kg from 0.23kg");
    assertThat(ProseNumbers.format(ProseNumbers.written(ProseRule.MULTIPLE, multiple.ratioRead(d("10.7")))))
        .isEqualTo("nearly 11 times");
    // "0.4kg, down from 0.2kg; the amount more than halved" would show exactly halved
    BigDecimal fall = ProseNumbers.percentChange(d("0.18"), d("0.44"));
    assertThat(sizes.describe(fall).orElseThrow().past()).isEqualTo("more than halved");
    PrintedPair.Change words = PrintedPair.Change.verbal(sizes, fall, java.util.EnumSet.of(VerbalSize.Kind.VERB, VerbalSize.Kind.STATE));
    assertThat(format(PrintedPair.written(ProseRule.KG, d("0.18"), d("0.44"), words)))
        .isEqualTo("0.18kg from 0.44kg");
  }

  /** Every finer form is still the fact, for check-story: "12,300 doses" and "nearly 18,800kg" are MATCHED. */
  @Test
  void checkStoryReadsEveryFinerFormAsTheFact() {
    assertThat(ProseNumbers.consistent(d("12300"), Hedge.NONE, FigureUnit.DOSES, d("12345"), ProseRule.DOSES)).isTrue();
    assertThat(ProseNumbers.consistent(d("188900"), Hedge.NONE, FigureUnit.COUNT, d("188927"), ProseRule.THOUSANDS_COUNT)).isTrue();
    assertThat(ProseNumbers.consistent(d("188930"), Hedge.NONE, FigureUnit.COUNT, d("188927"), ProseRule.THOUSANDS_COUNT)).isTrue();
    assertThat(ProseNumbers.consistent(d("18800"), Hedge.BELOW, FigureUnit.KG, d("18767"), ProseRule.KG)).isTrue();
    assertThat(ProseNumbers.consistent(d("0.23"), Hedge.NONE, FigureUnit.KG, d("0.2345"), ProseRule.KG)).isTrue();
    // but a wrong rounding is not, nor a force's exact count rounded
    assertThat(ProseNumbers.consistent(d("12400"), Hedge.NONE, FigureUnit.DOSES, d("12345"), ProseRule.DOSES)).isFalse();
    assertThat(ProseNumbers.consistent(d("188800"), Hedge.NONE, FigureUnit.COUNT, d("188927"), ProseRule.THOUSANDS_COUNT)).isFalse();
    assertThat(ProseNumbers.consistent(d("1600"), Hedge.NONE, FigureUnit.COUNT, d("1608"), ProseRule.EXACT_COUNT)).isFalse();
    assertThat(ProseNumbers.consistent(d("18800"), Hedge.ABOVE, FigureUnit.KG, d("18767"), ProseRule.KG)).isFalse();
  }
}
