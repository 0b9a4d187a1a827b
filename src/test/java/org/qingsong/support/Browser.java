package org.qingsong.support;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for browser tests, driven through the system's own chromedriver so that nothing
 * is downloaded. Start one per test class ({@code @BeforeAll}) and {@link #close()} it in
 * {@code @AfterAll}; point it at the application with {@link #at(int)}.
 */
public final class Browser implements AutoCloseable {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  public static final Dimension DESKTOP = new Dimension(1280, 900);
  public static final Dimension PHONE = new Dimension(360, 740);

  private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

  private final ChromeDriver driver;
  private final Path profile;
  private String baseUrl;
  private String user;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Skips the calling test class when Chromium or its driver is not installed. */
  public static void assumeAvailable() {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium/chromedriver not installed (apt-get install chromium chromium-driver):"
            + " browser tests skipped");
  }

  /** Starts a fresh headless Chromium with an empty profile, at desktop size. */
  public static Browser start() {
    assumeAvailable();
    System.setProperty("SE_OFFLINE", "true");
    Path profile;
    try {
      profile = Files.createTempDirectory("qingsong-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--hide-scrollbars",
        "--lang=zh-CN",
        "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
        "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Browser browser = new Browser(driver, profile);
    browser.desktop();
    return browser;
  }

  /** Points the browser at the application on {@code localhost:port}. */
  public Browser at(int port) {
    this.baseUrl = "http://localhost:" + port;
    return this;
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Opens a path of the application and waits for the page to load. */
  public Browser open(String path) {
    if (baseUrl == null) {
      throw new IllegalStateException("call at(port) first");
    }
    driver.get(baseUrl + path);
    return this;
  }

  /** The current address without scheme, host and port. */
  public String path() {
    return driver.getCurrentUrl().substring(baseUrl.length());
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** The visible text of the whole page. */
  public String text() {
    return find("body").getText();
  }

  /** Clicks something that loads a new page (a link or a submit button) and waits for it. */
  public Browser clickAndWait(WebElement element) {
    WebElement before = find("html");
    element.click();
    waitFor(d -> isGone(before));
    waitFor(d -> "complete".equals(script("return document.readyState")));
    return this;
  }

  /**
   * Whether an element's page has been replaced. Chromium's driver reports an element of a page
   * that is being torn down either as stale or, racing the navigation, as a node that "does not
   * belong to the document"; both mean the old page is gone.
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      return true;
    } catch (org.openqa.selenium.WebDriverException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("does not belong to the document") || message.contains("No node")) {
        return true;
      }
      throw e;
    }
  }

  /** Waits until a condition holds (at most 15 s). */
  public <T> T waitFor(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> c) {
    return new WebDriverWait(driver, Duration.ofSeconds(15)).until(c);
  }

  public Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /**
   * Makes the browser act as a demo account (logging in through the form) or, for {@code null}, as
   * an anonymous visitor. Does nothing when it already is that user.
   */
  public Browser as(String username) {
    if (username == null ? user == null : username.equals(user)) {
      return this;
    }
    signOutQuietly();
    if (username != null) {
      login(username);
    }
    return this;
  }

  /** Logs in as a demo account through the login form. */
  public Browser login(String username) {
    return login(username, TestAccounts.PASSWORD);
  }

  /** Fills the login form and submits it; {@link #user()} tells whether it succeeded. */
  public Browser login(String username, String password) {
    open("/login");
    WebElement name = find("#username");
    name.clear();
    name.sendKeys(username);
    WebElement secret = find("#password");
    secret.clear();
    secret.sendKeys(password);
    clickAndWait(find("main form button[type=submit]"));
    user = path().startsWith("/login") ? null : username;
    return this;
  }

  /** Logs out with the page's own (CSRF-protected) logout button. */
  public Browser logout() {
    WebElement button = find("form[action$='/logout'] button[type=submit]");
    clickAndWait(button);
    user = null;
    return this;
  }

  /** The demo account this browser is logged in as, or null. */
  public String user() {
    return user;
  }

  /** Forgets the session and the language choice by deleting all cookies. */
  public Browser signOutQuietly() {
    if (baseUrl != null && !driver.getCurrentUrl().startsWith(baseUrl)) {
      open("/login");
    }
    driver.manage().deleteAllCookies();
    user = null;
    return this;
  }

  /** Resizes the viewport to a desktop screen (1280 x 900). */
  public Browser desktop() {
    return viewport(DESKTOP);
  }

  /** Resizes the viewport to a small phone (360 x 740). */
  public Browser phone() {
    return viewport(PHONE);
  }

  /** Sets the size of the page's viewport (not of the window around it). */
  public Browser viewport(Dimension size) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width", size.width, "height", size.height, "deviceScaleFactor", 1, "mobile", false));
    return this;
  }

  /** The viewport's width as the page sees it. */
  public long innerWidth() {
    return ((Number) script("return window.innerWidth")).longValue();
  }

  /** The viewport's height as the page sees it: what a first screen shows. */
  public long innerHeight() {
    return ((Number) script("return window.innerHeight")).longValue();
  }

  /** How far down the page, from its very top, the first element {@code css} finds starts. */
  public long topOnPage(String css) {
    return ((Number)
            script("return arguments[0].getBoundingClientRect().top + window.scrollY", find(css)))
        .longValue();
  }

  /** How far down the page, from its very top, the first element {@code css} finds ends. */
  public long bottomOnPage(String css) {
    return ((Number)
            script(
                "return arguments[0].getBoundingClientRect().bottom + window.scrollY", find(css)))
        .longValue();
  }

  /** Whether the page is wider than the viewport, i.e. needs sideways scrolling. */
  public boolean horizontalOverflow() {
    return (Boolean) script("return document.documentElement.scrollWidth > window.innerWidth");
  }

  /** The elements that stick out to the right of the viewport, for failure messages. */
  @SuppressWarnings("unchecked")
  public List<String> overflowingElements() {
    return (List<String>)
        script(
            """
            const w = window.innerWidth, out = [];
            for (const e of document.querySelectorAll('body *')) {
              const r = e.getBoundingClientRect();
              if (r.right > w + 1 && r.width > 0) {
                let ancestorClips = false;
                for (let p = e.parentElement; p; p = p.parentElement) {
                  const s = getComputedStyle(p);
                  if (s.overflowX !== 'visible') { ancestorClips = true; break; }
                }
                if (!ancestorClips) {
                  out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                      + (e.className && typeof e.className === 'string'
                          ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                      + ' right=' + Math.round(r.right));
                }
              }
              if (out.length >= 10) break;
            }
            return out;
            """);
  }

  /**
   * Runs axe-core (WCAG 2.1 A and AA rules) on the current page and returns the serious and
   * critical violations, each formatted for an assertion message; empty when there are none.
   */
  public List<String> axe() {
    Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
    if (results.isErrored()) {
      throw new IllegalStateException("axe-core failed: " + results.getErrorMessage());
    }
    List<String> out = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      if (!BLOCKING_IMPACTS.contains(rule.getImpact())) {
        continue;
      }
      StringBuilder b = new StringBuilder();
      b.append(rule.getImpact())
          .append(" [")
          .append(rule.getId())
          .append("] ")
          .append(rule.getHelp())
          .append(" (")
          .append(rule.getHelpUrl())
          .append(")");
      for (CheckedNode node : rule.getNodes()) {
        b.append("\n    at ")
            .append(node.getTarget())
            .append(": ")
            .append(abbreviate(node.getHtml(), 200));
        if (node.getFailureSummary() != null) {
          b.append("\n       ").append(node.getFailureSummary().replace("\n", "\n       "));
        }
      }
      out.add(b.toString());
    }
    return out;
  }

  /** Saves a picture of the whole page (not only the visible part) as PNG. */
  public Path screenshot(Path file) {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
    double width = ((Number) content.get("width")).doubleValue();
    double height = Math.min(((Number) content.get("height")).doubleValue(), 16_000);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static String abbreviate(String s, int max) {
    if (s == null) {
      return "";
    }
    String flat = s.replaceAll("\\s+", " ");
    return flat.length() <= max ? flat : flat.substring(0, max) + "…";
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a leftover temporary profile is harmless
    }
  }

  /** The page's declared language ({@code html[lang]}), or "" when it declares none. */
  public String language() {
    List<WebElement> html = findAll("html");
    String lang = html.isEmpty() ? null : html.get(0).getDomAttribute("lang");
    return lang == null ? "" : lang;
  }

  /** Where page screenshots go, for a person to look at after a run. */
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /**
   * The checks every page must pass: its language, one h1, one main landmark, and no serious or
   * critical axe-core finding at desktop width; then, on a 360 px phone, no sideways scrolling and
   * no axe-core finding either. A screenshot at phone width is kept under {@link #SCREENSHOTS}.
   */
  public void assertUsableOnDesktopAndPhone(String screenshotName, String language) {
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(language()).as("html[lang]").startsWith(language);
    soft.assertThat(findAll("h1")).as("h1 elements").hasSize(1);
    soft.assertThat(findAll("main, [role=main]")).as("main landmarks").hasSize(1);
    soft.assertThat(axe()).as("axe-core findings at desktop width").isEmpty();
    phone();
    try {
      screenshot(SCREENSHOTS.resolve(screenshotName + ".png"));
      soft.assertThat(innerWidth()).as("phone viewport width").isEqualTo(360);
      soft.assertThat(horizontalOverflow())
          .as("sideways scrolling at 360 px; sticking out: %s", overflowingElements())
          .isFalse();
      soft.assertThat(axe()).as("axe-core findings at 360 px").isEmpty();
    } finally {
      desktop();
    }
    soft.assertAll();
  }
}
