package org.qingsong.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qingsong.support.BrowserTest;
import org.qingsong.support.H2App;

/**
 * Every page, as the user who would see it, in a real browser: no serious or critical axe-core
 * findings (WCAG 2.1 A/AA) at desktop width and on a 360 px phone, no sideways scrolling on the
 * phone, one h1, a main landmark and the page language declared.
 */
@H2App
class PagesAccessibilityBrowserTest extends BrowserTest {

  @AfterEach
  void backToChinese() {
    if (browser.language().startsWith("en")) {
      browser.open("/?lang=zh-CN");
    }
  }

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of(null, "/", "zh"),
        Arguments.of(null, "/login", "zh"),
        Arguments.of(null, "/?lang=en", "en"),
        Arguments.of(null, "/login?lang=en", "en"),
        Arguments.of("staff", "/", "zh"),
        Arguments.of("staff", "/people", "zh"),
        Arguments.of("staff", "/people/new", "zh"),
        Arguments.of("staff", "/people?lang=en", "en"),
        Arguments.of("staff", "/people/new?lang=en", "en"),
        Arguments.of("admin", "/people", "zh"),
        Arguments.of("admin", "/people/new", "zh"),
        Arguments.of("admin", "/employers", "zh"),
        Arguments.of("admin", "/employers/new", "zh"),
        Arguments.of("staff", "/employers", "zh"),
        Arguments.of("auditor", "/audit", "zh"),
        Arguments.of("auditor", "/audit?lang=en", "en"),
        Arguments.of(null, "/jobs", "zh"),
        Arguments.of(null, "/jobs?lang=en", "en"),
        Arguments.of("employer", "/jobs/new", "zh"),
        Arguments.of("staff", "/jobs/new", "zh"),
        Arguments.of("resident", "/jobs/mine", "zh"),
        Arguments.of("staff", "/jobs/review", "zh"),
        Arguments.of("staff", "/jobs/review?lang=en", "en"),
        Arguments.of("employer", "/jobs/posted", "zh"),
        Arguments.of("staff", "/jobs/posted", "zh"),
        Arguments.of("caseworker", "/assistance/hotline", "zh"),
        Arguments.of("caseworker", "/assistance/hotline?lang=en", "en"),
        Arguments.of("caseworker", "/assistance/proposals", "zh"),
        Arguments.of("caseworker", "/assistance/proposals?lang=en", "en"),
        Arguments.of("caseworker", "/assistance/proposals?status=DISMISSED", "zh"),
        Arguments.of("staff", "/no-such-page", "zh"),
        Arguments.of("staff", "/people/99999999", "zh"));
  }

  @ParameterizedTest(name = "{1} as {0}")
  @MethodSource("pages")
  void pageIsAccessibleOnDesktopAndPhone(String user, String path, String language) {
    browser.as(user).open(path);
    assertThat(browser.path()).as("not redirected").startsWith(path.replaceAll("\\?.*", ""));

    if (path.equals("/no-such-page") || path.equals("/people/99999999")) {
      assertThat(browser.find("main").getText()).as("the not-found page").contains("页面不存在");
    } else {
      assertThat(browser.find("h1").getText())
          .as("not an error page")
          .isNotIn("出错了", "Something went wrong");
    }
    checkPage(screenshotName(user, path), language);
  }

  @Test
  void personPageBeforeAndAfterRevealingTheIdentity() {
    browser.as("staff").open("/people");
    browser.clickAndWait(browser.find("main table tbody tr a"));
    assertThat(browser.path()).matches("/people/\\d+");
    checkPage("staff-person", "zh");

    browser.clickAndWait(browser.find("main form[action$='/identity'] button[type=submit]"));
    checkPage("staff-person-identity", "zh");
  }

  @Test
  void employerPage() {
    browser.as("admin").open("/employers");
    browser.clickAndWait(browser.find("main table tbody tr a"));
    assertThat(browser.path()).matches("/employers/\\d+");
    checkPage("admin-employer", "zh");
  }

  @Test
  void mapPage() {
    browser.as(null).open("/map");
    checkPage("anonymous-map", "zh");
  }

  /** The checks every page must pass, at desktop width and then on a phone. */
  private void checkPage(String name, String language) {
    assertThat(browser.findAll("body > footer"))
        .as("the page was rendered to the end (footer present)")
        .hasSize(1);
    browser.assertUsableOnDesktopAndPhone(name, language);
  }

  private static String screenshotName(String user, String path) {
    String page = path.equals("/") ? "home" : path.substring(1);
    return (user == null ? "anonymous" : user) + "-" + page.replaceAll("[^A-Za-z0-9]+", "-");
  }
}
