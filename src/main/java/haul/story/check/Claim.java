package haul.story.check;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of a claim as the checker read them from a sentence, and, once matched, as the data
 * name them: who or where, what measure, which drug, which years, which way, what size.
 *
 * @param subject the area code it is about (an agency, a region slug, {@code police},
 *     {@code england-and-wales}); empty when no area could be read
 * @param measure a {@link haul.story.prose.FactMeasure} label ({@code seizures}, {@code quantity},
 *     {@code percent_change}, {@code ratio}, {@code share_percent}); {@code unknown} when it could not be read
 * @param drug the catalogue drug, when it is about one
 * @param years the financial year ({@code 2021/22}) or the two of a change ({@code 2020/21 to
 *     2021/22}); empty when no year could be read
 * @param direction what its words tell: {@code rise}, {@code fall} or {@code unchanged}; empty when
 *     they tell none
 * @param value the size as written, in its written unit, never negative
 * @param unit the written unit: {@code count}, {@code kg}, {@code grams}, {@code tonnes},
 *     {@code doses}, {@code plants}, {@code per-cent}, {@code times} or {@code none-of}; a size in
 *     words is {@code per-cent}, its value the middle of its rule-book bounds ("halved" is 50)
 * @param hedge {@code none}, {@code below} ("nearly"), {@code above} ("over") or {@code approximate}
 * @param inWords whether the size was written in words ("doubled", "a fifth")
 */
public record Claim(
    Optional<String> subject,
    String measure,
    Optional<String> drug,
    Optional<String> years,
    Optional<String> direction,
    BigDecimal value,
    String unit,
    String hedge,
    boolean inWords) {

  public Claim {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(drug, "drug");
    Objects.requireNonNull(years, "years");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(hedge, "hedge");
  }
}
