package haul.server;

import static org.assertj.core.api.Assertions.assertThat;

import haul.server.NewsroomReview.Conflict;
import haul.server.NewsroomReview.Done;
import haul.server.NewsroomReview.Outcome;
import haul.server.NewsroomReview.Refused;
import haul.store.NewsroomStatus;
import haul.store.NewsroomStory;
import haul.store.NewsroomVersion;
import haul.store.ServedEdition;
import haul.store.StoreKind;
import haul.store.TestStores;
import haul.store.TokenInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The newsroom's status rules on both stores, over real generated stories: drafts from an edition,
 * an edit that contradicts the data saved but not approved, optimistic locking, approve and hold
 * recording who and when, and revisions that leave figures alone or send stories back to draft.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class NewsroomReviewTest {

  static final String TV = "thames-valley";
  static final String RIGHT = "Thames Valley Police made 2 drug seizures in the year to March 2022";
  static final String WRONG = "Thames Valley Police made 5 drug seizures in the year to March 2022";

  @Parameter StoreKind kind;
  @RegisterExtension final TestStores stores = TestStores.perTest();

  private static <T extends Outcome> T as(Class<T> type, Outcome outcome) {
    assertThat(outcome).isInstanceOf(type);
    return type.cast(outcome);
  }

  private static List<String> replaced(List<String> body, String from, String to) {
    List<String> changed = new ArrayList<>(body);
    changed.set(0, body.get(0).replace(from, to));
    assertThat(changed).isNotEqualTo(body);
    return changed;
  }

  @Test
  void anEditionComesInAsDraftsCheckedByCheckStory() {
    NewsroomFixture f = new NewsroomFixture(stores.open(kind));
    f.publish(Optional.empty());
    ServedEdition edition = f.review.latest(NewsroomFixture.YEAR).orElseThrow();
    List<NewsroomStory> stories = f.review.stories(edition);
    // one story per agency with figures (the fixture's five); an agency without figures gets none
    assertThat(stories).extracting(NewsroomStory::agencyCode)
        .containsExactly("border-force", "british-transport-police", "essex", "kent", "thames-valley");
    assertThat(stories).allSatisfy(s -> assertThat(s.status()).isEqualTo(NewsroomStatus.DRAFT));
    NewsroomStory tv = f.review.story(edition, TV).orElseThrow();
    NewsroomVersion generated = f.review.version(tv);
    assertThat(generated.kind()).isEqualTo("generated");
    assertThat(generated.body().get(0)).startsWith(RIGHT);
    assertThat(generated.contradicted()).as(generated.findings()).isZero();
    assertThat(generated.matched()).isPositive();
    assertThat(generated.facts()).contains("\"text\":\"2\"");
    f.review.sync(NewsroomFixture.YEAR);
    assertThat(f.review.history(tv)).as("a second sync brings nothing new").hasSize(1);
  }

  @Test
  void aContradictedEditIsSavedAsEditedButNotApprovedAndACorrectedOneIsApprovedByName() {
    NewsroomFixture f = new NewsroomFixture(stores.open(kind));
    f.publish(Optional.empty());
    TokenInfo editor = f.editor("A. Editor");
    ServedEdition edition = f.review.latest(NewsroomFixture.YEAR).orElseThrow();
    NewsroomVersion generated = f.review.version(f.review.story(edition, TV).orElseThrow());

    Done wrong = as(Done.class, f.review.save(edition, TV, generated.number(), generated.headline(),
        replaced(generated.body(), RIGHT, WRONG), editor));
    assertThat(wrong.story().status()).isEqualTo(NewsroomStatus.EDITED);
    assertThat(wrong.version().contradicted()).isEqualTo(1);
    assertThat(NewsroomCheck.lines(wrong.version().findings()))
        .anySatisfy(line -> {
          assertThat(line.kind()).isEqualTo("CONTRADICTED");
          assertThat(line.paragraph()).isEqualTo(2);
          assertThat(line.text()).isEqualTo("5");
          assertThat(line.rightValue()).isEqualTo("2");
        });
    Refused refused = as(Refused.class, f.review.approve(edition, TV, wrong.version().number(), editor));
    assertThat(refused.reason()).contains("1 figure the data contradict");
    assertThat(f.review.story(edition, TV).orElseThrow().status()).isEqualTo(NewsroomStatus.EDITED);

    // A second editor saving against the version the first one started from is refused.
    Conflict conflict = as(Conflict.class, f.review.save(edition, TV, generated.number(), "Another headline",
        generated.body(), f.editor("B. Editor")));
    assertThat(conflict.theirs().body().get(0)).startsWith(WRONG);
    assertThat(as(Conflict.class, f.review.approve(edition, TV, generated.number(), editor)).theirs().number())
        .isEqualTo(wrong.version().number());

    Done right = as(Done.class, f.review.save(edition, TV, wrong.version().number(), generated.headline(),
        generated.body(), editor));
    assertThat(right.version().contradicted()).isZero();
    Done approved = as(Done.class, f.review.approve(edition, TV, right.version().number(), editor));
    assertThat(approved.story().status()).isEqualTo(NewsroomStatus.APPROVED);
    assertThat(approved.story().decidedBy()).hasValue("A. Editor");
    assertThat(approved.story().decidedAt()).hasValue(NewsroomFixture.NOW);
    assertThat(f.review.history(approved.story())).extracting(NewsroomVersion::kind, NewsroomVersion::author)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("generated", "haul"),
            org.assertj.core.groups.Tuple.tuple("edited", "A. Editor"),
            org.assertj.core.groups.Tuple.tuple("edited", "A. Editor"),
            org.assertj.core.groups.Tuple.tuple("approved", "A. Editor"));

    Done held = as(Done.class, f.review.hold(edition, "kent", 1, f.editor("C. Editor")));
    assertThat(held.story().status()).isEqualTo(NewsroomStatus.HELD);
    assertThat(held.story().decidedBy()).hasValue("C. Editor");
  }

  @Test
  void aRevisionThatLeavesFiguresAloneKeepsApprovalsAndOneThatChangesThemSendsStoriesBackToDraft() {
    NewsroomFixture f = new NewsroomFixture(stores.open(kind));
    f.publish(Optional.empty());
    TokenInfo editor = f.editor("A. Editor");
    ServedEdition first = f.review.latest(NewsroomFixture.YEAR).orElseThrow();
    as(Done.class, f.review.approve(first, TV, 1, editor));
    as(Done.class, f.review.hold(first, "kent", 1, editor));

    f.noteRevision(Optional.empty());
    ServedEdition second = f.review.latest(NewsroomFixture.YEAR).orElseThrow();
    assertThat(second.number()).isEqualTo(2);
    NewsroomStory tv = f.review.story(second, TV).orElseThrow();
    assertThat(tv.status()).isEqualTo(NewsroomStatus.APPROVED);
    assertThat(tv.decidedBy()).hasValue("A. Editor");
    assertThat(tv.revisionWarning()).isEmpty();
    assertThat(f.review.story(second, "kent").orElseThrow().status()).isEqualTo(NewsroomStatus.HELD);
    assertThat(f.review.story(second, "essex").orElseThrow().status()).isEqualTo(NewsroomStatus.DRAFT);
    assertThat(f.review.story(first, TV).orElseThrow().status()).as("the first edition's rows stay as they were")
        .isEqualTo(NewsroomStatus.APPROVED);

    f.seizureRevision(Optional.empty());
    ServedEdition third = f.review.latest(NewsroomFixture.YEAR).orElseThrow();
    NewsroomStory back = f.review.story(third, TV).orElseThrow();
    assertThat(back.status()).isEqualTo(NewsroomStatus.DRAFT);
    assertThat(back.decidedBy()).isEmpty();
    assertThat(back.revisionWarning()).hasValueSatisfying(w -> assertThat(w)
        .startsWith("Edition 3 changed figures this story used, so it is back to draft (it was approved): ")
        .contains("seizures (seizures), thames-valley, 2021/22: 2, now 3"));
    assertThat(f.review.version(back).kind()).isEqualTo("generated");
    assertThat(f.review.version(back).body().get(0)).startsWith("Thames Valley Police made 3 drug seizures");
    assertThat(f.review.story(third, "kent").orElseThrow().status()).as("national figures changed too")
        .isEqualTo(NewsroomStatus.DRAFT);
  }
}
