package haul.ingest.tables;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One cell of a published table as haul stores it: an agency's figure for an item. A blank cell
 * is an empty value (not available), never zero. Quantities are in the catalogue unit (doses, not
 * thousands of doses).
 */
public record TableFigure(String agencyCode, TableItem item, Optional<BigDecimal> value) {

  public TableFigure {
    Objects.requireNonNull(agencyCode, "agencyCode");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(value, "value");
  }
}
