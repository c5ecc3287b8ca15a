package haul.server;

import static org.assertj.core.api.Assertions.assertThat;

import haul.store.NewsroomViews;
import haul.store.StoreKind;
import haul.store.TestStores;
import haul.store.TokenRole;
import haul.store.Tokens;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The newsroom's pages over HTTP: sign-in and its cookie, who may sign in, sessions that end, CSRF
 * on every form, the size limit, conflicts, escaping, and the admin's record of pre-release views.
 */
class NewsroomPagesTest {

  static final String STORY = "/newsroom/2021-22/thames-valley";

  @RegisterExtension final TestStores stores = TestStores.perTest();
  NewsroomHttp http;
  String editor;

  @BeforeEach
  void start() {
    http = new NewsroomHttp(stores.open(StoreKind.DUCKDB), Optional.empty());
    http.publish(Optional.of(NewsroomFixture.NOW.plus(Duration.ofDays(1))));
    editor = http.token(TokenRole.EDITOR, Optional.empty(), "A. Editor");
  }

  @AfterEach
  void stop() {
    http.close();
  }

  private Map<String, String> form(HttpResponse<String> page, String action) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("csrf", NewsroomHttp.csrf(page));
    form.put("action", action);
    java.util.regex.Matcher base = java.util.regex.Pattern.compile("name=\"base_version\" value=\"(\\d+)\"").matcher(page.body());
    assertThat(base.find()).isTrue();
    form.put("base_version", base.group(1));
    java.util.regex.Matcher fields = java.util.regex.Pattern
        .compile("<textarea class=\"govuk-textarea\" id=\"([a-z0-9-]+)\" name=\"[a-z0-9-]+\" rows=\"\\d+\">([^<]*)</textarea>")
        .matcher(page.body());
    while (fields.find()) {
      form.put(fields.group(1), unescape(fields.group(2)));
    }
    return form;
  }

  /** The text of a textarea as a browser submits it (jte escapes these five). */
  private static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"").replace("&#39;", "'")
        .replace("&quot;", "\"").replace("&amp;", "&");
  }

  @Test
  void behindATlsProxyTheSessionCookieIsSecure() {
    try (NewsroomHttp https = new NewsroomHttp(stores.open(StoreKind.DUCKDB), Optional.of(URI.create("https://news.example.org")))) {
      HttpResponse<String> form = https.get("/newsroom/sign-in");
      assertThat(form.headers().allValues("Set-Cookie")).singleElement().satisfies(cookie -> assertThat(cookie)
          .startsWith("haul_sign_in=").endsWith("; HttpOnly; SameSite=Strict; Secure"));
    }
    HttpResponse<String> form = http.get("/newsroom/sign-in");
    assertThat(form.headers().allValues("Set-Cookie")).singleElement().satisfies(cookie -> assertThat(cookie)
        .endsWith("; HttpOnly; SameSite=Strict"));
  }

  @Test
  void aSignedOutUserGetsTheSignInPageAndAnEditorSignsInWithAStrictHttpOnlyCookie() {
    HttpResponse<String> away = http.get(STORY);
    assertThat(away.statusCode()).isEqualTo(303);
    assertThat(away.headers().firstValue("Location")).hasValue("/newsroom/sign-in");
    assertThat(http.get("/newsroom/sign-in").body()).contains("Sign in to the newsroom");

    HttpResponse<String> signedIn = http.signIn(editor);
    assertThat(signedIn.statusCode()).isEqualTo(303);
    assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
        .startsWith("haul_session=").endsWith("; Path=/; Max-Age=28800; HttpOnly; SameSite=Strict"));
    HttpResponse<String> queue = http.get("/newsroom/2021-22");
    assertThat(queue.statusCode()).isEqualTo(200);
    assertThat(queue.body()).contains("Signed in as <strong id=\"signed-in-as\">A. Editor</strong>")
        .contains("Embargoed until 21 April 2023, 09:30 (UK time)").contains("Thames Valley Police").contains("draft");
    assertThat(http.get("/newsroom").headers().firstValue("Location")).hasValue("/newsroom/2021-22");

    // Sign-out ends the session: the same cookie no longer works.
    Map<String, String> signOut = Map.of("csrf", NewsroomHttp.csrf(queue));
    assertThat(http.post("/newsroom/sign-out", signOut).statusCode()).isEqualTo(303);
    assertThat(http.get("/newsroom/2021-22").statusCode()).isEqualTo(303);
  }

  @Test
  void agencyUnknownAndRevokedTokensCannotSignInAndSessionsExpire() {
    String agency = http.token(TokenRole.AGENCY, Optional.of("kent"), "kent");
    HttpResponse<String> refused = http.signIn(agency);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("An agency token cannot sign in to the newsroom");
    assertThat(refused.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("haul_session=") && !c.startsWith("haul_session=;"));
    assertThat(http.signIn("not-a-token").statusCode()).isEqualTo(401);
    Map<String, String> noCsrf = Map.of("token", editor);
    http.client = NewsroomHttp.browser();
    assertThat(http.post("/newsroom/sign-in", noCsrf).statusCode()).as("the sign-in form needs its token too").isEqualTo(403);

    http.signIn(editor);
    assertThat(http.get("/newsroom/2021-22").statusCode()).isEqualTo(200);
    http.fixture.clock.advance(NewsroomSignIn.SESSION_LENGTH.plusMinutes(1));
    assertThat(http.get("/newsroom/2021-22").statusCode()).as("expired").isEqualTo(303);

    http.signIn(editor);
    long id = new Tokens(http.fixture.store).verify(editor).orElseThrow().id();
    new Tokens(http.fixture.store).revoke(id, http.fixture.clock.instant());
    assertThat(http.get("/newsroom/2021-22").statusCode()).as("revoked").isEqualTo(303);
  }

  @Test
  void aFormWithoutTheSessionsCsrfTokenOrOver64KbIsRefused() {
    http.signIn(editor);
    HttpResponse<String> page = http.get(STORY);
    Map<String, String> form = form(page, "save");
    form.put("headline", form.get("headline") + " today");
    Map<String, String> forged = new LinkedHashMap<>(form);
    forged.remove("csrf");
    assertThat(http.post(STORY, forged).statusCode()).isEqualTo(403);
    forged.put("csrf", "x".repeat(43));
    assertThat(http.post(STORY, forged).statusCode()).isEqualTo(403);
    Map<String, String> large = new LinkedHashMap<>(form);
    large.put("paragraph-1", "a".repeat(70_000));
    assertThat(http.post(STORY, large).statusCode()).isEqualTo(413);
    assertThat(http.get(STORY).body()).contains("<strong class=\"govuk-tag\" id=\"status\">draft</strong>");

    HttpResponse<String> saved = http.post(STORY, form);
    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(saved.body()).contains("Saved as version 2.").contains("id=\"status\">edited</strong>")
        .contains("<ins> today</ins></td>");
  }

  @Test
  void theSecondOfTwoSavesOfOneVersionIsRefusedShowingBothTextsAndEditsAreEscaped() {
    http.signIn(editor);
    HttpResponse<String> page = http.get(STORY);
    Map<String, String> first = form(page, "save");
    first.put("headline", "Their <b>headline</b>");
    Map<String, String> second = form(page, "save");
    second.put("headline", "Your headline");
    assertThat(http.post(STORY, first).statusCode()).isEqualTo(200);
    HttpResponse<String> conflict = http.post(STORY, second);
    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(conflict.body()).contains("Another editor saved this story first")
        .contains("Their &lt;b&gt;headline&lt;/b&gt;").contains("Your headline").doesNotContain("<b>headline</b>");
  }

  @Test
  void anAdminSeesWhoViewedTheEmbargoedStoriesAndSetsTheNewsroomsSettings() {
    http.signIn(editor);
    http.get("/newsroom/2021-22");
    http.get(STORY);
    assertThat(http.get("/newsroom/admin").statusCode()).as("an editor is no admin").isEqualTo(403);

    http.client = NewsroomHttp.browser();
    http.signIn(http.token(TokenRole.ADMIN, Optional.empty(), "Stats Team"));
    HttpResponse<String> admin = http.get("/newsroom/admin");
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(admin.body()).contains("A. Editor (token 1)").contains("GET /newsroom/2021-22/thames-valley")
        .contains("2021/22 edition 1");
    List<NewsroomViews.View> views = new NewsroomViews(http.fixture.store).all();
    assertThat(views).extracting(NewsroomViews.View::what).containsExactly("GET " + STORY, "GET /newsroom/2021-22");

    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("csrf", NewsroomHttp.csrf(admin));
    settings.put("newsroom_name", "The Courier");
    settings.put("copyright_holder", "Courier Media\u0001 Ltd"); // a control character no XML feed can carry
    settings.put("usage_terms", "For Courier titles only.");
    assertThat(http.post("/newsroom/admin/settings", settings).body()).contains("Settings saved");
    http.fixture.clock.advance(Duration.ofDays(2));
    Map<String, Object> ninjs = TestServer.json(http.get("/api/releases/2021-22/stories/kent.ninjs"));
    assertThat(ninjs).containsEntry("by", "The Courier").containsEntry("copyrightnotice", "Copyright 2023 Courier Media Ltd")
        .containsEntry("usageterms", "For Courier titles only.");
    assertThat(http.get("/feeds/2021-22/stories.atom").statusCode()).as("the feed carries the settings").isEqualTo(200);
  }

  @Test
  void hostileFormsAndPathsAreRefusedWithoutAServerError() {
    java.util.function.Function<String, HttpResponse<String>> raw = body -> http.send(java.net.http.HttpRequest
        .newBuilder(http.uri(STORY)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
    assertThat(http.send(java.net.http.HttpRequest.newBuilder(http.uri("/newsroom/sign-in"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("%zz=%&token=%")).build()).statusCode()).isBetween(400, 499);
    http.signIn(editor);
    HttpResponse<String> page = http.get(STORY);
    String csrf = NewsroomHttp.csrf(page);
    assertThat(raw.apply("%zz=%&csrf=" + csrf).statusCode()).isBetween(400, 499);
    assertThat(raw.apply("csrf=" + csrf + "&action=delete&base_version=1&headline=x").statusCode()).isEqualTo(400);
    assertThat(raw.apply("csrf=" + csrf + "&action=save&base_version=99999999999999&headline=x").statusCode()).isEqualTo(400);
    assertThat(raw.apply("csrf=" + csrf + "&action=save&base_version=1&headline=").statusCode()).isEqualTo(400);
    assertThat(http.send(java.net.http.HttpRequest.newBuilder(http.uri(STORY)).header("Content-Type", "multipart/form-data; boundary=x")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("--x\r\ngarbage")).build()).statusCode()).isBetween(400, 499);
    Map<String, String> nul = form(page, "save");
    nul.put("headline", "A headline with a NUL \u0000 and a bell \u0007");
    HttpResponse<String> saved = http.post(STORY, nul);
    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(saved.body()).contains("A headline with a NUL  and a bell");
    assertThat(http.get("/newsroom/2021-22/Not-A-Code").statusCode()).isEqualTo(400);
    assertThat(http.get("/newsroom/2021-22/atlantis").statusCode()).isEqualTo(404);
    assertThat(http.get("/newsroom/2030-31").statusCode()).isEqualTo(404);
    assertThat(http.get("/api/releases/2030-31/stories/kent.ninjs").statusCode()).isEqualTo(404);
    assertThat(http.get("/feeds/20x1-22/stories.atom").statusCode()).isEqualTo(400);
    http.client = NewsroomHttp.browser();
    assertThat(http.get("/newsroom/2021-22", "Cookie", "haul_session=' OR 1=1 --").statusCode()).isEqualTo(303);
    assertThat(http.get("/newsroom/2021-22", "Cookie", "haul_session=" + "x".repeat(5000)).statusCode()).isEqualTo(303);
  }

  @Test
  void failedSignInsCountTowardsTheFailedAuthenticationLimitWithTheApisOwn() {
    for (int i = 0; i < 5; i++) {
      assertThat(http.signIn("guess-" + i).statusCode()).isEqualTo(401);
    }
    for (int i = 0; i < 5; i++) {
      assertThat(http.get("/api/releases", "Authorization", "Bearer guess-" + i).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> limited = http.signIn(editor);
    assertThat(limited.statusCode()).as("even the right token waits").isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    assertThat(limited.body()).contains("Too many failed tokens from this address");
    http.fixture.clock.advance(Duration.ofMinutes(1));
    assertThat(http.signIn(editor).statusCode()).isEqualTo(303);
  }
}
