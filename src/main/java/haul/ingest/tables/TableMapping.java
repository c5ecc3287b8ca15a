package haul.ingest.tables;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import haul.reference.DrugClass;
import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import haul.reference.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules, kept as data in {@code /haul/ingest/table-mapping.csv} and {@code table-errata.csv},
 * by which the Home Office's published tables are read: the spellings of agencies and column
 * labels, the cell texts that mean "not available", footnote markers, the units each year
 * publishes, and known header errata. Labels not covered by a rule are not guessed at: the caller
 * reports them. Immutable.
 */
public final class TableMapping {

  private static final String MAPPING = "/haul/ingest/table-mapping.csv";
  private static final String ERRATA = "/haul/ingest/table-errata.csv";
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** What a column of a table holds. */
  public sealed interface Column permits AgencyColumn, ItemColumn {}

  /** The column naming each row's agency. */
  public record AgencyColumn() implements Column {}

  /** A column of figures for one item. */
  public record ItemColumn(TableItem item) implements Column {}

  /** What a row of a table is. */
  public sealed interface Row permits AgencyRow, TotalRow {}

  /** A row of one agency's figures. */
  public record AgencyRow(String agencyCode) implements Row {}

  /** A row that sums the agencies above it: checked, not stored. */
  public record TotalRow() implements Row {}

  /** How a catalogue unit is published: {@code factor} stored units make one published unit. */
  public record PublishedUnit(String label, BigDecimal factor) {}

  /** A known header that does not describe its data, and the labels meant (normalised). */
  public record Erratum(List<String> meant, String reason) {}

  private record UnitRule(Unit unit, PublishedUnit published, Optional<Integer> from, Optional<Integer> to) {
    boolean covers(FinancialYear year) {
      return from.map(f -> year.endYear() >= f).orElse(true) && to.map(t -> year.endYear() <= t).orElse(true);
    }
  }

  private record ErratumKey(TableMeasure measure, FinancialYear year, List<String> header) {}

  private final ReferenceData reference;
  private final Map<String, Column> headers = new LinkedHashMap<>();
  private final Map<String, Row> rows = new LinkedHashMap<>();
  private final Set<String> notAvailable = new HashSet<>();
  private final List<Pattern> footnotes = new ArrayList<>();
  private final List<UnitRule> units = new ArrayList<>();
  private final Map<ErratumKey, Erratum> errata = new LinkedHashMap<>();

  private TableMapping(ReferenceData reference) {
    this.reference = reference;
  }

  /** The bundled rules, resolved against the reference data (read once per call: small files). */
  public static TableMapping bundled(ReferenceData reference) {
    TableMapping mapping = new TableMapping(reference);
    for (NamedCsvRecord record : read(MAPPING)) {
      mapping.addRule(record);
    }
    for (NamedCsvRecord record : read(ERRATA)) {
      mapping.addErratum(record);
    }
    return mapping;
  }

  private void addRule(NamedCsvRecord r) {
    String kind = r.getField("kind");
    String match = r.getField("match");
    String targetKind = r.getField("target_kind");
    String target = r.getField("target");
    switch (kind) {
      case "header" -> headers.put(normaliseRaw(match), column(targetKind, target, match));
      case "agency" -> rows.put(normaliseRaw(match), row(targetKind, target, match));
      case "cell" -> notAvailable.add(normaliseRaw(match));
      case "footnote" -> footnotes.add(Pattern.compile("(?:" + match + ")$"));
      case "unit" -> units.add(
          new UnitRule(
              Unit.fromLabel(match),
              new PublishedUnit(targetKind, new BigDecimal(r.getField("factor"))),
              optionalInt(r.getField("from_year")),
              optionalInt(r.getField("to_year"))));
      default -> throw new IllegalStateException(MAPPING + ": unknown rule kind " + kind);
    }
    if (kind.equals("unit") && !target.equals(match)) {
      throw new IllegalStateException(MAPPING + ": unit rule for " + match + " must store " + match);
    }
  }

  private Column column(String targetKind, String target, String match) {
    if (targetKind.equals("agency")) {
      return new AgencyColumn();
    }
    ItemKind kind = ItemKind.fromLabel(targetKind);
    switch (kind) {
      case DRUG -> reference.drugs().require(target);
      case GROUP -> {
        if (reference.drugs().drugs().stream().noneMatch(d -> d.group().filter(target::equals).isPresent())) {
          throw new IllegalStateException(MAPPING + ": " + match + " names no group: " + target);
        }
      }
      case CLASS -> DrugClass.fromLabel(target);
      case TOTAL -> {
        if (!target.equals(TableItem.ALL_DRUGS.name())) {
          throw new IllegalStateException(MAPPING + ": the total is " + TableItem.ALL_DRUGS.name());
        }
      }
    }
    String name = kind == ItemKind.CLASS ? DrugClass.fromLabel(target).label() : target;
    return new ItemColumn(new TableItem(kind, name));
  }

  private Row row(String targetKind, String target, String match) {
    return switch (targetKind) {
      case "agency" -> new AgencyRow(reference.agencies().require(target).code());
      case "total-row" -> new TotalRow();
      default -> throw new IllegalStateException(MAPPING + ": " + match + ": unknown row kind " + targetKind);
    };
  }

  private void addErratum(NamedCsvRecord r) {
    TableMeasure measure =
        TableMeasure.fromLabel(r.getField("measure"))
            .orElseThrow(() -> new IllegalStateException(ERRATA + ": unknown measure " + r.getField("measure")));
    List<String> header = Arrays.asList(r.getField("header").split("\\|"));
    List<String> meant = Arrays.asList(r.getField("meant").split("\\|"));
    if (header.size() != meant.size()) {
      throw new IllegalStateException(ERRATA + ": header and meant differ in length for " + r.getField("financial_year"));
    }
    errata.put(
        new ErratumKey(measure, FinancialYear.parse(r.getField("financial_year")), List.copyOf(header)),
        new Erratum(List.copyOf(meant), r.getField("reason")));
  }

  /**
   * A label as the rules compare it: no BOM, footnote markers removed from the end, letter case
   * ignored, runs of spaces and line breaks made one space.
   */
  public String normalise(String label) {
    String text = normaliseRaw(label);
    boolean stripped = true;
    while (stripped && !text.isEmpty()) {
      stripped = false;
      for (Pattern footnote : footnotes) {
        String without = footnote.matcher(text).replaceFirst("").strip();
        if (!without.equals(text) && !without.isEmpty()) {
          text = without;
          stripped = true;
        }
      }
    }
    return text;
  }

  private static String normaliseRaw(String label) {
    return SPACES.matcher(label.replace("\uFEFF", "")).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  /** What a (normalised) column label means: a rule, or else a catalogue drug of that name. */
  public Optional<Column> column(String normalisedLabel) {
    Column rule = headers.get(normalisedLabel);
    if (rule != null) {
      return Optional.of(rule);
    }
    return reference.drugs().drugs().stream()
        .filter(d -> d.name().toLowerCase(Locale.ROOT).equals(normalisedLabel))
        .findFirst()
        .map(d -> new ItemColumn(new TableItem(ItemKind.DRUG, d.name())));
  }

  /** What a (normalised) first-column cell means: a rule, or else an agency's code or name. */
  public Optional<Row> row(String normalisedName) {
    Row rule = rows.get(normalisedName);
    if (rule != null) {
      return Optional.of(rule);
    }
    return reference.agencies().find(normalisedName).map(a -> new AgencyRow(a.code()));
  }

  /** Whether a (normalised, non-empty) cell text means "not available". */
  public boolean meansNotAvailable(String normalisedCell) {
    return notAvailable.contains(normalisedCell);
  }

  /** How a catalogue unit was published in a financial year; empty when no rule says. */
  public Optional<PublishedUnit> publishedUnit(Unit unit, FinancialYear year) {
    return units.stream().filter(u -> u.unit() == unit && u.covers(year)).map(UnitRule::published).findFirst();
  }

  /** The erratum for exactly this (normalised) header of a measure and year, if one is known. */
  public Optional<Erratum> erratum(TableMeasure measure, FinancialYear year, List<String> normalisedHeader) {
    return Optional.ofNullable(errata.get(new ErratumKey(measure, year, List.copyOf(normalisedHeader))));
  }

  public ReferenceData reference() {
    return reference;
  }

  private static Optional<Integer> optionalInt(String text) {
    return text.isBlank() ? Optional.empty() : Optional.of(Integer.parseInt(text.strip()));
  }

  private static List<NamedCsvRecord> read(String path) {
    try (InputStream in = TableMapping.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("table mapping missing from the build: " + path);
      }
      List<NamedCsvRecord> records = new ArrayList<>();
      try (CsvReader<NamedCsvRecord> reader =
          CsvReader.builder()
              .commentStrategy(CommentStrategy.SKIP)
              .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        reader.forEach(records::add);
      }
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
