package haul.ingest.tables;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** What a published force x drug table counts: seizures (events) or quantities seized. */
public enum TableMeasure {
  SEIZURES("seizures", new BigDecimal("999999999999999")),
  QUANTITIES("quantities", new BigDecimal("999999999999999999999999"));

  private final String label;
  private final BigDecimal largest;

  TableMeasure(String label, BigDecimal largest) {
    this.label = label;
    this.largest = largest;
  }

  /**
   * The largest cell, in stored units, that the store can hold and its statistics add up: the
   * statistics read seizures as 64-bit integers and quantities as DECIMAL(38, 9), and a total adds
   * 45 agencies, so a cell keeps 15 digits of seizures (45 of them stay under 2^63) and 24 of
   * quantity (45 of them stay under the 29 whole digits). Bigger values are refused at import.
   */
  public BigDecimal largest() {
    return largest;
  }

  /** {@code seizures} or {@code quantities}, as stored and as the command line takes it. */
  public String label() {
    return label;
  }

  public static Optional<TableMeasure> fromLabel(String text) {
    String key = text.strip().toLowerCase(Locale.ROOT);
    for (TableMeasure measure : values()) {
      if (measure.label.equals(key)) {
        return Optional.of(measure);
      }
    }
    return Optional.empty();
  }
}
