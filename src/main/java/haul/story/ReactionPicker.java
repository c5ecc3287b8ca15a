package haul.story;

import haul.reference.Agency;
import haul.reference.AgencyType;
import haul.story.StoryRules.ReactionTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses the reaction a story prints within its budget of paragraphs, by the relevance rules of
 * {@code rules.json} ("reaction"): the highest-scoring entries first (the bank's order on a tie),
 * each taken whole or not at all, so a quote is never cut. The bank stays the only source of
 * quoted words; this only chooses among them.
 */
final class ReactionPicker {

  private final StoryRules.Reaction rules;

  ReactionPicker(StoryRules.Reaction rules) {
    this.rules = rules;
  }

  /** An entry of the bank: a reported statement or a quote, with its place in the bank. */
  private record Entry(int order, QuoteBank.Speaker speaker, String words, QuoteBank.Fits fits, int paragraphs, Object item) {}

  /** The chosen entries, and how many were left out. */
  record Chosen(StoryPlan.Reaction reaction, int leftOut, int budget) {}

  Chosen choose(QuoteBank bank, Agency agency) {
    int budget = bank.reactionBudget().orElse(rules.budget());
    List<Entry> entries = new ArrayList<>();
    int order = 0;
    for (QuoteBank.ReportedStatement s : bank.reportedStatements()) {
      entries.add(new Entry(order++, s.speaker(), s.text(), s.fits(), 1, s));
    }
    for (QuoteBank.Quote q : bank.quotes()) {
      entries.add(new Entry(order++, q.speaker(), String.join(" ", q.paragraphs()), q.fits(), q.paragraphs().size(), q));
    }
    List<Entry> chosen = new ArrayList<>();
    Set<String> voices = new HashSet<>();
    List<Entry> left = new ArrayList<>(entries);
    int room = budget;
    while (room > 0 && !left.isEmpty()) {
      int space = room;
      Entry best = left.stream()
          .filter(e -> e.paragraphs() <= space)
          .max(Comparator.comparingInt((Entry e) -> score(e, agency, voices)).thenComparing(Entry::order, Comparator.reverseOrder()))
          .orElse(null);
      if (best == null || score(best, agency, voices) < 0) {
        break;
      }
      chosen.add(best);
      left.remove(best);
      voices.add(voice(best.speaker()));
      room -= best.paragraphs();
    }
    chosen.sort(Comparator.comparingInt(Entry::order));
    List<QuoteBank.ReportedStatement> statements = chosen.stream()
        .filter(e -> e.item() instanceof QuoteBank.ReportedStatement).map(e -> (QuoteBank.ReportedStatement) e.item()).toList();
    List<QuoteBank.Quote> quotes = chosen.stream()
        .filter(e -> e.item() instanceof QuoteBank.Quote).map(e -> (QuoteBank.Quote) e.item()).toList();
    return new Chosen(new StoryPlan.Reaction(statements, quotes), entries.size() - chosen.size(), budget);
  }

  private int score(Entry entry, Agency agency, Set<String> voices) {
    int score = 0;
    if (isTheAgency(entry.speaker(), agency)) {
      score += rules.score(ReactionTest.SPEAKER_IS_THE_AGENCY);
    }
    Set<AgencyType> fits = agencyTypes(entry);
    if (fits.contains(agency.type())) {
      score += rules.score(ReactionTest.FITS_THE_AGENCY_TYPE);
    } else if (!fits.isEmpty()) {
      score += rules.score(ReactionTest.FITS_ANOTHER_AGENCY_TYPE_ONLY);
    }
    if (!voices.contains(voice(entry.speaker()))) {
      score += rules.score(ReactionTest.A_NEW_VOICE);
    }
    if (entry.item() instanceof QuoteBank.Quote) {
      score += rules.score(ReactionTest.A_DIRECT_QUOTE);
    }
    return score;
  }

  /** The agency types an entry fits: the bank's word first, else those of the topics its words or the bank name. */
  private Set<AgencyType> agencyTypes(Entry entry) {
    Set<AgencyType> types = new HashSet<>(entry.fits().agencyTypes());
    if (!types.isEmpty()) {
      return types;
    }
    String words = entry.words().toLowerCase(Locale.ROOT);
    for (StoryRules.Topic topic : rules.topics()) {
      boolean named = entry.fits().topics().contains(topic.topic())
          || topic.words().stream().anyMatch(w -> words.matches("(?s).*\\b" + java.util.regex.Pattern.quote(w.toLowerCase(Locale.ROOT)) + "\\b.*"));
      if (named) {
        topic.agencyTypes().forEach(t -> types.add(AgencyType.fromLabel(t)));
      }
    }
    return types;
  }

  private static boolean isTheAgency(QuoteBank.Speaker speaker, Agency agency) {
    return speaker.organisation().map(o -> o.equalsIgnoreCase(agency.fullName()) || o.equalsIgnoreCase(agency.shortName())).orElse(false)
        || speaker.name().equalsIgnoreCase(agency.fullName());
  }

  /** Who speaks for the balance rule: the organisation, else the speaker. */
  private static String voice(QuoteBank.Speaker speaker) {
    return speaker.organisation().orElse(speaker.name()).toLowerCase(Locale.ROOT);
  }
}
