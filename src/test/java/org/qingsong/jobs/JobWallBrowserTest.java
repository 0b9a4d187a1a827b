package org.qingsong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.qingsong.support.Api;
import org.qingsong.support.BrowserTest;
import org.qingsong.support.H2App;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The wall page in a real browser: accessible at desktop width and on a 360 px phone, every entry
 * with a described QR code, and a print stylesheet that leaves only the walls on the paper.
 */
@H2App
class JobWallBrowserTest extends BrowserTest {
  private static final String WEEK = "2031-W30";

  @Autowired JdbcClient jdbc;
  long station;

  @BeforeEach
  void publishAWall() {
    Api api = Api.on(port);
    long posting =
        api.as("employer")
            .post("/api/v1/jobs", JobApiContract.honestPosting("小区保洁员"))
            .json()
            .path("id")
            .asLong();
    long person =
        jdbc.sql("SELECT person_id FROM app_user WHERE username = 'resident'")
            .query(Long.class)
            .single();
    api.as("resident")
        .put("/api/v1/people/" + person + "/wall-consent", Map.of("wantedJob", "收银员"));
    station =
        jdbc.sql("SELECT station_id FROM app_user WHERE username = 'staff'")
            .query(Long.class)
            .single();
    Api.Response published =
        api.as("staff")
            .put(
                "/api/v1/stations/" + station + "/walls/" + WEEK,
                Map.of("hiring", List.of(posting), "seeking", List.of(person)));
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    browser.at(port).as(null).desktop();
  }

  @Test
  void theWallIsAccessibleOnDesktopAndPhoneWithDescribedQrCodes() {
    browser.open("/stations/" + station + "/walls/" + WEEK);
    assertThat(browser.findAll("h1")).hasSize(1);
    assertThat(browser.findAll("main#main")).hasSize(1);
    assertThat(browser.text()).contains("小区保洁员").contains("收银员");
    List<WebElement> codes = browser.findAll("img.qr");
    assertThat(codes).hasSizeGreaterThanOrEqualTo(2);
    for (WebElement code : codes) {
      assertThat(code.getAttribute("alt")).isNotBlank();
      assertThat(code.getAttribute("src")).startsWith("data:image/png;base64,");
      assertThat(((Number) browser.script("return arguments[0].naturalWidth", code)).intValue())
          .isPositive();
    }
    assertThat(browser.axe()).isEmpty();

    browser.phone();
    browser.open("/stations/" + station + "/walls/" + WEEK);
    assertThat(browser.axe()).isEmpty();
    assertThat(browser.horizontalOverflow()).as("%s", browser.overflowingElements()).isFalse();
  }

  @Test
  void printingLeavesOutTheSiteHeaderAndPutsEntriesInTwoColumns() {
    browser.open("/stations/" + station + "/walls/" + WEEK);
    browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat(
              browser.script(
                  "return getComputedStyle(document.querySelector('.site-header')).display"))
          .isEqualTo("none");
      assertThat(
              browser.script(
                  "return getComputedStyle(document.querySelector('.wall-tools')).display"))
          .isEqualTo("none");
      String columns =
          (String)
              browser.script(
                  "return getComputedStyle(document.querySelector('.entries')).gridTemplateColumns");
      assertThat(columns.split(" ")).hasSize(2);
    } finally {
      browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @Test
  void staffPickTheWallInAnAccessibleForm() {
    browser.as("staff").open("/stations/" + station + "/walls/" + WEEK + "/edit");
    assertThat(browser.findAll("h1")).hasSize(1);
    assertThat(browser.axe()).isEmpty();
    assertThat(browser.findAll("input[name=hiring]:checked")).isNotEmpty();
    assertThat(browser.findAll("input[name=seeking]:checked")).hasSize(1);
    browser.find("input[name=seeking]:checked").click();
    browser.clickAndWait(browser.find("main form button[type=submit]"));
    assertThat(browser.path()).isEqualTo("/stations/" + station + "/walls/" + WEEK);
    assertThat(browser.find("#wall-saved").getText()).isNotBlank();
    assertThat(browser.text()).doesNotContain("收银员");
    browser.as(null);
  }

  @Test
  void aResidentFindsThisWeeksWallOfTheNearestStation() {
    browser.as("resident").open("/walls/mine");
    assertThat(browser.path()).matches("/stations/\\d+/walls/\\d{4}-W\\d{2}");
    assertThat(browser.findAll("h1")).hasSize(1);
    browser.as(null);
  }
}
