package org.qingsong.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.qingsong.support.Api;
import org.qingsong.support.BrowserTest;
import org.qingsong.support.H2App;

/**
 * The calendar page in a real browser: anyone reads a year and counts working days; an
 * administrator replaces a year from pasted lines, told line by line what to fix.
 */
@H2App
class CalendarPageBrowserTest extends BrowserTest {

  @AfterEach
  void backToChinese() {
    if (browser.language().startsWith("en")) {
      browser.open("/?lang=zh-CN");
    }
  }

  private void type(String css, String text) {
    WebElement e = browser.find(css);
    e.clear();
    e.sendKeys(text);
  }

  @Test
  void anyoneReadsAYearAndCountsWorkingDaysOverNationalDay() {
    browser.as(null).open("/calendar?year=2026&from=2026-09-30&days=5");
    assertThat(browser.find("h1").getText()).isEqualTo("节假日与工作日");
    assertThat(browser.find("#calc-result").getText())
        .contains("2026-09-30 之后第 5 个工作日是 2026-10-13（星期二）");
    assertThat(browser.find("main table").getText())
        .contains("2026-10-10 星期六 调休上班 国庆节")
        .contains("2026-10-01 星期四 放假 国庆节");
    assertThat(browser.findAll("#replace")).as("no editing for visitors").isEmpty();
    browser.assertUsableOnDesktopAndPhone("calendar-visitor", "zh");

    browser.open("/calendar?from=2026-12-31&days=1&lang=en");
    assertThat(browser.find("#calc-result").getText())
        .contains("Working day 1 after 2026-12-31 is 2027-01-01 (Friday)")
        .contains("no arrangement for 2027");
    browser.assertUsableOnDesktopAndPhone("calendar-beyond-en", "en");

    browser.open("/calendar?from=2026-13-01&days=-1&lang=zh-CN");
    assertThat(browser.find("#from-error").getText()).contains("YYYY-MM-DD");
    assertThat(browser.find("#days-error").getText()).contains("0 到 1000");
    assertThat(browser.find("#from").getDomAttribute("aria-invalid")).isEqualTo("true");
  }

  @Test
  void anAdministratorReplacesAYearAndIsToldWhichLinesAreWrong() {
    browser.as("admin").open("/calendar?year=2026");
    assertThat(browser.find("#rows").getDomProperty("value")).contains("2026-10-01,HOLIDAY,国庆节");
    type("#editYear", "2096");
    type("#rows", "2096-10-01,HOLIDAY,国庆节\n2096-10-05,WORKDAY,国庆节\n2095-10-02,HOLIDAY,国庆节");
    browser.clickAndWait(browser.find("#replace button[type=submit]"));

    WebElement summary = browser.find("#error-summary");
    assertThat(summary.getText())
        .contains("有 2 处需要修改")
        .contains("第 2 行：2096-10-05 不是周六或周日")
        .contains("第 3 行：日期不在 2096 年内");
    assertThat(browser.find("#rows").getDomProperty("value")).contains("2095-10-02");
    assertThat(browser.axe()).as("axe-core findings with errors shown").isEmpty();
    assertThat(Api.on(port).get("/api/v1/calendar/years/2096").status()).isEqualTo(404);

    type("#rows", "2096-10-01,HOLIDAY,国庆节\n2096-10-06,WORKDAY,国庆节");
    browser.clickAndWait(browser.find("#replace button[type=submit]"));
    assertThat(browser.find("main [role=status]").getText()).isEqualTo("已更新 2096 年的节假日安排。");
    assertThat(browser.find("main table").getText()).contains("2096-10-06 星期六 调休上班 国庆节");
    assertThat(Api.on(port).get("/api/v1/calendar/years/2096").json().path("updatedBy").asString())
        .isEqualTo("admin");
    browser.assertUsableOnDesktopAndPhone("calendar-admin", "zh");
  }
}
