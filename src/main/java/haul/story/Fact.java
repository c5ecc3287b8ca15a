package haul.story;

import haul.story.prose.FactMeasure;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure a story uses, with the exact words it is written in.
 *
 * @param text the words in the story, verbatim ("nearly 19,000kg", "58 per cent")
 * @param value the figure behind the words, unrounded except percentages and ratios (one decimal,
 *     as the tables print them)
 * @param unit {@code seizures}, {@code kg}, {@code doses}, {@code plants}, {@code per cent} or {@code times}
 * @param measure what kind of figure it is, in the vocabulary the sidecar and check-story share
 * @param agency the area the figure is about: an agency code, a region slug or {@code england-and-wales}
 * @param year the financial year of the figure ({@code 2021/22}); a change belongs to its later year
 * @param drug the catalogue drug, where the figure is about one
 */
public record Fact(
    String text, BigDecimal value, String unit, FactMeasure measure, String agency, String year, Optional<String> drug) {

  public Fact {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(drug, "drug");
  }
}
