package haul.ingest.tables;

import haul.reference.FinancialYear;
import haul.store.Store;
import haul.store.TablesCell;
import haul.store.TablesImport;
import haul.store.TablesRepository;
import haul.store.TablesRepository.RemovedReturns;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Loads one published table into the store, in one transaction: parse, refuse what cannot be
 * mapped, refuse a year and measure already held (from a table, or a year from returns) unless
 * replacing, then store every cell and log the import with what it replaced.
 *
 * <p>Replacing a year held from returns deletes that year's seizures and drug lines, all of them:
 * a year never mixes sources, and a table of one measure stands for the whole year. The import
 * log's detail says how many went.
 */
public final class TableImporter {

  private final Store store;
  private final TableParser parser;
  private final Clock clock;

  /** An importer reading tables by the bundled rules. */
  public TableImporter(Store store, Clock clock) {
    this(store, clock, TableMapping.bundled(store.reference()));
  }

  /** An importer reading tables by {@code mapping} (the bundled rules with a user's, see {@link TableMapping#with}). */
  public TableImporter(Store store, Clock clock, TableMapping mapping) {
    this.store = store;
    this.parser = new TableParser(mapping);
    this.clock = clock;
  }

  /**
   * Imports {@code file}; {@code year} and {@code measure}, when empty, are read from the file name.
   * Never throws for bad input: problems are the report's errors, and nothing is stored then.
   */
  public TablesImportReport importFile(Path file, Optional<FinancialYear> year, Optional<TableMeasure> measure, boolean replace) {
    String name = file.getFileName().toString();
    List<TableIssue> errors = new ArrayList<>();
    Optional<FinancialYear> resolvedYear = resolveYear(name, year, errors);
    Optional<TableMeasure> resolvedMeasure = resolveMeasure(name, measure, errors);
    if (!errors.isEmpty()) {
      return refused(name, resolvedYear, resolvedMeasure, 0, errors, List.of(), List.of());
    }
    ParsedTable table = parser.parse(file, resolvedYear.orElseThrow(), resolvedMeasure.orElseThrow());
    if (table.refused()) {
      return refused(name, resolvedYear, resolvedMeasure, table.rowsRead(), table.errors(), List.of(), table.notes());
    }
    return store.atomically(() -> load(table, replace));
  }

  private TablesImportReport load(ParsedTable table, boolean replace) {
    TablesRepository repository = new TablesRepository(store);
    int yearEnd = table.year().endYear();
    String measure = table.measure().label();
    List<TablesImport> held = repository.holding(yearEnd, measure);
    long returns = repository.returnsSeizures(yearEnd);
    if (!replace && (!held.isEmpty() || returns > 0)) {
      TableIssue refusal = !held.isEmpty()
          ? TableIssue.ofFile(table.fileName(), TableIssueCode.ALREADY_HELD,
              measure + " for " + table.year().label() + " are already held from " + describe(held)
                  + ": give --replace to replace them")
          : TableIssue.ofFile(table.fileName(), TableIssueCode.HELD_FROM_RETURNS,
              table.year().label() + " is held from returns (" + returns + " seizures): a year never mixes"
                  + " returns and tables; give --replace to delete that year's returns and load the table");
      return refused(table.fileName(), Optional.of(table.year()), Optional.of(table.measure()), table.rowsRead(),
          List.of(refusal), List.of(), List.of());
    }
    List<String> replaced = new ArrayList<>();
    long revised = 0;
    if (!held.isEmpty()) {
      repository.deleteFigures(yearEnd, measure);
      revised += held.stream().mapToLong(TablesImport::accepted).sum();
      replaced.add("replaced " + describe(held));
    }
    if (returns > 0) {
      RemovedReturns removed = repository.deleteReturns(yearEnd);
      revised += removed.seizures();
      replaced.add("replaced the returns of " + table.year().label() + ": deleted " + removed.seizures()
          + " seizures and " + removed.drugLines() + " drug lines");
    }
    String detail = measure + " " + table.year().label()
        + (replaced.isEmpty() ? "" : "; " + String.join("; ", replaced));
    long importId = repository.logImport(table.fileName(), table.sha256(), table.rowsRead(), table.agencies().size(),
        revised, detail, clock.instant());
    repository.insert(importId, table.figures().stream()
        .map(f -> new TablesCell(yearEnd, f.agencyCode(), measure, f.item().kind().label(), f.item().name(), f.value()))
        .toList());
    return new TablesImportReport(table.fileName(), Optional.of(table.year().label()), Optional.of(measure),
        Optional.of(importId), table.rowsRead(), table.agencies().size(), table.figures().size(), table.blanks(),
        revised, replaced.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", replaced)),
        List.of(), table.warnings(), table.notes());
  }

  private static String describe(List<TablesImport> imports) {
    return imports.stream()
        .map(i -> "import " + i.importId() + " (" + i.fileName() + ")")
        .collect(Collectors.joining(", "));
  }

  private static Optional<FinancialYear> resolveYear(String name, Optional<FinancialYear> given, List<TableIssue> errors) {
    Optional<FinancialYear> named = TableFileName.year(name);
    if (given.isPresent() && named.isPresent() && !given.equals(named)) {
      errors.add(TableIssue.ofFile(name, TableIssueCode.YEAR_CONFLICT,
          "--year " + given.get().label() + " but the file name says " + named.get().label()
              + ": rename the file or correct --year"));
    } else if (given.isEmpty() && named.isEmpty()) {
      errors.add(TableIssue.ofFile(name, TableIssueCode.YEAR_UNKNOWN,
          "the file name does not say the financial year: give --year (such as 2015/16)"));
    }
    return given.or(() -> named);
  }

  private static Optional<TableMeasure> resolveMeasure(String name, Optional<TableMeasure> given, List<TableIssue> errors) {
    Optional<TableMeasure> named = TableFileName.measure(name);
    if (given.isPresent() && named.isPresent() && !given.equals(named)) {
      errors.add(TableIssue.ofFile(name, TableIssueCode.MEASURE_CONFLICT,
          "--measure " + given.get().label() + " but the file name says " + named.get().label()
              + ": rename the file or correct --measure"));
    } else if (given.isEmpty() && named.isEmpty()) {
      errors.add(TableIssue.ofFile(name, TableIssueCode.MEASURE_UNKNOWN,
          "the file name does not say the measure: give --measure seizures or --measure quantities"));
    }
    return given.or(() -> named);
  }

  private static TablesImportReport refused(String name, Optional<FinancialYear> year, Optional<TableMeasure> measure,
      long rowsRead, List<TableIssue> errors, List<TableIssue> warnings, List<String> notes) {
    return new TablesImportReport(name, year.map(FinancialYear::label), measure.map(TableMeasure::label),
        Optional.empty(), rowsRead, 0, 0, 0, 0, Optional.empty(), errors, warnings, notes);
  }
}
