package haul.story.check;

import haul.story.prose.ProseRule;
import java.math.BigDecimal;

/** A fact a figure may state, with the series it belongs to and how prose writes it. */
record Candidate(Series series, Role role, Fact fact, ProseRule rule) {

  BigDecimal value() {
    return fact.value();
  }
}
