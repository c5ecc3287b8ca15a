package haul.ingest.returns;

import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import haul.reference.Series;
import haul.store.ReturnsLoader;
import haul.store.ReturnsLoader.PriorImport;
import haul.store.ReturnsLoaderLoaded;
import haul.store.ReturnsLoaderResolved;
import haul.store.ReturnsLoaderStaged;
import haul.store.ReturnsLoaderStaged.Settings;
import haul.store.ReturnsLoaderValidated;
import haul.store.ReturnsLoaderValidated.HeldYear;
import haul.store.ReturnsLoaderValidated.LoggedFile;
import haul.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Imports record-level returns (DESIGN.md "Formats at the edges") into a store: one call is one
 * transaction over all its files. Any rejected row refuses the whole call unless {@link
 * ImportOptions#partial()}; a whole-file problem, rows of a year held from published tables, or
 * (with an agency restriction) rows of another agency always refuse it. Refused, the store is left
 * exactly as it was.
 *
 * <p>Memory: files are streamed once by the whole-file checks and then read by the store's bulk
 * reader; the Java heap holds one record at a time, plus the reported errors.
 */
public final class ReturnsImporter {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

  private ReturnsImporter() {}

  /** Imports files, each named in reports as its path was given. */
  public static ImportResult importFiles(Store store, List<Path> files, ImportOptions options) {
    List<Source> sources = files.stream().map(p -> new Source(p.toString(), p)).toList();
    return importSources(store, sources, options);
  }

  /**
   * Imports one return read from a stream (an upload), named {@code name} in the report and the
   * import log. The stream is copied to a temporary file first, since the bulk reader reads files.
   */
  public static ImportResult importStream(Store store, String name, InputStream in, ImportOptions options) {
    Path temp;
    try {
      temp = Files.createTempFile("haul-return-", ".csv");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file for the upload", e);
    }
    try {
      Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
      return importSources(store, List.of(new Source(name, temp)), options);
    } catch (IOException e) {
      ValidationError error = ValidationError.ofFile(name, ErrorCode.FILE_UNREADABLE, null, e.getMessage());
      return new ImportResult(
          new ImportReport(List.of(name), 0, 0, 0, 0, List.of(), List.of(error)), ImportResult.Outcome.REFUSED, List.of());
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // a temporary file left behind is the operating system's to clear
      }
    }
  }

  private record Source(String name, Path path) {}

  private static ImportResult importSources(Store store, List<Source> sources, ImportOptions options) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(options, "options");
    List<String> names = sources.stream().map(Source::name).toList();
    List<ValidationError> headerErrors = new ArrayList<>();
    List<ScannedFile> headers = new ArrayList<>();
    for (Source source : sources) {
      ReturnFileScanner.Result header = ReturnFileScanner.header(source.name(), source.path());
      if (header.error() != null) {
        headerErrors.add(header.error());
      } else {
        headers.add(header.file());
      }
    }
    if (!headerErrors.isEmpty()) {
      return refused(names, 0, 0, List.of(), headerErrors, ImportResult.Outcome.REFUSED);
    }
    // The whole-file checks (and the hash) run beside the store's bulk read: the two take about
    // as long, and a file that fails its checks refuses the command before anything is committed.
    ExecutorService checks = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "haul-return-checks");
      thread.setDaemon(true);
      return thread;
    });
    try {
      Future<List<ReturnFileScanner.Result>> scans = checks.submit(() -> {
        List<ReturnFileScanner.Result> results = new ArrayList<>();
        for (ScannedFile header : headers) {
          results.add(ReturnFileScanner.scan(header.name(), header.path(), options.progress()));
        }
        return results;
      });
      return store.atomically(() -> load(store, names, headers, scans, options));
    } catch (Refusal refusal) {
      return refusal.result;
    } finally {
      checks.shutdownNow();
    }
  }

  private static String describe(PriorImport prior) {
    return "its content was imported before, as " + prior.fileName() + " on "
        + WHEN.format(prior.importedAt().atOffset(ZoneOffset.UTC));
  }

  /** The whole-file checks' results: every file, or a refusal listing what is wrong. */
  private static List<ScannedFile> scanned(List<String> names, Future<List<ReturnFileScanner.Result>> scans) {
    List<ReturnFileScanner.Result> results;
    try {
      results = scans.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking the files", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("checking the files failed", e.getCause());
    }
    List<ValidationError> errors =
        results.stream().map(ReturnFileScanner.Result::error).filter(Objects::nonNull).toList();
    if (!errors.isEmpty()) {
      long rowsRead = results.stream().filter(r -> r.file() != null).mapToLong(r -> r.file().rows()).sum();
      throw new Refusal(refused(names, rowsRead, 0, List.of(), errors, ImportResult.Outcome.REFUSED));
    }
    return results.stream().map(ReturnFileScanner.Result::file).toList();
  }

  private static ImportResult load(
      Store store,
      List<String> names,
      List<ScannedFile> headers,
      Future<List<ReturnFileScanner.Result>> scans,
      ImportOptions options) {
    ValidationRules.Rules rules = ValidationRules.bundled();
    Settings settings = settings(options);
    ReturnsLoader loader = new ReturnsLoader(store, ReturnColumns.NAMES);
    ReturnsLoaderResolved resolved = stage(loader, names, headers, scans).resolve(settings, rules.row());
    List<ScannedFile> files = scanned(names, scans);

    List<String> skipped = new ArrayList<>();
    List<String> notices = new ArrayList<>();
    List<ScannedFile> fresh = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (ScannedFile file : files) {
      String earlier = seen.putIfAbsent(file.sha256(), file.name());
      if (earlier != null) {
        skipped.add(file.name());
        notices.add(file.name() + ": skipped: the same content as " + earlier + " in this command");
        continue;
      }
      var prior = loader.priorImport(file.sha256());
      if (prior.isPresent()) {
        skipped.add(file.name());
        notices.add(file.name() + ": skipped: " + describe(prior.get()));
        continue;
      }
      fresh.add(file);
    }
    if (fresh.size() < files.size() && options.agency().isPresent() && resolved.hasRowOfAnotherAgency()) {
      // Another agency's token learns nothing of what was imported: its rows are refused as
      // another agency's, whether the content was seen before or not.
      fresh = new ArrayList<>(files);
      skipped.clear();
      notices.clear();
    }
    if (fresh.isEmpty()) {
      throw new Refusal(new ImportResult(
          new ImportReport(names, 0, 0, 0, 0, skipped, List.of()), ImportResult.Outcome.NOTHING_NEW, notices));
    }
    if (fresh.size() < files.size()) {
      // Rare: a file seen before. Stage again without it rather than pick its rows out.
      loader.close();
      loader = new ReturnsLoader(store, ReturnColumns.NAMES);
      resolved = loader.stage(toStage(fresh)).resolve(settings, rules.row());
    }
    List<ReturnsLoaderResolved.Shift> shifts = new ArrayList<>();
    for (int i = 0; i < fresh.size(); i++) {
      shifts.add(new ReturnsLoaderResolved.Shift(i + 1, fresh.get(i).shiftFrom(), fresh.get(i).shiftOffset()));
    }
    ReturnsLoaderValidated validated = resolved.validate(shifts, rules.event(), rules.partial(), options.partial());
    ImportResult result = validateAndLoad(validated, names, fresh, skipped, notices, options);
    loader.close();
    return result;
  }

  private static List<ReturnsLoader.FileToStage> toStage(List<ScannedFile> files) {
    List<ReturnsLoader.FileToStage> staged = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      ScannedFile file = files.get(i);
      staged.add(new ReturnsLoader.FileToStage(i + 1, file.name(), file.path(), file.columnPositions(), file.columnCount()));
    }
    return staged;
  }

  /** Stages every file, or refuses the command with the best reason there is for a file the engine cannot read. */
  private static ReturnsLoaderStaged stage(
      ReturnsLoader loader, List<String> names, List<ScannedFile> headers, Future<List<ReturnFileScanner.Result>> scans) {
    try {
      return loader.stage(toStage(headers));
    } catch (ReturnsLoader.UnreadableFile e) {
      scanned(names, scans); // a whole-file problem found by the checks explains more than the engine
      ValidationError error = ValidationError.ofFile(
          headers.get(e.fileNo() - 1).name(), ErrorCode.MALFORMED_CSV, null, e.reason());
      throw new Refusal(refused(names, 0, 0, List.of(), List.of(error), ImportResult.Outcome.REFUSED));
    }
  }

  private static Settings settings(ImportOptions options) {
    Series series = ReferenceData.bundled().series();
    return new Settings(LocalDate.now(options.clock()), series.firstDay(), series.firstDayProse(), options.agency());
  }

  private static ImportResult validateAndLoad(
      ReturnsLoaderValidated validated,
      List<String> names,
      List<ScannedFile> files,
      List<String> skipped,
      List<String> notices,
      ImportOptions options) {
    long rowsRead = files.stream().mapToLong(ScannedFile::rows).sum();
    List<ValidationError> errors = new ArrayList<>();
    boolean[] forbidden = {false};
    validated.forEachProblem(problem -> {
      ValidationError error = error(files, problem);
      errors.add(error);
      forbidden[0] |= error.code() == ErrorCode.AGENCY_NOT_PERMITTED;
    });
    long rejected = validated.rejectedRows();

    List<HeldYear> held = validated.yearsHeldFromTables();
    if (!held.isEmpty()) {
      List<ValidationError> withYears = new ArrayList<>();
      for (HeldYear year : held) {
        withYears.add(new ValidationError(
            files.get(year.fileNo() - 1).name(), year.row(), "seizure_date", ErrorCode.YEAR_HELD_FROM_TABLES,
            ErrorCode.YEAR_HELD_FROM_TABLES.message(new FinancialYear(year.financialYearEnd()).label(), null)));
      }
      withYears.addAll(errors);
      throw new Refusal(refused(names, rowsRead, rejected, skipped, withYears, ImportResult.Outcome.REFUSED, notices));
    }
    if (forbidden[0]) {
      throw new Refusal(refused(names, rowsRead, rejected, skipped, errors, ImportResult.Outcome.FORBIDDEN, notices));
    }
    if (rejected > 0 && !options.partial()) {
      throw new Refusal(refused(names, rowsRead, rejected, skipped, errors, ImportResult.Outcome.REFUSED, notices));
    }

    List<LoggedFile> logged = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      ScannedFile file = files.get(i);
      logged.add(new LoggedFile(i + 1, file.name(), file.sha256(), file.rows()));
    }
    ReturnsLoaderLoaded loaded =
        validated.load(logged, Instant.now(options.clock()), problem -> error(files, problem).message());
    ImportReport report = new ImportReport(names, rowsRead, loaded.accepted(), rejected, loaded.revised(), skipped, errors);
    return new ImportResult(
        report, rejected > 0 ? ImportResult.Outcome.LOADED_WITH_REJECTS : ImportResult.Outcome.LOADED, notices);
  }

  private static ValidationError error(List<ScannedFile> files, ReturnsLoaderValidated.RowProblem problem) {
    return ValidationError.ofRow(
        files.get(problem.fileNo() - 1).name(), problem.row(), problem.column(), ErrorCode.valueOf(problem.code()),
        problem.value(), problem.detail());
  }

  private static ImportResult refused(
      List<String> names, long rowsRead, long rejected, List<String> skipped, List<ValidationError> errors,
      ImportResult.Outcome outcome, List<String> notices) {
    return new ImportResult(new ImportReport(names, rowsRead, 0, rejected, 0, skipped, errors), outcome, notices);
  }

  private static ImportResult refused(
      List<String> names, long rowsRead, long rejected, List<String> skipped, List<ValidationError> errors,
      ImportResult.Outcome outcome) {
    return refused(names, rowsRead, rejected, skipped, errors, outcome, List.of());
  }

  /** Ends the command's transaction with a refusal: rolled back, then reported. */
  private static final class Refusal extends RuntimeException {
    private final transient ImportResult result;

    Refusal(ImportResult result) {
      super(null, null, false, false);
      this.result = result;
    }
  }
}
