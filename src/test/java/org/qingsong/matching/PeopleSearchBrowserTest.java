package org.qingsong.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.qingsong.support.Api;
import org.qingsong.support.Browser;
import org.qingsong.support.BrowserTest;
import org.qingsong.support.H2App;
import org.qingsong.support.Residents;

/**
 * The staff's job-seeker search page in a real browser: station staff find the seekers of their
 * street by meaning, narrow with a facet, open a person; names masked; Chinese and English,
 * axe-clean and usable on a 360 px phone; residents are refused.
 */
@H2App
class PeopleSearchBrowserTest extends BrowserTest {

  @AfterEach
  void backToChinese() {
    browser.open("/people/search?lang=zh-CN");
  }

  long seeker(String name, String marker, List<String> occupations, List<String> groups) {
    Map<String, Object> body = Residents.person(name, PeopleSearchApiContract.HOME_STREET);
    body.put("skills", List.of(marker));
    body.put("priorityGroups", groups);
    body.put("certificates", List.of());
    Api admin = Api.on(port).as("admin");
    Api.Response created = admin.post("/api/v1/people", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("occupationCodes", occupations);
    profile.put("minPay", "3500");
    profile.put("payUnit", "MONTH");
    profile.put("maxDistanceKm", 10);
    profile.put("kinds", List.of("FULL_TIME"));
    profile.put("availability", Map.of("TUESDAY", List.of("08:00-18:00")));
    Api.Response put = admin.put("/api/v1/people/" + id + "/job-seeker", profile);
    assertThat(put.status()).as(put.toString()).isEqualTo(200);
    return id;
  }

  void awaitIndexed(String marker, int count) {
    String query = "q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8);
    SearchApiContract.awaitAnswer(
        query,
        () -> Api.on(port).as("admin").get("/api/v1/search/people?" + query).json(),
        r -> r.path("total").asLong() == count);
  }

  @Test
  void staffFindSeekersOfTheirStreetByMeaningAndOpenThem() {
    String m = SearchApiContract.marker();
    long nanny = seeker("何秀珍", m, List.of("HS002"), List.of("STAY_AT_HOME_MOTHER"));
    seeker("罗春兰", m, List.of("EC001"), List.of("AGED_4050"));
    seeker("谢玉梅", m, List.of("EC001", "HC001"), List.of("AGED_4050"));
    awaitIndexed(m, 3);

    browser.as("staff").open("/");
    WebElement nav = browser.find("a[href='/people/search']");
    assertThat(nav.getText()).isEqualTo("找求职者");
    browser.open("/people/search");
    assertThat(browser.find("h1").getText()).isEqualTo("查找求职者");
    assertThat(browser.find("main .scope").getText()).contains("董家塅街道");
    assertThat(browser.findAll("#area")).isEmpty();
    browser.assertUsableOnDesktopAndPhone("people-search-empty", "zh");
    browser.desktop();

    WebElement q = browser.find("#q");
    q.clear();
    q.sendKeys("保姆 " + m);
    browser.clickAndWait(browser.find("main form[role=search] button[type=submit]"));
    List<WebElement> cards = browser.findAll("main .seeker-card");
    assertThat(cards).hasSize(1);
    assertThat(cards.get(0).getText())
        .contains("何")
        .doesNotContain("何秀珍")
        .contains("60 岁及以上")
        .contains("董家塅街道")
        .contains("住家保姆")
        .contains("全职宝妈")
        .contains("3,500 元/月起");

    browser.open("/people/search?q=" + URLEncoder.encode("养老护理 " + m, StandardCharsets.UTF_8));
    assertThat(browser.findAll("main .seeker-card")).hasSize(2);
    assertThat(browser.find("main [role=status]").getText()).contains("共找到 2 位求职者");
    browser.assertUsableOnDesktopAndPhone("people-search-results", "zh");
    browser.desktop();

    browser.open("/people/search?q=" + m);
    assertThat(browser.findAll("main .seeker-card")).hasSize(3);
    WebElement mothers =
        browser.findAll(".search-facets a").stream()
            .filter(a -> a.getText().startsWith("全职宝妈"))
            .findFirst()
            .orElseThrow();
    assertThat(mothers.getText()).isEqualTo("全职宝妈 (1)");
    browser.clickAndWait(mothers);
    assertThat(browser.path()).contains("group=STAY_AT_HOME_MOTHER");
    assertThat(new Select(browser.find("#group")).getFirstSelectedOption().getText())
        .isEqualTo("全职宝妈");
    List<WebElement> narrowed = browser.findAll("main .seeker-card");
    assertThat(narrowed).hasSize(1);
    browser.clickAndWait(narrowed.get(0).findElement(org.openqa.selenium.By.cssSelector("h2 a")));
    assertThat(browser.path()).isEqualTo("/people/" + nanny);
    assertThat(browser.find("main").getText()).contains("何秀珍");

    browser.open("/people/search?lang=en&q=" + m);
    assertThat(browser.find("h1").getText()).isEqualTo("Find job seekers");
    assertThat(browser.find("main").getText())
        .contains("3 job seekers found")
        .contains("Elderly care worker")
        .contains("aged 60 and over");
    browser.assertUsableOnDesktopAndPhone("people-search-results-en", "en");
    browser.desktop();

    browser.open("/people/search?lang=zh-CN&q=" + m + "&radiusKm=abc&near=430203004");
    assertThat(browser.find("[role=alert]").getText()).isNotBlank();
    assertThat(browser.axe()).isEmpty();
  }

  @Test
  void caseWorkersChooseAmongTheStreetsOfTheirDistrict() {
    String m = SearchApiContract.marker();
    long id = seeker("冯桂香", m, List.of("EC001"), List.of());
    awaitIndexed(m, 1);
    browser.as("caseworker").open("/people/search?q=" + m);
    assertThat(browser.find("main .scope").getText()).contains("芦淞区");
    Select area = new Select(browser.find("#area"));
    assertThat(area.getOptions().stream().map(o -> o.getAttribute("value")))
        .contains("", "430203", PeopleSearchApiContract.HOME_STREET)
        .doesNotContain("430202", PeopleSearchApiContract.OTHER_STREET);
    assertThat(browser.findAll("main .seeker-card")).hasSize(1);
    assertThat(browser.find("main .seeker-card h2 a").getDomAttribute("href"))
        .isEqualTo("/people/" + id);
    area.selectByValue(PeopleSearchApiContract.NEIGHBOUR_STREET);
    browser.clickAndWait(browser.find("main form[role=search] button[type=submit]"));
    assertThat(browser.findAll("main .seeker-card")).isEmpty();
    assertThat(browser.find("main .empty").getText()).contains("没有符合条件的求职者");
    assertThat(browser.axe()).isEmpty();
  }

  @Test
  void onAPhoneTheFiltersAndFacetsFoldAwaySoTheFirstSeekerIsOnTheFirstScreen() {
    String m = SearchApiContract.marker();
    seeker("邓丽华", m, List.of("EC001"), List.of("AGED_4050"));
    seeker("曾玉兰", m, List.of("HS002"), List.of());
    awaitIndexed(m, 2);
    browser.as("staff").phone();
    try {
      browser.open("/people/search?q=" + m);
      assertThat(browser.find("#group").isDisplayed()).isFalse();
      assertThat(browser.find(".search-facets a").isDisplayed()).isFalse();
      browser.screenshot(Browser.SCREENSHOTS.resolve("people-search-phone-folded.png"));
      // Below the shared site header, from where the skip link lands: the form, the folded panel,
      // then the first result, all on the first screen.
      assertThat(browser.bottomOnPage("main .seeker-card h2") - browser.topOnPage("main"))
          .as("first result's title below the top of main, at 360 x 740")
          .isLessThanOrEqualTo(browser.innerHeight());

      browser.find("#q").sendKeys(Keys.TAB);
      WebElement summary = browser.driver().switchTo().activeElement();
      assertThat(summary.getText()).isEqualTo("筛选条件");
      summary.sendKeys(Keys.SPACE);
      assertThat(browser.find("#group").isDisplayed()).isTrue();
      new Select(browser.find("#group")).selectByValue("AGED_4050");
      browser.clickAndWait(browser.find("main form[role=search] button[type=submit]"));
      assertThat(browser.find("#group").isDisplayed())
          .as("the panel stays open while a filter is in use")
          .isTrue();
      assertThat(browser.findAll("main .seeker-card")).hasSize(1);
      assertThat(browser.axe()).isEmpty();

      browser.find(".search-facets summary").sendKeys(Keys.ENTER);
      assertThat(browser.find(".search-facets a").isDisplayed()).isTrue();
    } finally {
      browser.desktop();
    }
    browser.open("/people/search?q=" + m);
    assertThat(browser.find("#group").isDisplayed()).isTrue();
    assertThat(browser.find(".search-facets a").isDisplayed()).isTrue();
    assertThat(browser.find("main form .filter-panel").getDomProperty("open"))
        .as("the filters are open on a wide screen")
        .isEqualTo("true");
  }

  @Test
  void residentsMayNotSearchJobSeekers() {
    browser.as("resident").open("/people/search");
    assertThat(browser.findAll("main .seeker-card")).isEmpty();
    assertThat(browser.findAll("a[href='/people/search']")).isEmpty();
    assertThat(browser.text()).doesNotContain("查找条件");
  }
}
