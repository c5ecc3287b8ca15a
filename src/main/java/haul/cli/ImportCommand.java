package haul.cli;

import haul.ingest.returns.ImportOptions;
import haul.ingest.returns.ImportReport;
import haul.ingest.returns.ImportResult;
import haul.ingest.returns.ReturnsImporter;
import haul.ingest.returns.ValidationError;
import haul.store.Store;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code haul import}: record-level returns into the store, all files in one transaction. */
@Command(
    name = "import",
    description = {
      "Import record-level returns (CSV: agency,seizure_id,seizure_date,drug,quantity,unit).",
      "All files load together or none do; every rejected row is listed as FILE:ROW: COLUMN: message.",
      "Exit codes: 0 loaded, 2 rejected and nothing changed, 3 loaded with rejected rows kept aside."
    },
    mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

  /** How the report is written. */
  enum Format {
    text,
    json
  }

  @Mixin StoreOption store;
  @Spec CommandSpec spec;

  @Option(names = "--partial", description = "load the valid rows and keep rejected rows aside (exit 3)")
  boolean partial;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (the import report)")
  Format format;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "return files (CSV, UTF-8)")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ImportResult result;
    try (Store opened = store.open(); ProgressBar bar = progressBar()) {
      ImportOptions options = ImportOptions.defaults().withPartial(partial);
      if (bar != null) {
        options = options.withProgress(bar::stepBy);
      }
      result = ReturnsImporter.importFiles(opened, files, options);
    }
    if (format == Format.json) {
      try {
        result.report().writeJson(out);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot write the report", e);
      }
      out.println();
    } else {
      printText(out, result);
    }
    out.flush();
    return switch (result.outcome()) {
      case LOADED, NOTHING_NEW -> ExitCode.OK;
      case LOADED_WITH_REJECTS -> ExitCode.PARTIAL;
      case REFUSED, FORBIDDEN -> ExitCode.REJECTED;
    };
  }

  /** A bar by bytes of input, only on a terminal (never in a pipe or a test). */
  private ProgressBar progressBar() {
    if (format != Format.text || !Terminal.isInteractive()) {
      return null;
    }
    long total = 0;
    for (Path file : files) {
      try {
        total += Files.size(file);
      } catch (java.io.IOException e) {
        // the importer reports the file; the bar just ignores it
      }
    }
    return new ProgressBarBuilder()
        .setTaskName("reading")
        .setInitialMax(total)
        .setUnit(" MB", 1 << 20)
        .setStyle(ProgressBarStyle.ASCII)
        .continuousUpdate()
        .build();
  }

  private static void printText(PrintWriter out, ImportResult result) {
    for (String notice : result.notices()) {
      out.println(notice);
    }
    ImportReport report = result.report();
    for (ValidationError error : report.errors()) {
      out.println(error.toLine());
    }
    out.println(summary(result));
  }

  static String summary(ImportResult result) {
    ImportReport report = result.report();
    int loadedFiles = report.files().size() - report.skippedFiles().size();
    return switch (result.outcome()) {
      case LOADED -> String.format(Locale.UK, "imported %s: %s, %s revised",
          files(loadedFiles), count(report.accepted(), "row"), count(report.revised(), "seizure"));
      case LOADED_WITH_REJECTS -> String.format(Locale.UK,
          "imported %s with rejects: %s read, %,d accepted, %,d rejected (kept in the store's rejects),"
              + " %s revised",
          files(loadedFiles), count(report.rowsRead(), "row"), report.accepted(), report.rejected(),
          count(report.revised(), "seizure"));
      case NOTHING_NEW -> "nothing imported: every file was imported before";
      case REFUSED -> report.rejected() > 0 && report.errors().stream().allMatch(e -> e.row() != null && e.column() != null
              && e.code() != haul.ingest.returns.ErrorCode.YEAR_HELD_FROM_TABLES)
          ? String.format(Locale.UK,
              "nothing imported: %,d of %s rejected; fix them, or use --partial to load the valid rows",
              report.rejected(), count(report.rowsRead(), "row"))
          : "nothing imported";
      case FORBIDDEN -> "nothing imported: rows of another agency";
    };
  }

  private static String files(int count) {
    return count(count, "file");
  }

  private static String count(long count, String noun) {
    return String.format(Locale.UK, "%,d %s%s", count, noun, count == 1 ? "" : "s");
  }
}
