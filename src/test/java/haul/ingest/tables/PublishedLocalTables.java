package haul.ingest.tables;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import haul.reference.Agency;
import haul.reference.ReferenceData;
import haul.testing.HomeOfficeTables;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The fourteen published local tables (2009/10 to 2015/16, seizures and quantities) and the
 * national series, read the way a person reads them, independently of haul's mapping rules: this
 * class has its own dictionary of labels, agency spellings, units and the three header errata, so
 * that a wrong rule shows as a difference instead of being read back the same way. Any test may
 * compare what haul holds or publishes with {@link #read(String)}.
 */
public final class PublishedLocalTables {

  private PublishedLocalTables() {}

  /** One cell in stored units: value is a plain decimal without trailing zeros, or "not available". */
  public record Cell(String agencyCode, String itemKind, String item, String value) {
    static Cell of(String agencyCode, String itemKind, String item, BigDecimal value) {
      return new Cell(agencyCode, itemKind, item,
          value == null ? "not available" : value.stripTrailingZeros().toPlainString());
    }
  }

  /** A file as read: financial year end, measure and every cell. */
  public record Table(String file, int yearEnd, String measure, Set<Cell> cells) {
    public boolean has(TableItem item) {
      return cells.stream().anyMatch(c -> c.item().equals(item.name()) && c.itemKind().equals(item.kind().label()));
    }
  }

  public static final String LOCAL = "local_resolution/";
  public static final List<String> FILES = Stream.of("09-10", "10-11", "11-12", "12-13", "13-14", "14-15", "15-16")
      .flatMap(y -> Stream.of("seizures/Seizures" + y + ".csv", "quantities/Quantities" + y + ".csv"))
      .toList();

  static TableItem drug(String name) {
    return new TableItem(ItemKind.DRUG, name);
  }

  static TableItem ofClass(String label) {
    return new TableItem(ItemKind.CLASS, label);
  }

  static final TableItem CANNABIS = new TableItem(ItemKind.GROUP, "All cannabis");

  /** The labels of the local and national files, as this test reads them (null: the agency column). */
  static final Map<String, TableItem> LABELS = Map.ofEntries(
      entry("all drugs", TableItem.ALL_DRUGS), entry("total", TableItem.ALL_DRUGS),
      entry("cocaine", drug("Cocaine")), entry("crack", drug("Crack")), entry("ecstasy", drug("Ecstasy")),
      entry("heroin", drug("Heroin")), entry("lsd", drug("LSD")), entry("methadone", drug("Methadone")),
      entry("morphine", drug("Morphine")), entry("other class a", drug("Other Class A")),
      entry("total class a", ofClass("A")), entry("all class a", ofClass("A")),
      entry("all cannabis", CANNABIS), entry("total cannabis", CANNABIS),
      entry("herbal cannabis", drug("Herbal cannabis")), entry("cannabis resin", drug("Cannabis resin")),
      entry("cannabis plants", drug("Cannabis plants")),
      entry("amphetamines", drug("Amphetamines")), entry("barbiturates", drug("Barbiturates")),
      entry("ketamine", drug("Ketamine")), entry("mephedrone (non-injection)", drug("Mephedrone")),
      entry("other class b", drug("Other Class B")), entry("total class b", ofClass("B")), entry("all class b", ofClass("B")),
      entry("anabolic-steroids", drug("Anabolic steroids")), entry("anabolic0steroids", drug("Anabolic steroids")),
      entry("anabolic steroids", drug("Anabolic steroids")), entry("benzodiazepines", drug("Benzodiazepines")),
      entry("ghb", drug("GHB")), entry("temazepam", drug("Temazepam")), entry("other class c", drug("Other Class C")),
      entry("total class c", ofClass("C")), entry("all class c", ofClass("C")), entry("unknown", ofClass("Unknown")));

  /** Columns (0-based) whose header does not describe their data, by file: see table-errata.csv. */
  private static final Map<String, Map<Integer, TableItem>> ERRATA = Map.of(
      "Seizures14-15.csv", Map.of(14, drug("Ketamine"), 15, drug("Other Class B"), 16, ofClass("B"),
          17, drug("Anabolic steroids"), 18, drug("Benzodiazepines"), 19, drug("GHB"), 22, ofClass("C")),
      "Seizures15-16.csv", Map.of(17, ofClass("B")),
      "Quantities14-15.csv", Map.of(13, drug("Ketamine"), 14, drug("Anabolic steroids"),
          15, drug("Benzodiazepines"), 16, drug("GHB")));

  private static final Set<String> DOSES = Set.of("Ecstasy", "LSD", "Methadone", "Morphine", "Barbiturates",
      "Anabolic steroids", "Benzodiazepines", "GHB", "Temazepam");

  private static final Map<String, String> AGENCY_SPELLINGS = Map.of(
      "london, city of", "city-of-london", "avon & somerset", "avon-and-somerset", "devon & cornwall", "devon-and-cornwall");

  static String label(String field) {
    return field.replace("\uFEFF", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /** Reads a file under {@link #LOCAL}, such as {@code seizures/Seizures15-16.csv}. */
  public static Table read(String file) throws IOException {
    Path path = HomeOfficeTables.path(LOCAL + file);
    String name = path.getFileName().toString();
    String measure = name.startsWith("Seizures") ? "seizures" : "quantities";
    int yearEnd = 2000 + Integer.parseInt(name.substring(name.length() - 6, name.length() - 4));
    List<CsvRecord> records = new ArrayList<>();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(path, StandardCharsets.UTF_8)) {
      reader.forEach(records::add);
    }
    List<String> header = records.get(0).getFields();
    Map<Integer, TableItem> columns = new LinkedHashMap<>();
    for (int i = 1; i < header.size(); i++) {
      TableItem item = ERRATA.getOrDefault(name, Map.of()).getOrDefault(i, LABELS.get(label(header.get(i))));
      assertThat(item).as("%s column %d %s", name, i, header.get(i)).isNotNull();
      columns.put(i, item);
    }
    assertThat(label(header.get(0))).isEqualTo("police force");
    Set<Cell> cells = new HashSet<>();
    for (CsvRecord record : records.subList(1, records.size())) {
      String spelling = label(record.getField(0));
      String agency = AGENCY_SPELLINGS.getOrDefault(spelling,
          ReferenceData.bundled().agencies().find(spelling).map(Agency::code).orElse(null));
      assertThat(agency).as("%s agency %s", name, record.getField(0)).isNotNull();
      for (Map.Entry<Integer, TableItem> column : columns.entrySet()) {
        String text = record.getField(column.getKey()).strip();
        BigDecimal value = null;
        if (!text.isEmpty()) {
          value = new BigDecimal(text);
          TableItem item = column.getValue();
          boolean thousands = measure.equals("quantities")
              && (DOSES.contains(item.name()) || (item.name().equals("Cannabis plants") && yearEnd == 2010));
          if (thousands) {
            value = value.multiply(BigDecimal.valueOf(1000));
          }
          value = value.stripTrailingZeros();
        }
        cells.add(Cell.of(agency, column.getValue().kind().label(), column.getValue().name(), value));
      }
    }
    return new Table(name, yearEnd, measure, cells);
  }

  /** National series: {@code year} is the financial year end; one column per label. */
  public static Map<Integer, Map<TableItem, BigDecimal>> national(String file) throws IOException {
    Map<Integer, Map<TableItem, BigDecimal>> years = new LinkedHashMap<>();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(
        HomeOfficeTables.path("national_resolution/" + file), StandardCharsets.UTF_8)) {
      List<String> header = null;
      for (CsvRecord record : reader) {
        if (header == null) {
          header = record.getFields();
          continue;
        }
        Map<TableItem, BigDecimal> values = new LinkedHashMap<>();
        for (int i = 1; i < header.size(); i++) {
          TableItem item = LABELS.get(label(header.get(i)));
          assertThat(item).as("national column %s", header.get(i)).isNotNull();
          values.put(item, new BigDecimal(record.getField(i)));
        }
        years.put(Integer.parseInt(record.getField(0)), values);
      }
    }
    return years;
  }
}
