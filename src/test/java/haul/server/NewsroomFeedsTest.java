package haul.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import haul.server.NewsroomReview.Done;
import haul.store.NewsroomViews;
import haul.store.ServedEdition;
import haul.store.StoreKind;
import haul.store.TestStores;
import haul.store.TokenInfo;
import haul.store.TokenRole;
import haul.testing.SharedData;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The feeds on both stores: ninjs for every story of a public edition ({@code withheld} until
 * approved, {@code usable} after), valid against IPTC's ninjs 2.2 schema; the Atom feed of approved
 * stories only, parsed with ROME; embargoed editions visible to editors only, each view recorded;
 * a revision that changes a story's figures takes it out of the feed and withholds its ninjs.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class NewsroomFeedsTest {

  static final String TV = "thames-valley";
  static final String NINJS = "/api/releases/2021-22/stories/thames-valley.ninjs";
  static final String ATOM = "/feeds/2021-22/stories.atom";

  @Parameter StoreKind kind;
  @RegisterExtension final TestStores stores = TestStores.perTest();

  static Schema ninjsSchema() throws IOException {
    String schema = Files.readString(SharedData.path("standards/ninjs-schema_2.2.json"));
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema, InputFormat.JSON);
  }

  static void assertValidNinjs(String json) throws IOException {
    assertThat(ninjsSchema().validate(json, InputFormat.JSON)).as(json).isEmpty();
  }

  static SyndFeed atom(HttpResponse<String> response) {
    try {
      return new SyndFeedInput().build(new StringReader(response.body()));
    } catch (Exception e) {
      throw new AssertionError("not a feed: " + response.body(), e);
    }
  }

  private static TokenInfo approveThamesValley(NewsroomHttp http, String name) {
    TokenInfo editor = http.fixture.editor(name);
    NewsroomReview review = new NewsroomReview(new StoreLock(http.fixture.store), http.fixture.catalog, http.fixture.clock);
    ServedEdition edition = review.latest(NewsroomFixture.YEAR).orElseThrow();
    assertThat(review.approve(edition, TV, review.story(edition, TV).orElseThrow().currentVersion(), editor))
        .isInstanceOf(Done.class);
    return editor;
  }

  @Test
  void aPublicEditionHasNinjsWithheldUntilApprovedThenUsableAndInTheAtomFeed() throws IOException {
    try (NewsroomHttp http = new NewsroomHttp(stores.open(kind), Optional.of(URI.create("https://news.example.org/")))) {
      http.publish(Optional.empty());
      HttpResponse<String> withheld = http.get(NINJS);
      assertThat(withheld.statusCode()).isEqualTo(200);
      assertThat(withheld.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/ninjs+json"));
      assertValidNinjs(withheld.body());
      Map<String, Object> before = TestServer.json(withheld);
      assertThat(before).containsEntry("pubstatus", "withheld").containsEntry("uri",
          "https://news.example.org/api/releases/2021-22/stories/thames-valley.ninjs").doesNotContainKey("embargoed");
      assertThat(atom(http.get(ATOM)).getEntries()).isEmpty();

      approveThamesValley(http, "A. Editor");
      HttpResponse<String> usable = http.get(NINJS);
      assertValidNinjs(usable.body());
      Map<String, Object> after = TestServer.json(usable);
      assertThat(after).containsEntry("pubstatus", "usable").containsEntry("type", "text").containsEntry("language", "en-GB")
          .containsEntry("by", "haul newsroom").containsEntry("located", "Thames Valley");
      String headline = (String) TestServer.json(http.get("/api/releases/2021-22/stories/thames-valley")).get("headline");
      assertThat(after.get("headlines").toString()).contains(headline);
      assertThat(after.get("bodies").toString()).contains("text/plain").contains("text/html")
          .contains("<p>Thames Valley Police made 2 drug seizures in the year to March 2022");

      SyndFeed feed = atom(http.get(ATOM));
      assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
      assertThat(feed.getUri()).isEqualTo("https://news.example.org/feeds/2021-22/stories.atom");
      assertThat(feed.getEntries()).extracting(SyndEntry::getUri)
          .containsExactly("https://news.example.org/api/releases/2021-22/stories/thames-valley.ninjs");
      assertThat(feed.getEntries().get(0).getTitle()).isEqualTo(headline);

      assertThat(http.get("/api/releases/2021-22/stories/atlantis.ninjs").statusCode()).isEqualTo(404);
      assertThat(http.get("/api/releases/2021-22/stories/thames-valley").statusCode()).as("the sidecar route still answers")
          .isEqualTo(200);
    }
  }

  @Test
  void anEmbargoedEditionsFeedsAreVisibleToEditorsOnlyAndEachViewIsRecorded() throws IOException {
    try (NewsroomHttp http = new NewsroomHttp(stores.open(kind), Optional.empty())) {
      Instant embargo = NewsroomFixture.NOW.plus(Duration.ofDays(1));
      http.publish(Optional.of(embargo));
      String editor = "Bearer " + http.token(TokenRole.EDITOR, Optional.empty(), "A. Editor");
      String agency = "Bearer " + http.token(TokenRole.AGENCY, Optional.of("kent"), "kent");

      assertThat(http.get(NINJS).statusCode()).isEqualTo(404);
      assertThat(http.get(ATOM).statusCode()).isEqualTo(404);
      assertThat(http.get(NINJS, "Authorization", agency).statusCode()).isEqualTo(404);
      HttpResponse<String> early = http.get(NINJS, "Authorization", editor);
      assertThat(early.statusCode()).isEqualTo(200);
      assertThat(early.headers().firstValue("Cache-Control")).hasValue("private, no-store");
      assertValidNinjs(early.body());
      assertThat(TestServer.json(early)).containsEntry("embargoed", "2023-04-21T08:30:00Z").containsEntry("pubstatus", "withheld");

      approveThamesValley(http, "B. Editor");
      assertThat(atom(http.get(ATOM, "Authorization", editor)).getEntries()).hasSize(1);
      assertThat(http.get(ATOM).statusCode()).as("still embargoed to the public").isEqualTo(404);

      List<NewsroomViews.View> views = new NewsroomViews(http.fixture.store).all();
      assertThat(views).extracting(NewsroomViews.View::tokenName, NewsroomViews.View::what)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("A. Editor", "GET " + ATOM),
              org.assertj.core.groups.Tuple.tuple("A. Editor", "GET " + NINJS));
      assertThat(views.get(1).viewedAt()).isEqualTo(NewsroomFixture.NOW);

      http.fixture.clock.advance(Duration.ofDays(2));
      assertThat(TestServer.json(http.get(NINJS))).containsEntry("pubstatus", "usable").doesNotContainKey("embargoed");
      assertThat(atom(http.get(ATOM)).getEntries()).hasSize(1);
      http.get(NINJS, "Authorization", editor);
      assertThat(new NewsroomViews(http.fixture.store).all()).as("no record once public").hasSize(2);
    }
  }

  @Test
  void aRevisionThatChangesAnApprovedStorysFiguresTakesItOutOfTheFeedAndWithholdsItsNinjs() throws IOException {
    try (NewsroomHttp http = new NewsroomHttp(stores.open(kind), Optional.empty())) {
      http.publish(Optional.empty());
      approveThamesValley(http, "A. Editor");
      assertThat(atom(http.get(ATOM)).getEntries()).hasSize(1);

      http.fixture.seizureRevision(Optional.empty());
      http.server.reloadEditions();
      assertThat(atom(http.get(ATOM)).getEntries()).isEmpty();
      Map<String, Object> ninjs = TestServer.json(http.get(NINJS));
      assertThat(ninjs).containsEntry("pubstatus", "withheld");
      assertThat(ninjs.get("bodies").toString()).contains("Thames Valley Police made 3 drug seizures");
      assertValidNinjs(http.get(NINJS).body());
    }
  }
}
