package haul.publish;

import haul.reference.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many decimals a workbook table shows the quantities of a unit with: the same for every row
 * of that unit (a column never mixes 18,767 with 5,103.5922), at least the unit's own (kg to the
 * gram, doses and plants whole), and more when a non-zero value would otherwise show as 0 (0.09
 * doses from a published table in thousands). The stored value stays exact.
 */
final class QuantityDecimals {

  private static final int MAX = 5;
  private final Map<Unit, Integer> decimals = new EnumMap<>(Unit.class);

  private QuantityDecimals() {
    decimals.put(Unit.KG, 3);
    decimals.put(Unit.DOSES, 0);
    decimals.put(Unit.PLANTS, 0);
  }

  /** The decimals for every unit, from the quantities of all the tables. */
  static QuantityDecimals of(List<PublishedTable> tables) {
    QuantityDecimals result = new QuantityDecimals();
    for (PublishedTable table : tables) {
      int quantity = indexOf(table, Columns.QUANTITY);
      int unit = indexOf(table, Columns.UNIT);
      if (quantity < 0 || unit < 0) {
        continue;
      }
      for (TableRow row : table.rows()) {
        Cell value = row.cells().get(quantity);
        if (value.kind() == Cell.Kind.NUMBER) {
          result.widen(Unit.fromLabel(row.cells().get(unit).text()), new BigDecimal(value.text()));
        }
      }
    }
    return result;
  }

  private void widen(Unit unit, BigDecimal value) {
    int d = decimals.get(unit);
    while (d < MAX && value.signum() != 0 && value.setScale(d, RoundingMode.HALF_UP).signum() == 0) {
      d++;
    }
    decimals.put(unit, d);
  }

  int of(Unit unit) {
    return decimals.get(unit);
  }

  static int indexOf(PublishedTable table, Column column) {
    for (int i = 0; i < table.columns().size(); i++) {
      if (table.columns().get(i).name().equals(column.name())) {
        return i;
      }
    }
    return -1;
  }
}
