package haul.ingest.tables;

import haul.ingest.tables.TableNames.Scope;
import haul.ingest.tables.TableNames.Stripped;
import haul.ingest.tables.TableRuleFile.Rule;
import haul.reference.Agency;
import haul.reference.Drug;
import haul.reference.DrugClass;
import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import haul.reference.Unit;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The rules, kept as data in {@code /haul/ingest/table-mapping.csv} and {@code table-errata.csv}
 * (and, for one import, a user's file of the same columns), by which the Home Office's published
 * tables are read. Names are read by pattern ({@link TableNames}: case, spacing, punctuation,
 * {@code &}/"and", "Police"/"Constabulary", footnote markers), so a spelling needs a rule only
 * when no pattern reads it. Labels not covered by a rule are not guessed at: the caller reports
 * them, with the closest known name as a suggestion. Immutable.
 *
 * <p>Over 350 lines because it is the one place that turns each kind of rule row into its typed
 * meaning and checks it (every check a located message for a user's {@code --mapping} file); the
 * name patterns themselves live in {@link TableNames} and the file reading in {@link TableRuleFile}.
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

  /** A known header that does not describe its data, and the labels meant (as keys). */
  public record Erratum(List<String> meant, String reason) {}

  /**
   * A name or label as the rules read it.
   *
   * @param marker the footnote marker taken off its end to read it ({@code (a)}, {@code *}); empty if none
   */
  public record Match<T>(T meaning, String marker) {}

  /** The bundled rules with a user's rule file added: the mapping, or what is wrong with the file. */
  public record Loaded(Optional<TableMapping> mapping, List<TableIssue> errors) {
    public Loaded {
      errors = List.copyOf(errors);
    }
  }

  private record UnitRule(Unit unit, PublishedUnit published, Optional<Integer> from, Optional<Integer> to) {
    boolean covers(FinancialYear year) {
      return from.map(f -> year.endYear() >= f).orElse(true) && to.map(t -> year.endYear() <= t).orElse(true);
    }
  }

  private record ErratumKey(TableMeasure measure, FinancialYear year, List<String> header) {}

  /** A rule that cannot be read: the column at fault and why. */
  private static final class RuleError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String column;

    RuleError(String column, String message) {
      super(message, null, false, false);
      this.column = column;
    }
  }

  private final ReferenceData reference;
  private final List<Rule> rules;
  private final TableNames names = new TableNames();
  private final Map<String, Column> headers = new LinkedHashMap<>();
  private final Set<String> headerNames = new LinkedHashSet<>();
  private final Map<String, Row> rows = new LinkedHashMap<>();
  private final Set<String> agencyNames = new LinkedHashSet<>();
  private final Set<String> notAvailable = new HashSet<>();
  private final List<UnitRule> units = new ArrayList<>();
  private final Map<ErratumKey, Erratum> errata = new LinkedHashMap<>();

  private TableMapping(ReferenceData reference, List<Rule> rules) {
    this.reference = reference;
    this.rules = List.copyOf(rules);
  }

  /** The bundled rules, resolved against the reference data (read once per call: small files). */
  public static TableMapping bundled(ReferenceData reference) {
    Loaded loaded = build(reference, TableRuleFile.resource(MAPPING, TableRuleFile.COLUMNS.subList(0, 4)).rules());
    return loaded.mapping().orElseThrow(() -> new IllegalStateException(
        "the bundled table mapping is wrong: " + loaded.errors().get(0).describe()));
  }

  /**
   * These rules and those of a user's file (the columns of {@code table-mapping.csv}); a rule of
   * the file wins over a bundled one for the same name. A wrong file is its errors, never an exception.
   */
  public Loaded with(Path file) {
    TableRuleFile read = TableRuleFile.of(file);
    if (!read.errors().isEmpty()) {
      return new Loaded(Optional.empty(), read.errors());
    }
    List<Rule> all = new ArrayList<>(rules);
    all.addAll(read.rules());
    return build(reference, all);
  }

  private static Loaded build(ReferenceData reference, List<Rule> rules) {
    TableMapping mapping = new TableMapping(reference, rules);
    List<TableIssue> errors = new ArrayList<>();
    // Pattern rules first: every other rule's name is read as a key they define.
    for (boolean patterns : new boolean[] {true, false}) {
      if (!patterns) {
        mapping.addReferenceNames();
      }
      for (Rule rule : rules) {
        if (isPatternRule(rule.get("kind")) != patterns) {
          continue;
        }
        try {
          mapping.addRule(rule);
        } catch (RuleError e) {
          errors.add(new TableIssue(rule.file(), rule.row(), e.column, TableIssueCode.BAD_MAPPING_RULE, e.getMessage()));
        }
      }
    }
    if (!errors.isEmpty()) {
      return new Loaded(Optional.empty(), errors);
    }
    for (Rule rule : TableRuleFile.resource(ERRATA, List.of("measure", "financial_year", "header", "meant")).rules()) {
      mapping.addErratum(rule);
    }
    return new Loaded(Optional.of(mapping), List.of());
  }

  private static boolean isPatternRule(String kind) {
    return kind.equals("word") || kind.equals("rewrite") || kind.equals("footnote");
  }

  /** Every agency's code, full and short name, and every catalogue drug's name, as keys. */
  private void addReferenceNames() {
    for (Agency agency : reference.agencies().all()) {
      for (String name : List.of(agency.code(), agency.fullName(), agency.shortName())) {
        String key = names.key(name, Scope.AGENCY);
        Row earlier = rows.putIfAbsent(key, new AgencyRow(agency.code()));
        if (earlier instanceof AgencyRow other && !other.agencyCode().equals(agency.code())) {
          throw new IllegalStateException("agencies " + other.agencyCode() + " and " + agency.code()
              + " read alike ('" + key + "') by the word rules of table-mapping.csv");
        }
        agencyNames.add(key);
      }
    }
    for (Drug drug : reference.drugs().drugs()) {
      String key = names.key(drug.name(), Scope.HEADER);
      headers.put(key, new ItemColumn(new TableItem(ItemKind.DRUG, drug.name())));
      headerNames.add(key);
    }
  }

  private void addRule(Rule r) {
    String kind = r.get("kind").strip();
    String match = r.get("match");
    String targetKind = r.get("target_kind").strip();
    String target = r.get("target").strip();
    if (match.isBlank()) {
      throw new RuleError("match", "the rule matches nothing: give the name, label or pattern it reads");
    }
    switch (kind) {
      case "header" -> {
        String key = names.key(match, Scope.HEADER);
        Column column = column(targetKind, target);
        headers.put(key, column);
        headerNames.add(key);
      }
      case "agency" -> {
        String key = names.key(match, Scope.AGENCY);
        if (key.isEmpty()) {
          throw new RuleError("match", "'" + match + "' is only words the word rules leave out of agency names");
        }
        rows.put(key, row(targetKind, target));
      }
      case "cell" -> notAvailable.add(cellKey(match));
      case "footnote" -> names.addFootnote(pattern(match));
      case "word" -> names.addWord(scope(targetKind), match, target);
      case "rewrite" -> {
        try {
          names.addRewrite(scope(targetKind), pattern(match), target);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
          throw new RuleError("target", "'" + target + "' is not a replacement for the pattern: " + e.getMessage());
        }
      }
      case "unit" -> units.add(0, unitRule(r, match, targetKind, target)); // the last rule given wins
      default -> throw new RuleError("kind", "'" + kind + "' is not a rule kind: header, agency, cell, footnote,"
          + " word, rewrite or unit");
    }
  }

  private static String pattern(String regex) {
    try {
      Pattern.compile(regex);
      return regex;
    } catch (IllegalArgumentException e) {
      throw new RuleError("match", "'" + regex + "' is not a regular expression: " + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  private static String scope(String targetKind) {
    if (!targetKind.isEmpty() && !targetKind.equals("agency") && !targetKind.equals("header")) {
      throw new RuleError("target_kind", "'" + targetKind + "' is not agency, header or empty (both)");
    }
    return targetKind;
  }

  private Column column(String targetKind, String target) {
    if (targetKind.equals("agency")) {
      return new AgencyColumn();
    }
    ItemKind kind;
    try {
      kind = ItemKind.fromLabel(targetKind);
    } catch (IllegalArgumentException e) {
      throw new RuleError("target_kind", "'" + targetKind + "' is not agency, total, drug, group or class");
    }
    switch (kind) {
      case DRUG -> {
        if (reference.drugs().byName(target).isEmpty()) {
          throw new RuleError("target", "'" + target + "' is not a drug of the catalogue (drugs.csv), such as Cocaine");
        }
      }
      case GROUP -> {
        if (reference.drugs().drugs().stream().noneMatch(d -> d.group().filter(target::equals).isPresent())) {
          throw new RuleError("target", "'" + target + "' names no group of drugs, such as All cannabis");
        }
      }
      case CLASS -> {
        try {
          DrugClass.fromLabel(target);
        } catch (IllegalArgumentException e) {
          throw new RuleError("target", "'" + target + "' is not a class: A, B, C, Unknown or none");
        }
      }
      case TOTAL -> {
        if (!target.equals(TableItem.ALL_DRUGS.name())) {
          throw new RuleError("target", "the total is " + TableItem.ALL_DRUGS.name());
        }
      }
    }
    String name = kind == ItemKind.CLASS ? DrugClass.fromLabel(target).label() : target;
    return new ItemColumn(new TableItem(kind, name));
  }

  private Row row(String targetKind, String target) {
    return switch (targetKind) {
      case "agency" -> new AgencyRow(reference.agencies().byCode(target)
          .orElseThrow(() -> new RuleError("target", "'" + target + "' is not an agency code of agencies.csv, such as kent"))
          .code());
      case "total-row" -> new TotalRow();
      default -> throw new RuleError("target_kind", "'" + targetKind + "' is not agency or total-row");
    };
  }

  private static UnitRule unitRule(Rule r, String match, String targetKind, String target) {
    Unit unit;
    try {
      unit = Unit.fromLabel(match.strip());
    } catch (IllegalArgumentException e) {
      throw new RuleError("match", "'" + match + "' is not a catalogue unit: kg, doses or plants");
    }
    if (!target.equals(unit.label())) {
      throw new RuleError("target", "a unit rule for " + unit.label() + " must store " + unit.label());
    }
    BigDecimal factor;
    try {
      factor = new BigDecimal(r.get("factor").strip());
    } catch (NumberFormatException e) {
      throw new RuleError("factor", "'" + r.get("factor") + "' is not a number");
    }
    if (factor.signum() <= 0) {
      throw new RuleError("factor", "the factor must be above 0");
    }
    return new UnitRule(unit, new PublishedUnit(targetKind, factor), year(r, "from_year"), year(r, "to_year"));
  }

  private static Optional<Integer> year(Rule r, String column) {
    String text = r.get(column).strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      throw new RuleError(column, "'" + text + "' is not the end year of a financial year, such as 2016");
    }
  }

  private void addErratum(Rule r) {
    TableMeasure measure = TableMeasure.fromLabel(r.get("measure"))
        .orElseThrow(() -> new IllegalStateException(ERRATA + ": unknown measure " + r.get("measure")));
    List<String> header = Arrays.stream(r.get("header").split("\\|")).map(this::headerKey).toList();
    List<String> meant = Arrays.stream(r.get("meant").split("\\|")).map(this::headerKey).toList();
    if (header.size() != meant.size()) {
      throw new IllegalStateException(ERRATA + ": header and meant differ in length for " + r.get("financial_year"));
    }
    errata.put(new ErratumKey(measure, FinancialYear.parse(r.get("financial_year")), header),
        new Erratum(meant, r.get("reason")));
  }

  /** A column label as errata compare it: footnote markers off, then its key. */
  public String headerKey(String label) {
    return names.key(names.withoutFootnotes(label.strip()), Scope.HEADER);
  }

  /** The footnote markers on the end of a label ({@code "Kent (a)*"} has {@code "(a)*"}); empty when none. */
  public String footnoteMarker(String label) {
    String name = label.strip();
    return name.substring(names.withoutFootnotes(name).length()).strip();
  }

  /** What a column label (as the file gives it) means, and the footnote marker taken off to read it. */
  public Optional<Match<Column>> column(String label) {
    return match(label, Scope.HEADER, headers);
  }

  /** What a column label's key ({@link #headerKey}) means: for the labels an erratum gives. */
  public Optional<Column> columnByKey(String key) {
    return Optional.ofNullable(headers.get(key));
  }

  /** What a first-column cell (as the file gives it) means, and the footnote marker taken off to read it. */
  public Optional<Match<Row>> row(String name) {
    return match(name, Scope.AGENCY, rows);
  }

  /**
   * The meaning of a name read as given, or else after taking footnote markers off its end one by
   * one. A marker the key ignores anyway ({@code *}) is reported too when the name reads the same without it.
   */
  private <T> Optional<Match<T>> match(String given, Scope scope, Map<String, T> byKey) {
    String whole = given.strip();
    String name = whole;
    while (true) {
      Optional<T> meaning = lookUp(name, scope, byKey);
      if (meaning.isPresent()) {
        String bare = names.withoutFootnotes(name);
        if (!bare.equals(name) && lookUp(bare, scope, byKey).equals(meaning)) {
          name = bare;
        }
        return Optional.of(new Match<>(meaning.get(), whole.substring(name.length()).strip()));
      }
      Optional<Stripped> stripped = names.stripFootnote(name);
      if (stripped.isEmpty()) {
        return Optional.empty();
      }
      name = stripped.get().name();
    }
  }

  private <T> Optional<T> lookUp(String name, Scope scope, Map<String, T> byKey) {
    for (String reading : names.readings(name, scope)) {
      String key = names.key(reading, scope);
      T meaning = byKey.get(key);
      if (!key.isEmpty() && meaning != null) {
        return Optional.of(meaning);
      }
    }
    return Optional.empty();
  }

  /** The known agency (its code) whose name is closest to one no rule reads, if one is close enough to suggest. */
  public Optional<String> closestAgency(String name) {
    return closest(names.key(names.withoutFootnotes(name.strip()), Scope.AGENCY), agencyNames)
        .map(key -> ((AgencyRow) rows.get(key)).agencyCode());
  }

  /** The known column closest to a label no rule reads, if one is close enough to suggest. */
  public Optional<Column> closestColumn(String label) {
    return closest(headerKey(label), headerNames).map(headers::get);
  }

  /** Within an edit distance of a third of the key (at least 2): "kentt" is Kent, "gotham" nothing. */
  private static Optional<String> closest(String key, Set<String> known) {
    if (key.isEmpty() || key.length() > 100) {
      return Optional.empty(); // no name is that long, and the distance costs length x threshold
    }
    LevenshteinDistance distance = new LevenshteinDistance(Math.max(2, key.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = distance.apply(key, candidate);
      if (d >= 0 && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether a (non-empty) cell text means "not available". */
  public boolean meansNotAvailable(String cell) {
    return notAvailable.contains(cellKey(cell));
  }

  private static String cellKey(String cell) {
    return SPACES.matcher(cell.replace("\uFEFF", "")).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  /** How a catalogue unit was published in a financial year; empty when no rule says. */
  public Optional<PublishedUnit> publishedUnit(Unit unit, FinancialYear year) {
    return units.stream().filter(u -> u.unit() == unit && u.covers(year)).map(UnitRule::published).findFirst();
  }

  /** The erratum for exactly this header (as {@link #headerKey}s) of a measure and year, if one is known. */
  public Optional<Erratum> erratum(TableMeasure measure, FinancialYear year, List<String> headerKeys) {
    return Optional.ofNullable(errata.get(new ErratumKey(measure, year, List.copyOf(headerKeys))));
  }

  public ReferenceData reference() {
    return reference;
  }
}
