package org.qingsong.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.qingsong.support.BrowserTest;
import org.qingsong.support.H2App;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Station staff see and change a resident's job-seeking profile on the person page. */
@H2App
class JobSeekerPageBrowserTest extends BrowserTest {
  @Autowired JdbcClient jdbc;

  @Test
  void staffEditTheProfileFromThePersonPage() {
    long id =
        jdbc.sql("SELECT person_id FROM app_user WHERE username = 'resident'")
            .query(Long.class)
            .single();
    browser.as("staff").open("/people/" + id);
    assertThat(browser.find("#seeker-heading").getText()).isEqualTo("求职登记");
    browser.clickAndWait(browser.find("section.seeker a.button"));
    assertThat(browser.path()).isEqualTo("/people/" + id + "/job-seeker");
    browser.assertUsableOnDesktopAndPhone("staff-job-seeker-form", "zh");
    browser.desktop();

    type("#minPay", "2800");
    type("[id='availability.TUESDAY']", "9-12");
    browser.clickAndWait(browser.find("main form button[type=submit]"));
    assertThat(browser.find("[role=alert]").getText()).contains("09:00-12:00");
    assertThat(browser.find("[id='availability.TUESDAY']").getAttribute("aria-invalid"))
        .isEqualTo("true");

    type("[id='availability.TUESDAY']", "09:00-12:00, 19:00-21:00");
    browser.clickAndWait(browser.find("main form button[type=submit]"));
    assertThat(browser.path()).isEqualTo("/people/" + id);
    String section = browser.find("section.seeker").getText();
    assertThat(section)
        .contains("求职登记已保存")
        .contains("2800")
        .contains("星期二：09:00-12:00, 19:00-21:00");

    browser.open("/people/" + id + "/job-seeker?lang=en");
    browser.assertUsableOnDesktopAndPhone("staff-job-seeker-form-en", "en");
    browser.open("/people/" + id + "?lang=zh-CN");
  }

  private void type(String css, String text) {
    WebElement input = browser.find(css);
    input.clear();
    input.sendKeys(text);
  }
}
