package haul.story;

import haul.reference.Agency;
import haul.reference.ReferenceData;
import haul.stats.Release;
import haul.story.prose.VerbalSizes;
import java.util.ArrayList;
import java.util.List;
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

  /** A writer with the bundled reference data, rules and lexicon. */
  public StoryWriter() {
    this(ReferenceData.bundled(), StoryRules.bundled(), Lexicon.bundled());
  }

  public StoryWriter(ReferenceData reference, StoryRules rules, Lexicon lexicon) {
    this.reference = reference;
    this.rules = rules;
    this.lexicon = lexicon;
    this.sizes = VerbalSizes.bundled();
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
    Agency agency =
        reference.agencies().byCode(agencyCode)
            .orElseThrow(() -> new IllegalArgumentException("unknown agency code: " + agencyCode));
    StoryFacts facts = StoryFacts.gather(release, agency, reference.agencies(), rules);
    StoryPlan plan = new StoryPlanner(rules).plan(facts, quotes);

    FactLedger ledger = new FactLedger();
    Sentences sentences = new Sentences(sizes, lexicon, ledger, release.year(), agency);
    String headline = sentences.headline(plan.seizures());
    List<String> body = new ArrayList<>();
    plan.sections().forEach(section -> body.addAll(sentences.paragraphs(section)));
    List<String> warnings = plan.warnings().stream().map(sentences::warning).toList();
    return new Story(agency.code(), release.year(), edition, headline, body, ledger.facts(), warnings);
  }
}
