package haul.story;

import static org.assertj.core.api.Assertions.assertThat;

import haul.reference.Unit;
import org.junit.jupiter.api.Test;

/**
 * The comparative before a colon and a figure that carries its unit: the unit is not said twice
 * ("more ecstasy: 7,904 doses"), and its verb agrees with it.
 */
class LexiconTest {

  private final Lexicon lexicon = Lexicon.bundled();

  @Test
  void dosesAreTheFiguresUnitAndAreNotSaidTwice() {
    assertThat(lexicon.comparative("Ecstasy", Unit.DOSES, true)).isEqualTo("more ecstasy");
    assertThat(lexicon.comparative("LSD", Unit.DOSES, false)).isEqualTo("less LSD");
    assertThat(lexicon.comparative("Benzodiazepines", Unit.DOSES, true)).isEqualTo("a larger amount of benzodiazepines");
    assertThat(lexicon.comparativeWas(Unit.DOSES)).isEqualTo("was"); // "more LSD was seized: 113,000 doses"
  }

  @Test
  void plantsAreTheDrugsOwnNounAndStay() {
    assertThat(lexicon.comparative("Cannabis plants", Unit.PLANTS, false)).isEqualTo("fewer cannabis plants");
    assertThat(lexicon.comparativeWas(Unit.PLANTS)).isEqualTo("were");
  }

  @Test
  void aMassAgreesWithItsName() {
    assertThat(lexicon.comparative("Cocaine", Unit.KG, true)).isEqualTo("more cocaine");
    assertThat(lexicon.comparative("Amphetamines", Unit.KG, false)).isEqualTo("a smaller amount of amphetamines");
    assertThat(lexicon.comparativeWas(Unit.KG)).isEqualTo("was");
  }
}
