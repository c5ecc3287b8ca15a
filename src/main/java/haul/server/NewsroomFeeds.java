package haul.server;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import haul.reference.Agency;
import haul.reference.FinancialYear;
import haul.store.NewsroomSettings;
import haul.store.NewsroomStatus;
import haul.store.NewsroomStory;
import haul.store.NewsroomVersion;
import haul.store.NewsroomViews;
import haul.store.EditionStatus;
import haul.store.ServedEdition;
import haul.store.TokenInfo;
import io.javalin.http.Context;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The feeds that news systems read, from the review store (a story's status changes; the
 * edition's files do not): {@code GET /feeds/{year}/stories.atom}, an Atom feed (RFC 4287, written
 * with ROME) of the approved stories, newest approval first; and
 * {@code GET /api/releases/{year}/stories/{code}.ninjs}, a story as IPTC ninjs 2.2. The public sees
 * the latest public edition; an editor or admin (Bearer token, or the newsroom's session) sees the
 * latest edition, embargoed ones too, and each such view of an embargoed edition is recorded.
 * Identifiers use the server's public URL ({@code haul serve --public-url}).
 */
final class NewsroomFeeds {

  static final NewsroomSettings.Values DEFAULT_SETTINGS = new NewsroomSettings.Values("haul newsroom",
      "haul newsroom", "Not yet set: an admin sets the newsroom's usage terms at /newsroom/admin.");

  private final NewsroomReview review;
  private final NewsroomSignIn signIn;
  private final Authenticator auth;
  private final EditionCatalog catalog;
  private final PathParams params;
  private final StoreLock store;
  private final Supplier<URI> publicUrl;

  NewsroomFeeds(NewsroomReview review, NewsroomSignIn signIn, Authenticator auth, EditionCatalog catalog,
      PathParams params, StoreLock store, Supplier<URI> publicUrl) {
    this.review = review;
    this.signIn = signIn;
    this.auth = auth;
    this.catalog = catalog;
    this.params = params;
    this.store = store;
    this.publicUrl = publicUrl;
  }

  void register(Routes routes) {
    routes.get("/feeds/{year}/stories.atom", this::atom);
    routes.get("/api/releases/{year}/stories/{code}.ninjs", this::ninjs);
  }

  /** The newsroom's token behind a request (Bearer editor or admin token, or a signed-in session). */
  private Optional<TokenInfo> newsroomCaller(Context ctx) {
    Caller caller = auth.caller(ctx);
    if (caller.authenticated()) {
      return caller.newsroom() ? caller.token() : Optional.empty();
    }
    return signIn.user(ctx).map(NewsroomSignIn.User::token);
  }

  /** The edition the caller reads, recording a newsroom view of an embargoed one. */
  private ServedEdition edition(Context ctx, FinancialYear year, Optional<TokenInfo> newsroom) {
    Optional<ServedEdition> latestPublic = catalog.latest(year, false);
    review.sync(year);
    ServedEdition edition = (newsroom.isPresent() ? review.latest(year) : latestPublic)
        .orElseThrow(() -> ApiError.notFound("no edition of " + year.label() + " is published"));
    if (newsroom.isPresent() && catalog.status(edition) == EditionStatus.EMBARGOED) {
      Instant now = catalog.now();
      store.with(s -> {
        new NewsroomViews(s).record(newsroom.get(), year.endYear(), edition.number(), "GET " + ctx.path(), now);
        return null;
      });
    }
    ctx.header("Cache-Control", newsroom.isPresent() ? Responses.CACHE_PRIVATE : Responses.CACHE_LATEST);
    ctx.header("Vary", "Authorization, Cookie");
    return edition;
  }

  private NewsroomSettings.Values settings() {
    return store.with(s -> new NewsroomSettings(s).get()).orElse(DEFAULT_SETTINGS);
  }

  private String base() {
    String url = publicUrl.get().toString();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  String ninjsUri(FinancialYear year, String agency) {
    return base() + "/api/releases/" + year.slug() + "/stories/" + agency + ".ninjs";
  }

  private Optional<Instant> embargoed(ServedEdition edition) {
    return catalog.status(edition) == EditionStatus.EMBARGOED ? Optional.of(edition.publicAt()) : Optional.empty();
  }

  private void ninjs(Context ctx) {
    FinancialYear year = params.year(ctx.pathParam("year"));
    Agency agency = params.agency(ctx.pathParam("code"));
    Optional<TokenInfo> newsroom = newsroomCaller(ctx);
    ServedEdition edition = edition(ctx, year, newsroom);
    NewsroomStory story = review.story(edition, agency.code())
        .orElseThrow(() -> ApiError.notFound("no story for " + agency.code() + " in " + year.label()));
    NewsroomVersion generated = review.generated(story);
    NewsroomVersion text = story.status() == NewsroomStatus.APPROVED ? review.version(story) : generated;
    NewsroomVersion first = review.history(story).get(0);
    ctx.contentType(NewsroomNinjs.MEDIA_TYPE);
    ctx.result(Json.bytes(NewsroomNinjs.document(ninjsUri(year, agency.code()), agency, edition, story, text, first,
        embargoed(edition), settings())));
  }

  private void atom(Context ctx) {
    FinancialYear year = params.year(ctx.pathParam("year"));
    Optional<TokenInfo> newsroom = newsroomCaller(ctx);
    ServedEdition edition = edition(ctx, year, newsroom);
    NewsroomSettings.Values settings = settings();
    List<NewsroomStory> approved = review.stories(edition).stream()
        .filter(s -> s.status() == NewsroomStatus.APPROVED)
        .sorted(Comparator.comparing((NewsroomStory s) -> s.decidedAt().orElseThrow()).reversed()
            .thenComparing(NewsroomStory::agencyCode))
        .toList();
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    String self = base() + "/feeds/" + year.slug() + "/stories.atom";
    feed.setUri(self);
    feed.setTitle("Drug seizures in England and Wales, " + year.label() + ": local stories from " + settings.newsroomName());
    feed.setAuthor(settings.newsroomName());
    feed.setCopyright("Copyright " + settings.copyrightHolder() + ". " + settings.usageTerms());
    feed.setLanguage("en-GB");
    feed.setLinks(List.of(link(self, "self", "application/atom+xml")));
    Instant updated = approved.stream().map(s -> s.decidedAt().orElseThrow()).findFirst().orElse(edition.publicAt());
    feed.setPublishedDate(Date.from(updated));
    List<SyndEntry> entries = new ArrayList<>();
    for (NewsroomStory story : approved) {
      NewsroomVersion text = review.version(story);
      String uri = ninjsUri(year, story.agencyCode());
      SyndEntry entry = new SyndEntryImpl();
      entry.setUri(uri);
      entry.setTitle(text.headline());
      SyndPersonImpl author = new SyndPersonImpl();
      author.setName(settings.newsroomName());
      entry.setAuthors(List.of(author));
      entry.setUpdatedDate(Date.from(story.decidedAt().orElseThrow()));
      entry.setPublishedDate(Date.from(story.decidedAt().orElseThrow()));
      entry.setLinks(List.of(link(uri, "alternate", NewsroomNinjs.MEDIA_TYPE)));
      SyndContentImpl content = new SyndContentImpl();
      content.setType("html");
      content.setValue(NewsroomNinjs.html(text.body()));
      entry.setContents(List.of(content));
      entries.add(entry);
    }
    feed.setEntries(entries);
    try {
      ctx.contentType("application/atom+xml; charset=utf-8");
      ctx.result(new SyndFeedOutput().outputString(feed).getBytes(StandardCharsets.UTF_8));
    } catch (FeedException e) {
      throw new IllegalStateException("the Atom feed cannot be written: " + e.getMessage(), e);
    }
  }

  private static SyndLink link(String href, String rel, String type) {
    SyndLinkImpl link = new SyndLinkImpl();
    link.setHref(href);
    link.setRel(rel);
    link.setType(type);
    return link;
  }
}
