package haul.store;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One stored figure of a published table ({@code table_figure}): an agency's value of an item for
 * a financial year and measure. An empty value is "not available", never zero.
 *
 * @param measure {@code seizures} or {@code quantities}
 * @param itemKind {@code drug}, {@code group}, {@code class} or {@code total}
 */
public record TablesCell(
    int financialYearEnd,
    String agencyCode,
    String measure,
    String itemKind,
    String item,
    Optional<BigDecimal> value) {

  public TablesCell {
    Objects.requireNonNull(agencyCode, "agencyCode");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(itemKind, "itemKind");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(value, "value");
  }
}
