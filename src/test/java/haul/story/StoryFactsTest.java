package haul.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import haul.reference.ReferenceData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facts stage: the bundled rules (data) score the seed's national drugs. */
class StoryFactsTest {

  @Test
  void theBundledRulesFindCocaineAndKetamineInTheSeedsFigures() {
    ReferenceData reference = ReferenceData.bundled();
    StoryFacts facts =
        StoryFacts.gather(TestRelease.seed().build(), reference.agencies().require("thames-valley"), reference.agencies(), StoryRules.bundled());

    assertThat(facts.nationalDrugs())
        .extracting(c -> c.comparison().drug(), DrugCandidate::score, DrugCandidate::reasons)
        .containsExactly(
            tuple("Cocaine", 10, List.of("the largest rise in a Class A drug quantity nationally")),
            tuple("Ketamine", 9, List.of("the largest rise of any drug by percentage nationally")),
            tuple("Heroin", 6, List.of(
                "the largest fall in a Class A drug quantity nationally", "the largest fall of any drug by percentage nationally")),
            // Unscored drugs keep the release's order (the test release's, here).
            tuple("Herbal cannabis", 0, List.of()),
            tuple("Ecstasy", 0, List.of()));
    assertThat(facts.seizures().change()).hasValue(679 - 1_608);
    assertThat(facts.nationalAgencies()).extracting(s -> s.agency().code()).containsExactly("british-transport-police", "border-force");
  }
}
