package haul.publish;

import com.fasterxml.jackson.databind.JsonNode;
import haul.json.HaulJson;
import haul.reference.FinancialYear;
import haul.stats.Release;
import haul.stats.Statistics;
import haul.store.EditionRecord;
import haul.store.EditionRepository;
import haul.store.ReleaseMetadata;
import haul.store.ReleaseMetadataRepository;
import haul.store.Store;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The embargo rules of editions, and the two changes an embargoed edition allows.
 *
 * <ul>
 *   <li>An edition holds the figures of every edition made before it of its year and earlier
 *       years, so it may not become public before any of them that is still embargoed: publishing
 *       is refused unless the new edition's own time is at or after theirs.
 *   <li>{@link #postpone} moves an embargoed edition's time later (never to after a later edition
 *       that holds its figures and would then show them first); its workbook and manifest, which
 *       state the time, are written again from the same figures.
 *   <li>{@link #withdraw} takes an embargoed edition back for good: it keeps its number and files,
 *       is never public, and the year's next edition takes the next number.
 * </ul>
 *
 * A public edition is neither postponed nor withdrawn: it is revised by publishing a new one.
 */
public final class Embargoes {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmXXX");

  private final Store store;
  private final Clock clock;
  private final EditionRepository editions;

  public Embargoes(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
    this.editions = new EditionRepository(store);
  }

  /** A time as messages and {@code haul edition list} give it: UK time with its offset, to the minute. */
  public static String time(Instant instant) {
    return TIME.format(instant.atZone(EmbargoTime.LONDON));
  }

  /**
   * Refuses an edition of a year that would be public (at {@code becomesPublic}) before an edition
   * of that year or an earlier one that is still embargoed, naming the one with the latest time.
   */
  static void checkPublish(EditionRepository editions, FinancialYear year, Instant becomesPublic, Instant now) {
    Optional<EditionRecord> blocking = editions.embargoedUpTo(year.endYear(), now).stream()
        .filter(e -> becomesPublic.isBefore(e.publicAt()))
        .max(Comparator.comparing(EditionRecord::publicAt));
    if (blocking.isPresent()) {
      EditionRecord e = blocking.get();
      throw new EmbargoException(name(e) + " is embargoed until " + time(e.publicAt()) + ": an edition of "
          + year.label() + " public " + (becomesPublic.equals(now) ? "now" : "at " + time(becomesPublic))
          + " would show its figures first; publish with --at " + time(e.publicAt())
          + " or later, or postpone or withdraw " + name(e) + " first (haul edition)");
    }
  }

  /**
   * Moves an embargoed edition's time later.
   *
   * @throws EditionNotFoundException when the year has no such edition
   * @throws EmbargoException when it is not embargoed, the time is not later, or a later edition
   *     holding its figures would be public before the new time
   * @throws PublishException when the figures held have changed since it was made
   */
  public EditionRecord postpone(FinancialYear year, int number, Instant at) {
    return store.atomically(() -> {
      Instant now = clock.instant();
      EditionRecord edition = embargoed(year, number, now, "postponed");
      if (!at.isAfter(edition.publicAt())) {
        throw new EmbargoException(name(edition) + " is embargoed until " + time(edition.publicAt())
            + ": postponing moves that later, and " + time(at) + " is not later");
      }
      for (EditionRecord later : editions.all()) {
        boolean after = later.financialYearEnd() > edition.financialYearEnd()
            || (later.financialYearEnd() == edition.financialYearEnd() && later.number() > edition.number());
        if (after && !later.withdrawn() && !later.createdAt().isBefore(edition.createdAt())
            && later.publicAt().isBefore(at)) {
          throw new EmbargoException(name(later) + ", made after " + name(edition) + ", holds its figures and is public "
              + (later.publicAt().isAfter(now) ? "at " : "since ") + time(later.publicAt()) + ", before " + time(at)
              + ": postpone or withdraw it first, or postpone " + name(edition) + " to " + time(later.publicAt())
              + " at the latest");
        }
      }
      EditionRecord moved = edition.withPublicAt(at);
      editions.postpone(moved, rewritten(year, edition, moved));
      return moved;
    });
  }

  /**
   * Withdraws an embargoed edition: it is never public, and keeps its number.
   *
   * @throws EditionNotFoundException when the year has no such edition
   * @throws EmbargoException when it is public already or withdrawn
   */
  public EditionRecord withdraw(FinancialYear year, int number) {
    return store.atomically(() -> {
      Instant now = clock.instant();
      return editions.withdraw(embargoed(year, number, now, "withdrawn"), now);
    });
  }

  private EditionRecord embargoed(FinancialYear year, int number, Instant now, String verb) {
    List<EditionRecord> ofYear = editions.editions(year.endYear());
    EditionRecord edition = ofYear.stream().filter(e -> e.number() == number).findFirst()
        .orElseThrow(() -> new EditionNotFoundException(year.label() + " has no edition " + number
            + (ofYear.isEmpty() ? ": it has not been published"
                : "; its editions: " + String.join(", ", ofYear.stream().map(e -> "" + e.number()).toList()))));
    if (edition.withdrawn()) {
      throw new EmbargoException(name(edition) + " was withdrawn at " + time(edition.withdrawnAt().orElseThrow())
          + ": it cannot be " + verb + "; publish a new edition");
    }
    if (!edition.embargoedAt(now)) {
      throw new EmbargoException(name(edition) + " has been public since " + time(edition.publicAt())
          + ": only an embargoed edition can be " + verb + "; a public one is revised by publishing a new edition");
    }
    return edition;
  }

  /**
   * The workbook and manifest of the moved edition, which state its time; the other files do not
   * change. The tables are made again from the figures held and must be the ones stored, or the
   * workbook would not match them.
   */
  private Map<String, byte[]> rewritten(FinancialYear year, EditionRecord edition, EditionRecord moved) {
    Map<String, byte[]> stored = new TreeMap<>(editions.files(edition.financialYearEnd(), edition.number()));
    Optional<EditionRecord> revises = revises(stored.get(Publication.MANIFEST));
    List<Release> releases = Publisher.releasesUpTo(new Statistics(store), year);
    List<PublishedTable> tables = releases.isEmpty() ? List.of()
        : new Publisher(store, clock).tables(store.reference(), releases, revises);
    for (PublishedTable table : tables) {
      byte[] was = stored.get(Publication.TABLES + table.fileName());
      if (was == null || !Arrays.equals(was, CsvTable.write(table))) {
        tables = List.of();
        break;
      }
    }
    if (tables.isEmpty()) {
      throw new PublishException("the figures held for " + year.label() + " have changed since " + name(edition)
          + " was made, so its workbook cannot be written again for the new time: withdraw it and publish again"
          + " with --at");
    }
    Optional<ReleaseMetadata> metadata = new ReleaseMetadataRepository(store).find(year.endYear());
    String workbook = Publisher.workbookName(year);
    Map<String, byte[]> changed = new TreeMap<>();
    changed.put(workbook, Publisher.workbook(year, moved, revises, tables, releases, metadata));
    // The bulletin states the edition's time too; it lists the other files, so it is made over them.
    Publication bulletin = new Publication();
    stored.forEach((name, bytes) -> {
      if (!name.equals(Publication.MANIFEST) && !Bulletins.isBulletin(name)) {
        bulletin.add(name, bytes);
      }
    });
    List<ChartFile> charts = new ReleaseCharts(releases, metadata.map(ReleaseMetadata::sourceLine), store.reference()).all();
    Bulletins.add(bulletin, releases, store.reference(), moved, editions.editions(year.endYear()), metadata, charts);
    bulletin.files().forEach((name, bytes) -> {
      if (Bulletins.isBulletin(name)) {
        changed.put(name, bytes);
      }
    });
    stored.putAll(changed);
    stored.remove(Publication.MANIFEST);
    changed.put(Publication.MANIFEST, Manifest.write(moved, revises, stored, metadata));
    return changed;
  }

  /** The edition a stored manifest names as the one it revises. */
  private Optional<EditionRecord> revises(byte[] manifest) {
    try {
      JsonNode revises = HaulJson.mapper().readTree(manifest).path("revises");
      if (!revises.isObject()) {
        return Optional.empty();
      }
      FinancialYear year = FinancialYear.parse(revises.path("year").asText());
      return editions.edition(year.endYear(), revises.path("edition").asInt());
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("the stored manifest cannot be read: " + e.getMessage(), e);
    }
  }

  private static String name(EditionRecord edition) {
    return "edition " + edition.number() + " of " + new FinancialYear(edition.financialYearEnd()).label();
  }
}
