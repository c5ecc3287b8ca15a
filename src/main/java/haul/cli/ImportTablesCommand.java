package haul.cli;

import haul.json.HaulJson;
import haul.ingest.tables.TableImporter;
import haul.ingest.tables.TableIssue;
import haul.ingest.tables.TableMapping;
import haul.ingest.tables.TableMeasure;
import haul.ingest.tables.TablesImportReport;
import haul.reference.FinancialYear;
import haul.store.Store;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code haul import-tables}: loads one published force x drug table (DESIGN.md "Formats at the edges"). */
@Command(
    name = "import-tables",
    description = "Load a published Home Office force x drug table (seizures or quantities).",
    mixinStandardHelpOptions = true)
final class ImportTablesCommand implements Callable<Integer> {

  @Mixin StoreOption store;
  @Spec CommandSpec spec;

  @Option(names = "--year", paramLabel = "Y", description = "the financial year, such as 2015/16 (default: from the file name)")
  String year;

  @Option(names = "--measure", paramLabel = "M", description = "seizures or quantities (default: from the file name)")
  String measure;

  @Option(names = "--replace", description = "replace the figures held for the year and measure, or the year's returns")
  boolean replace;

  @Option(names = "--mapping", paramLabel = "FILE",
      description = "more rules for reading the table: a CSV file with the columns of the bundled table-mapping.csv")
  Path mapping;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "report format (default: ${DEFAULT-VALUE})")
  String format;

  @Parameters(paramLabel = "FILE", description = "the table, a CSV file such as Seizures15-16.csv")
  Path file;

  @Override
  public Integer call() {
    Optional<FinancialYear> givenYear = Optional.ofNullable(year).map(ImportTablesCommand::parseYear);
    Optional<TableMeasure> givenMeasure = Optional.ofNullable(measure).map(ImportTablesCommand::parseMeasure);
    if (!format.equals("text") && !format.equals("json")) {
      throw new UserError(ExitCode.USAGE, "--format must be text or json, not " + format);
    }
    if (!Files.isRegularFile(file)) {
      throw new UserError(ExitCode.REJECTED, file + ": no such file");
    }
    if (mapping != null && !Files.isRegularFile(mapping)) {
      throw new UserError(ExitCode.REJECTED, mapping + ": no such mapping file");
    }
    TablesImportReport report;
    try (Store opened = store.open()) {
      TableMapping.Loaded rules = mapping == null
          ? new TableMapping.Loaded(Optional.of(TableMapping.bundled(opened.reference())), List.of())
          : TableMapping.bundled(opened.reference()).with(mapping);
      report = rules.mapping()
          .map(m -> new TableImporter(opened, Clock.systemUTC(), m).importFile(file, givenYear, givenMeasure, replace))
          .orElseGet(() -> new TablesImportReport(file.getFileName().toString(), Optional.empty(), Optional.empty(),
              Optional.empty(), 0, 0, 0, 0, 0, Optional.empty(), rules.errors(), List.of(), List.of()));
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (format.equals("json")) {
      out.println(json(report));
    } else {
      printText(report, out, err);
    }
    out.flush();
    if (!report.loaded()) {
      err.println("haul: " + report.file() + " refused (" + report.errors().size()
          + (report.errors().size() == 1 ? " problem" : " problems") + "); nothing loaded");
      err.flush();
      return ExitCode.REJECTED;
    }
    return ExitCode.OK;
  }

  private static void printText(TablesImportReport report, PrintWriter out, PrintWriter err) {
    if (report.loaded()) {
      out.println(report.file() + ": loaded " + report.measure().orElseThrow() + " for " + report.year().orElseThrow()
          + " as import " + report.importId().orElseThrow() + ": " + report.agencies() + " agencies, "
          + report.cells() + " cells, " + report.blanks() + " blank (not available)");
      report.replaced().ifPresent(r -> out.println("  " + r));
    }
    report.notes().forEach(n -> out.println("  " + n));
    report.warnings().forEach(w -> out.println("warning: " + w.describe()));
    report.errors().forEach(e -> err.println(e.describe()));
  }

  private static String json(TablesImportReport report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("files", List.of(report.file()));
    root.put("year", report.year().orElse(null));
    root.put("measure", report.measure().orElse(null));
    root.put("import_id", report.importId().orElse(null));
    root.put("rows_read", report.rowsRead());
    root.put("accepted", report.agencies());
    root.put("rejected", report.loaded() ? 0 : report.rowsRead());
    root.put("revised", report.revised());
    root.put("skipped_files", List.of());
    root.put("cells", report.cells());
    root.put("blanks", report.blanks());
    root.put("replaced", report.replaced().orElse(null));
    root.put("errors", report.errors().stream().map(ImportTablesCommand::issue).toList());
    root.put("warnings", report.warnings().stream().map(ImportTablesCommand::issue).toList());
    root.put("notes", report.notes());
    return HaulJson.document(root).stripTrailing();
  }

  private static Map<String, Object> issue(TableIssue issue) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("file", issue.file());
    map.put("row", issue.row() > 0 ? issue.row() : null);
    map.put("column", issue.column().isEmpty() ? null : issue.column());
    map.put("code", issue.code().name());
    map.put("message", issue.message());
    return map;
  }

  private static FinancialYear parseYear(String text) {
    try {
      return FinancialYear.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCode.USAGE, "--year: " + e.getMessage());
    }
  }

  private static TableMeasure parseMeasure(String text) {
    return TableMeasure.fromLabel(text)
        .orElseThrow(() -> new UserError(ExitCode.USAGE, "--measure must be seizures or quantities, not " + text));
  }
}
