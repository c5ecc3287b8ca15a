package haul.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The dashboard in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, named
 * explicitly so Selenium Manager never reaches for the network): home page, a keyboard-reachable
 * link to Thames Valley, its figures and story, all under the server's Content-Security-Policy with no
 * violation in the console. Screenshots go to {@code target/screenshots/}.
 * Without the browser the test skips saying why; under CI=true it fails.
 */
class DashboardBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir Path dir;
  @TempDir Path profile;
  @TempDir Path tables;
  TestServer test;
  WebDriver browser;

  @BeforeEach
  void start() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: .ci/run installs chromium and chromium-driver");
    }
    Assumptions.assumeTrue(present, "skipped: " + CHROMIUM + " and " + CHROMEDRIVER + " are needed (apt-get install chromium chromium-driver)");
    test = TestServer.withStandardEdition(dir).start();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
        "--window-size=1280,2000");
    // The browser's console, to see any Content-Security-Policy violation.
    options.setCapability("goog:loggingPrefs", java.util.Map.of(org.openqa.selenium.logging.LogType.BROWSER, "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    browser.manage().window().setSize(new Dimension(1280, 2000));
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
  void fromTheHomePageALinkLeadsToThamesValleyWithItsFiguresAndStory() throws IOException {
    browser.get(test.uri("/").toString());
    assertThat(browser.getTitle()).isEqualTo("Drug seizures in England and Wales, 2021/22 - haul");
    assertThat(browser.findElement(By.id("headline-figures")).getText()).contains("188,927").contains("219,578");
    assertThat(browser.findElements(By.cssSelector(".haul-chart svg"))).as("ECharts drew the charts").hasSize(2);
    for (WebElement chart : browser.findElements(By.cssSelector(".haul-chart svg"))) {
      assertThat(chart.findElements(By.tagName("text")).stream().map(WebElement::getText).toList())
          .as("the chart's axis titles, with the unit").contains("Number of seizures").containsAnyOf("Financial year", "Region");
    }
    screenshot("home");

    // A keyboard user reaches the link with Tab alone, then follows it with Enter.
    WebElement link = browser.findElement(By.linkText("Thames Valley"));
    int presses = 0;
    while (!link.equals(browser.switchTo().activeElement()) && presses < 200) {
      new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.TAB).perform();
      presses++;
    }
    assertThat(browser.switchTo().activeElement()).as("Tab reaches the Thames Valley link").isEqualTo(link);
    browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);

    assertThat(browser.getCurrentUrl()).endsWith("/agencies/thames-valley");
    String figures = browser.findElement(By.id("agency-figures")).getText();
    assertThat(figures).contains("679").contains("1,608");
    String story = browser.findElement(By.id("story")).getText();
    assertThat(story).contains("Thames Valley Police made 679 drug seizures in the year to March 2022, down from 1,608 the year before.");
    assertThat(story).as("a quote with a script tag shows as text").contains("<script>alert('haul')</script> is not how we count.");
    screenshot("agency-thames-valley");

    browser.findElement(By.linkText("South East")).click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("South East");
    screenshot("region-south-east");

    browser.findElement(By.linkText("Downloads")).click();
    assertThat(browser.findElement(By.partialLinkText("seizures_by_agency.csv (CSV, ")).getAttribute("href"))
        .endsWith("/api/releases/2021-22/tables/seizures_by_agency.csv");
    screenshot("downloads");
    assertNoPolicyViolations();
  }

  /**
   * A release from the published tables alone (TablesEdition: no Welsh forces; 2014/15 without
   * Bedfordshire and Hampshire), as a reader sees it: the charts drawn, their captions and the
   * tables' headers naming the seizures in these tables, and the headline change counting the
   * agencies as the bulletin counts them.
   */
  @Test
  void aReleaseFromThePublishedTablesNamesItsPartialTotalsInTheChartsTablesAndHeadline() throws IOException {
    test.close();
    test = TablesEdition.server(tables).start();
    String bulletin = haul.publish.Bulletins.markdown(Json.MAPPER.readTree(test.get("/api/releases/2015-16/files/bulletin.json").body()));
    java.util.regex.Matcher across = java.util.regex.Pattern.compile("Across (the \\d+ police forces and Border Force) with figures in both years")
        .matcher(bulletin);
    assertThat(across.find()).as("the bulletin's like-for-like change").isTrue();

    browser.get(test.uri("/").toString());
    assertThat(browser.findElements(By.cssSelector(".haul-chart svg"))).as("ECharts drew the charts").hasSize(2);
    assertThat(browser.findElements(By.tagName("figcaption")).stream().map(WebElement::getText).toList())
        .containsExactly("Seizures in these tables, by financial year", "Seizures by region, 2015/16");
    assertThat(browser.findElement(By.cssSelector("#chart-regions thead")).getText()).contains("Share of the seizures in these tables (%)")
        .doesNotContain("England and Wales");
    assertThat(browser.findElement(By.id("headline-coverage")).getText()).startsWith("These figures are of " + across.group(1)
        + " with figures in both years. The Welsh forces are missing from these tables. Bedfordshire Police and Hampshire Constabulary"
        + " have no figures for the year to March 2015, so they are left out of the comparison.");
    screenshot("home-tables");

    browser.findElement(By.linkText("South East")).click();
    assertThat(browser.findElement(By.cssSelector("#chart-region thead")).getText()).contains("Share of the seizures in these tables (%)");
    assertThat(browser.findElements(By.cssSelector(".haul-chart svg"))).as("ECharts drew the region's chart").hasSize(1);
    screenshot("region-south-east-tables");
    assertNoPolicyViolations();
  }

  /** Under the server's Content-Security-Policy, every page above loaded and ran with no violation. */
  private void assertNoPolicyViolations() {
    java.util.List<String> console = browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)
        .getAll().stream().map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
    assertThat(console).noneMatch(line -> line.contains("Content Security Policy") || line.contains("Content-Security-Policy"));
  }

  private void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
