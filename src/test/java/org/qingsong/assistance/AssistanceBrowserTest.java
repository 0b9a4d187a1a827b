package org.qingsong.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.qingsong.support.Api;
import org.qingsong.support.BrowserTest;
import org.qingsong.support.H2App;

/**
 * The social-assistance story in a browser: a case worker takes an application at the window, the
 * departments' tasks are due after the National Day holiday, every department answers, the
 * household is assessed with reasons, approved, publicised and paid on the roll; station staff see
 * the able-bodied member in their work list; once hired, the case enters its gradual exit. Every
 * page is checked at desktop and phone width with axe-core.
 */
@H2App
class AssistanceBrowserTest extends BrowserTest {

  @Test
  void aCaseWorkerTakesAnApplicationThroughToPaymentAndTheMemberBackToWork() throws Exception {
    Api api = Api.on(port);
    Object[] applicant = Households.register(api, "钟国强", LocalDate.of(1977, 5, 20));
    Object[] spouse = Households.register(api, "钟婷", LocalDate.of(1979, 8, 1));
    long applicantId = (long) applicant[0];

    browser.as("caseworker").open("/assistance/new");
    browser.assertUsableOnDesktopAndPhone("assistance-intake", "zh");
    new Select(browser.find("#kind")).selectByValue("MINIMUM_LIVING");
    browser.find("#applicantId").sendKeys(String.valueOf(applicantId));
    browser.script("arguments[0].value = '2026-09-29'", browser.find("#receivedOn"));
    browser.find("#m0-person").sendKeys(String.valueOf(applicantId));
    browser.find("#m0-income").sendKeys("0");
    browser.find("#m1-person").sendKeys(String.valueOf(spouse[0]));
    new Select(browser.find("#m1-relation")).selectByValue("SPOUSE");
    browser.find("#m1-income").sendKeys("460");
    browser.find("#need").sendKeys("丈夫失业，妻子打零工");
    browser.find("#bankAccount").sendKeys("6217000099998888777");
    browser.clickAndWait(browser.find("main form button[type=submit]"));

    assertThat(browser.path()).matches("/assistance/cases/\\d+");
    String caseUrl = browser.path();
    assertThat(browser.find(".notice").getText()).contains("已受理", "ZZ-430203-20260929-");
    String receipt = browser.find("h1").getText();
    assertThat(browser.find("#case-status").getText()).isEqualTo("部门核查中");
    List<WebElement> dues = browser.findAll("tbody tr[id^=task-] td:nth-child(3) span:first-child");
    assertThat(dues).hasSize(11);
    assertThat(dues).allSatisfy(d -> assertThat(d.getText()).isEqualTo("2026-10-12"));
    browser.assertUsableOnDesktopAndPhone("assistance-case-verifying", "zh");

    while (!browser.findAll("form.task-answer").isEmpty()) {
      browser.clickAndWait(browser.find("form.task-answer button"));
    }
    browser.clickAndWait(browser.find("form[action$='/assessment'] button"));
    assertThat(browser.find("#assessed-category").getText()).isEqualTo("符合低保条件");
    // 780 × 2 − 460
    assertThat(browser.find("#assessed-amount").getText()).isEqualTo("1,100 元");
    assertThat(browser.find("ol.reasons").getText()).contains("认定为低保家庭");

    browser.clickAndWait(browser.find("form[action$='/review'] button"));
    browser.clickAndWait(browser.find("form[action$='/decision'] button[value=APPROVE]"));
    assertThat(browser.find("#case-status").getText()).isEqualTo("已批准");
    browser.script("arguments[0].value = '2026-10-13'", browser.find("#startOn"));
    browser.clickAndWait(browser.find("form[action$='/publicity'] button"));
    assertThat(browser.find("#case-status").getText()).isEqualTo("公示中");

    browser.as(null).open("/assistance/publicity");
    assertThat(browser.find("#publicity").getText()).contains("钟**").doesNotContain("钟国强");
    browser.assertUsableOnDesktopAndPhone("assistance-publicity", "zh");
    browser.open("/assistance/status");
    browser.find("#receiptNo").sendKeys(receipt);
    browser.find("#idNumber").sendKeys((String) applicant[1]);
    browser.clickAndWait(browser.find("main form button[type=submit]"));
    assertThat(browser.find("#status-result").getText()).contains("公示中");

    browser.as("caseworker").open(caseUrl);
    browser.clickAndWait(browser.find("form[action$='/activation'] button"));
    assertThat(browser.find("#case-status").getText()).isEqualTo("保障中");
    assertThat(browser.find("#case-category").getText()).startsWith("A");
    assertThat(browser.find("#case-referrals").getText()).contains("钟国强", "钟婷");

    browser.open("/assistance/payments");
    browser.clickAndWait(browser.find("form[method=post][action$='/assistance/payments'] button"));
    assertThat(browser.find("#roll").getText()).contains(receipt, "1,100 元");
    browser.assertUsableOnDesktopAndPhone("assistance-payments", "zh");
    browser.open("/assistance/dashboard?lang=en");
    assertThat(browser.find("h1").getText()).isEqualTo("Assistance dashboard");
    browser.assertUsableOnDesktopAndPhone("assistance-dashboard", "en");
    browser.open("/assistance?lang=zh-CN");
    assertThat(browser.find("main table").getText()).contains(receipt);

    browser.as("staff").open("/assistance/referrals");
    assertThat(browser.find("main").getText()).contains("钟国强", "可推荐的岗位");
    browser.assertUsableOnDesktopAndPhone("assistance-referrals", "zh");

    long posting = new HiringPostings(api).publishPosting();
    long application =
        api.as("staff")
            .post("/api/v1/jobs/" + posting + "/applications", Map.of("personId", applicantId))
            .json()
            .path("id")
            .asLong();
    for (String step : List.of("INTERVIEW", "OFFER", "HIRED")) {
      api.as("employer")
          .post("/api/v1/applications/" + application + "/status", Map.of("status", step));
    }
    browser.as("caseworker");
    for (int i = 0; i < 50; i++) {
      browser.open(caseUrl);
      if (browser.find("#case-status").getText().equals("渐退期")) {
        break;
      }
      Thread.sleep(200);
    }
    assertThat(browser.find("#case-status").getText()).isEqualTo("渐退期");
    assertThat(browser.find("#case-exit").getText()).contains("就业退出");
    assertThat(browser.find("#case-paid").getText()).isEqualTo("1,100 元");
  }
}
