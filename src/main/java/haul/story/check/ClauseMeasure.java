package haul.story.check;

import haul.story.prose.FigureUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The measure a bare number's clause names nearest it: "the number of doses of ecstasy seized
 * more than halved, to 2,858" is 2,858 doses. Looks no further than its sentence, the colons and
 * semicolons around it and a fixed distance, so reading stays linear.
 */
final class ClauseMeasure {

  private ClauseMeasure() {}

  /** A word that names what a figure measures: a unit of a quantity, or seizures. */
  private static final Pattern MEASURE_WORD = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:(doses|tablets|pills)|(plants)|(kg|kgs|kilos|kilograms?)|(grams?)|(tonnes?)|(seizures?))(?![\\p{L}])");
  /** "seizures of cannabis plants": the measure is the head noun, seizures, not the plants of the drug's name. */
  private static final Pattern HEAD_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])seizures?\\s+of\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}$");
  private static final Pattern CLAUSE_END = Pattern.compile("[;:]");
  /** How far from a bare number its clause's measure word may be. */
  private static final int CLAUSE = 200;

  /**
   * The unit of quantity a bare number's clause names nearest it ("doses", "plants", "kg"), within
   * its sentence and between colons or semicolons; empty when the nearest such word is "seizures"
   * or there is none, and the number stays a count.
   *
   * @param start the sentence's bounds in the paragraph's own words; {@code end} likewise
   */
  static Optional<FigureUnit> of(Paragraph paragraph, int start, int end, Figure figure) {
    String text = paragraph.unquoted();
    int at = figure.start() - paragraph.start();
    int to = figure.end() - paragraph.start();
    int from = Math.max(start, at - CLAUSE);
    int until = Math.min(end, to + CLAUSE);
    java.util.regex.Matcher stop = CLAUSE_END.matcher(text).region(from, at);
    while (stop.find()) {
      from = stop.end();
    }
    stop = CLAUSE_END.matcher(text).region(to, until);
    if (stop.find()) {
      until = stop.start();
    }
    java.util.regex.Matcher word = MEASURE_WORD.matcher(text).region(from, until);
    FigureUnit nearest = null;
    int distance = Integer.MAX_VALUE;
    while (word.find()) {
      if (word.end() > at && word.start() < to
          || HEAD_BEFORE.matcher(text.substring(Math.max(from, word.start() - 60), word.start())).find()) {
        continue;
      }
      int d = word.start() >= to ? word.start() - to : at - word.end();
      if (d < distance) {
        distance = d;
        nearest = word.group(1) != null ? FigureUnit.DOSES : word.group(2) != null ? FigureUnit.PLANTS
            : word.group(3) != null ? FigureUnit.KG : word.group(4) != null ? FigureUnit.GRAMS
            : word.group(5) != null ? FigureUnit.TONNES : FigureUnit.COUNT;
      }
    }
    return nearest == null || nearest == FigureUnit.COUNT ? Optional.empty() : Optional.of(nearest);
  }

}
