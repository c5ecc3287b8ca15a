package haul.server;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The seven published tables of DESIGN.md "Formats at the edges", by the CSV file name without
 * {@code .csv}, with the columns whose values are numbers in JSON.
 */
enum PublishedTableName {
  SEIZURES_BY_AGENCY("seizures_by_agency"),
  SEIZURES_BY_REGION("seizures_by_region"),
  SEIZURES_BY_DRUG("seizures_by_drug"),
  SEIZURES_BY_CLASS("seizures_by_class"),
  QUANTITIES_BY_DRUG("quantities_by_drug"),
  AGENCY_DRUG("agency_drug"),
  CHANGES_BY_AGENCY("changes_by_agency");

  /** Columns that hold figures in every table that has them. */
  static final Set<String> NUMERIC_COLUMNS =
      Set.of("seizures", "share_percent", "quantity", "lines_without_quantity", "previous_seizures", "change", "percent_change");

  private final String fileStem;

  PublishedTableName(String fileStem) {
    this.fileStem = fileStem;
  }

  String fileStem() {
    return fileStem;
  }

  /** The edition file that holds the table. */
  String fileName() {
    return "tables/" + fileStem + ".csv";
  }

  static Optional<PublishedTableName> of(String stem) {
    return Arrays.stream(values()).filter(t -> t.fileStem.equals(stem)).findFirst();
  }
}
