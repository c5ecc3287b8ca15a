package haul.story.check;

import haul.story.prose.FigureUnit;
import haul.story.prose.Hedge;
import haul.story.prose.VerbalSize;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * A figure read from a story, in digits or in words.
 *
 * @param span the figure as written, with its hedge and unit: "nearly 19,000kg", "14 per cent",
 *     "more than halved"
 * @param value the number as written, in its written unit (grams for "40g"), never negative
 * @param direction the way the figure's own words tell a change: -1 for a minus sign or "halved",
 *     1 for "doubled"; empty when they tell none
 * @param noun for a count, what the words after it say it counts ("seizures"), when they say
 * @param drugs catalogue rows named in the figure's own words ("doses of LSD", "cocaine seizures")
 * @param inWords for a size in words ("doubled", "more than halved", "a fifth"), its entry in the
 *     rule book, whose bounds judge it; empty for a figure in digits, which prose rounding judges
 */
record Figure(
    Span span,
    BigDecimal value,
    FigureUnit unit,
    Hedge hedge,
    Optional<Integer> direction,
    Optional<String> noun,
    Set<String> drugs,
    Optional<VerbalSize> inWords) {

  int start() {
    return span.start();
  }

  int end() {
    return span.end();
  }

  boolean negative() {
    return direction.equals(Optional.of(-1));
  }

  boolean isInWords() {
    return inWords.isPresent();
  }

  /** "against none the year before", "up from none": the word "none" read as a zero of the measure it is compared with. */
  boolean saysNone() {
    return value.signum() == 0 && inWords.isEmpty() && span.text().equalsIgnoreCase("none");
  }

  Figure inUnit(FigureUnit other) {
    return new Figure(span, value, other, hedge, direction, noun, drugs, inWords);
  }
}
