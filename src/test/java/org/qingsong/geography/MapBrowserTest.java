package org.qingsong.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.qingsong.support.Browser;
import org.qingsong.support.BrowserTest;
import org.qingsong.support.H2App;

/**
 * The map page in a real browser whose tile server is unreachable (as in tests and on offline
 * machines): the stations and circles still draw, the lists are there, it is accessible and fits a
 * phone; an administrator adds a station through the form and finds it on the map page.
 */
@H2App
class MapBrowserTest extends BrowserTest {

  /** Station markers: Leaflet draws each as an interactive SVG path. */
  private static final String MARKERS = ".leaflet-overlay-pane path.leaflet-interactive";

  /** The 10-minute circles, drawn as non-interactive paths. */
  private static final String CIRCLES = ".leaflet-overlay-pane path:not(.leaflet-interactive)";

  @BeforeEach
  void anonymous() {
    browser.at(port).desktop().as(null);
  }

  private int count(String css) {
    return ((Number) browser.script("return document.querySelectorAll(arguments[0]).length", css))
        .intValue();
  }

  private void waitForMarkers(int atLeast) {
    browser.waitFor(d -> count(MARKERS) >= atLeast);
  }

  @Test
  void theStationsAndCirclesDrawWithoutMapTiles() {
    browser.open("/map");

    waitForMarkers(101);
    int stations = browser.findAll("#stations-table tbody tr").size();
    assertThat(stations).isEqualTo(20);
    assertThat(count(CIRCLES)).isEqualTo(count(MARKERS));
    assertThat(count(".leaflet-tile-loaded")).as("no tile can load in tests").isZero();
    browser.waitFor(d -> !browser.find("#map-status").getText().isBlank());
    assertThat(browser.find("#map-status").getText()).contains("底图暂时无法加载");
    assertThat(browser.find("#map-noscript").isDisplayed()).isFalse();
    assertThat(browser.find("#demo-coordinates").getText()).contains("模拟");
    assertThat(browser.find("#coverage-share").getText()).endsWith("%");
    assertThat(browser.findAll("#uncovered-table tbody tr")).hasSize(10);
    assertThat(browser.axe()).as("axe-core findings on the map").isEmpty();
    browser.screenshot(Browser.SCREENSHOTS.resolve("map-desktop.png"));
  }

  @Test
  void showOnTheMapOpensTheStationsPopupWithItsDetails() {
    browser.open("/map");
    waitForMarkers(101);

    WebElement link = browser.find("#stations-table a.show-on-map");
    String name = browser.find("#stations-table tbody tr th a").getText();
    link.click();

    browser.waitFor(d -> !browser.findAll(".leaflet-popup-content").isEmpty());
    String popup =
        (String)
            browser.script("return document.querySelector('.leaflet-popup-content').textContent");
    assertThat(popup).contains(name).contains("地址").contains("开放时间").contains("电话");
    assertThat(browser.axe()).as("axe-core findings with a popup open").isEmpty();
  }

  @Test
  void theMapFitsAPhoneScreen() {
    browser.phone().open("/map?lat=27.80&lng=113.16");

    waitForMarkers(101);
    assertThat(browser.innerWidth()).isEqualTo(360);
    assertThat(browser.horizontalOverflow())
        .as("sideways scrolling caused by %s", browser.overflowingElements())
        .isFalse();
    assertThat(browser.find("#map").getSize().getWidth()).isLessThanOrEqualTo(360);
    assertThat(browser.findAll("#nearest-table tbody tr")).hasSize(5);
    assertThat(browser.axe()).as("axe-core findings on a phone").isEmpty();
    browser.screenshot(Browser.SCREENSHOTS.resolve("map-phone.png"));

    browser.clickAndWait(browser.find("#nearest-table tbody tr th a"));
    assertThat(browser.path()).matches("/stations/\\d+");
    browser.waitFor(d -> count(MARKERS) == 1);
    assertThat(browser.horizontalOverflow())
        .as("sideways scrolling caused by %s", browser.overflowingElements())
        .isFalse();
    assertThat(browser.axe()).as("axe-core findings on a station's page on a phone").isEmpty();
    browser.screenshot(Browser.SCREENSHOTS.resolve("station-phone.png"));
  }

  @Test
  void theMapSpeaksEnglishAndStaysAccessible() {
    browser.open("/map?lang=en");
    try {
      waitForMarkers(101);
      assertThat(browser.find("h1").getText()).isEqualTo("Station map");
      assertThat(browser.axe()).as("axe-core findings on the English map").isEmpty();
    } finally {
      browser.open("/map?lang=zh-CN");
    }
  }

  @Test
  void useMyLocationFillsThePointAndListsTheNearestStations() {
    browser.open("/map");
    browser
        .driver()
        .executeCdpCommand(
            "Browser.grantPermissions",
            Map.of("origin", "http://localhost:" + port, "permissions", List.of("geolocation")));
    browser
        .driver()
        .executeCdpCommand(
            "Emulation.setGeolocationOverride",
            Map.of("latitude", 27.80, "longitude", 113.16, "accuracy", 50));
    browser.open("/map");
    WebElement locate = browser.find("#locate");
    assertThat(locate.isDisplayed()).as("shown when the browser can locate").isTrue();

    browser.clickAndWait(locate);

    assertThat(browser.path()).contains("lat=27.8").contains("lng=113.16");
    assertThat(browser.findAll("#nearest-table tbody tr")).hasSize(5);
    waitForMarkers(101);
    browser.driver().executeCdpCommand("Emulation.clearGeolocationOverride", Map.of());
  }

  @Test
  void anAdministratorAddsAStationAndFindsItOnTheMap() {
    browser.as("admin").open("/map");
    browser.clickAndWait(browser.find("main a[href$='/stations/new']"));
    assertThat(browser.path()).isEqualTo("/stations/new");
    assertThat(browser.axe()).as("axe-core findings on the empty form").isEmpty();

    // First without a name and with a word for the latitude: told what to fix, field by field.
    new Select(browser.find("#kind")).selectByValue("GIG");
    new Select(browser.find("#streetCode")).selectByValue("430203004");
    browser.find("#address").sendKeys("董家塅街道高科园 10 号");
    browser.find("#lat").sendKeys("north");
    browser.find("#lng").sendKeys("113.1569");
    browser.clickAndWait(browser.find("#station-form button[type=submit]"));

    assertThat(browser.find("#error-summary").getText()).contains("名称").contains("纬度");
    assertThat(browser.find("#name").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.find("#name").getAttribute("aria-describedby")).isEqualTo("name-error");
    assertThat(browser.find("#lat").getAttribute("aria-describedby")).contains("lat-error");
    assertThat(browser.find("#lng").getAttribute("aria-invalid")).isNull();
    assertThat(new Select(browser.find("#streetCode")).getFirstSelectedOption().getText())
        .isEqualTo("董家塅街道");
    assertThat(browser.axe()).as("axe-core findings on the form with errors").isEmpty();

    String name = "浏览器测试零工驿站" + System.nanoTime() % 100_000;
    browser.find("#name").sendKeys(name);
    browser.find("#lat").clear();
    browser.find("#lat").sendKeys("27.7911");
    new Select(browser.find("#communityCode")).selectByVisibleText("友好社区居委会");
    browser.clickAndWait(browser.find("#station-form button[type=submit]"));

    assertThat(browser.path()).matches("/stations/\\d+");
    assertThat(browser.find("#station-saved").getText()).contains("已添加");
    assertThat(browser.find("h1").getText()).isEqualTo(name);
    browser.waitFor(d -> count(MARKERS) == 1);
    assertThat(browser.axe()).as("axe-core findings on the station page").isEmpty();

    browser.clickAndWait(browser.find("main a[href*='highlight=']"));
    browser.waitFor(d -> !browser.findAll(".leaflet-popup-content").isEmpty());
    assertThat(
            browser.script("return document.querySelector('.leaflet-popup-content').textContent"))
        .asString()
        .contains(name)
        .contains("董家塅街道高科园 10 号");

    browser.open("/map");
    browser.find("#q").sendKeys(name);
    browser.clickAndWait(browser.find("form[role=search] button[type=submit]"));
    assertThat(browser.findAll("#stations-table tbody tr")).hasSize(1);
    assertThat(browser.find("#stations-table").getText()).contains(name).contains("零工驿站");
    waitForMarkers(1);
    assertThat(count(MARKERS)).isEqualTo(1);
  }
}
