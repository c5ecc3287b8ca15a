package haul.server;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import haul.reference.Agency;
import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import haul.server.NewsroomPages.Conflict;
import haul.server.NewsroomPages.Field;
import haul.server.NewsroomPages.QueueRow;
import haul.server.NewsroomPages.Signed;
import haul.server.NewsroomPages.StoryPage;
import haul.server.NewsroomReview.Done;
import haul.server.NewsroomReview.Outcome;
import haul.server.NewsroomReview.Refused;
import haul.server.NewsroomSignIn.User;
import haul.store.NewsroomSettings;
import haul.store.NewsroomStory;
import haul.store.NewsroomVersion;
import haul.store.NewsroomViews;
import haul.store.EditionStatus;
import haul.store.ServedEdition;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The newsroom's pages (DESIGN.md "Outputs added in the second wave"): sign-in and sign-out, the
 * review queue of a year ({@code /newsroom/{year}}), the editor of one story
 * ({@code /newsroom/{year}/{agency}}) and, for admins, the record of pre-release views and the
 * newsroom's settings. Plain forms: nothing needs JavaScript. Every form carries the session's CSRF
 * token; a form over {@link #MAX_FORM_BYTES} is refused.
 *
 * <p>It is a little over 350 lines because every handler checks the session, the CSRF token and the
 * form itself before it acts; the editor page's parts are in {@link NewsroomEditorPage}.
 */
final class NewsroomRoutes {

  /** Forms larger than this are refused (413): a story is a few kilobytes. */
  static final int MAX_FORM_BYTES = 64 * 1024;

  private static final int MAX_PARAGRAPHS = 200;

  private final NewsroomReview review;
  private final NewsroomSignIn signIn;
  private final EditionCatalog catalog;
  private final PathParams params;
  private final ReferenceData reference;
  private final StoreLock store;
  private final TemplateEngine templates =
      TemplateEngine.createPrecompiled(null, ContentType.Html, NewsroomRoutes.class.getClassLoader(), "haul.server.pages");

  NewsroomRoutes(NewsroomReview review, NewsroomSignIn signIn, EditionCatalog catalog, PathParams params,
      ReferenceData reference, StoreLock store) {
    this.review = review;
    this.signIn = signIn;
    this.catalog = catalog;
    this.params = params;
    this.reference = reference;
    this.store = store;
  }

  void register(Routes routes) {
    routes.get("/newsroom", this::home);
    routes.get("/newsroom/sign-in", this::signInForm);
    routes.post("/newsroom/sign-in", this::signIn);
    routes.post("/newsroom/sign-out", this::signOut);
    routes.get("/newsroom/admin", this::admin);
    routes.post("/newsroom/admin/settings", this::saveSettings);
    routes.get("/newsroom/{year}", this::queue);
    routes.get("/newsroom/{year}/{agency}", this::story);
    routes.post("/newsroom/{year}/{agency}", this::act);
  }

  /**
   * Checks a form before any field is read: urlencoded (so a multipart body cannot reach the
   * parser) and at most {@link #MAX_FORM_BYTES} (read whole first, since a client refused before it
   * has sent its body sees a broken connection, not the refusal; the server's own limit bounds it). Handlers call it after reading their path, so a
   * malformed year or code is refused first.
   */
  private static void requireForm(Context ctx) {
    String type = Optional.ofNullable(ctx.contentType()).orElse("").split(";")[0].strip().toLowerCase(Locale.ROOT);
    if (!type.equals("application/x-www-form-urlencoded")) {
      throw ApiError.unsupportedMediaType("the newsroom's forms are application/x-www-form-urlencoded");
    }
    if (ctx.bodyAsBytes().length > MAX_FORM_BYTES) {
      throw new ApiError(413, "the form is too large (at most " + MAX_FORM_BYTES / 1024 + " KB)");
    }
  }

  /** The signed-in user, or empty after sending the sign-in page's address (303). */
  private Optional<User> user(Context ctx) {
    Optional<User> user = signIn.user(ctx);
    if (user.isEmpty()) {
      ctx.redirect("/newsroom/sign-in", HttpStatus.SEE_OTHER);
    }
    return user;
  }

  private static Signed signed(User user) {
    return new Signed(user.token().name(), user.token().role().label(), user.token().admin(), user.csrf());
  }

  private void home(Context ctx) {
    if (user(ctx).isEmpty()) {
      return;
    }
    List<FinancialYear> years = catalog.years(true);
    if (years.isEmpty()) {
      render(ctx, 200, "empty.jte", "Nothing has been published yet.");
      return;
    }
    ctx.redirect("/newsroom/" + years.get(0).slug(), HttpStatus.SEE_OTHER);
  }

  private void signInForm(Context ctx) {
    if (signIn.user(ctx).isPresent()) {
      ctx.redirect("/newsroom", HttpStatus.SEE_OTHER);
      return;
    }
    render(ctx, 200, "newsroom/signin.jte", new NewsroomPages.SignIn(signIn.signInFormToken(ctx), Optional.empty()));
  }

  private void signIn(Context ctx) {
    requireForm(ctx);
    NewsroomSignIn.Attempt attempt = signIn.signIn(ctx);
    if (attempt instanceof NewsroomSignIn.Failed failed) {
      render(ctx, failed.status(), "newsroom/signin.jte",
          new NewsroomPages.SignIn(signIn.signInFormToken(ctx), Optional.of(failed.message())));
      return;
    }
    ctx.redirect("/newsroom", HttpStatus.SEE_OTHER);
  }

  private void signOut(Context ctx) {
    requireForm(ctx);
    Optional<User> user = user(ctx);
    if (user.isEmpty()) {
      return;
    }
    NewsroomSignIn.requireCsrf(ctx, user.get());
    signIn.signOut(ctx, user.get());
    ctx.redirect("/newsroom/sign-in", HttpStatus.SEE_OTHER);
  }

  /** The signed-in admin; 403 for an editor. */
  private Optional<User> signedInAdmin(Context ctx) {
    Optional<User> user = user(ctx);
    if (user.isPresent() && !user.get().token().admin()) {
      throw ApiError.forbidden("only an admin may see pre-release views and change the newsroom's settings");
    }
    return user;
  }

  private void admin(Context ctx) {
    signedInAdmin(ctx).ifPresent(user -> renderAdmin(ctx, user, Optional.empty()));
  }

  private void renderAdmin(Context ctx, User user, Optional<String> message) {
    List<NewsroomPages.ViewRow> views = store.with(s -> new NewsroomViews(s).all()).stream()
        .map(v -> new NewsroomPages.ViewRow(NewsroomEditorPage.UK_TIME.format(v.viewedAt()), v.tokenName(), v.tokenId(),
            new FinancialYear(v.financialYearEnd()).label(), v.edition(), v.what()))
        .toList();
    NewsroomSettings.Values settings = store.with(s -> new NewsroomSettings(s).get()).orElse(NewsroomFeeds.DEFAULT_SETTINGS);
    render(ctx, 200, "newsroom/admin.jte", new NewsroomPages.Admin(signed(user), views, settings.newsroomName(),
        settings.copyrightHolder(), settings.usageTerms(), message));
  }

  private void saveSettings(Context ctx) {
    requireForm(ctx);
    Optional<User> user = signedInAdmin(ctx);
    if (user.isEmpty()) {
      return;
    }
    NewsroomSignIn.requireCsrf(ctx, user.get());
    NewsroomSettings.Values values = new NewsroomSettings.Values(
        required(ctx, "newsroom_name"), required(ctx, "copyright_holder"), required(ctx, "usage_terms"));
    Instant now = catalog.now();
    store.with(s -> {
      new NewsroomSettings(s).set(values, user.get().token().name(), now);
      return null;
    });
    renderAdmin(ctx, user.get(), Optional.of("Settings saved: the feeds carry them from now on."));
  }

  private static String required(Context ctx, String field) {
    String value = oneParagraph(Optional.ofNullable(ctx.formParam(field)).orElse(""));
    if (value.isEmpty() || value.length() > 2000) {
      throw ApiError.badRequest(field + " must be 1 to 2000 characters");
    }
    return value;
  }

  private ServedEdition latest(FinancialYear year) {
    return review.latest(year).orElseThrow(() -> ApiError.notFound("no edition of " + year.label() + " is published"));
  }

  private Optional<String> embargo(ServedEdition edition) {
    return catalog.status(edition) == EditionStatus.EMBARGOED
        ? Optional.of(NewsroomEditorPage.UK_TIME.format(edition.publicAt()) + " (UK time)") : Optional.empty();
  }

  /** Records a view of an embargoed edition's stories: who, what, when. */
  private void recordView(Context ctx, User user, ServedEdition edition) {
    if (catalog.status(edition) == EditionStatus.EMBARGOED) {
      Instant now = catalog.now();
      store.with(s -> {
        new NewsroomViews(s).record(user.token(), edition.year().endYear(), edition.number(), ctx.method().name() + " "
            + ctx.path(), now);
        return null;
      });
    }
  }

  private String agencyName(String code) {
    return reference.agencies().byCode(code).map(Agency::fullName).orElse(code);
  }

  private void queue(Context ctx) {
    FinancialYear year = params.year(ctx.pathParam("year"));
    Optional<User> user = user(ctx);
    if (user.isEmpty()) {
      return;
    }
    ServedEdition edition = latest(year);
    recordView(ctx, user.get(), edition);
    List<QueueRow> rows = new ArrayList<>();
    for (NewsroomStory story : review.stories(edition)) {
      NewsroomVersion version = review.version(story);
      List<String> warnings = new ArrayList<>();
      story.revisionWarning().ifPresent(warnings::add);
      warnings.addAll(version.warnings());
      rows.add(new QueueRow(agencyName(story.agencyCode()), "/newsroom/" + year.slug() + "/" + story.agencyCode(),
          story.status().label(), warnings, version.matched(), version.contradicted(), version.unknown(), NewsroomEditorPage.decided(story)));
    }
    render(ctx, 200, "newsroom/queue.jte", new NewsroomPages.Queue(signed(user.get()), year.label(), edition.number(),
        embargo(edition), rows, "/feeds/" + year.slug() + "/stories.atom"));
  }

  private void story(Context ctx) {
    FinancialYear year = params.year(ctx.pathParam("year"));
    Agency agency = params.agency(ctx.pathParam("agency"));
    Optional<User> user = user(ctx);
    if (user.isEmpty()) {
      return;
    }
    ServedEdition edition = latest(year);
    NewsroomStory story = review.story(edition, agency.code())
        .orElseThrow(() -> ApiError.notFound("no story for " + agency.code() + " in " + year.label()));
    recordView(ctx, user.get(), edition);
    renderStory(ctx, 200, user.get(), edition, story, review.version(story), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /** Save, approve or hold: the form's {@code action}. */
  private void act(Context ctx) {
    FinancialYear year = params.year(ctx.pathParam("year"));
    Agency agency = params.agency(ctx.pathParam("agency"));
    requireForm(ctx);
    Optional<User> user = user(ctx);
    if (user.isEmpty()) {
      return;
    }
    NewsroomSignIn.requireCsrf(ctx, user.get());
    ServedEdition edition = latest(year);
    String action = Optional.ofNullable(ctx.formParam("action")).orElse("");
    if (!List.of("save", "approve", "hold").contains(action)) {
      throw ApiError.badRequest("action must be save, approve or hold");
    }
    String rawBase = Optional.ofNullable(ctx.formParam("base_version")).orElse("");
    if (!rawBase.matches("[1-9]\\d{0,8}")) {
      throw ApiError.badRequest("base_version must be the version the form was loaded with: 1, 2, ...");
    }
    int base = Integer.parseInt(rawBase);
    String headline = oneParagraph(Optional.ofNullable(ctx.formParam("headline")).orElse(""));
    List<String> body = paragraphs(ctx);
    if (headline.isEmpty()) {
      throw ApiError.badRequest("a story needs a headline");
    }
    NewsroomStory story = review.story(edition, agency.code())
        .orElseThrow(() -> ApiError.notFound("no story for " + agency.code() + " in " + year.label()));
    Outcome outcome = review.version(story).number() == base && sameText(review.version(story), headline, body)
        ? new Done(story, review.version(story))
        : review.save(edition, agency.code(), base, headline, body, user.get().token());
    String saved = outcome instanceof Done done && done.version().number() != base ? "Saved as version "
        + done.version().number() + ". " : "";
    if (outcome instanceof Done done && !action.equals("save")) {
      int current = done.story().currentVersion();
      outcome = action.equals("approve")
          ? review.approve(edition, agency.code(), current, user.get().token())
          : review.hold(edition, agency.code(), current, user.get().token());
    }
    if (outcome instanceof Done done) {
      String said = switch (action) {
        case "approve" -> "Approved: the story is in the feeds once its edition is public.";
        case "hold" -> "Held: the story stays out of the feeds.";
        default -> saved.isEmpty() ? "Nothing changed." : "check-story's findings are beside each paragraph.";
      };
      renderStory(ctx, 200, user.get(), edition, done.story(), done.version(), Optional.of(saved + said),
          Optional.empty(), Optional.empty());
    } else if (outcome instanceof Refused refused) {
      NewsroomStory now = review.story(edition, agency.code()).orElseThrow();
      renderStory(ctx, 409, user.get(), edition, now, review.version(now),
          saved.isEmpty() ? Optional.empty() : Optional.of(saved), Optional.of("Not approved: " + refused.reason() + "."),
          Optional.empty());
    } else if (outcome instanceof NewsroomReview.Conflict conflict) {
      renderStory(ctx, 409, user.get(), edition, conflict.story(), conflict.theirs(), Optional.empty(), Optional.empty(),
          Optional.of(new Conflict(conflict.theirs().headline(), conflict.theirs().body(), headline, body)));
    }
  }

  private static boolean sameText(NewsroomVersion version, String headline, List<String> body) {
    return version.headline().equals(headline) && version.body().equals(body);
  }

  /**
   * A paragraph is one paragraph: line breaks typed inside it become spaces, and other control
   * characters (which no story holds, and PostgreSQL's text refuses as NUL) are dropped.
   */
  private static String oneParagraph(String text) {
    return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").replaceAll("\\p{Cntrl}", "").strip();
  }

  private static List<String> paragraphs(Context ctx) {
    List<String> body = new ArrayList<>();
    for (int i = 1; i <= MAX_PARAGRAPHS; i++) {
      String field = ctx.formParam("paragraph-" + i);
      if (field == null) {
        break;
      }
      body.add(oneParagraph(field));
    }
    body.add(oneParagraph(Optional.ofNullable(ctx.formParam("paragraph-new")).orElse("")));
    body.removeIf(String::isEmpty);
    return body;
  }

  /**
   * The editor page. {@code shown} is the version the fields hold and the form saves against; on a
   * conflict it is theirs, with the editor's own text in the fields.
   */
  private void renderStory(Context ctx, int status, User user, ServedEdition edition, NewsroomStory story,
      NewsroomVersion shown, Optional<String> message, Optional<String> error, Optional<Conflict> conflict) {
    List<Field> fields = NewsroomEditorPage.fields(shown, conflict);
    FinancialYear year = edition.year();
    String counts = shown.matched() + " matched, " + shown.contradicted() + " contradicted, " + shown.unknown() + " unknown";
    render(ctx, status, "newsroom/story.jte", new StoryPage(signed(user), agencyName(story.agencyCode()), year.label(),
        "/newsroom/" + year.slug() + "/" + story.agencyCode(), edition.number(), embargo(edition), story.status().label(),
        story.decidedBy().isPresent() ? Optional.of(NewsroomEditorPage.decided(story)) : Optional.empty(), shown.warnings(),
        story.revisionWarning(), message, error, shown.number(), counts, fields.get(0), fields.subList(1, fields.size()),
        conflict, NewsroomEditorPage.history(review.history(story)), NewsroomEditorPage.diff(review.generated(story), shown),
        "/api/releases/" + year.slug() + "/stories/" + story.agencyCode() + ".ninjs",
        "/newsroom/" + year.slug()));
  }

  private void render(Context ctx, int status, String template, Object model) {
    Utf8ByteOutput output = new Utf8ByteOutput();
    templates.render(template, model, output);
    ctx.status(status);
    if (status >= 400) {
      ErrorResponses.keepBody(ctx);
    }
    ctx.header("Cache-Control", Responses.CACHE_PRIVATE);
    ctx.contentType("text/html; charset=utf-8");
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(output.getContentLength())) {
      output.writeTo(bytes);
      ctx.result(bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
