package haul.server;

import com.fasterxml.jackson.databind.JsonNode;
import haul.reference.FinancialYear;
import haul.stats.Release;
import haul.stats.Statistics;
import haul.store.NewsroomRepository;
import haul.store.NewsroomStatus;
import haul.store.NewsroomStory;
import haul.store.NewsroomVersion;
import haul.store.ServedEdition;
import haul.store.ServedFile;
import haul.store.Store;
import haul.store.TokenInfo;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The newsroom's rules over the review store: each edition's stories come in as drafts; an editor's
 * save makes a story {@code edited} (checked by check-story, kept as a version); a story may be
 * approved only when its text contradicts nothing; approve and hold record who and when; a save,
 * approval or hold against a version that is no longer the story's is refused (optimistic locking).
 * A new edition (a revision) brings new drafts: a story whose figures it changed goes back to
 * {@code draft} on the new text with a warning naming them; one whose figures it left alone stays as
 * it was.
 *
 * <p>Checks run against the store's statistics of the year, computed once per edition (a second or
 * so on a national year's returns) and kept.
 */
final class NewsroomReview {

  static final String GENERATED = "generated";
  static final String EDITED = "edited";
  static final String APPROVED = "approved";
  static final String HAUL = "haul";

  /** What a save, an approval or a hold came to. */
  sealed interface Outcome permits Done, Conflict, Refused {}

  /** It was done: the story as it now is, and the version it reads as. */
  record Done(NewsroomStory story, NewsroomVersion version) implements Outcome {}

  /** Another editor saved first: the story reads as {@code theirs} now. */
  record Conflict(NewsroomStory story, NewsroomVersion theirs) implements Outcome {}

  /** Refused by a rule, with why. */
  record Refused(String reason) implements Outcome {}

  private record ReleaseKey(int yearEnd, int edition) {}

  private final StoreLock store;
  private final EditionCatalog catalog;
  private final Clock clock;
  private final Map<ReleaseKey, Release> releases = new ConcurrentHashMap<>();

  NewsroomReview(StoreLock store, EditionCatalog catalog, Clock clock) {
    this.store = store;
    this.catalog = catalog;
    this.clock = clock;
  }

  /**
   * The latest edition of a year the newsroom reviews, after bringing in any edition published
   * since (embargoed ones too: editors review before the embargo lifts).
   */
  Optional<ServedEdition> latest(FinancialYear year) {
    sync(year);
    return catalog.latest(year, true);
  }

  /**
   * Brings every edition of the year not yet in the review store into it, oldest first; a withdrawn
   * edition is never brought in, nor carried over from.
   */
  synchronized void sync(FinancialYear year) {
    List<ServedEdition> editions = catalog.visible(true).stream().filter(e -> e.year().equals(year) && !e.withdrawn())
        .sorted(Comparator.comparingInt(ServedEdition::number)).toList();
    if (editions.isEmpty()) {
      return;
    }
    List<Integer> held = store.with(s -> new NewsroomRepository(s).editions(year.endYear()));
    int last = held.isEmpty() ? 0 : held.get(held.size() - 1);
    int carried = editions.stream().mapToInt(ServedEdition::number).filter(held::contains).max().orElse(0);
    for (ServedEdition edition : editions) {
      if (edition.number() > last) {
        int previous = carried;
        store.with(s -> s.atomically(() -> {
          bringIn(s, edition, previous);
          return null;
        }));
        last = edition.number();
        carried = edition.number();
      }
    }
  }

  private void bringIn(Store s, ServedEdition edition, int previousEdition) {
    NewsroomRepository repository = new NewsroomRepository(s);
    FinancialYear year = edition.year();
    Release release = release(s, year, edition.number());
    Instant now = clock.instant();
    for (String name : catalog.fileNames(edition)) {
      if (!name.startsWith("stories/") || !name.endsWith(".json")) {
        continue;
      }
      ServedFile file = catalog.file(edition, name).orElseThrow();
      JsonNode sidecar;
      try {
        sidecar = Json.MAPPER.readTree(file.open());
      } catch (IOException e) {
        throw new IllegalStateException("stored story " + name + " is not JSON: " + e.getMessage(), e);
      }
      String agency = sidecar.path("agency").asText();
      List<String> body = new ArrayList<>();
      sidecar.path("body").forEach(p -> body.add(p.asText()));
      List<String> warnings = new ArrayList<>();
      sidecar.path("warnings").forEach(w -> warnings.add(w.asText()));
      String headline = sidecar.path("headline").asText();
      NewsroomCheck.Result check = NewsroomCheck.run(release, agency, headline, body);
      NewsroomVersion generated = new NewsroomVersion(year.endYear(), agency, repository.nextVersion(year.endYear(), agency),
          edition.number(), GENERATED, headline, body, sidecar.path("facts").toString(), warnings, check.findingsJson(),
          check.contradicted(), check.unknown(), check.matched(), HAUL, now);
      repository.insert(generated);
      Optional<NewsroomStory> before = previousEdition == 0
          ? Optional.empty() : repository.story(year.endYear(), previousEdition, agency);
      repository.insert(carriedOver(repository, before, generated, edition));
    }
  }

  /** The new edition's row of a story: a draft, or the old state when the revision left its figures alone. */
  private static NewsroomStory carriedOver(
      NewsroomRepository repository, Optional<NewsroomStory> before, NewsroomVersion generated, ServedEdition edition) {
    NewsroomStory draft = new NewsroomStory(generated.financialYearEnd(), edition.number(), generated.agencyCode(),
        NewsroomStatus.DRAFT, generated.number(), Optional.empty(), Optional.empty(), Optional.empty());
    if (before.isEmpty() || before.get().status() == NewsroomStatus.DRAFT) {
      return draft;
    }
    NewsroomStory old = before.get();
    String oldFacts = repository.versions(old.financialYearEnd(), old.agencyCode()).stream()
        .filter(v -> v.kind().equals(GENERATED) && v.edition() == old.edition())
        .map(NewsroomVersion::facts).findFirst().orElse("[]");
    List<String> changes = NewsroomFigures.changes(oldFacts, generated.facts());
    if (changes.isEmpty()) {
      return new NewsroomStory(old.financialYearEnd(), edition.number(), old.agencyCode(), old.status(),
          old.currentVersion(), old.revisionWarning(), old.decidedBy(), old.decidedAt());
    }
    String warning = "Edition " + edition.number() + " changed figures this story used, so it is back to draft (it was "
        + old.status().label() + "): " + String.join("; ", changes) + ".";
    return new NewsroomStory(draft.financialYearEnd(), draft.edition(), draft.agencyCode(), draft.status(),
        draft.currentVersion(), Optional.of(warning), Optional.empty(), Optional.empty());
  }

  private Release release(Store s, FinancialYear year, int edition) {
    return releases.computeIfAbsent(new ReleaseKey(year.endYear(), edition), key -> new Statistics(s).release(year));
  }

  List<NewsroomStory> stories(ServedEdition edition) {
    return store.with(s -> new NewsroomRepository(s).stories(edition.year().endYear(), edition.number()));
  }

  Optional<NewsroomStory> story(ServedEdition edition, String agency) {
    return store.with(s -> new NewsroomRepository(s).story(edition.year().endYear(), edition.number(), agency));
  }

  NewsroomVersion version(NewsroomStory story) {
    return store.with(s -> new NewsroomRepository(s).version(story.financialYearEnd(), story.agencyCode(),
        story.currentVersion())).orElseThrow();
  }

  List<NewsroomVersion> history(NewsroomStory story) {
    return store.with(s -> new NewsroomRepository(s).versions(story.financialYearEnd(), story.agencyCode()));
  }

  /** The text the edition generated for the story. */
  NewsroomVersion generated(NewsroomStory story) {
    return history(story).stream().filter(v -> v.kind().equals(GENERATED) && v.edition() == story.edition())
        .findFirst().orElseThrow();
  }

  /** An editor's text: checked, kept as a version, the story {@code edited}. */
  Outcome save(ServedEdition edition, String agency, int baseVersion, String headline, List<String> body, TokenInfo by) {
    return store.with(s -> s.atomically(() -> {
      NewsroomRepository repository = new NewsroomRepository(s);
      NewsroomStory story = current(repository, edition, agency);
      if (story.currentVersion() != baseVersion) {
        return conflict(repository, story);
      }
      NewsroomCheck.Result check = NewsroomCheck.run(release(s, edition.year(), edition.number()), agency, headline, body);
      NewsroomVersion version = new NewsroomVersion(story.financialYearEnd(), agency,
          repository.nextVersion(story.financialYearEnd(), agency), edition.number(), EDITED, headline, body, "[]",
          repository.version(story.financialYearEnd(), agency, baseVersion).orElseThrow().warnings(),
          check.findingsJson(), check.contradicted(), check.unknown(), check.matched(), by.name(), clock.instant());
      NewsroomStory edited = new NewsroomStory(story.financialYearEnd(), story.edition(), agency, NewsroomStatus.EDITED,
          version.number(), story.revisionWarning(), Optional.empty(), Optional.empty());
      if (!repository.update(edited, baseVersion)) {
        return conflict(repository, current(repository, edition, agency));
      }
      repository.insert(version);
      return new Done(edited, version);
    }));
  }

  /** Approves the story's text as it reads; refused while check-story finds a figure the data contradict. */
  Outcome approve(ServedEdition edition, String agency, int baseVersion, TokenInfo by) {
    return store.with(s -> s.atomically(() -> {
      NewsroomRepository repository = new NewsroomRepository(s);
      NewsroomStory story = current(repository, edition, agency);
      if (story.currentVersion() != baseVersion) {
        return conflict(repository, story);
      }
      NewsroomVersion text = repository.version(story.financialYearEnd(), agency, baseVersion).orElseThrow();
      if (text.contradicted() > 0) {
        return new Refused("check-story finds " + text.contradicted() + (text.contradicted() == 1 ? " figure" : " figures")
            + " the data contradict: correct the text and save it before approving");
      }
      Instant now = clock.instant();
      NewsroomVersion approved = new NewsroomVersion(text.financialYearEnd(), agency,
          repository.nextVersion(text.financialYearEnd(), agency), edition.number(), APPROVED, text.headline(), text.body(),
          "[]", text.warnings(), text.findings(), text.contradicted(), text.unknown(), text.matched(), by.name(), now);
      NewsroomStory decided = new NewsroomStory(story.financialYearEnd(), story.edition(), agency, NewsroomStatus.APPROVED,
          approved.number(), story.revisionWarning(), Optional.of(by.name()), Optional.of(now));
      if (!repository.update(decided, baseVersion)) {
        return conflict(repository, current(repository, edition, agency));
      }
      repository.insert(approved);
      return new Done(decided, approved);
    }));
  }

  /** Holds the story back from the feeds, recording who and when; its text stays as it is. */
  Outcome hold(ServedEdition edition, String agency, int baseVersion, TokenInfo by) {
    return store.with(s -> s.atomically(() -> {
      NewsroomRepository repository = new NewsroomRepository(s);
      NewsroomStory story = current(repository, edition, agency);
      if (story.currentVersion() != baseVersion) {
        return conflict(repository, story);
      }
      NewsroomStory held = new NewsroomStory(story.financialYearEnd(), story.edition(), agency, NewsroomStatus.HELD,
          baseVersion, story.revisionWarning(), Optional.of(by.name()), Optional.of(clock.instant()));
      if (!repository.update(held, baseVersion)) {
        return conflict(repository, current(repository, edition, agency));
      }
      return new Done(held, repository.version(story.financialYearEnd(), agency, baseVersion).orElseThrow());
    }));
  }

  private static NewsroomStory current(NewsroomRepository repository, ServedEdition edition, String agency) {
    return repository.story(edition.year().endYear(), edition.number(), agency)
        .orElseThrow(() -> ApiError.notFound("no story for " + agency + " in edition " + edition.number() + " of "
            + edition.year().label()));
  }

  private static Conflict conflict(NewsroomRepository repository, NewsroomStory story) {
    return new Conflict(story, repository.version(story.financialYearEnd(), story.agencyCode(), story.currentVersion())
        .orElseThrow());
  }
}
