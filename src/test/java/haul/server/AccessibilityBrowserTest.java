package haul.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The demo's release as {@code haul serve} answers it, in headless Chromium ({@link Chromium}):
 * axe-core finds no violation of any impact on the bulletin, a story page and every dashboard page
 * (with ECharts' charts drawn), and on a phone 390 CSS pixels wide no page scrolls sideways.
 */
class AccessibilityBrowserTest {

  private static final String BULLETIN = "/api/releases/2021-22/files/bulletin.html";
  private static final String STORY = "/api/releases/2021-22/files/stories/thames-valley.html";

  @TempDir Path dir;
  @TempDir Path profile;
  TestServer test;
  ChromeDriver browser;

  @BeforeEach
  void start() {
    Chromium.require();
    test = DemoEdition.server(dir).start();
    browser = Chromium.start(profile);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (test != null) {
      test.close();
    }
  }

  @Test
  void axeFindsNoViolationOnTheBulletinAStoryOrAnyDashboardPage() {
    List<String> pages = new ArrayList<>(List.of(BULLETIN, STORY));
    pages.addAll(DemoEdition.dashboardPages());
    assertThat(axeViolations(pages)).isEmpty();
  }

  /** The pages of a release from the published tables alone, where agencies are missing (blank rows, an empty region). */
  @Test
  void axeFindsNoViolationOnTheDashboardOfAReleaseFromThePublishedTables(@TempDir Path tables) {
    test.close();
    test = TablesEdition.server(tables).start();
    assertThat(axeViolations(TablesEdition.dashboardPages())).isEmpty();
  }

  /** Every violation axe finds on the pages, each with its page, rule, impact, help and element. */
  private List<String> axeViolations(List<String> pages) {
    List<String> violations = new ArrayList<>();
    for (String path : pages) {
      browser.get(test.uri(path).toString());
      Results results = new AxeBuilder().analyze(browser);
      assertThat(results.getErrorMessage()).as(path).isNull();
      assertThat(results.getPasses()).as(path + ": axe ran its rules").isNotEmpty();
      for (Rule rule : results.getViolations()) {
        for (CheckedNode node : rule.getNodes()) {
          violations.add(path + ": " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + ": " + node.getTarget()
              + " " + node.getHtml());
        }
      }
    }
    return violations;
  }

  @Test
  void onAPhone390PixelsWideNoPageScrollsSideways() {
    Chromium.phone(browser, 390, 844);
    List<String> pages = List.of("/", "/agencies/thames-valley", "/regions/south-east", "/downloads", BULLETIN, STORY);
    for (String path : pages) {
      browser.get(test.uri(path).toString());
      assertThat(((Number) browser.executeScript("return window.innerWidth")).intValue()).as(path).isEqualTo(390);
      long scrollWidth = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
      assertThat(scrollWidth).as(path + ": the page's width in CSS pixels").isLessThanOrEqualTo(390);
      Object wide = browser.executeScript("return Array.from(document.querySelectorAll('table, svg, img, figure'))"
          + ".filter(function (e) { return e.getBoundingClientRect().right > window.innerWidth + 0.5; })"
          + ".map(function (e) { return e.tagName + '#' + e.id; })");
      assertThat((List<?>) wide).as(path + ": tables and charts wider than the phone (clipped)").isEmpty();
    }
    browser.get(test.uri("/").toString());
    assertThat(browser.findElement(By.id("agencies")).getRect().getWidth()).as("the agency table").isLessThanOrEqualTo(390);
  }
}
