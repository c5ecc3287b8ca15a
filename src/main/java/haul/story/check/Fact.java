package haul.story.check;

import haul.story.prose.FactMeasure;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure of the release that a story may state.
 *
 * @param description what it is, in words: "seizures by Thames Valley Police in 2021/22"
 * @param areaCode the agency code, region slug or {@code england-and-wales}
 * @param drug the catalogue row or group, empty for all drugs
 * @param period the financial year ({@code 2021/22}), or both years for a change
 * @param value the unrounded value from the data
 * @param unit {@code seizures}, {@code kg}, {@code doses}, {@code plants}, {@code per cent} or
 *     {@code times}
 */
public record Fact(
    String description,
    String areaCode,
    Optional<String> drug,
    FactMeasure measure,
    String period,
    BigDecimal value,
    String unit) {

  public Fact {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(areaCode, "areaCode");
    Objects.requireNonNull(drug, "drug");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
  }
}
