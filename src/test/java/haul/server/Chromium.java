package haul.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the browser tests: Debian's {@code chromium} and {@code chromium-driver},
 * named explicitly so Selenium Manager never reaches for the network. Without them a test skips
 * saying why; under CI=true it fails.
 */
final class Chromium {

  static final Path BINARY = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  /** Skips the calling test (or fails it under CI=true) when Chromium or its driver is missing. */
  static void require() {
    boolean present = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI=true but " + BINARY + " or " + DRIVER + " is missing: .ci/run installs chromium and chromium-driver");
    }
    Assumptions.assumeTrue(present, "skipped: " + BINARY + " and " + DRIVER + " are needed (apt-get install chromium chromium-driver)");
  }

  /** A browser with a window of 1280 by 2000 pixels and its console kept, on a profile of its own. */
  static ChromeDriver start(Path profile) {
    require();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
        "--window-size=1280,2000");
    options.setCapability("goog:loggingPrefs", Map.of(org.openqa.selenium.logging.LogType.BROWSER, "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    browser.manage().window().setSize(new Dimension(1280, 2000));
    return browser;
  }

  /** Makes the page a phone's: {@code width} CSS pixels wide, honouring the viewport meta as a phone does. */
  static void phone(ChromeDriver browser, int width, int height) {
    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 3, "mobile", true));
  }
}
