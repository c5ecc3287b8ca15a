package haul.ingest.tables;

import java.util.Locale;
import java.util.Optional;

/** What a published force x drug table counts: seizures (events) or quantities seized. */
public enum TableMeasure {
  SEIZURES("seizures"),
  QUANTITIES("quantities");

  private final String label;

  TableMeasure(String label) {
    this.label = label;
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
