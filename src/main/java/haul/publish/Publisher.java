package haul.publish;

import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import haul.stats.Note;
import haul.stats.Release;
import haul.stats.ReleaseSeries;
import haul.stats.Statistics;
import haul.store.EditionRecord;
import haul.store.EditionRepository;
import haul.store.ReleaseMetadata;
import haul.store.ReleaseMetadataRepository;
import haul.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import haul.story.QuoteBank;
import haul.story.Story;
import haul.story.StoryText;
import haul.story.StoryWriter;
import java.nio.charset.StandardCharsets;

/**
 * {@code haul publish}: the release of a year as an edition. Computes the statistics of every year
 * held up to the year, renders the tables (CSV and one workbook), the charts and the manifest,
 * keeps every file in the store and writes a copy to a folder.
 *
 * <p>An edition is made only when something changed: when the data and reference fingerprints
 * (and the embargo, if one is given) equal those of the year's latest edition, that edition's files
 * are written again and no edition is added, so publishing twice gives the same bytes. Rows whose
 * figures differ from the last edition are marked {@code r}.
 */
public final class Publisher {

  private final Store store;
  private final Clock clock;
  private final EditionRepository editions;

  public Publisher(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
    this.editions = new EditionRepository(store);
  }

  /**
   * Publishes a year.
   *
   * @param at when the edition becomes public; empty for now
   * @param out a folder to copy the files into, replaced whole (see {@link OutputFolder}); empty for none
   * @throws PublishException when no figures are held for the year, or the folder cannot be written
   */
  public PublishResult publish(FinancialYear year, Optional<Instant> at, Optional<Path> out) {
    return publish(year, at, out, Optional.empty());
  }

  /**
   * Publishes a year with its stories, one per agency, quoting only from the quote bank given.
   *
   * @param quotes the quote bank for the stories; without one they have no quotes
   */
  public PublishResult publish(
      FinancialYear year, Optional<Instant> at, Optional<Path> out, Optional<QuoteBank> quotes) {
    // The folder is checked before the edition is stored, so one that cannot be written changes nothing.
    Optional<OutputFolder> folder = out.map(OutputFolder::prepare);
    PublishResult result = store.atomically(() -> publishInStore(year, at, quotes));
    folder.ifPresent(f -> f.replaceWith(result.files()));
    return result;
  }

  private PublishResult publishInStore(FinancialYear year, Optional<Instant> at, Optional<QuoteBank> quotes) {
    Instant now = clock.instant();
    long started = System.nanoTime();
    Statistics statistics = new Statistics(store);
    List<FinancialYear> allHeld = statistics.yearsHeld();
    List<FinancialYear> held = allHeld.stream().filter(y -> y.compareTo(year) <= 0).toList();
    if (!held.contains(year)) {
      throw new PublishException("no returns or published tables are held for " + year.label()
          + (allHeld.isEmpty() ? "" : "; years held: " + labels(allHeld))
          + ": import them first");
    }
    ReferenceData reference = store.reference();
    ReleaseSeries series = statistics.series(held.get(0), year);
    // The quote bank is an input of the stories, so a new bank makes a new edition.
    String dataFingerprint = quotes
        .map(bank -> EditionRepository.sha256(series.dataFingerprint() + "\nquotes:" + bank))
        .orElse(series.dataFingerprint());
    // The release metadata is printed in the edition's files, so new metadata makes a new edition.
    Optional<ReleaseMetadata> metadata = new ReleaseMetadataRepository(store).find(year.endYear());
    dataFingerprint = ReleaseMetadataJson.fingerprint(dataFingerprint, metadata);
    Duration statisticsTime = Duration.ofNanos(System.nanoTime() - started);
    Optional<EditionRecord> latest = editions.latest(year.endYear());
    if (latest.isPresent()
        && latest.get().dataFingerprint().equals(dataFingerprint)
        && latest.get().referenceFingerprint().equals(reference.fingerprint())
        && at.map(latest.get().publicAt()::equals).orElse(true)) {
      EditionRecord same = latest.get();
      return new PublishResult(same, false, editions.files(same.financialYearEnd(), same.number()), statisticsTime);
    }
    // A later edition holds the figures of every embargoed one before it: it may not be public sooner.
    Embargoes.checkPublish(editions, year, at.orElse(now), now);
    List<Release> releases = series.releases().stream().filter(r -> held.contains(r.year())).toList();

    EditionRecord edition = new EditionRecord(year.endYear(), editions.nextNumber(year.endYear()), now,
        at.orElse(now), dataFingerprint, reference.fingerprint());
    Optional<EditionRecord> revises = editions.latestUpTo(year.endYear());

    Publication publication = new Publication();
    List<PublishedTable> tables = tables(reference, releases, revises);
    for (PublishedTable table : tables) {
      publication.add(Publication.TABLES + table.fileName(), CsvTable.write(table));
    }
    publication.add(workbookName(year), workbook(year, edition, revises, tables, releases, metadata));
    List<ChartFile> charts = new ReleaseCharts(releases, metadata.map(ReleaseMetadata::sourceLine), reference).all();
    for (ChartFile chart : charts) {
      publication.add(Publication.CHARTS + chart.name() + ".svg", chart.svg());
      publication.add(Publication.CHARTS + chart.name() + ".png", chart.png());
    }
    Release current = releases.get(releases.size() - 1);
    for (Story story : new StoryWriter().labelled(metadata).writeAll(new ReleaseSeries(releases, series.dataFingerprint()), quotes, edition.number())) {
      String base = Publication.STORIES + story.agency();
      publication.add(base + ".md", StoryText.toMarkdown(story).getBytes(StandardCharsets.UTF_8));
      publication.add(base + ".html", StoryText.toHtml(story).getBytes(StandardCharsets.UTF_8));
      publication.add(base + ".json", StoryText.toJson(story).getBytes(StandardCharsets.UTF_8));
    }
    Bulletins.add(publication, releases, reference, edition, editions.editions(year.endYear()), metadata, charts);
    publication.add(Publication.MANIFEST, Manifest.write(edition, revises, publication.files(), metadata));
    editions.create(edition, publication.files());
    return new PublishResult(edition, true, publication.files(), statisticsTime);
  }

  /** The releases of every year held up to a year, for its tables; empty when the year is not held. */
  static List<Release> releasesUpTo(Statistics statistics, FinancialYear year) {
    List<FinancialYear> held = statistics.yearsHeld().stream().filter(y -> y.compareTo(year) <= 0).toList();
    if (!held.contains(year)) {
      return List.of();
    }
    return statistics.series(held.get(0), year).releases().stream().filter(r -> held.contains(r.year())).toList();
  }

  /** The published tables, rows whose figures differ from the edition revised marked {@code r}. */
  List<PublishedTable> tables(ReferenceData reference, List<Release> releases, Optional<EditionRecord> revises) {
    Revisions revisions = new Revisions(
        revises.map(r -> editions.files(r.financialYearEnd(), r.number())).orElse(Map.of()));
    return new ReleaseTables(reference, releases).all().stream().map(revisions::mark).toList();
  }

  /** The workbook of an edition: its cover states the edition's time. */
  static byte[] workbook(FinancialYear year, EditionRecord edition, Optional<EditionRecord> revises,
      List<PublishedTable> tables, List<Release> releases, Optional<ReleaseMetadata> metadata) {
    return new OdsWorkbook(WorkbookCover.of(year, edition, revises, metadata), tables, notes(releases)).bytes();
  }

  /** {@code haul-tables-2021-22.ods}. */
  public static String workbookName(FinancialYear year) {
    return "haul-tables-" + year.slug() + ".ods";
  }

  /** The notes of every year the tables cover, each once. */
  private static List<Note> notes(List<Release> releases) {
    List<Note> notes = new ArrayList<>();
    for (Release release : releases) {
      release.notes().stream().filter(n -> n.year().equals(release.year())).forEach(notes::add);
    }
    return notes;
  }

  private static String labels(List<FinancialYear> years) {
    return String.join(", ", years.stream().map(FinancialYear::label).toList());
  }
}
