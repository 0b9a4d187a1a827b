package org.qingsong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.qingsong.support.Api;
import org.qingsong.support.BrowserTest;
import org.qingsong.support.H2App;

/**
 * The job pages in a real browser, from a posting to a hire: the employer posts through the form, a
 * visitor finds it, the resident applies and accepts an interview, the employer hires; station
 * staff reject a held posting. Every page passes axe-core and fits a 360 px phone.
 */
@H2App
class JobPagesBrowserTest extends BrowserTest {

  @AfterEach
  void backToChinese() {
    browser.open("/jobs?lang=zh-CN");
  }

  @Test
  void anEmployerPostsAJobAResidentAppliesAndIsHired() {
    String title = "社区助浴护理员" + ThreadLocalRandom.current().nextInt(100_000, 999_999);

    browser.as("employer").open("/jobs/new");
    checkPage("employer-jobs-new", "zh");
    browser.find("#title").clear();
    browser.clickAndWait(browser.find("main form button[type=submit]"));
    assertThat(browser.path()).isEqualTo("/jobs");
    assertThat(browser.find("[role=alert]").getText()).contains("岗位名称").contains("必填");
    WebElement titleField = browser.find("#title");
    assertThat(titleField.getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(titleField.getDomAttribute("aria-describedby")).contains("title-error");
    assertThat(browser.find("#payMin").getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.axe()).as("axe-core findings on the form with errors").isEmpty();

    type("#title", title);
    new Select(browser.find("#occupationCode")).selectByValue("EC001");
    type("#description", "为社区居家老人提供助浴、助餐、陪伴服务，每次上门 2 小时，时间可商量。\n岗前免费培训，公司购买意外险。");
    browser.find("input[name=kind][value=PART_TIME]").click();
    type("#payMin", "3800");
    type("#payMax", "5200");
    type("#weeklyHours", "30");
    type("#contact", "0731-22881234 刘女士");
    type("#skills", "养老护理 助浴");
    browser.find("input[name=relaxations][value=SUITS_4050]").click();
    browser.clickAndWait(browser.find("main form button[type=submit]"));

    assertThat(browser.path()).matches("/jobs/\\d+");
    long id = Long.parseLong(browser.path().substring("/jobs/".length()));
    assertThat(browser.find("main [role=status]").getText()).contains("已经发布");
    assertThat(browser.find("h1").getText()).isEqualTo(title);
    assertThat(browser.find("main").getText()).contains("3,800–5,200 元/月").contains("已发布");
    checkPage("employer-jobs-detail", "zh");

    browser.as(null).open("/jobs");
    type("#q", title);
    browser.find("input[name=relaxation][value=SUITS_4050]").click();
    browser.clickAndWait(browser.find("main form[role=search] button[type=submit]"));
    assertThat(browser.path()).contains("relaxation=SUITS_4050");
    List<WebElement> cards = browser.findAll("main .job-card");
    assertThat(cards).hasSize(1);
    assertThat(cards.get(0).getText())
        .contains(title)
        .contains("3,800–5,200 元/月")
        .contains("董家塅街道")
        .contains("适合“4050”人员")
        .contains("兼职");
    checkPage("anonymous-jobs", "zh");
    browser.open("/jobs?q=" + title + "&relaxation=SUITS_DISABLED");
    assertThat(browser.findAll("main .job-card")).isEmpty();
    assertThat(browser.find("main .empty").getText()).contains("没有符合条件的岗位");

    browser.as("resident").open("/jobs/" + id);
    String applyForm =
        (String) browser.script("return document.querySelector('form.apply').outerHTML");
    checkPage("resident-jobs-detail", "zh");
    browser.clickAndWait(browser.find("form.apply button[type=submit]"));
    assertThat(browser.find("main [role=status]").getText()).contains("申请已提交");
    assertThat(browser.findAll("form.apply")).as("no second apply button").isEmpty();
    browser.script(
        "document.querySelector('main').insertAdjacentHTML('beforeend', arguments[0])", applyForm);
    browser.clickAndWait(browser.find("form.apply button[type=submit]"));
    assertThat(browser.find("main [role=alert]").getText()).contains("已经申请过这个岗位");

    browser.as("employer").open("/jobs/" + id + "/applicants");
    WebElement row = browser.find("main table.board tbody tr");
    assertThat(row.findElement(By.cssSelector(".phone")).getText()).contains("****");
    checkPage("employer-jobs-applicants", "zh");
    browser.clickAndWait(browser.find("main table.board button[data-move=INTERVIEW]"));
    assertThat(browser.find("main [role=status]").getText()).contains("邀请面试");

    browser.as("resident").open("/jobs/mine");
    WebElement mine = browser.find("main li.card:has(a[href$='/jobs/" + id + "'])");
    assertThat(mine.getText()).contains("邀请面试");
    checkPage("resident-jobs-mine", "zh");
    browser.clickAndWait(
        browser.find("main li.card:has(a[href$='/jobs/" + id + "']) button[data-action=accept]"));
    assertThat(browser.find("main [role=status]").getText()).contains("已接受").contains(title);

    browser.as("employer").open("/jobs/" + id + "/applicants");
    String phone = browser.find("main table.board tbody tr .phone").getText();
    assertThat(phone).doesNotContain("*").matches("1\\d{10}");
    browser.clickAndWait(browser.find("main table.board button[data-move=OFFER]"));
    browser.clickAndWait(browser.find("main table.board button[data-move=HIRED]"));
    assertThat(browser.find("main [role=status]").getText()).contains("已录用");
    assertThat(browser.findAll("main table.board button")).as("nothing left to do").isEmpty();
  }

  @Test
  void staffRejectAHeldPostingWithTheDepositReasonShown() {
    Map<String, Object> body = JobApiContract.honestPosting("仓库分拣员");
    body.put("description", "仓库货物分拣打包，包吃住，入职需交押金300元，干满三个月退还。");
    body.put("occupationCode", "LG001");
    Api.Response created = Api.on(port).as("employer").post("/api/v1/jobs", body);
    assertThat(created.json().path("status").asString()).isEqualTo("SCREENING");
    long id = created.json().path("id").asLong();

    browser.as("employer").open("/jobs/" + id);
    assertThat(browser.find("main").getText()).contains("待审核").contains("押金");

    browser.as("staff").open("/jobs/review");
    WebElement item = browser.find("#posting-" + id);
    assertThat(item.getText()).contains("仓库分拣员").contains("要求求职者缴纳押金或费用：").contains("押金");
    checkPage("staff-jobs-review", "zh");

    browser.clickAndWait(browser.find("#posting-" + id + " button[value=REJECT]"));
    WebElement note = browser.find("#note-" + id);
    assertThat(note.getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.find("#note-" + id + "-error").getText()).contains("必填");
    assertThat(browser.axe()).as("axe-core findings with the note's error").isEmpty();

    type("#note-" + id, "要求求职者交押金，已电话告知单位不得收费");
    assertThat(browser.find("#posting-" + id + " input[name=flagEmployer]").isSelected())
        .as("flagging the shared demo employer would hold every later posting")
        .isFalse();
    browser.clickAndWait(browser.find("#posting-" + id + " button[value=REJECT]"));
    assertThat(browser.find("main [role=status]").getText()).contains("仓库分拣员").contains("已驳回");
    assertThat(browser.findAll("#posting-" + id)).isEmpty();
    assertThat(Api.on(port).as("staff").get("/api/v1/jobs/" + id).json().path("status").asString())
        .isEqualTo("REJECTED");
  }

  @Test
  void staffGetTheForbiddenPageForAnotherStreetsHeldPosting() {
    Api api = Api.on(port);
    String tag = "外街道详情" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    String other = null;
    for (tools.jackson.databind.JsonNode s : api.get("/api/v1/divisions/430203/children").json()) {
      if ("STREET".equals(s.path("level").asString())
          && !s.path("code").asString().equals(JobApiContract.HOME_STREET)) {
        other = s.path("code").asString();
      }
    }
    assertThat(other).isNotNull();
    Map<String, Object> body = JobApiContract.honestPosting(tag + "理货员");
    body.put("streetCode", other);
    body.put("description", "仓库货物分拣打包，包吃住，入职需交押金300元，干满三个月退还。");
    Api.Response held = api.as("employer").post("/api/v1/jobs", body);
    assertThat(held.json().path("status").asString()).as(held.toString()).isEqualTo("SCREENING");
    Map<String, Object> openBody = JobApiContract.honestPosting(tag + "护理员");
    openBody.put("streetCode", other);
    Api.Response open = api.as("employer").post("/api/v1/jobs", openBody);
    assertThat(open.json().path("status").asString()).as(open.toString()).isEqualTo("PUBLISHED");
    String page = "/jobs/" + held.json().path("id").asLong();

    browser.as("staff").open(page);
    assertThat(browser.find("h1").getText()).isEqualTo("出错了");
    assertThat(browser.find("main").getText()).contains("您没有权限查看这个页面。").doesNotContain(tag);
    assertThat(browser.findAll("body > footer")).as("rendered to the end").hasSize(1);
    assertThat(status(page)).as("status of the page").isEqualTo(403);

    browser.open("/jobs/" + open.json().path("id").asLong());
    assertThat(browser.find("h1").getText()).isEqualTo(tag + "护理员");

    browser.as("admin").open(page);
    assertThat(browser.find("h1").getText()).isEqualTo(tag + "理货员");
  }

  @Test
  void theJobPagesSpeakEnglishOnRequest() {
    Api.on(port).as("employer").post("/api/v1/jobs", JobApiContract.honestPosting("保洁员"));
    browser.as(null).open("/jobs?lang=en");
    assertThat(browser.find("h1").getText()).isEqualTo("Jobs");
    assertThat(browser.find("main").getText()).contains("Find jobs").contains("yuan a month");
    assertThat(browser.find("header nav").getText()).contains("Jobs");
    checkPage("anonymous-jobs-en", "en");
    browser.clickAndWait(browser.find("main .job-card h2 a"));
    assertThat(browser.find("main").getText()).contains("Employer").contains("Log in to apply");
    checkPage("anonymous-jobs-detail-en", "en");
  }

  @Test
  void onlyTheSearchAndPublishedPostingsArePublic() {
    browser.as(null);
    for (String path : List.of("/jobs/new", "/jobs/mine", "/jobs/review", "/jobs/1/applicants")) {
      browser.open(path);
      assertThat(browser.path()).as(path).startsWith("/login");
    }
    browser.as("resident").open("/jobs/review");
    assertThat(browser.find("main").getText()).contains("没有权限");
  }

  private static long status(String path) {
    return ((Number) browser.script("return fetch(arguments[0]).then(r => r.status)", path))
        .longValue();
  }

  private void type(String css, String text) {
    WebElement field = browser.find(css);
    field.clear();
    field.sendKeys(text);
  }

  private void checkPage(String name, String language) {
    browser.assertUsableOnDesktopAndPhone(name, language);
  }
}
