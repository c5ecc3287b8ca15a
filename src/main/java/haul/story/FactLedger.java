package haul.story;

import haul.story.prose.FactMeasure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The facts a story has written so far. A sentence writes a figure only through {@link #add}, so
 * every figure in the text is a fact by construction. Not thread-safe: one ledger per story.
 */
final class FactLedger {

  private final List<Fact> facts = new ArrayList<>();

  /** Records a fact and returns its text, for the sentence to use verbatim. */
  String add(String text, BigDecimal value, String unit, FactMeasure measure, String area, String year, Optional<String> drug) {
    Fact fact = new Fact(text, value, unit, measure, area, year, drug);
    if (!facts.contains(fact)) {
      facts.add(fact);
    }
    return text;
  }

  List<Fact> facts() {
    return List.copyOf(facts);
  }
}
