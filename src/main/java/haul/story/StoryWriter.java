package haul.story;

import haul.reference.Agency;
import haul.reference.ReferenceData;
import haul.stats.Release;
import haul.stats.ReleaseSeries;
import haul.story.prose.VerbalSizes;
import haul.stats.Note;
import haul.store.ReleaseMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an agency's story from a {@link Release}: facts, plan, sentences, text (Reiter and Dale's
 * data-to-text pipeline, DESIGN.md "How a story is made"). Which facts are told is decided by
 * {@link StoryRules}; quotes come only from the {@link QuoteBank} given. Immutable and safe to
 * share; a story costs a few passes over the release's areas, about a millisecond (see
 * {@code StoryBenchmark} in the tests).
 */
public final class StoryWriter {

  private final ReferenceData reference;
  private final StoryRules rules;
  private final Lexicon lexicon;
  private final VerbalSizes sizes;
  private final TablesRules tables = TablesRules.bundled();
  private final Optional<String> label;
  /** Whose figures the lede says they are ("Home Office figures"), from the release metadata. */
  private final Optional<String> attribution;

  /** A writer with the bundled reference data, rules and lexicon. */
  public StoryWriter() {
    this(ReferenceData.bundled(), StoryRules.bundled(), Lexicon.bundled());
  }

  public StoryWriter(ReferenceData reference, StoryRules rules, Lexicon lexicon) {
    this(reference, rules, lexicon, Optional.empty(), Optional.empty());
  }

  private StoryWriter(ReferenceData reference, StoryRules rules, Lexicon lexicon, Optional<String> label, Optional<String> attribution) {
    this.reference = reference;
    this.rules = rules;
    this.lexicon = lexicon;
    this.sizes = VerbalSizes.bundled();
    this.label = label;
    this.attribution = attribution;
  }

  /**
   * This writer, its stories ending with the release's label: its source line and type of
   * statistics, from the release metadata ("Source: haul demo data, calibrated to published Home
   * Office figures. Synthetic demonstration data, not official statistics."), and their ledes saying
   * whose figures they are ("according to Home Office figures": the metadata's attribution, or
   * "figures from" its producer). Without metadata, neither.
   */
  public StoryWriter labelled(Optional<ReleaseMetadata> metadata) {
    return new StoryWriter(reference, rules, lexicon, metadata.map(StoryWriter::label),
        metadata.map(m -> m.givenAttribution().orElseGet(() -> "figures from " + lexicon.organisation(m.producer()))));
  }

  /** The label of a release's stories, from its metadata. */
  static String label(ReleaseMetadata metadata) {
    return sentence(metadata.sourceLine()) + " " + sentence(metadata.statisticsType());
  }

  private static String sentence(String text) {
    String words = text.strip();
    return words.endsWith(".") ? words : words + ".";
  }

  /** The stories of all 45 agencies, in the order of {@code agencies.csv}: what a release publishes. */
  public List<Story> writeAll(Release release, Optional<QuoteBank> quotes, int edition) {
    return reference.agencies().all().stream().map(a -> write(release, a.code(), quotes, edition)).toList();
  }

  /**
   * The story of one agency for the release's year.
   *
   * @param agencyCode a code of {@code agencies.csv}
   * @param quotes the quote bank; without one, the story has no quotes
   * @param edition the release edition the story belongs to
   * @throws IllegalArgumentException for an unknown agency code
   */
  public Story write(Release release, String agencyCode, Optional<QuoteBank> quotes, int edition) {
    return write(release, List.of(), agencyCode, quotes, edition);
  }

  /**
   * The stories of the last year of a series, each told against every year the series holds (a
   * record high or low, a trend need them), for every agency with figures for the year, in the order
   * of {@code agencies.csv}. An agency without figures for the year (no return, or no row in the
   * published tables) gets no story: there is nothing of its own to tell, and a story of national
   * figures under its name would read as local news ({@link #withoutFigures} names them).
   */
  public List<Story> writeAll(ReleaseSeries series, Optional<QuoteBank> quotes, int edition) {
    Release release = series.last();
    List<Release> earlier = series.releases().subList(0, series.releases().size() - 1);
    return reference.agencies().all().stream().filter(a -> hasFigures(release, a.code()))
        .map(a -> write(release, earlier, a.code(), quotes, edition)).toList();
  }

  /** The agencies {@link #writeAll(ReleaseSeries, Optional, int)} writes no story for: no figures for the release's year. */
  public List<Agency> withoutFigures(Release release) {
    return reference.agencies().all().stream().filter(a -> !hasFigures(release, a.code())).toList();
  }

  private static boolean hasFigures(Release release, String agencyCode) {
    return release.current(agencyCode).map(a -> a.seizures().isAvailable()).orElse(false);
  }

  /**
   * The story of one agency for the release's year, with the releases of earlier years for its
   * record (oldest first; may be empty).
   */
  public Story write(Release release, List<Release> earlier, String agencyCode, Optional<QuoteBank> quotes, int edition) {
    Agency agency =
        reference.agencies().byCode(agencyCode)
            .orElseThrow(() -> new IllegalArgumentException("unknown agency code: " + agencyCode));
    StoryFacts facts = StoryFacts.gather(release, earlier, agency, reference.agencies(), rules);
    StoryPlan plan = new StoryPlanner(rules, sizes).plan(facts, quotes);
    Story story = realise(plan, release, agency, edition);
    for (String part : rules.length().dropInOrder()) {
      if (words(story) <= rules.length().maxWords()) {
        break;
      }
      plan = StoryPlanner.without(plan, part);
      story = realise(plan, release, agency, edition);
    }
    // a story short of an editor's length tells more of the figures the store holds: from published
    // tables (no quotes of its year, agencies missing) by tables.json, from returns (no quote bank) by
    // rules.json "length"
    TablesContent more = new TablesContent(tables, rules);
    boolean tablesOnly = release.fromPublishedTables();
    int minWords = tablesOnly ? tables.minWords() : rules.length().minWords();
    for (String part : tablesOnly ? tables.fillInOrder() : rules.length().fillInOrder()) {
      if (words(story) >= minWords) {
        break;
      }
      StoryPlan longer = more.with(plan, part, facts, release);
      if (!tablesOnly && addsNoOwnFigure(plan, longer)) {
        continue; // "No figure for heroin is available for the Thames Valley" fills a story with nothing
      }
      plan = longer;
      story = realise(plan, release, agency, edition);
    }
    return story;
  }

  /** Whether the part a longer plan adds is a drug of which the agency has no figure of its own. */
  private static boolean addsNoOwnFigure(StoryPlan plan, StoryPlan longer) {
    return longer.sections().stream().filter(s -> !plan.sections().contains(s))
        .anyMatch(s -> s instanceof StoryPlan.DrugPair pair && pair.local().current().isEmpty());
  }

  /** Headline and body words (the label too): what an editor's length counts. */
  private static int words(Story story) {
    return story.headline().strip().split("\\s+").length + story.wordCount();
  }

  private Story realise(StoryPlan plan, Release release, Agency agency, int edition) {
    FactLedger ledger = new FactLedger();
    Names names = new Names(agency, lexicon);
    Figures figures = new Figures(ledger, release.year(), agency.code(), sizes, rules.roundedPairs());
    Leads leads = new Leads(names, figures, ShareWholes.of(release), attribution);
    Paragraphs paragraphs = new Paragraphs(names, figures, leads);
    ReactionWords reaction = new ReactionWords(lexicon);
    String headline = leads.headline(plan.angle());
    List<String> body = new ArrayList<>();
    paragraphs.toldInLede(plan.angle());
    Map<Note, NoteProse.Reading> notes = new LinkedHashMap<>();
    List<String> refused = new ArrayList<>();
    for (Note note : release.notes()) {
      NoteProse.read(release, agency.code(), note).ifPresent(reading -> {
        if (reading.problem().isEmpty()) {
          notes.put(note, reading);
        } else if (plan.tells(note)) {
          refused.add(WarningWords.storyTextRefused(note, reading.problem().get()));
        }
      });
    }
    paragraphs.notesInProse(notes);
    Optional<String> closing = Optional.empty();
    for (StoryPlan.Section section : plan.sections()) {
      if (section instanceof StoryPlan.ClosingNotes) {
        closing = Optional.of(paragraphs.paragraph(section));
      } else if (section instanceof StoryPlan.Lede lede) {
        body.add(leads.lede(lede.angle()));
      } else if (section instanceof StoryPlan.Reaction chosen) {
        body.addAll(reaction.paragraphs(chosen));
      } else {
        body.add(paragraphs.paragraph(section));
      }
    }
    WarningWords words = new WarningWords(agency, lexicon, release.year());
    List<String> warnings = new ArrayList<>(plan.warnings().stream().map(words::warning).toList());
    warnings.addAll(refused);
    // the notes on how the release was compiled close the story, with the release's own label
    if (closing.isPresent() || label.isPresent()) {
      body.add(String.join(" ", closing.stream().toList()) + (closing.isPresent() && label.isPresent() ? " " : "") + label.orElse(""));
    }
    return new Story(agency.code(), release.year(), edition, headline, body, ledger.facts(), warnings, label);
  }
}
