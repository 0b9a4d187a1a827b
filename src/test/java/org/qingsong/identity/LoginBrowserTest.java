package org.qingsong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qingsong.support.BrowserTest;
import org.qingsong.support.H2App;

/** Form login and logout in a real browser. */
@H2App
class LoginBrowserTest extends BrowserTest {
  private static final String LOGOUT_BUTTON = "header form[action$='/logout'] button[type=submit]";

  @BeforeEach
  void anonymous() {
    browser.at(port).desktop().as(null);
  }

  @Test
  void aWrongPasswordIsAnnouncedInChinese() {
    browser.login("staff", "not-the-password");

    assertThat(browser.user()).isNull();
    assertThat(browser.path()).startsWith("/login");
    WebElement alert = browser.find("main [role=alert]");
    assertThat(alert.getText()).contains("用户名或密码错误");
    assertThat(alert.isDisplayed()).isTrue();
    assertThat(browser.findAll(LOGOUT_BUTTON)).isEmpty();
    assertThat(browser.axe()).as("axe-core findings on the failed login").isEmpty();
  }

  @Test
  void aCorrectLoginShowsWhoIsLoggedInAndLogoutEndsTheSession() {
    browser.login("staff");

    assertThat(browser.user()).isEqualTo("staff");
    assertThat(browser.find("header").getText()).contains("就业专干");
    WebElement logout = browser.find(LOGOUT_BUTTON);
    assertThat(logout.isDisplayed()).isTrue();
    assertThat(logout.getText()).isEqualTo("退出");
    browser.open("/people");
    assertThat(browser.path()).startsWith("/people");

    browser.logout();

    assertThat(browser.path()).isEqualTo("/");
    assertThat(browser.findAll(LOGOUT_BUTTON)).isEmpty();
    assertThat(browser.find("header a[href$='/login']").getText()).isEqualTo("登录");
    browser.open("/people");
    assertThat(browser.path()).as("the session is over").startsWith("/login");
  }

  @Test
  void aLogoutWithoutTheCsrfTokenIsRefused() {
    browser.login("staff");
    assertThat(browser.user()).isEqualTo("staff");

    // A form another site could post: same action, but no CSRF token.
    WebElement page = browser.find("html");
    browser.script(
        """
        const f = document.createElement('form');
        f.method = 'post';
        f.action = '/logout';
        document.body.appendChild(f);
        f.submit();
        """);
    browser.waitFor(ExpectedConditions.stalenessOf(page));
    assertThat(browser.path()).isEqualTo("/logout");
    assertThat(browser.find("main").getText()).contains("没有权限");
    browser.open("/people");
    assertThat(browser.path()).as("still logged in").startsWith("/people");
    assertThat(browser.find("header").getText()).contains("就业专干");
  }
}
