package org.qingsong.employers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.qingsong.support.Api;
import org.qingsong.support.BrowserTest;
import org.qingsong.support.H2App;
import org.qingsong.support.Residents;

/**
 * The employer pages in a real browser: station staff register an employer at the counter (with the
 * mistakes explained at each field), verify it, in Chinese and in English; unknown employers and
 * roles without the right get the site's error page.
 */
@H2App
class EmployerPagesTest extends BrowserTest {

  @AfterEach
  void backToChinese() {
    String lang = browser.find("html").getDomAttribute("lang");
    if (lang != null && lang.startsWith("en")) {
      browser.open("/?lang=zh-CN");
    }
  }

  @Test
  void staffFixTheMistakesAtTheFieldsThenRegisterAndVerifyTheEmployer() {
    String name = uniqueName("浏览器测试厂");
    String code = Residents.newCreditCode();
    String wrongCode = withWrongCheckCharacter(code);

    browser.as("staff").open("/employers/new");
    assertThat(browser.find("h1").getText()).isEqualTo("登记用人单位");
    type("#creditCode", wrongCode);
    chooseKind("ENTERPRISE");
    type("#contactName", "张三");
    type("#contactPhone", "13812345678");
    submit();

    assertThat(browser.path()).as("the form is shown again").startsWith("/employers");
    WebElement codeField = browser.find("#creditCode");
    assertThat(codeField.getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(codeField.getDomAttribute("aria-describedby")).contains("creditCode-error");
    WebElement codeError = browser.find("#creditCode-error");
    assertThat(codeError.getText()).contains("校验位不正确");
    assertThat(codeError.isDisplayed()).isTrue();
    assertThat(browser.findAll(".field:has(#creditCode) #creditCode-error"))
        .as("the error sits in the credit code's own field")
        .hasSize(1);

    WebElement nameField = browser.find("#name");
    assertThat(nameField.getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(nameField.getDomAttribute("aria-describedby")).contains("name-error");
    WebElement nameError = browser.find("#name-error");
    assertThat(nameError.getText()).isEqualTo("必填");
    assertThat(browser.findAll(".field:has(#name) #name-error")).hasSize(1);

    WebElement summary = browser.find("main [role=alert]");
    assertThat(summary.getText()).contains("有 2 处需要修改").contains("单位名称：必填").contains("校验位不正确");
    assertThat(browser.findAll("#kind[aria-invalid=true], #contactPhone[aria-invalid=true]"))
        .as("fields without mistakes are not marked")
        .isEmpty();
    assertThat(browser.find("#creditCode").getDomProperty("value"))
        .as("input kept")
        .isEqualTo(wrongCode);
    assertThat(browser.find("#contactPhone").getDomProperty("value")).isEqualTo("13812345678");
    assertThat(browser.axe()).as("axe-core findings on the form with errors").isEmpty();
    assertThat(employersMatching(wrongCode)).as("nothing was registered").isZero();
    assertThat(employersMatching(code)).isZero();

    type("#creditCode", code);
    type("#name", name);
    submit();

    assertThat(browser.path()).matches("/employers/\\d+");
    assertThat(browser.find("main [role=status]").getText()).isEqualTo("已登记“" + name + "”。");
    assertThat(browser.find("h1").getText()).isEqualTo(name);
    assertThat(browser.find("main").getText())
        .contains(code)
        .contains("138****5678")
        .doesNotContain("13812345678")
        .contains("待核验");
    assertThat(fact("联系人手机")).isEqualTo("138****5678");
    assertThat(fact("核验状态")).isEqualTo("待核验");
    assertThat(employersMatching(code)).isEqualTo(1);
    String employerPage = browser.path();

    new Select(browser.find("#verification")).selectByValue("VERIFIED");
    browser.clickAndWait(browser.find("main form[action$='/verification'] button[type=submit]"));

    assertThat(browser.path()).isEqualTo(employerPage);
    assertThat(browser.find("main [role=status]").getText()).isEqualTo("核验状态已更新。");
    assertThat(fact("核验状态")).isEqualTo("已核验");
    assertThat(new Select(browser.find("#verification")).getFirstSelectedOption().getText())
        .isEqualTo("已核验");
    assertThat(
            Api.on(port)
                .as("admin")
                .get("/api/v1/employers?q=" + code)
                .json()
                .path("items")
                .path(0)
                .path("verification")
                .asString())
        .isEqualTo("VERIFIED");
  }

  @Test
  void theSamePagesInEnglish() {
    String name = uniqueName("Browser Test Works ");
    String code = Residents.newCreditCode();
    String wrongCode = withWrongCheckCharacter(code);

    browser.as("staff").open("/employers/new?lang=en");
    assertThat(browser.find("html").getDomAttribute("lang")).startsWith("en");
    assertThat(browser.find("h1").getText()).isEqualTo("Register an employer");
    type("#creditCode", wrongCode);
    chooseKind("INDIVIDUAL_BUSINESS");
    type("#contactPhone", "13912345678");
    submit();

    assertThat(browser.find("html").getDomAttribute("lang")).startsWith("en");
    assertThat(browser.find("#creditCode").getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.find("#creditCode-error").getText())
        .isEqualTo("The credit code's check character is wrong; please check each character");
    assertThat(browser.find("#name").getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.find("#name-error").getText()).isEqualTo("Required");
    assertThat(browser.find("main [role=alert]").getText())
        .contains("2 fields need correcting:")
        .contains("Name")
        .doesNotContainPattern("\\p{IsHan}");
    assertThat(browser.axe()).as("axe-core findings on the English form with errors").isEmpty();
    assertThat(employersMatching(code)).isZero();

    type("#creditCode", code);
    type("#name", name);
    submit();

    assertThat(browser.path()).matches("/employers/\\d+");
    assertThat(browser.find("main [role=status]").getText())
        .isEqualTo("\"" + name + "\" is registered.");
    assertThat(fact("Contact mobile")).isEqualTo("139****5678");
    assertThat(fact("Kind")).isEqualTo("Individual business");
    assertThat(fact("Verification")).isEqualTo("Pending");
    assertThat(browser.find("main").getText()).doesNotContain("13912345678");

    new Select(browser.find("#verification")).selectByValue("VERIFIED");
    browser.clickAndWait(browser.find("main form[action$='/verification'] button[type=submit]"));

    assertThat(browser.find("main [role=status]").getText())
        .isEqualTo("The verification is updated.");
    assertThat(fact("Verification")).isEqualTo("Verified");
    assertThat(browser.find("html").getDomAttribute("lang")).startsWith("en");
  }

  @Test
  void staffSeeTheEmployersOfTheirOwnStreetAndAreToldSo() {
    String tag = uniqueName("街道范围");
    Api.Response mine = inTwoStreets(tag)[0];

    browser.as("staff").open("/employers?q=" + URLEncoder.encode(tag, StandardCharsets.UTF_8));
    assertThat(browser.find("main .hint").getText())
        .isEqualTo("只显示本街道（" + mine.json().path("streetName").asString() + "）的用人单位。");
    String table = browser.find("main table").getText();
    assertThat(table).contains(tag + "本街道厂").doesNotContain(tag + "外街道厂");
    assertThat(browser.findAll("#streetCode option"))
        .as("any, and the staff member's own street")
        .hasSize(2);
    browser.assertUsableOnDesktopAndPhone("staff-employers-own-street", "zh");

    browser.open("/employers?lang=en&q=" + URLEncoder.encode(tag, StandardCharsets.UTF_8));
    assertThat(browser.find("main .hint").getText())
        .startsWith("Showing the employers of your street");
    browser.assertUsableOnDesktopAndPhone("staff-employers-own-street-en", "en");

    browser.as("admin").open("/employers?q=" + URLEncoder.encode(tag, StandardCharsets.UTF_8));
    assertThat(browser.findAll("main .hint")).as("administrators see the city").isEmpty();
    assertThat(browser.find("main table").getText()).contains(tag + "本街道厂").contains(tag + "外街道厂");
  }

  /**
   * Two employers named after {@code tag}: "本街道厂" registered by the staff member in their own
   * street, and "外街道厂" registered by an administrator in another street of the district.
   */
  private Api.Response[] inTwoStreets(String tag) {
    Api api = Api.on(port);
    Api.Response mine = api.as("staff").post("/api/v1/employers", body(tag + "本街道厂", null));
    assertThat(mine.status()).as(mine.toString()).isEqualTo(201);
    String own = mine.json().path("streetCode").asString();
    String other = null;
    for (tools.jackson.databind.JsonNode s : api.get("/api/v1/divisions/430203/children").json()) {
      if ("STREET".equals(s.path("level").asString()) && !s.path("code").asString().equals(own)) {
        other = s.path("code").asString();
      }
    }
    assertThat(other).isNotNull();
    Api.Response theirs = api.as("admin").post("/api/v1/employers", body(tag + "外街道厂", other));
    assertThat(theirs.status()).as(theirs.toString()).isEqualTo(201);
    return new Api.Response[] {mine, theirs};
  }

  private static java.util.Map<String, Object> body(String name, String street) {
    java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("name", name);
    body.put("creditCode", Residents.newCreditCode());
    body.put("kind", "ENTERPRISE");
    body.put("streetCode", street);
    body.put("address", "高科园 8 号");
    body.put("contactName", "李经理");
    body.put("contactPhone", "13812345678");
    return body;
  }

  @Test
  void anUnknownEmployerIsTheNotFoundPage() {
    browser.as("staff").open("/employers/999999999");
    assertThat(browser.find("h1").getText()).isEqualTo("出错了");
    assertThat(browser.find("main").getText()).contains("页面不存在。");
    assertThat(browser.findAll("body > footer")).as("rendered to the end").hasSize(1);
    assertThat(status("/employers/999999999")).as("status of the page").isEqualTo(404);

    browser.open("/employers/999999999?lang=en");
    assertThat(browser.find("h1").getText()).isEqualTo("Something went wrong");
    assertThat(browser.find("main").getText()).contains("This page does not exist.");
  }

  @Test
  void staffGetTheForbiddenPageForAnEmployerOfAnotherStreet() {
    String tag = uniqueName("外街道详情");
    Api.Response[] both = inTwoStreets(tag);
    Api.Response mine = both[0];
    Api.Response theirs = both[1];
    String page = "/employers/" + theirs.json().path("id").asLong();

    browser.as("staff").open(page);
    assertThat(browser.find("h1").getText()).isEqualTo("出错了");
    assertThat(browser.find("main").getText()).contains("您没有权限查看这个页面。").doesNotContain(tag);
    assertThat(browser.findAll("#verification")).as("no verification form").isEmpty();
    assertThat(browser.findAll("body > footer")).as("rendered to the end").hasSize(1);
    assertThat(status(page)).as("status of the page").isEqualTo(403);

    browser.open("/employers/" + mine.json().path("id").asLong());
    assertThat(browser.find("h1").getText()).isEqualTo(tag + "本街道厂");

    browser.as("admin").open(page);
    assertThat(browser.find("h1").getText()).isEqualTo(tag + "外街道厂");
  }

  @Test
  void anAuditorCannotOpenTheRegistrationForm() {
    browser.as("auditor").open("/employers/new");
    assertThat(browser.find("h1").getText()).isEqualTo("出错了");
    assertThat(browser.find("main").getText()).contains("您没有权限查看这个页面。");
    assertThat(browser.findAll("#creditCode")).as("no form").isEmpty();
    assertThat(browser.findAll("body > footer")).as("rendered to the end").hasSize(1);
    assertThat(status("/employers/new")).as("status of the page").isEqualTo(403);

    browser.open("/employers");
    assertThat(browser.find("h1").getText()).as("auditors may see the list").isEqualTo("用人单位");
    assertThat(browser.findAll("main a[href$='/employers/new']"))
        .as("no link to the form")
        .isEmpty();
  }

  /** The HTTP status of a page, fetched with the browser's own session. */
  private static long status(String path) {
    return ((Number) browser.script("return fetch(arguments[0]).then(r => r.status)", path))
        .longValue();
  }

  private void submit() {
    browser.clickAndWait(browser.find("main form[action$='/employers'] button[type=submit]"));
  }

  private void type(String css, String text) {
    WebElement input = browser.find(css);
    input.clear();
    input.sendKeys(text);
  }

  private void chooseKind(String kind) {
    new Select(browser.find("#kind")).selectByValue(kind);
  }

  /** The value shown for a term of the detail page's facts list. */
  private String fact(String term) {
    for (WebElement dt : browser.findAll("main dl.facts dt")) {
      if (dt.getText().equals(term)) {
        return (String)
            browser.script("return arguments[0].nextElementSibling.textContent.trim()", dt);
      }
    }
    throw new AssertionError("no fact " + term + " on " + browser.path());
  }

  private long employersMatching(String text) {
    return Api.on(port)
        .as("admin")
        .get("/api/v1/employers?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8))
        .json()
        .path("total")
        .asLong();
  }

  private static String withWrongCheckCharacter(String code) {
    char check = code.charAt(17);
    char wrong = check == '0' ? '1' : '0';
    return code.substring(0, 17) + wrong;
  }

  private static String uniqueName(String prefix) {
    return prefix + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
  }
}
