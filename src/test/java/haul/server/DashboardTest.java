package haul.server;

import static org.assertj.core.api.Assertions.assertThat;

import haul.store.EditionFixture;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's pages over HTTP: figures, links, and text from data escaped. */
class DashboardTest {

  @TempDir Path dir;
  TestServer test;

  @AfterEach
  void stop() {
    if (test != null) {
      test.close();
    }
  }

  private HttpResponse<String> page(String path) {
    HttpResponse<String> response = test.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
    return response;
  }

  @Test
  void theHomePageShowsEnglandAndWalesTheChangeTheYearsAndTheRegions() {
    test = TestServer.withStandardEdition(dir).start();
    String html = page("/").body();
    assertThat(html).contains("Drug seizures in England and Wales, the year ending March 2022");
    assertThat(html).contains("<dd class=\"govuk-summary-list__value\">188,927</dd>");
    assertThat(html).contains("<dd class=\"govuk-summary-list__value\">219,578</dd>");
    assertThat(html).contains("-30,651 (-14.0%)");
    assertThat(html).contains("<td class=\"govuk-table__cell govuk-table__cell--numeric\" data-value=\"219578\">219,578</td>");
    assertThat(html).contains("<a class=\"govuk-link\" href=\"/regions/east-of-england\">East of England</a>");
    assertThat(html).contains("<a class=\"govuk-link\" href=\"/agencies/thames-valley\">Thames Valley</a>");
    assertThat(html).contains("/styles/govuk-frontend.css");
    assertThat(html).contains("<dt class=\"govuk-summary-list__key\">Seizures, 2020/21</dt>",
        "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">2020/21</th>")
        .doesNotContain("The year before");
    assertThat(html).as("the fixture has no figures for Kent in 2020/21 (a blank row), so its totals lack an agency")
        .contains("Data for the chart: Seizures in these tables, by financial year",
            "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Share of the seizures in these tables (%)</th>")
        .doesNotContain("Seizures in England and Wales, by financial year");
  }

  @Test
  void theDashboardsStylesheetHasNeitherGdsTransportNorTheCrown() {
    test = TestServer.withStandardEdition(dir).start();
    HttpResponse<String> css = test.get("/styles/govuk-frontend.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.body()).contains(".govuk-header", "font-family:arial,sans-serif")
        .doesNotContain("GDS Transport", "govuk-crest", "@font-face");
  }

  @Test
  void aBrowserAskingForAnUnknownPageGetsAnHtmlPageNotFoundAndTheApiKeepsJson() {
    test = TestServer.withStandardEdition(dir).start();
    for (String path : java.util.List.of("/agencies/no-such-agency", "/no/such/page", "/regions/atlantis")) {
      HttpResponse<String> page = test.get(path, "Accept", "text/html,application/xhtml+xml");
      assertThat(page.statusCode()).as(path).isEqualTo(404);
      assertThat(page.headers().firstValue("Content-Type")).as(path).hasValue("text/html;charset=utf-8");
      assertThat(page.body()).as(path).contains("<h1 class=\"govuk-heading-xl\">Page not found</h1>", "<main");
    }
    HttpResponse<String> api = test.get("/api/releases/2021-22/agencies/no-such-agency", "Accept", "text/html");
    ApiRefusalTest.assertJsonError(api, 404);
    ApiRefusalTest.assertJsonError(test.get("/agencies/no-such-agency"), 404);
  }

  @Test
  void anAgencyPageShowsBothYearsItsDrugsAndItsStory() {
    test = TestServer.withStandardEdition(dir).start();
    String html = page("/agencies/thames-valley").body();
    assertThat(html).contains("<h1 class=\"govuk-heading-xl\">Thames Valley</h1>");
    assertThat(html).contains("<dd class=\"govuk-summary-list__value\">679</dd>");
    assertThat(html).contains("<dd class=\"govuk-summary-list__value\">1,608</dd>");
    assertThat(html).contains("-929 (-57.8%)");
    assertThat(html).contains("<th scope=\"row\" class=\"govuk-table__header\">Herbal cannabis</th>");
    assertThat(html).contains("34.8 kg");
    assertThat(html).contains("Thames Valley Police made 679 drug seizures in the year to March 2022, down from 1,608 the year before.");
    assertThat(html).contains("<a class=\"govuk-link\" href=\"/regions/south-east\">South East</a>");
    assertThat(html).doesNotContain("id=\"remarks\"");
    String kent = page("/agencies/kent").body();
    assertThat(kent).contains("No story was published for this agency.");
    assertThat(kent).contains("<li>2020/21: not available</li>");
  }

  @Test
  void aRegionPageAndTheDownloads() {
    test = TestServer.withStandardEdition(dir).start();
    String region = page("/regions/south-east").body();
    assertThat(region).contains("<h1 class=\"govuk-heading-xl\">South East</h1>");
    assertThat(region).contains("<a class=\"govuk-link\" href=\"/agencies/kent\">Kent</a>");
    assertThat(region).doesNotContain("Metropolitan Police");
    String downloads = page("/downloads").body();
    assertThat(downloads).contains("2021/22, edition 1 (public)");
    assertThat(downloads).contains("href=\"/api/releases/2021-22/tables/seizures_by_agency.csv\"");
    assertThat(downloads).contains("href=\"/api/releases/2021-22/files/haul-tables-2021-22.ods\"");
    assertThat(downloads).contains("href=\"/api/releases/2021-22/files/stories/thames-valley.html\">Thames Valley Police (HTML page, ");
    assertThat(downloads).containsPattern("seizures_by_agency.csv \\(CSV, [\\d,]+ (bytes|KB)\\)</a>")
        .containsPattern("haul-tables-2021-22.ods \\(ODS spreadsheet, [\\d,.]+ (bytes|KB|MB)\\)</a>");
    assertThat(test.get("/regions/atlantis").statusCode()).isEqualTo(404);
    assertThat(test.get("/regions/South%20East").statusCode()).isEqualTo(400);
    assertThat(test.get("/agencies/atlantis").statusCode()).isEqualTo(404);
  }

  @Test
  void stylesScriptsAndFontsAreServedFromTheWebjars() {
    test = TestServer.withStandardEdition(dir).start();
    assertThat(test.get("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css").statusCode()).isEqualTo(200);
    assertThat(test.get("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode()).isEqualTo(200);
    assertThat(test.get("/assets/fonts/light-94a07e06a1-v2.woff2").statusCode()).isEqualTo(200);
    assertThat(test.get("/static/charts.js").statusCode()).isEqualTo(200);
    HttpResponse<String> escape = test.get("/assets/../../../etc/passwd");
    assertThat(escape.statusCode()).isEqualTo(400);
    ApiRefusalTest.assertJsonError(escape, 400);
    assertThat(test.get("/assets/fonts/nothing.woff2").statusCode()).isEqualTo(404);
  }

  @Test
  void withNothingPublishedTheHomePageSaysSo() {
    test = new TestServerWithoutEditions(dir).start();
    assertThat(page("/").body()).contains("Nothing has been published yet.");
    assertThat(page("/downloads").body()).contains("Nothing has been published yet.");
  }

  @Test
  void namesAndQuotesFromDataShowAsText() {
    test = TestServer.withStandardEdition(dir);
    Map<String, byte[]> hostile = new TreeMap<>(EditionFixture.standardFiles());
    String agencies = new String(hostile.get("tables/seizures_by_agency.csv"), StandardCharsets.UTF_8)
        .replace("2021/22,kent,Kent,", "2021/22,kent,Kent <script>alert(1)</script> & \"Medway\",");
    hostile.put("tables/seizures_by_agency.csv", agencies.getBytes(StandardCharsets.UTF_8));
    EditionFixture.insert(test.store, TestServer.YEAR, 2, TestServer.PUBLISHED.plusSeconds(60), hostile);
    test.start();
    String home = page("/").body();
    assertThat(home).doesNotContain("<script>alert(1)</script>");
    assertThat(home).contains("Kent &lt;script&gt;alert(1)&lt;/script&gt; &amp; \"Medway\"");
    String story = page("/agencies/thames-valley").body();
    assertThat(story).doesNotContain("<script>alert('haul')</script>");
    assertThat(story).contains("&lt;script&gt;alert('haul')&lt;/script&gt; is not how we count.");
  }

  /** A store with no edition at all. */
  private static final class TestServerWithoutEditions {
    private final Path dir;

    TestServerWithoutEditions(Path dir) {
      this.dir = dir;
    }

    TestServer start() {
      return TestServer.empty(dir).start();
    }
  }
}
