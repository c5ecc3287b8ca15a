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
    reaction.statements().forEach(s -> paragraphs.add(reported(s)));
    reaction.quotes().forEach(q -> paragraphs.addAll(quote(q)));
    return paragraphs;
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
