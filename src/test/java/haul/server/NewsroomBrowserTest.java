package haul.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import haul.store.StoreKind;
import haul.store.TestStores;
import haul.store.TokenRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The newsroom's whole path in headless Chromium (as {@link DashboardBrowserTest}): a signed-out
 * user gets the sign-in page, an agency token cannot sign in, an editor signs in, opens a story,
 * changes a figure to a wrong value and saves (the contradiction shows beside its paragraph, approve
 * is refused), corrects it and approves; the story is then in the Atom feed and usable as ninjs; a
 * form without the CSRF token is refused; sign-out. Screenshots go to {@code target/screenshots/}.
 */
class NewsroomBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String RIGHT = "Thames Valley Police made 2 drug seizures";
  private static final String WRONG = "Thames Valley Police made 5 drug seizures";

  @RegisterExtension final TestStores stores = TestStores.perTest();
  @TempDir Path profile;
  NewsroomHttp http;
  WebDriver browser;

  @BeforeEach
  void start() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: .ci/run installs chromium and chromium-driver");
    }
    Assumptions.assumeTrue(present, "skipped: " + CHROMIUM + " and " + CHROMEDRIVER + " are needed (apt-get install chromium chromium-driver)");
    http = new NewsroomHttp(stores.open(StoreKind.DUCKDB), Optional.empty());
    http.publish(Optional.empty());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
        "--window-size=1280,2000");
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
    if (http != null) {
      http.close();
    }
  }

  private String url(String path) {
    return http.uri(path).toString();
  }

  private void signIn(String token) {
    WebElement field = browser.findElement(By.id("token"));
    field.clear();
    field.sendKeys(token);
    follow(By.id("sign-in"));
  }

  private WebElement paragraph(int n) {
    return browser.findElement(By.id("paragraph-" + n));
  }

  private String findingsOf(String field) {
    return String.join("\n", browser.findElements(By.cssSelector("p.haul-finding[data-field='" + field + "']")).stream()
        .map(WebElement::getText).toList());
  }

  @Test
  void anEditorCatchesAWrongFigureCorrectsItApprovesAndTheStoryReachesTheFeeds() throws IOException {
    String agency = http.token(TokenRole.AGENCY, Optional.of("kent"), "Kent data officer");
    String editor = http.token(TokenRole.EDITOR, Optional.empty(), "A. Editor");

    browser.get(url("/newsroom/2021-22/thames-valley"));
    assertThat(browser.getCurrentUrl()).as("a signed-out user gets the sign-in page").endsWith("/newsroom/sign-in");
    signIn(agency);
    assertThat(browser.findElement(By.id("sign-in-error")).getText())
        .contains("An agency token cannot sign in to the newsroom");
    screenshot("newsroom-agency-refused");

    signIn(editor);
    assertThat(browser.getCurrentUrl()).endsWith("/newsroom/2021-22");
    assertThat(browser.findElement(By.id("signed-in-as")).getText()).isEqualTo("A. Editor");
    assertThat(browser.findElement(By.id("queue")).getText()).contains("Thames Valley Police draft");
    screenshot("newsroom-queue");
    follow(By.linkText("Thames Valley Police"));

    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("draft");
    String generated = paragraph(1).getAttribute("value");
    assertThat(generated).startsWith(RIGHT);
    paragraph(1).clear();
    paragraph(1).sendKeys(generated.replace(RIGHT, WRONG));
    follow(By.id("save"));
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("edited");
    assertThat(findingsOf("paragraph-1")).as("the contradiction beside its paragraph")
        .contains("contradicted \"5\": the data say 2");
    assertThat(browser.findElement(By.id("diff")).getText()).contains("5");
    screenshot("newsroom-contradicted");

    follow(By.id("approve"));
    assertThat(browser.findElement(By.id("error")).getText()).contains("Not approved: check-story finds 1 figure the data contradict");
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("edited");

    paragraph(1).clear();
    paragraph(1).sendKeys(generated);
    follow(By.id("approve"));
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("approved");
    assertThat(browser.findElement(By.id("decided")).getText()).startsWith("by A. Editor, 20 April 2023, 09:30");
    assertThat(findingsOf("paragraph-1")).contains("matched \"2\"").doesNotContain("contradicted");
    assertThat(browser.findElement(By.id("history")).getText()).contains("approved A. Editor");
    screenshot("newsroom-approved");

    // The feeds, as a news system reads them: no token, no cookie.
    http.client = NewsroomHttp.browser();
    java.util.List<SyndEntry> entries = NewsroomFeedsTest.atom(http.get("/feeds/2021-22/stories.atom")).getEntries();
    String headline = (String) TestServer.json(http.get("/api/releases/2021-22/stories/thames-valley")).get("headline");
    assertThat(entries).extracting(SyndEntry::getTitle).containsExactly(headline);
    String ninjs = http.get("/api/releases/2021-22/stories/thames-valley.ninjs").body();
    NewsroomFeedsTest.assertValidNinjs(ninjs);
    assertThat(ninjs).contains("\"pubstatus\":\"usable\"");

    // A form whose CSRF token was taken out is refused.
    follow(By.linkText("All stories of 2021/22"));
    follow(By.linkText("Kent Police"));
    ((JavascriptExecutor) browser).executeScript("document.querySelector('#editor input[name=csrf]').remove()");
    follow(By.id("hold"));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("403").contains("CSRF");
    browser.navigate().back();
    browser.navigate().refresh();
    assertThat(browser.findElement(By.id("status")).getText()).as("nothing was held").isEqualTo("draft");

    follow(By.id("sign-out"));
    assertThat(browser.getCurrentUrl()).endsWith("/newsroom/sign-in");
    browser.get(url("/newsroom/2021-22"));
    assertThat(browser.getCurrentUrl()).endsWith("/newsroom/sign-in");
  }

  /**
   * Clicks a link or a form's button and waits for the next page: a click that starts a navigation
   * may return before the page is replaced, and the next lookup would read the old one.
   */
  private void follow(By target) {
    WebElement page = browser.findElement(By.tagName("html"));
    browser.findElement(target).click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
  }

  private void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
