package haul.server;

import haul.publish.StoredTable;
import haul.publish.TableContract;
import haul.reference.FinancialYear;
import haul.store.EditionStatus;
import haul.store.ServedEdition;
import haul.store.ServedEditions;
import haul.store.ServedFile;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The editions the server can show, and their files, read from the store once and kept: a stored
 * edition file never changes, so a table is parsed once per edition, never per request. Which
 * editions a caller sees is decided per request from the clock, so an embargo lifts at its time
 * without a restart. {@link #reload()} rereads the list after this process publishes, postpones or
 * withdraws.
 */
final class EditionCatalog {

  private record FileKey(int yearEnd, int edition, String name) {}

  private final StoreLock store;
  private final Clock clock;
  private volatile List<ServedEdition> editions;
  private volatile Instant readAt;
  private final ConcurrentHashMap<FileKey, Optional<ServedFile>> files = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<FileKey, Optional<ParsedTable>> tables = new ConcurrentHashMap<>();

  /** A parsed table with the file it came from (its sha256 is the ETag). */
  record ParsedTable(ServedFile file, StoredTable table, byte[] json) {}

  EditionCatalog(StoreLock store, Clock clock) {
    this.store = store;
    this.clock = clock;
    reload();
  }

  void reload() {
    Instant asked = clock.instant();
    editions = store.with(s -> new ServedEditions(s).all());
    readAt = asked;
  }

  Instant now() {
    return clock.instant();
  }

  /**
   * Every edition the caller may see, by year then number: the public sees those whose time has
   * passed and that were not withdrawn; an admin sees every one.
   *
   * <p>Before an edition embargoed when the list was read is shown as public, the list is read
   * again: another process (a {@code haul edition postpone} or {@code withdraw} on a PostgreSQL
   * store) may have moved or withdrawn it since, and it must never be public at its old time.
   */
  List<ServedEdition> visible(boolean admin) {
    Instant now = now();
    Instant read = readAt;
    if (editions.stream().anyMatch(e -> e.publicAt().isAfter(read) && !e.publicAt().isAfter(now))) {
      reload();
    }
    return editions.stream().filter(e -> admin || e.isPublicAt(now)).toList();
  }

  /** The years with at least one edition the caller may see, latest first. */
  List<FinancialYear> years(boolean admin) {
    return visible(admin).stream().filter(e -> !e.withdrawn()).map(ServedEdition::year).distinct()
        .sorted(Comparator.reverseOrder()).toList();
  }

  /** The latest edition of a year that the caller may see, never a withdrawn one. */
  Optional<ServedEdition> latest(FinancialYear year, boolean admin) {
    return visible(admin).stream().filter(e -> e.year().equals(year) && !e.withdrawn())
        .max(Comparator.comparingInt(ServedEdition::number));
  }

  Optional<ServedEdition> edition(FinancialYear year, int number, boolean admin) {
    return visible(admin).stream().filter(e -> e.year().equals(year) && e.number() == number).findFirst();
  }

  /** Embargoed until its time; superseded once a later edition of its year is public; or withdrawn. */
  EditionStatus status(ServedEdition edition) {
    return EditionStatus.of(edition, editions, now());
  }

  Optional<ServedFile> file(ServedEdition edition, String name) {
    return files.computeIfAbsent(
        new FileKey(edition.year().endYear(), edition.number(), name),
        key -> store.with(s -> new ServedEditions(s).file(edition.year(), edition.number(), name)));
  }

  List<String> fileNames(ServedEdition edition) {
    return store.with(s -> new ServedEditions(s).fileNames(edition.year(), edition.number()));
  }

  Optional<ParsedTable> table(ServedEdition edition, TableContract name) {
    return tables.computeIfAbsent(
        new FileKey(edition.year().endYear(), edition.number(), name.fileName()),
        key ->
            file(edition, name.fileName())
                .map(
                    f -> {
                      StoredTable table = StoredTable.read(name, f.content());
                      return new ParsedTable(f, table, Json.bytes(table.json()));
                    }));
  }
}
