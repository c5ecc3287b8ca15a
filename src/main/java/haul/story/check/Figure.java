package haul.story.check;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * A figure read from a story.
 *
 * @param span the figure as written, with its hedge and unit: "nearly 19,000kg", "14 per cent"
 * @param value the number as written, in its written unit (grams for "40g"), never negative
 * @param negative written with a minus sign: a fall
 * @param noun for a count, what the words after it say it counts ("seizures"), when they say
 * @param drugs catalogue rows named in the figure's own words ("doses of LSD", "cocaine seizures")
 */
record Figure(
    Span span,
    BigDecimal value,
    FigureUnit unit,
    Hedge hedge,
    boolean negative,
    Optional<String> noun,
    Set<String> drugs) {

  int start() {
    return span.start();
  }

  int end() {
    return span.end();
  }
}
