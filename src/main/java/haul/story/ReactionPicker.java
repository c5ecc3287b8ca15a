package haul.story;

import haul.reference.Agency;
import haul.reference.AgencyType;
import haul.story.StoryRules.ReactionTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the reaction a story prints within its budget of paragraphs, by the relevance rules of
 * {@code rules.json} ("reaction"): the highest-scoring entries first (the bank's order on a tie),
 * each taken whole or not at all, so a quote is never cut; a reply only with the voice it answers,
 * and a voice the bank holds a reply to with that reply, when both fit (balance). The chosen replies
 * carry the voice they answer, so that {@link ReactionWords} prints each directly after it. The bank stays the only source of
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

  /**
   * What the story is about, for the relevance rules: its agency, the keys of its angle, the drug its
   * lede tells and the catalogue drugs the whole story tells (empty when the caller does not say: then
   * no entry is judged by the drugs it names beyond the lede's).
   */
  record Story(Agency agency, Set<String> angle, Optional<String> ledeDrug, Optional<Set<String>> drugsTold) {
    Story {
      angle = Set.copyOf(angle);
      drugsTold = drugsTold.map(Set::copyOf);
    }

    Story(Agency agency, Set<String> angle, Optional<String> ledeDrug) {
      this(agency, angle, ledeDrug, Optional.empty());
    }

    static Story of(Agency agency, StoryPlan.Angle angle) {
      Optional<String> drug = angle instanceof StoryPlan.LocalDrug l ? Optional.of(l.drug().drug())
          : angle instanceof StoryPlan.NationalAgencyShare s ? Optional.of(s.local().drug()) : Optional.empty();
      return new Story(agency, angleKeys(angle), drug);
    }

    /** The story with the catalogue drugs it tells (its lede's among them), for {@code names_a_drug_not_told}. */
    static Story of(Agency agency, StoryPlan.Angle angle, java.util.Collection<String> drugsTold) {
      Story story = of(agency, angle);
      Set<String> told = new HashSet<>(drugsTold);
      story.ledeDrug().ifPresent(told::add);
      return new Story(agency, story.angle(), story.ledeDrug(), Optional.of(told));
    }
  }

  /**
   * The catalogue drugs a plan's sections tell, for {@link Story#of(Agency, StoryPlan.Angle,
   * java.util.Collection)}: the drug pairs', the first year's, a notable local drug and the drugs
   * seized most often.
   */
  static Set<String> drugsTold(List<StoryPlan.Section> sections) {
    Set<String> told = new HashSet<>();
    for (StoryPlan.Section section : sections) {
      if (section instanceof StoryPlan.DrugPair p) {
        told.add(p.national().drug());
        told.add(p.local().drug());
      } else if (section instanceof StoryPlan.FirstYearDrugs f) {
        f.national().forEach(d -> told.add(d.drug()));
        f.local().forEach(d -> told.add(d.drug()));
        f.mostOften().ifPresent(d -> told.add(d.drug()));
      } else if (section instanceof StoryPlan.NotableDrug n) {
        told.add(n.drug().drug());
      } else if (section instanceof StoryPlan.DrugSeizures d) {
        d.drugs().forEach(c -> told.add(c.drug()));
      }
    }
    return told;
  }

  /**
   * The names of an angle that topics of {@code rules.json} may fit: its kind ("count_change",
   * "against_national", "steady_against_national", "rank", "rank_moved", "record", "local_drug",
   * "national_agency_share", "first_year", "no_return") and its direction ("count_fall",
   * "count_rise", "rank_moved_up", "record_low", "local_drug_rise", ...), with "count_fall_sharp" or
   * "count_rise_sharp" for a count that halved or doubled.
   */
  static Set<String> angleKeys(StoryPlan.Angle angle) {
    Set<String> keys = new HashSet<>();
    if (angle instanceof StoryPlan.CountChange c) {
      keys.add("count_change");
      count(keys, c.seizures(), c.size());
    } else if (angle instanceof StoryPlan.AgainstNational a) {
      keys.add("against_national");
      count(keys, a.seizures(), a.size());
    } else if (angle instanceof StoryPlan.SteadyAgainstNational) {
      keys.add("steady_against_national");
    } else if (angle instanceof StoryPlan.Rank r) {
      if (r.rank() <= 3 || r.previousRank() == 0) {
        keys.add("rank");
      } else {
        keys.add("rank_moved");
        keys.add(r.rank() < r.previousRank() ? "rank_moved_up" : "rank_moved_down");
      }
    } else if (angle instanceof StoryPlan.OnRecord r) {
      keys.add("record");
      keys.add(r.highest() ? "record_high" : "record_low");
    } else if (angle instanceof StoryPlan.LocalDrug l) {
      keys.add("local_drug");
      keys.add(l.drug().change().signum() > 0 ? "local_drug_rise" : "local_drug_fall");
    } else if (angle instanceof StoryPlan.NationalAgencyShare) {
      keys.add("national_agency_share");
    } else if (angle instanceof StoryPlan.FirstYear) {
      keys.add("first_year");
    } else if (angle instanceof StoryPlan.NoReturn) {
      keys.add("no_return");
    }
    return keys;
  }

  private static void count(Set<String> keys, haul.stats.Change seizures, Optional<haul.story.prose.VerbalSize> size) {
    long change = seizures.change().orElse(0);
    if (change == 0) {
      return;
    }
    String way = change < 0 ? "count_fall" : "count_rise";
    keys.add(way);
    if (size.isPresent() && (size.get().kind() == haul.story.prose.VerbalSize.Kind.VERB
        || size.get().kind() == haul.story.prose.VerbalSize.Kind.MULTIPLE)) {
      keys.add(way + "_sharp");
    }
  }

  Chosen choose(QuoteBank bank, Agency agency) {
    return choose(bank, new Story(agency, Set.of(), Optional.empty()));
  }

  Chosen choose(QuoteBank bank, Story story) {
    int budget = bank.reactionBudget().orElse(rules.budget());
    List<Entry> entries = new ArrayList<>();
    int order = 0;
    for (QuoteBank.ReportedStatement s : bank.reportedStatements()) {
      entries.add(new Entry(order++, s.speaker(), s.text(), s.fits(), 1, s));
    }
    for (QuoteBank.Quote q : bank.quotes()) {
      entries.add(new Entry(order++, q.speaker(), String.join(" ", q.paragraphs()), q.fits(), q.paragraphs().size(), q));
    }
    Map<Entry, String> answers = answers(entries);
    List<Entry> chosen = new ArrayList<>();
    Set<String> voices = new HashSet<>();
    List<Entry> left = new ArrayList<>(entries);
    // a reply that answers no voice of the bank answers nothing: never printed
    left.removeIf(e -> isReply(e) && !answers.containsKey(e));
    int room = budget;
    while (room > 0 && !left.isEmpty()) {
      Entry best = null;
      List<Entry> bestUnit = List.of();
      for (Entry e : left) {
        if (answers.containsKey(e) && !voices.contains(answers.get(e))) {
          continue; // a reply comes only with the voice it answers
        }
        List<Entry> unit = unit(e, left, answers, story, voices);
        int size = unit.stream().mapToInt(Entry::paragraphs).sum();
        if (size > room && !(e.paragraphs() <= room && size > budget)) {
          continue; // whole, with its reply; alone only when the reply could never fit beside it
        }
        if (size > room) {
          unit = List.of(e);
        }
        if (best == null || compare(e, best, story, voices) > 0) {
          best = e;
          bestUnit = unit;
        }
      }
      if (best == null || score(best, story, voices) < 0) {
        break;
      }
      for (Entry e : bestUnit) {
        chosen.add(e);
        left.remove(e);
        voices.add(voice(e.speaker()));
        room -= e.paragraphs();
      }
    }
    chosen.sort(Comparator.comparingInt(Entry::order));
    List<QuoteBank.ReportedStatement> statements = new ArrayList<>();
    List<QuoteBank.Quote> quotes = new ArrayList<>();
    for (Entry e : chosen) {
      // the voice answered, as the bank spells it
      Optional<String> voice = Optional.ofNullable(answers.get(e)).flatMap(v -> chosen.stream()
          .map(c -> c.speaker().organisation().orElse(c.speaker().name())).filter(v::equalsIgnoreCase).findFirst());
      if (e.item() instanceof QuoteBank.ReportedStatement s) {
        statements.add(voice.map(s::answering).orElse(s));
      } else if (e.item() instanceof QuoteBank.Quote q) {
        quotes.add(voice.map(q::answering).orElse(q));
      }
    }
    return new Chosen(new StoryPlan.Reaction(statements, quotes), entries.size() - chosen.size(), budget);
  }

  /** The higher score, and the bank's order on a tie. */
  private int compare(Entry a, Entry b, Story story, Set<String> voices) {
    int byScore = Integer.compare(score(a, story, voices), score(b, story, voices));
    return byScore != 0 ? byScore : Integer.compare(b.order(), a.order());
  }

  /**
   * An entry with the replies it must bring ({@code rules.json} replies.balance): those of the bank
   * still left that answer its voice and fit this story (a score of 0 or more beside it).
   */
  private List<Entry> unit(Entry entry, List<Entry> left, Map<Entry, String> answers, Story story, Set<String> voices) {
    List<Entry> unit = new ArrayList<>(List.of(entry));
    if (!rules.replies().balance()) {
      return unit;
    }
    Set<String> heard = new HashSet<>(voices);
    heard.add(voice(entry.speaker()));
    for (Entry reply : left) {
      if (reply != entry && voice(entry.speaker()).equals(answers.get(reply)) && score(reply, story, heard) >= 0) {
        unit.add(reply);
        heard.add(voice(reply.speaker()));
      }
    }
    return unit;
  }

  /**
   * The voice each reply answers: the one the bank names ({@code answers}: an organisation or a
   * speaker of another entry), else, for an entry whose words mark it a reply, the nearest entry of
   * another voice before it in the bank.
   */
  private Map<Entry, String> answers(List<Entry> entries) {
    Map<Entry, String> answers = new HashMap<>();
    for (Entry e : entries) {
      Optional<String> named = e.item() instanceof QuoteBank.Quote q ? q.answers()
          : ((QuoteBank.ReportedStatement) e.item()).answers();
      if (named.isPresent()) {
        entries.stream()
            .filter(f -> f != e && (f.speaker().name().equalsIgnoreCase(named.get())
                || f.speaker().organisation().filter(named.get()::equalsIgnoreCase).isPresent()))
            .map(f -> voice(f.speaker()))
            .filter(v -> !v.equals(voice(e.speaker())))
            .findFirst()
            .ifPresent(v -> answers.put(e, v));
      } else if (isReply(e)) {
        entries.stream()
            .filter(f -> f.order() < e.order() && !voice(f.speaker()).equals(voice(e.speaker())))
            .max(Comparator.comparingInt(Entry::order))
            .ifPresent(f -> answers.put(e, voice(f.speaker())));
      }
    }
    return answers;
  }

  /** Whether an entry is a reply: the bank says what it answers, or its words mark it ({@code rules.json} "replies"). */
  private boolean isReply(Entry entry) {
    boolean named = entry.item() instanceof QuoteBank.Quote q ? q.answers().isPresent()
        : ((QuoteBank.ReportedStatement) entry.item()).answers().isPresent();
    String words = entry.words().toLowerCase(Locale.ROOT);
    return named || rules.replies().words().stream().anyMatch(w -> named(words, w));
  }

  private int score(Entry entry, Story story, Set<String> voices) {
    Agency agency = story.agency();
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
    if (topics(entry).stream().anyMatch(t -> t.angles().stream().anyMatch(story.angle()::contains))) {
      score += rules.score(ReactionTest.FITS_THE_ANGLE);
    }
    String words = entry.words().toLowerCase(Locale.ROOT);
    if (story.ledeDrug().filter(d -> entry.fits().drugs().contains(d) || named(words, d)).isPresent()) {
      score += rules.score(ReactionTest.NAMES_THE_LEDE_DRUG);
    }
    if (story.drugsTold().isPresent() && drugsNamed(entry).stream().anyMatch(d -> !story.drugsTold().get().contains(d))) {
      score += rules.score(ReactionTest.NAMES_A_DRUG_NOT_TOLD);
    }
    List<String> regions = entry.fits().regions();
    if (!regions.isEmpty()) {
      score += agency.region().filter(regions::contains).isPresent()
          ? rules.score(ReactionTest.FITS_THE_REGION) : rules.score(ReactionTest.FITS_ANOTHER_REGION_ONLY);
    }
    return score;
  }

  /** The catalogue drugs an entry speaks of: those the bank names for it, and those whose names its words hold. */
  private static Set<String> drugsNamed(Entry entry) {
    String words = entry.words().toLowerCase(Locale.ROOT);
    Set<String> drugs = new HashSet<>(entry.fits().drugs());
    haul.reference.ReferenceData.bundled().drugs().drugs().stream()
        .map(haul.reference.Drug::name)
        .filter(name -> named(words, name))
        .forEach(drugs::add);
    return drugs;
  }

  /** The topics of {@code rules.json} an entry is about: those the bank names for it, or whose words it holds. */
  private List<StoryRules.Topic> topics(Entry entry) {
    String words = entry.words().toLowerCase(Locale.ROOT);
    return rules.topics().stream()
        .filter(t -> entry.fits().topics().contains(t.topic()) || t.words().stream().anyMatch(w -> named(words, w)))
        .toList();
  }

  /** Whether lower-case words hold a word or phrase whole (a catalogue drug's name, a topic's word). */
  private static boolean named(String words, String phrase) {
    return words.matches("(?s).*\\b" + java.util.regex.Pattern.quote(phrase.toLowerCase(Locale.ROOT)) + "\\b.*");
  }

  /** The agency types an entry fits: the bank's word first, else those of the topics its words or the bank name. */
  private Set<AgencyType> agencyTypes(Entry entry) {
    Set<AgencyType> types = new HashSet<>(entry.fits().agencyTypes());
    if (!types.isEmpty()) {
      return types;
    }
    for (StoryRules.Topic topic : topics(entry)) {
      topic.agencyTypes().forEach(t -> types.add(AgencyType.fromLabel(t)));
    }
    return types;
  }

  private static boolean isTheAgency(QuoteBank.Speaker speaker, Agency agency) {
    return speaker.organisation().map(o -> o.equalsIgnoreCase(agency.fullName()) || o.equalsIgnoreCase(agency.shortName())).orElse(false)
        || speaker.name().equalsIgnoreCase(agency.fullName());
  }

  /** Who speaks, for the balance rule and for the replies: the organisation, else the speaker, in lower case. */
  static String voice(QuoteBank.Speaker speaker) {
    return speaker.organisation().orElse(speaker.name()).toLowerCase(Locale.ROOT);
  }
}
