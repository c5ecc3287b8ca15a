package haul.story.prose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The verbal sizes of {@code verbal-sizes.json}: which change each fits, forwards and backwards. */
class VerbalSizesTest {

  private final VerbalSizes sizes = VerbalSizes.bundled();

  private Optional<String> describe(String percent) {
    return sizes.describe(new BigDecimal(percent)).map(VerbalSize::name);
  }

  @Test
  void aChangeUnderOnePerCentIsAlmostUnchangedWhicheverWay() {
    assertThat(describe("0.2")).contains("almost unchanged");
    assertThat(describe("-0.99")).contains("almost unchanged");
    assertThat(describe("1")).isEmpty();
    assertThat(sizes.isAlmostUnchanged(new BigDecimal("-0.4"))).isTrue();
  }

  @Test
  void doublingAndHalvingHaveTheirBounds() {
    // 1,608 to 679 is a fall of 57.8 per cent
    assertThat(describe("-57.77")).contains("more than halved");
    assertThat(describe("-50")).contains("halved");
    assertThat(describe("-47")).contains("almost halved");
    assertThat(describe("-80")).isEmpty();
    assertThat(describe("111")).contains("more than doubled");
    assertThat(describe("100.2")).contains("doubled");
    assertThat(describe("95")).contains("nearly doubled");
  }

  @Test
  void fromThreeTimesARiseIsAMultiple() {
    assertThat(describe("882.35")).contains("times");
    assertThat(describe("199.9")).contains("more than doubled");
    assertThat(sizes.multipleFrom()).isEqualByComparingTo("3");
    assertThat(sizes.isMultiple(new BigDecimal("1837"), new BigDecimal("187"))).isTrue();
    assertThat(sizes.isMultiple(new BigDecimal("299"), new BigDecimal("100"))).isFalse();
    assertThat(sizes.isMultiple(new BigDecimal("5"), BigDecimal.ZERO)).isFalse();
  }

  @Test
  void fractionsFitOnlyWhatAWholePerCentWouldWriteAsThem() {
    assertThat(describe("-20.3")).contains("a fifth");
    assertThat(describe("19.4")).isEmpty();
    assertThat(describe("25")).contains("a quarter");
    assertThat(describe("-33.3")).contains("a third");
  }

  @Test
  void wordsAreReadBackToTheirEntry() {
    VerbalSize halved = sizes.byWords("More than halve").orElseThrow();
    assertThat(halved.fits(new BigDecimal("-57.8"))).isTrue();
    assertThat(halved.fits(new BigDecimal("-40"))).isFalse();
    assertThat(halved.fits(new BigDecimal("57.8"))).isFalse();
    assertThat(sizes.byWords("little changed").map(VerbalSize::name)).contains("almost unchanged");
    assertThat(sizes.byWords("soared")).isEmpty();
  }

  @Test
  void everyEntrySaysWhy() {
    assertThat(sizes.all()).allSatisfy(s -> assertThat(s.why()).endsWith("."));
    assertThatThrownBy(() -> new VerbalSize("x", VerbalSize.Kind.VERB, VerbalSize.Direction.RISE, BigDecimal.ONE,
            Optional.empty(), "x", "x", List.of(), " "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
