package haul.story;

import static org.assertj.core.api.Assertions.assertThat;

import haul.reference.Agency;
import haul.reference.ReferenceData;
import haul.testing.SharedData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reaction's choice and order, on small banks written here and on the seed's bank. */
class ReactionPickerTest {

  private static final StoryRules.Reaction RULES = StoryRules.bundled().reaction();
  private static final Agency KENT = ReferenceData.bundled().agencies().require("kent");

  private static QuoteBank.Speaker speaker(String name, String organisation) {
    return new QuoteBank.Speaker(name, Optional.empty(), Optional.of(organisation), Optional.empty());
  }

  private static List<Object> printed(StoryPlan.Reaction reaction) {
    return ReactionWords.printOrder(reaction);
  }

  @Test
  void aQuoteAboutADrugTheStoryDoesNotTellIsLeftOut() {
    QuoteBank bank = new QuoteBank(Optional.empty(),
        List.of(new QuoteBank.Quote(speaker("Ann Smith", "DrugWise"), List.of("Heroin deaths are at a record high."))),
        List.of(new QuoteBank.ReportedStatement(speaker("The Home Office", "Home Office"), "said it welcomed the figures")));
    ReactionPicker picker = new ReactionPicker(RULES);
    ReactionPicker.Story plain = ReactionPicker.Story.of(KENT, new StoryPlan.NoReturn());

    // the quote scores highest by itself, but names heroin, which this story does not tell
    StoryPlan.Reaction withoutHeroin = picker.choose(bank, ReactionPicker.Story.of(KENT, new StoryPlan.NoReturn(), Set.of("Cocaine")))
        .reaction();
    assertThat(withoutHeroin.quotes()).isEmpty();
    assertThat(withoutHeroin.statements()).hasSize(1);
    assertThat(picker.choose(bank, ReactionPicker.Story.of(KENT, new StoryPlan.NoReturn(), Set.of("Heroin"))).reaction().quotes())
        .hasSize(1);
    // a caller that does not say what the story tells judges no entry by its drugs
    assertThat(picker.choose(bank, plain).reaction().quotes()).hasSize(1);
  }

  @Test
  void theDrugsAPlanTellsAreItsDrugParagraphs() {
    haul.stats.Release release = TestRelease.seed().build();
    Agency thamesValley = ReferenceData.bundled().agencies().require("thames-valley");
    StoryFacts facts = StoryFacts.gather(release, List.of(), thamesValley, ReferenceData.bundled().agencies(), StoryRules.bundled());
    StoryPlan plan = new StoryPlanner(StoryRules.bundled(), haul.story.prose.VerbalSizes.bundled()).plan(facts, Optional.empty());

    // the seed's story tells cocaine and ketamine, nationally and in the Thames Valley, and no other drug
    assertThat(ReactionPicker.drugsTold(plan.sections())).containsExactlyInAnyOrder("Cocaine", "Ketamine");
  }

  @Test
  void withoutBalanceInTheRulesACriticIsPrintedWithoutTheReply() {
    QuoteBank bank = new QuoteBank(Optional.empty(), List.of(), List.of(
        new QuoteBank.ReportedStatement(speaker("The Home Office", "Home Office"), "said it welcomed the figures"),
        new QuoteBank.ReportedStatement(speaker("Release", "Release"), "said the figures show the futility of enforcement"),
        new QuoteBank.ReportedStatement(speaker("A Minister", "Government"), "said the figures were instead a success")),
        java.util.OptionalInt.of(2));
    ReactionPicker.Story fall = new ReactionPicker.Story(KENT, Set.of("count_change", "count_fall"), Optional.empty());

    List<Object> balanced = printed(new ReactionPicker(RULES).choose(bank, fall).reaction());
    assertThat(balanced).extracting(e -> ((QuoteBank.ReportedStatement) e).text())
        .containsExactly("said the figures show the futility of enforcement", "said the figures were instead a success");

    StoryRules.Replies replies = RULES.replies();
    StoryRules.Reaction unbalanced = new StoryRules.Reaction(RULES.budget(), RULES.rules(), RULES.topics(),
        new StoryRules.Replies(replies.words(), replies.why(), false, null, replies.placedWhy()));
    assertThat(printed(new ReactionPicker(unbalanced).choose(bank, fall).reaction()))
        .extracting(e -> ((QuoteBank.ReportedStatement) e).text())
        .containsExactly("said it welcomed the figures", "said the figures show the futility of enforcement");
  }

  /**
   * The seed's bank, for every kind of agency and every angle a story may take: no critic of the
   * bank is printed without the minister's reply (it always fits beside it), the reply is printed
   * only with its critic and directly after the critic's entries, nothing is cut, and the budget holds.
   */
  @Test
  void onTheSeedBankEveryCriticComesWithItsReplyDirectlyAfterIt() {
    QuoteBank bank = QuoteBank.read(SharedData.path("seed-quotes.json"));
    QuoteBank.ReportedStatement reply = bank.reportedStatements().get(2);
    List<Set<String>> angles = List.of(Set.of("count_change", "count_fall"), Set.of("count_change", "count_fall", "count_fall_sharp"),
        Set.of("count_change", "count_rise"), Set.of("against_national", "count_rise"), Set.of("rank"),
        Set.of("record", "record_low"), Set.of("record", "record_high"), Set.of("steady_against_national"),
        Set.of("national_agency_share"), Set.of("local_drug", "local_drug_rise"), Set.of());
    int checked = 0;
    for (Agency agency : ReferenceData.bundled().agencies().all()) {
      for (Set<String> angle : angles) {
        ReactionPicker.Story story = new ReactionPicker.Story(agency, angle, Optional.of("Cocaine"));
        StoryPlan.Reaction reaction = new ReactionPicker(RULES).choose(bank, story).reaction();
        List<Object> order = printed(reaction);
        String where = agency.code() + " " + angle;
        assertThat(reaction.paragraphs()).as(where).isBetween(1, 4);
        List<String> voices = new ArrayList<>(order.stream().map(e -> ReactionPicker.voice(speakerOf(e))).toList());
        boolean critic = voices.contains("release");
        int at = voices.indexOf("uk government");
        boolean printsReply = order.stream().anyMatch(e -> e instanceof QuoteBank.ReportedStatement s && s.text().equals(reply.text()));
        assertThat(printsReply).as(where).isEqualTo(critic);
        if (critic) {
          Object answer = order.stream().filter(e -> e instanceof QuoteBank.ReportedStatement s && s.text().equals(reply.text()))
              .findFirst().orElseThrow();
          int index = order.indexOf(answer);
          assertThat(voices.get(index - 1)).as(where).isEqualTo("release");
          assertThat(voices.subList(index, voices.size())).as(where).doesNotContain("release");
          assertThat(at).as(where + ": the reply is the minister's first paragraph").isEqualTo(index);
          checked++;
        }
        reaction.quotes().forEach(q -> assertThat(bank.quotes()).extracting(QuoteBank.Quote::paragraphs).contains(q.paragraphs()));
      }
    }
    assertThat(checked).as("stories with the critic").isGreaterThan(45);
  }

  private static QuoteBank.Speaker speakerOf(Object entry) {
    return entry instanceof QuoteBank.Quote q ? q.speaker() : ((QuoteBank.ReportedStatement) entry).speaker();
  }
}
