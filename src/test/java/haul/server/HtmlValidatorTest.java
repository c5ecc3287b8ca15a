package haul.server;

import static org.assertj.core.api.Assertions.assertThat;

import haul.testing.NuHtmlChecker;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Nu Html Checker (run as a separate process, see {@link NuHtmlChecker}) on the HTML that
 * readers get from the demo's release as {@code haul serve} answers it: the bulletin, five stories
 * (the same bytes as {@code OUT/stories/*.html}), every dashboard page and the "page not found"
 * page. No errors.
 */
class HtmlValidatorTest {

  private static final List<String> STORIES = List.of("thames-valley", "metropolitan-police", "kent", "border-force", "british-transport-police");

  @TempDir Path dir;
  @TempDir Path pages;

  @Test
  void theBulletinStoriesAndEveryDashboardPageHaveNoHtmlErrors() {
    Map<String, String> html = new LinkedHashMap<>();
    try (TestServer running = DemoEdition.server(dir).start()) {
      html.put("bulletin.html", page(running, "/api/releases/2021-22/files/bulletin.html"));
      for (String code : STORIES) {
        html.put("stories/" + code + ".html", page(running, "/api/releases/2021-22/stories/" + code + ".html"));
      }
      for (String path : DemoEdition.dashboardPages()) {
        html.put(path, page(running, path));
      }
      HttpResponse<String> missing = running.get("/no-such-page", "Accept", "text/html");
      assertThat(missing.statusCode()).isEqualTo(404);
      html.put("/no-such-page (404)", missing.body());
    }
    assertThat(html).hasSizeGreaterThan(60);
    assertThat(NuHtmlChecker.errors(html, pages)).isEmpty();
  }

  /** The dashboard of a release from the published tables alone (TablesEdition), where agencies are missing. */
  @Test
  void theDashboardOfAReleaseFromThePublishedTablesHasNoHtmlErrors(@TempDir Path tables) {
    Map<String, String> html = new LinkedHashMap<>();
    try (TestServer running = TablesEdition.server(tables).start()) {
      for (String path : TablesEdition.dashboardPages()) {
        html.put(path, page(running, path));
      }
    }
    assertThat(NuHtmlChecker.errors(html, pages)).isEmpty();
  }

  private static String page(TestServer running, String path) {
    HttpResponse<String> response = running.get(path, "Accept", "text/html");
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).as(path).get().asString().startsWith("text/html");
    return response.body();
  }
}
