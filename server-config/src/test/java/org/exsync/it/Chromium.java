package org.exsync.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real Chromium of the end-to-end tests: Debian's {@code chromium} driven through {@code
 * chromedriver} by Selenium, headless, with a fresh profile each time and nothing downloaded.
 * Certificates are checked as usual; only the ones named by their public-key hash (the sandbox's
 * self-signed one) are accepted besides. Each step can be saved as a screenshot under {@code
 * target/browser-screenshots/<test>/}, kept as a build artifact.
 */
final class Chromium implements AutoCloseable {

  static final Path BINARY = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final Path profile;
  private final Path screenshots;
  private int shots;

  /**
   * @param test names the screenshot folder
   * @param trustedKeyHashes base64 SHA-256 hashes of the public keys of extra certificates to
   *     accept
   */
  Chromium(String test, List<String> trustedKeyHashes) {
    this(test, trustedKeyHashes, null);
  }

  /**
   * @param zone the time zone the browser runs in, as an admin's laptop would; null for the
   *     machine's
   */
  Chromium(String test, List<String> trustedKeyHashes, java.time.ZoneId zone) {
    try {
      profile = Files.createTempDirectory("exsync-chromium-");
      screenshots = Path.of("target", "browser-screenshots", test);
      Files.createDirectories(screenshots);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1200,900",
                "--user-data-dir=" + profile));
    if (!trustedKeyHashes.isEmpty()) {
      arguments.add("--ignore-certificate-errors-spki-list=" + String.join(",", trustedKeyHashes));
    }
    options.addArguments(arguments);
    ChromeDriverService.Builder builder =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile());
    if (zone != null) {
      builder.withEnvironment(java.util.Map.of("TZ", zone.getId()));
    }
    ChromeDriverService service = builder.build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  void open(URI url) {
    driver.get(url.toString());
  }

  void open(String url) {
    driver.get(url);
  }

  /** Waits up to 30 seconds for the element to be visible. */
  WebElement await(By locator) {
    return patiently().until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** Waits up to 30 seconds for the element to be visible, and returns the attribute's value. */
  String awaitAttribute(By locator, String attribute) {
    return patiently()
        .until(
            d -> {
              WebElement element = d.findElement(locator);
              return element.isDisplayed() ? element.getAttribute(attribute) : null;
            });
  }

  /** Waits until an element with this id exists, for pages whose marker is hidden. */
  String awaitText(By locator) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(locator))
        .getAttribute("textContent")
        .strip();
  }

  void type(By field, String text) {
    WebElement element = await(field);
    element.clear();
    element.sendKeys(text);
  }

  void click(By button) {
    patiently()
        .until(
            d -> {
              WebElement element = ExpectedConditions.elementToBeClickable(button).apply(d);
              if (element == null) {
                return false;
              }
              element.click();
              return true;
            });
  }

  /** Waits up to 30 seconds until the element's text contains the words, and returns its text. */
  String awaitTextContaining(By locator, String words) {
    return patiently()
        .until(
            d -> {
              String text = d.findElement(locator).getText();
              return text.contains(words) ? text : null;
            });
  }

  /**
   * A 30-second wait that looks again when the element it found was replaced meanwhile, as the rows
   * of a live table are on each refresh.
   */
  private WebDriverWait patiently() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
    wait.ignoring(NoSuchElementException.class);
    return wait;
  }

  /** Waits up to 30 seconds until no element the locator finds is visible. */
  void awaitGone(By locator) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.invisibilityOfElementLocated(locator));
  }

  /** Waits out a search field's typing delay (300 ms), then its ajax request. */
  void awaitSearch() throws InterruptedException {
    Thread.sleep(600);
    awaitAjax();
  }

  /** Waits until PrimeFaces has no ajax request queued or running. */
  void awaitAjax() {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript(
                            "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
  }

  /** Presses a key in the element that has the focus. */
  void press(CharSequence key) {
    driver.switchTo().activeElement().sendKeys(key);
  }

  Object script(String javaScript, Object... arguments) {
    return driver.executeScript(javaScript, arguments);
  }

  java.util.List<WebElement> all(By locator) {
    return driver.findElements(locator);
  }

  /** Sets the window size, for screenshots of long pages. */
  void resize(int width, int height) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
  }

  String currentUrl() {
    return driver.getCurrentUrl();
  }

  String pageSource() {
    return driver.getPageSource();
  }

  /** Saves what the browser shows as {@code <n>-<name>.png}. */
  Path screenshot(String name) {
    Path file = screenshots.resolve(String.format("%02d-%s.png", ++shots, name));
    try {
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
