package org.qingsong.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.qingsong.support.Api;
import org.qingsong.support.BrowserTest;
import org.qingsong.support.H2App;
import org.qingsong.support.Residents;

/** Registering a resident at the counter, the way station staff do it, in a real browser. */
@H2App
class RegisterResidentBrowserTest extends BrowserTest {

  @Test
  void aWrongCheckDigitIsExplainedAtTheFieldThenTheCorrectedResidentIsRegistered() {
    String name = uniqueName();
    String idNumber = Residents.newIdNumber();
    String wrongId = withWrongCheckCharacter(idNumber);

    browser.as("staff").open("/people/new");
    type("#idNumber", wrongId);
    type("#name", name);
    type("#phone", "13812345678");
    browser.clickAndWait(browser.find("main form button[type=submit]"));

    browser.waitFor(d -> "form-errors".equals(activeElementId()));
    WebElement field = browser.find("#idNumber");
    assertThat(field.getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(field.getDomAttribute("aria-describedby")).contains("idNumber-error");
    WebElement error = browser.find("#idNumber-error");
    assertThat(error.getText()).contains("校验位不正确");
    assertThat(error.isDisplayed()).isTrue();
    assertThat(browser.findAll(".field:has(#idNumber) #idNumber-error"))
        .as("the error sits in the ID number's own field")
        .hasSize(1);
    assertThat(browser.find("[role=alert]").getText()).contains("校验位不正确");
    assertThat(browser.find("#name").getDomProperty("value")).as("input kept").isEqualTo(name);
    assertThat(browser.axe()).as("axe-core findings on the form with errors").isEmpty();
    assertThat(peopleNamed(name)).as("nothing was registered").isZero();

    type("#idNumber", idNumber);
    browser.clickAndWait(browser.find("main form button[type=submit]"));

    assertThat(browser.path()).matches("/people/\\d+");
    assertThat(browser.find("main [role=status]").getText()).contains("登记成功");
    assertThat(browser.find("h1").getText()).isEqualTo(name);
    String masked = idNumber.substring(0, 6) + "********" + idNumber.substring(14);
    assertThat(browser.find("main").getText())
        .contains(masked)
        .doesNotContain(idNumber)
        .containsPattern("430203\\*{8}\\d{3}[\\dX]");
    assertThat(peopleNamed(name)).isEqualTo(1);

    browser.clickAndWait(browser.find("main form[action$='/identity'] button[type=submit]"));
    assertThat(browser.find("main").getText()).contains(idNumber).contains("13812345678");

    browser.as("auditor").open("/audit?action=VIEW_IDENTITY&actor=staff");
    assertThat(browser.find("main table").getText()).contains("VIEW_IDENTITY").contains(masked);
  }

  @Test
  void theRegistrationFormStartsAtTheIdNumber() {
    browser.as("staff").open("/people/new");
    assertThat(activeElementId()).isEqualTo("idNumber");
  }

  @Test
  void keyboardUsersReachTheSkipLinkFirstAndItMovesFocusToMain() {
    browser.as("staff").open("/");
    new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    WebElement focused = browser.driver().switchTo().activeElement();
    assertThat(focused.getDomAttribute("class")).contains("skip-link");
    assertThat(focused.getText()).isEqualTo("跳到主要内容");
    assertThat(focused.isDisplayed()).isTrue();
    assertThat(
            ((Number) browser.script("return arguments[0].getBoundingClientRect().left", focused))
                .doubleValue())
        .as("the focused skip link is on screen")
        .isGreaterThanOrEqualTo(0);

    new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
    browser.waitFor(d -> "main".equals(activeElementId()));
    assertThat(browser.driver().getCurrentUrl()).endsWith("#main");
  }

  @Test
  void theLanguageSwitchTurnsThePageIntoEnglishAndBack() {
    browser.as("staff").open("/");
    assertThat(browser.find("html").getDomAttribute("lang")).startsWith("zh");

    WebElement english = browser.find("header a[hreflang=en]");
    assertThat(english.getText()).isEqualTo("English");
    browser.clickAndWait(english);
    assertThat(browser.find("html").getDomAttribute("lang")).startsWith("en");
    assertThat(browser.find("h1").getText()).doesNotContainPattern("\\p{IsHan}");
    assertThat(browser.find(".skip-link").getDomProperty("textContent"))
        .doesNotContainPattern("\\p{IsHan}");

    browser.open("/people");
    assertThat(browser.find("html").getDomAttribute("lang"))
        .as("the choice sticks across pages")
        .startsWith("en");

    WebElement chinese = browser.find("header a[hreflang^=zh]");
    assertThat(chinese.getText()).isEqualTo("中文");
    browser.clickAndWait(chinese);
    assertThat(browser.find("html").getDomAttribute("lang")).startsWith("zh");
    assertThat(browser.path()).startsWith("/people");
    assertThat(browser.find("h1").getText()).isEqualTo("求职者");
  }

  private void type(String css, String text) {
    WebElement input = browser.find(css);
    input.clear();
    input.sendKeys(text);
  }

  private String activeElementId() {
    return (String) browser.script("return document.activeElement && document.activeElement.id");
  }

  private long peopleNamed(String name) {
    return Api.on(port)
        .as("admin")
        .get("/api/v1/people?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
        .json()
        .path("total")
        .asLong();
  }

  private static String withWrongCheckCharacter(String idNumber) {
    char check = idNumber.charAt(17);
    char wrong = check == '0' ? '1' : '0';
    return idNumber.substring(0, 17) + wrong;
  }

  private static String uniqueName() {
    String digits = "零一二三四五六七八九";
    StringBuilder b = new StringBuilder("浏览器测");
    int n = ThreadLocalRandom.current().nextInt(1_000_000);
    for (char c : String.valueOf(n).toCharArray()) {
      b.append(digits.charAt(c - '0'));
    }
    return b.toString();
  }
}
