package org.qingsong.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.qingsong.support.Api;
import org.qingsong.support.Browser;
import org.qingsong.support.BrowserTest;
import org.qingsong.support.H2App;

/**
 * The job search page in a real browser: a visitor searches by meaning, narrows with a facet link
 * and a filter, a resident sees distances from their own street; Chinese and English, axe-clean and
 * usable on a 360 px phone.
 */
@H2App
class JobSearchBrowserTest extends BrowserTest {

  @AfterEach
  void backToChinese() {
    browser.open("/jobs/search?lang=zh-CN");
  }

  long publish(java.util.Map<String, Object> body) {
    Api.Response created = Api.on(port).as("employer").post("/api/v1/jobs", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().path("id").asLong();
  }

  void awaitIndexed(String marker, int count) {
    String query = "q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8);
    SearchApiContract.awaitAnswer(
        query,
        () -> Api.on(port).get("/api/v1/jobs/search?" + query).json(),
        r -> r.path("total").asLong() == count);
  }

  @Test
  void aVisitorSearchesByMeaningAndNarrowsWithFacets() {
    String m = SearchApiContract.marker();
    publish(SearchApiContract.nanny(m));
    publish(SearchApiContract.eldercare(m));
    publish(SearchApiContract.eldercare(m));
    awaitIndexed(m, 3);

    browser.as(null).open("/jobs/search");
    browser.assertUsableOnDesktopAndPhone("job-search-empty", "zh");
    browser.desktop();
    type("#q", "保姆 " + m);
    browser.clickAndWait(browser.find("main form[role=search] button[type=submit]"));
    List<WebElement> cards = browser.findAll("main .job-card");
    assertThat(cards).hasSize(1);
    assertThat(cards.get(0).getText())
        .contains("居家保姆")
        .contains("4,500–6,000 元/月")
        .contains("董家塅街道")
        .contains("全职 · 家政服务员");

    browser.open("/jobs/search?q=" + URLEncoder.encode("护理 " + m, StandardCharsets.UTF_8));
    assertThat(browser.findAll("main .job-card")).hasSize(2);
    assertThat(browser.find("main [role=status]").getText()).contains("共找到 2 个岗位");
    browser.assertUsableOnDesktopAndPhone("job-search-results", "zh");
    browser.desktop();

    browser.open("/jobs/search?q=" + m);
    assertThat(browser.findAll("main .job-card")).hasSize(3);
    WebElement fullTime =
        browser.findAll(".search-facets a").stream()
            .filter(a -> a.getText().startsWith("全职"))
            .findFirst()
            .orElseThrow();
    assertThat(fullTime.getText()).isEqualTo("全职 (1)");
    browser.clickAndWait(fullTime);
    assertThat(browser.path()).contains("kind=FULL_TIME");
    assertThat(browser.findAll("main .job-card")).hasSize(1);
    assertThat(new Select(browser.find("#kind")).getFirstSelectedOption().getText())
        .isEqualTo("全职");

    browser.open("/jobs/search?q=" + m + "&payMin=abc");
    assertThat(browser.find("[role=alert]").getText()).isNotBlank();
    assertThat(browser.find("#payMin").getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.axe()).isEmpty();

    browser.open("/jobs/search?lang=en&q=" + m);
    assertThat(browser.find("h1").getText()).isEqualTo("Job search");
    assertThat(browser.find("main").getText()).contains("3 jobs found").contains("Full time (1)");
    browser.assertUsableOnDesktopAndPhone("job-search-results-en", "en");
  }

  @Test
  void aResidentSeesHowFarJobsAreFromTheirStreet() {
    String m = SearchApiContract.marker();
    publish(SearchApiContract.nanny(m));
    awaitIndexed(m, 1);
    browser.as("resident").open("/jobs/search?q=" + m);
    WebElement near = browser.find("#near");
    assertThat(new Select(near).getFirstSelectedOption().getAttribute("value")).isNotBlank();
    assertThat(browser.find("main .job-card").getText()).contains("公里");
    browser.assertUsableOnDesktopAndPhone("job-search-resident", "zh");
    browser.desktop();
    new Select(browser.find("#near")).selectByValue("");
    browser.clickAndWait(browser.find("main form[role=search] button[type=submit]"));
    assertThat(browser.find("main .job-card").getText()).doesNotContain("公里");
  }

  @Test
  void onAPhoneTheFiltersFoldAwaySoTheFirstResultIsOnTheFirstScreen() {
    String m = SearchApiContract.marker();
    publish(SearchApiContract.nanny(m));
    awaitIndexed(m, 1);
    browser.as(null).phone();
    try {
      for (String page : List.of("/jobs/search", "/jobs")) {
        browser.open(page + "?q=" + m);
        assertThat(browser.find("#kind").isDisplayed()).as(page).isFalse();
        browser.screenshot(
            Browser.SCREENSHOTS.resolve(
                (page.equals("/jobs") ? "job-list" : "job-search") + "-phone-folded.png"));
        // Below the shared site header, from where the skip link lands: the form, the folded panel,
        // then the first result, all on the first screen.
        assertThat(browser.bottomOnPage("main .job-card h2") - browser.topOnPage("main"))
            .as("%s: first result's title below the top of main, at 360 x 740", page)
            .isLessThanOrEqualTo(browser.innerHeight());

        browser.find("#q").sendKeys(Keys.TAB);
        WebElement summary = browser.driver().switchTo().activeElement();
        assertThat(summary.getTagName()).as(page).isEqualTo("summary");
        assertThat(summary.getText()).as(page).isEqualTo("筛选条件");
        summary.sendKeys(Keys.ENTER);
        assertThat(browser.find("#kind").isDisplayed()).as(page).isTrue();
        new Select(browser.find("#kind")).selectByValue("FULL_TIME");
        browser.clickAndWait(browser.find("main form[role=search] button[type=submit]"));
        assertThat(browser.find("#kind").isDisplayed())
            .as("%s: the panel stays open while a filter is in use", page)
            .isTrue();
        assertThat(browser.findAll("main .job-card")).as(page).hasSize(1);
        assertThat(browser.axe()).as(page).isEmpty();
      }
      browser.open("/jobs/search?lang=en&q=" + m);
      assertThat(browser.find("main form .filter-panel > summary").getText()).isEqualTo("Filters");
      assertThat(browser.find(".search-facets summary").getText()).isEqualTo("Narrow by");
      assertThat(browser.find(".search-facets a").isDisplayed()).isFalse();
    } finally {
      browser.desktop();
    }

    for (String page : List.of("/jobs/search", "/jobs")) {
      browser.open(page + "?lang=zh-CN&q=" + m);
      assertThat(browser.find("#kind").isDisplayed()).as(page).isTrue();
      assertThat(browser.find("main form .filter-panel").getDomProperty("open"))
          .as("%s: the filters are open on a wide screen", page)
          .isEqualTo("true");
      new Select(browser.find("#kind")).selectByValue("FULL_TIME");
      browser.clickAndWait(browser.find("main form[role=search] button[type=submit]"));
      assertThat(browser.findAll("main .job-card")).as(page).hasSize(1);
    }
    browser.open("/jobs/search?q=" + m);
    assertThat(browser.find(".search-facets a").isDisplayed()).isTrue();
    browser.screenshot(Browser.SCREENSHOTS.resolve("job-search-desktop-unfolded.png"));
  }

  private void type(String css, String text) {
    WebElement field = browser.find(css);
    field.clear();
    field.sendKeys(text);
  }
}
