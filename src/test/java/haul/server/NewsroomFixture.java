package haul.server;

import static haul.store.SeizureFixture.line;

import haul.publish.Publisher;
import haul.reference.FinancialYear;
import haul.store.NotesRepository;
import haul.store.SeizureFixture;
import haul.store.Store;
import haul.store.StoredNote;
import haul.store.TokenInfo;
import haul.store.TokenRole;
import haul.store.Tokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A store with real returns for 2020/21 and 2021/22 (a few agencies), published with haul's own
 * Publisher, so the newsroom reviews real generated stories that check-story can check; and the
 * newsroom's rules over it, with a movable clock. Revisions: {@link #noteRevision()} changes no
 * figure, {@link #seizureRevision()} changes Thames Valley's seizures (and so every national figure).
 */
final class NewsroomFixture {

  static final FinancialYear YEAR = new FinancialYear(2022);
  static final Instant NOW = Instant.parse("2023-04-20T08:30:00Z");

  final Store store;
  final MovableClock clock = new MovableClock(NOW);
  final StoreLock lock;
  final EditionCatalog catalog;
  final NewsroomReview review;

  NewsroomFixture(Store store) {
    this.store = store;
    new SeizureFixture(store)
        .seizure("thames-valley", "TV0", "2020-05-01", line("Cocaine", "2", "kg"))
        .seizure("thames-valley", "TV00", "2020-05-02", line("Cocaine", "1", "kg"))
        .seizure("thames-valley", "TV000", "2020-05-03", line("Heroin", "1", "kg"))
        .seizure("border-force", "BF0", "2020-06-01", line("Heroin", "1", "kg"))
        .seizure("kent", "K0", "2020-07-01", line("Cannabis plants", "12", "plants"))
        .seizure("thames-valley", "TV1", "2021-04-01", line("Cocaine", "500", "g"), line("Herbal cannabis", "250", "g"))
        .seizure("thames-valley", "TV2", "2022-03-31", line("Ketamine", "1.234567", "kg"))
        .seizure("kent", "K1", "2021-05-05", line("Ecstasy", "10", "tablets"))
        .seizure("kent", "K2", "2021-05-06", line("Cocaine", "1", "kg"))
        .seizure("border-force", "BF1", "2021-08-01", line("Cocaine", "3", "kg"))
        .seizure("british-transport-police", "B1", "2021-09-01", line("Unknown"));
    // National counts are written to the nearest thousand: enough seizures that they are not 0.
    store.atomically(() -> {
      SeizureFixture many = new SeizureFixture(store);
      for (int i = 0; i < 1600; i++) {
        if (i < 1000) {
          many.seizure("essex", "E0-" + i, "2020-09-01", line("Herbal cannabis"));
        }
        many.seizure("essex", "E1-" + i, "2021-09-01", line("Herbal cannabis"));
      }
      return null;
    });
    this.lock = new StoreLock(store);
    this.catalog = new EditionCatalog(lock, clock);
    this.review = new NewsroomReview(lock, catalog, clock);
  }

  /** Publishes the year now, or embargoed until {@code at}. */
  void publish(Optional<Instant> at) {
    new Publisher(store, clock).publish(YEAR, at, Optional.empty());
    catalog.reload();
  }

  /** A revision that changes no figure: a data-quality note on Kent. */
  void noteRevision(Optional<Instant> at) {
    clock.advance(Duration.ofHours(1));
    new NotesRepository(store).addAll(List.of(new StoredNote(2022, Optional.of("kent"),
        "Kent Police changed its recording system in 2021.")), clock.instant());
    publish(at);
  }

  /** A revision that changes figures: one more Thames Valley seizure in 2021/22. */
  void seizureRevision(Optional<Instant> at) {
    clock.advance(Duration.ofHours(1));
    new SeizureFixture(store).seizure("thames-valley", "TV3", "2021-10-01", line("Cocaine", "2", "kg"));
    publish(at);
  }

  TokenInfo editor(String name) {
    return new Tokens(store).issue(TokenRole.EDITOR, Optional.empty(), name, NOW).info();
  }
}
