package org.qingsong.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.qingsong.support.BrowserTest;
import org.qingsong.support.H2App;

/**
 * The site's menu on a phone folds into one button so that a staff member's page starts on the
 * first screen instead of below five rows of links; on a wide screen it is open with no button.
 */
@H2App
class SiteMenuBrowserTest extends BrowserTest {
  private static final String EMPLOYERS_LINK = "header nav a[href$='/employers']";

  @BeforeEach
  void start() {
    browser.at(port).desktop().as(null);
  }

  @Test
  void onAPhoneTheMenuFoldsIntoOneButtonThatOpensByKeyboard() {
    browser.as("staff").phone();
    try {
      browser.open("/people");
      WebElement summary = browser.find("header nav summary");
      assertThat(summary.getText()).isEqualTo("菜单");
      assertThat(browser.find(EMPLOYERS_LINK).isDisplayed()).isFalse();
      assertThat(browser.topOnPage("main"))
          .as("the page starts in the upper half of a 360 x 740 screen")
          .isLessThan(browser.innerHeight() / 2);
      assertThat(browser.axe()).as("axe-core findings with the menu folded").isEmpty();

      summary.sendKeys(Keys.ENTER);
      assertThat(browser.find(EMPLOYERS_LINK).isDisplayed()).isTrue();
      browser.clickAndWait(browser.find(EMPLOYERS_LINK));
      assertThat(browser.path()).isEqualTo("/employers");
      assertThat(browser.find(EMPLOYERS_LINK).isDisplayed())
          .as("the menu is folded again on the next page")
          .isFalse();

      browser.open("/people?lang=en");
      assertThat(browser.find("header nav summary").getText()).isEqualTo("Menu");
    } finally {
      browser.desktop();
    }
    browser.open("/people?lang=zh-CN");
    assertThat(browser.find("header nav summary").isDisplayed()).isFalse();
    assertThat(browser.find(EMPLOYERS_LINK).isDisplayed()).isTrue();
  }
}
