package haul.demo;

import haul.ingest.returns.ImportOptions;
import haul.ingest.returns.ImportResult;
import haul.ingest.returns.ReturnsImporter;
import haul.publish.OutputFolder;
import haul.publish.PublishResult;
import haul.publish.Publisher;
import haul.reference.FinancialYear;
import haul.stats.Note;
import haul.store.NotesRepository;
import haul.store.ReleaseMetadataRepository;
import haul.store.Store;
import haul.store.StoredNote;
import haul.story.QuoteBank;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The whole pipeline on the demo data: calibrated returns written to {@code OUT/returns}, imported
 * into {@code OUT/haul.duckdb} with the demo's data-quality notes, and the latest year published
 * into {@code OUT} (tables, workbook, charts, stories, manifest).
 *
 * <p>Every date in the outputs comes from the release calendar, never the clock: the import's
 * "not in the future" rule and the edition's time are both read at the year's first publication
 * (2021/22: 20 April 2023 09:30), so a rerun gives the same files.
 */
public final class DemoRun {

  /** The year the demo publishes: the year of the seed article. */
  public static final FinancialYear YEAR = new FinancialYear(2022);

  /** What a demo run made, for its summary. */
  public record Result(
      DemoSummary returns, ImportResult imported, int notes, PublishResult published, Path store, Path out) {}

  private final DemoReturns returns;
  private final ReleaseCalendar calendar;

  public DemoRun(DemoReturns returns, ReleaseCalendar calendar) {
    this.returns = returns;
    this.calendar = calendar;
  }

  public static DemoRun standard() {
    return new DemoRun(DemoReturns.standard(), ReleaseCalendar.bundled());
  }

  /**
   * Runs the demo into an empty folder.
   *
   * @throws IllegalStateException when the bundled returns do not import: a bug in the generator
   */
  public Result run(Path out, Optional<QuoteBank> quotes) {
    Instant publishedAt = calendar.firstEdition(YEAR).publishedAt().toInstant();
    Clock releaseDay = Clock.fixed(publishedAt, ReleaseCalendar.LONDON);
    DemoSummary summary = returns.writeTo(out.resolve("returns"));
    Path storeFile = out.resolve("haul.duckdb");
    try (Store store = Store.open(storeFile.toString())) {
      ImportResult imported =
          ReturnsImporter.importFiles(store, returnFiles(summary.dir()), ImportOptions.defaults().withClock(releaseDay));
      if (imported.outcome() != ImportResult.Outcome.LOADED) {
        throw new IllegalStateException("the demo returns did not import: " + imported.report().errors());
      }
      List<Note> notes = DemoNotes.bundled();
      new NotesRepository(store).addAll(
          notes.stream().map(n -> new StoredNote(n.year().endYear(), n.agencyCode(), n.text(), n.storyText())).toList(), publishedAt);
      new ReleaseMetadataRepository(store).save(YEAR.endYear(), DemoMetadata.bundled(YEAR), publishedAt);
      PublishResult published =
          new Publisher(store, releaseDay).publish(YEAR, Optional.of(publishedAt), Optional.empty(), quotes);
      // The demo's folder holds its store and returns too, so the edition is written beside them.
      OutputFolder.writeInPlace(out, published.files());
      return new Result(summary, imported, notes.size(), published, storeFile, out);
    }
  }

  private static List<Path> returnFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the demo returns in " + dir, e);
    }
  }
}
