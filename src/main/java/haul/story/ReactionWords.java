package haul.story;

import static haul.story.Names.capitalise;
import static haul.story.Names.possessive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reaction paragraphs: reported statements and quotes as the bank gives them (haul never
 * rewrites a speaker's words or a statement's text), each attributed. A speaker is named in full
 * the first time and by honorific and surname after ("Mr Jenrick"), or by surname alone when the
 * bank gives no honorific; an organisation is described once. One instance per story.
 */
final class ReactionWords {

  private final Lexicon lexicon;
  private final Set<String> speakersNamed = new HashSet<>();
  private final Set<String> organisationsDescribed = new HashSet<>();

  ReactionWords(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<String> paragraphs(StoryPlan.Reaction reaction) {
    List<String> paragraphs = new ArrayList<>();
    for (Object entry : printOrder(reaction)) {
      if (entry instanceof QuoteBank.ReportedStatement s) {
        paragraphs.add(reported(s));
      } else {
        paragraphs.addAll(quote((QuoteBank.Quote) entry));
      }
    }
    return paragraphs;
  }

  /**
   * The entries in the order they are printed: the bank's (reported statements, then quotes), except
   * that a reply goes directly after the entries of the voice it answers ({@code rules.json}
   * replies.placed_why), which are printed together where the first of them stands. Names are
   * given in this order, so the first paragraph that names a speaker names them in full.
   */
  static List<Object> printOrder(StoryPlan.Reaction reaction) {
    List<Object> entries = new ArrayList<>(reaction.statements());
    entries.addAll(reaction.quotes());
    List<Object> printed = new ArrayList<>();
    Set<Object> placed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Object entry : entries) {
      if (answers(entry).filter(v -> entries.stream().anyMatch(e -> e != entry && isOf(e, v))).isEmpty()) {
        place(entry, entries, printed, placed);
      }
    }
    for (Object entry : entries) {
      if (placed.add(entry)) {
        printed.add(entry); // replies answering each other in a circle: where the bank has them
      }
    }
    return printed;
  }

  /** Prints an entry, then the other entries of its voice and the replies to it, each followed by its own replies. */
  private static void place(Object entry, List<Object> entries, List<Object> printed, Set<Object> placed) {
    if (!placed.add(entry)) {
      return;
    }
    printed.add(entry);
    String voice = ReactionPicker.voice(speaker(entry));
    List<Object> replies = entries.stream().filter(e -> answers(e).filter(voice::equalsIgnoreCase).isPresent()).toList();
    if (replies.isEmpty()) {
      return;
    }
    entries.stream().filter(e -> isOf(e, voice) && placed.add(e)).forEach(printed::add);
    replies.forEach(r -> place(r, entries, printed, placed));
  }

  private static boolean isOf(Object entry, String voice) {
    return ReactionPicker.voice(speaker(entry)).equalsIgnoreCase(voice);
  }

  private static QuoteBank.Speaker speaker(Object entry) {
    return entry instanceof QuoteBank.Quote q ? q.speaker() : ((QuoteBank.ReportedStatement) entry).speaker();
  }

  private static Optional<String> answers(Object entry) {
    return entry instanceof QuoteBank.Quote q ? q.answers() : ((QuoteBank.ReportedStatement) entry).answers();
  }

  private String reported(QuoteBank.ReportedStatement statement) {
    boolean again = speakersNamed.contains(statement.speaker().name());
    String subject = attribution(statement.speaker());
    return capitalise(subject + " " + (again ? "also " : "") + statement.text()) + ".";
  }

  /** British convention: each paragraph opens with a quotation mark, only the last closes. */
  private List<String> quote(QuoteBank.Quote quote) {
    String subject = attribution(quote.speaker());
    List<String> paragraphs = new ArrayList<>();
    List<String> words = quote.paragraphs();
    for (int i = 0; i < words.size(); i++) {
      String paragraph = "\"" + words.get(i) + (i == words.size() - 1 ? "\"" : "");
      paragraphs.add(i == 0 ? capitalise(subject + " said: " + paragraph) : paragraph);
    }
    return paragraphs;
  }

  /**
   * The speaker as the bank names them: "Immigration minister Robert Jenrick" (a role written as a
   * title), "Niamh Eastwood, Release's executive director," (a role), "Release, the national centre
   * for drugs expertise," (an organisation, described once); "Mr Jenrick" or "Jenrick" after.
   */
  private String attribution(QuoteBank.Speaker speaker) {
    String name = speaker.name();
    boolean first = speakersNamed.add(name);
    Optional<String> organisation = speaker.organisation();
    if (speaker.role().isPresent()) {
      if (!first) {
        return secondReference(speaker);
      }
      String role = speaker.role().get();
      if (Character.isUpperCase(role.charAt(0))) {
        return role + " " + name;
      }
      if (organisation.isEmpty()) {
        return name + ", " + role + ",";
      }
      String org = lexicon.organisation(organisation.get());
      Optional<String> description = describe(organisation.get(), speaker.organisationDescription());
      return description.isPresent()
          ? name + ", " + role + " of " + org + ", " + description.get() + ","
          : name + ", " + possessive(org) + " " + role + ",";
    }
    String prose = lexicon.organisation(name);
    Optional<String> description = describe(organisation.orElse(name), speaker.organisationDescription());
    return description.map(d -> prose + ", " + d + ",").orElse(prose);
  }

  /** "Mr Jenrick" with the bank's honorific, "Jenrick" without (BBC and PA style). */
  private static String secondReference(QuoteBank.Speaker speaker) {
    String[] parts = speaker.name().strip().split("\\s+");
    String surname = parts[parts.length - 1];
    return speaker.honorific().map(h -> h + " " + surname).orElse(surname);
  }

  /** An organisation's description, the first time it is mentioned only. */
  private Optional<String> describe(String organisation, Optional<String> description) {
    return description.isPresent() && organisationsDescribed.add(organisation) ? description : Optional.empty();
  }
}
