package org.qingsong.gigs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;
import org.qingsong.support.Api;
import org.qingsong.support.BrowserTest;
import org.qingsong.support.H2App;
import org.qingsong.support.Residents;
import org.qingsong.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The gig pages in a real browser, the whole story of issue #5: staff register a worker, a family
 * adds an elderly mother and orders a recurring elder-care visit, staff see the ranked candidates
 * with their reasons and assign one (a second tab's stale assignment answers with the clash), the
 * worker checks in and out on a 360 px phone with a care log, and the family reads it and rates the
 * visit. Every page passes axe-core and fits a phone, in Chinese and English.
 */
@H2App
class GigPagesBrowserTest extends BrowserTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Autowired TestClock clock;

  @AfterEach
  void backToChinese() {
    browser.open("/gigs?lang=zh-CN");
  }

  private Api api() {
    return Api.on(port);
  }

  @Test
  void aFamilyOrdersStaffAssignTheWorkerCaresAndTheFamilyRates() {
    GigFixtures fx = new GigFixtures(api());
    String tag = chineseTag();

    // A resident of the street becomes a worker: registered at the station by staff.
    Map<String, Object> workerPerson = Residents.person("赵阿姨" + tag, GigFixtures.HOME_STREET);
    Api.Response registered = api().as("staff").post("/api/v1/people", workerPerson);
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    String workerLogin = fx.login(registered.json().path("id").asLong());
    String family = fx.login(fx.person("钱女士" + tag));
    Map<String, Object> cleaner =
        fx.workerBody(fx.person("保洁阿姨" + tag), LocalDate.now(SHANGHAI).plusYears(1));
    cleaner.put("services", List.of("HOUSEKEEPING"));
    fx.worker(cleaner);

    browser.as("staff").open("/gigs/workers/new");
    checkPage("staff-gigs-worker-new", "zh");
    browser.find("input[name=services][value=HOUSEKEEPING]").click();
    type("#idNumber", "430203193101019999");
    submit();
    assertThat(browser.find("[role=alert]").getText()).contains("身份证号");
    assertThat(browser.find("#idNumber").getDomAttribute("aria-invalid")).isEqualTo("true");

    type("#idNumber", (String) workerPerson.get("idNumber"));
    browser.find("input[name=services][value=ELDER_CARE]").click();
    new Select(browser.find("#certificates-0-kind")).selectByValue("ELDER_CARE_WORKER");
    type("#certificates-0-number", "YL" + tag);
    date("#certificates-0-validUntil", LocalDate.now(SHANGHAI).plusYears(2));
    for (String day :
        List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
      type("#" + day, "00:00-24:00");
    }
    type("#homeLat", "27.8011");
    type("#homeLng", "113.1511");
    type("#maxHoursPerDay", "10");
    submit();
    assertThat(browser.path()).startsWith("/gigs/workers");
    assertThat(browser.find("main [role=status]").getText()).contains("赵阿姨" + tag);
    WebElement card = workerCard("赵阿姨" + tag);
    long workerId = Long.parseLong(card.getDomAttribute("id").substring("worker-".length()));
    assertThat(card.getText())
        .contains("养老护理员证")
        .contains("养老护理（上门）")
        .doesNotContain("13812345678")
        .contains("138****5678");
    checkPage("staff-gigs-workers", "zh");

    // The family adds the elderly mother and orders.
    browser.as(family).open("/gigs/family");
    assertThat(browser.find("main").getText()).contains("还没有服务对象");
    browser.clickAndWait(browser.find("main a[href$='/gigs/recipients/new']"));
    checkPage("family-gigs-recipient-new", "zh");
    String mother = "孙奶奶" + tag;
    type("#name", mother);
    new Select(browser.find("#relation")).selectByValue("PARENT");
    new Select(browser.find("#streetCode")).selectByValue(GigFixtures.HOME_STREET);
    type("#address", "董家塅街道沿河三村 5 栋 201");
    type("#lat", "27.801");
    type("#lng", "113.151");
    browser.find("input[name=mobility][value=WALKING_AID]").click();
    browser.find("#dementia").click();
    type("#careNotes", "骨折后行动不便，需协助起身；每天上午服降压药");
    submit();
    assertThat(browser.path()).startsWith("/gigs/order?recipientId=");
    assertThat(browser.find("main [role=status]").getText()).contains(mother);
    checkPage("family-gigs-order", "zh");

    // Every weekday 09:00-11:00 for four weeks: one visit per weekday, 20 in all.
    LocalDate monday =
        LocalDate.now(SHANGHAI).with(TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
    date("#firstDate", monday);
    time("#startTime", "09:00");
    type("#durationMinutes", "120");
    browser.find("input[name=recurrence][value=WEEKDAYS]").click();
    date("#untilDate", monday.plusWeeks(4).minusDays(1));
    submit();
    assertThat(browser.path()).startsWith("/gigs/family");
    assertThat(browser.find("main [role=status]").getText())
        .contains("养老护理（上门）")
        .contains("共 20 次");

    // And a visit that starts in a few minutes, repeated on the next two days as well.
    LocalDateTime start = soon();
    int minutes = Math.min(120, 24 * 60 - (start.getHour() * 60 + start.getMinute()));
    browser.open("/gigs/order");
    new Select(browser.find("#recipientId")).selectByVisibleText(mother + "（父母）");
    date("#firstDate", start.toLocalDate());
    time("#startTime", hhmm(start));
    type("#durationMinutes", Integer.toString(minutes));
    browser.find("input[name=recurrence][value=DAILY]").click();
    type("#count", "3");
    type("#notes", "请先敲门再按门铃");
    submit();
    assertThat(browser.find("main [role=status]").getText()).contains("共 3 次");
    checkPage("family-gigs-family", "zh");
    String firstVisit =
        browser.find("main .gig-order:first-of-type .visit-list li").getDomAttribute("id");
    List<WebElement> orders = browser.findAll("main .gig-order");
    assertThat(orders).hasSize(2);
    long visit = Long.parseLong(firstVisit.substring("visit-".length()));
    assertThat(browser.find("#" + firstVisit).getText()).contains(hhmm(start)).contains("待派单");

    // A second visit at the same time, ordered at the counter, to show the clash.
    Map<String, Object> clashing = new LinkedHashMap<>();
    clashing.put("recipientId", recipientOf(visit));
    clashing.put("serviceCode", "ELDER_CARE");
    clashing.put("firstDate", start.toLocalDate().toString());
    clashing.put("startTime", hhmm(start));
    clashing.put("durationMinutes", minutes);
    long other =
        api()
            .as("staff")
            .post("/api/v1/gig-orders", clashing)
            .json()
            .path("visits")
            .get(0)
            .path("id")
            .asLong();

    // Staff: the day's visits, the visit's candidates with reasons; assign.
    browser.as("staff").open("/gigs/visits?date=" + start.toLocalDate());
    assertThat(browser.find("#visit-" + visit).getText()).contains(mother).contains("待派单");
    checkPage("staff-gigs-visits", "zh");
    String stale = browser.driver().getWindowHandle();
    browser.open("/gigs/visits/" + other);
    String fresh = browser.driver().switchTo().newWindow(WindowType.TAB).getWindowHandle();
    browser.open("/gigs/visits/" + visit);
    WebElement candidate = browser.find("#candidate-" + workerId);
    assertThat(candidate.getText())
        .containsPattern("第 \\d+ 名：赵阿姨" + tag)
        .contains("提供“养老护理（上门）”服务")
        .contains("持有养老护理员证")
        .contains("在本人可工作时间内")
        .contains("步行");
    assertThat(browser.find("main details.ineligible").getAttribute("textContent"))
        .contains("不提供“养老护理（上门）”服务");
    checkPage("staff-gigs-visit", "zh");
    browser.clickAndWait(candidate.findElement(org.openqa.selenium.By.cssSelector("button")));
    assertThat(browser.find("main [role=status]").getText()).contains("已派给 赵阿姨" + tag);
    assertThat(browser.find("main").getText()).contains("已派单");

    browser.driver().close();
    browser.driver().switchTo().window(stale);
    assertThat(fresh).isNotEqualTo(stale);
    browser.clickAndWait(browser.find("#candidate-" + workerId + " button"));
    assertThat(browser.find("main [role=alert]").getText()).contains("#" + visit).contains("冲突");
    assertThat(browser.find("#ineligible-" + workerId).getAttribute("textContent"))
        .contains("#" + visit);

    // The worker on a phone: today's visit, check in, check out with the care log.
    browser.as(workerLogin).phone().open("/gigs/today?date=" + start.toLocalDate());
    WebElement today = browser.find("#visit-" + visit);
    assertThat(today.getText())
        .contains(mother)
        .contains("沿河三村")
        .contains("需拐杖或助行器")
        .contains("有认知障碍")
        .contains("每天上午服降压药");
    assertThat(
            today
                .findElement(org.openqa.selenium.By.cssSelector("a.map-link"))
                .getDomAttribute("href"))
        .contains("openstreetmap.org")
        .contains("mlat=27.801000");
    assertThat(browser.find("#visit-" + visit + " a.geo-link").getDomAttribute("href"))
        .isEqualTo("geo:27.801000,113.151000");
    assertThat(browser.horizontalOverflow()).isFalse();
    browser.clickAndWait(browser.find("#visit-" + visit + " form.check-in button[type=submit]"));
    assertThat(browser.find("#lat-error-" + visit).getText()).contains("必填");
    type("#lat-" + visit, "27.8012");
    type("#lng-" + visit, "113.1511");
    browser.clickAndWait(browser.find("#visit-" + visit + " form.check-in button[type=submit]"));
    assertThat(browser.find("main [role=status]").getText()).contains("已到达");
    browser.desktop();
    checkPage("worker-gigs-today", "zh");
    browser.phone();
    browser.clickAndWait(browser.find("#visit-" + visit + " form.check-out button[type=submit]"));
    assertThat(browser.find("#tasks-error-" + visit).getText()).isNotBlank();
    browser.find("#visit-" + visit + " input[name=tasks][value=MEAL]").click();
    browser.find("#visit-" + visit + " input[name=tasks][value=MEDICATION]").click();
    browser.find("#visit-" + visit + " input[name=tasks][value=VITALS]").click();
    type("#observations-" + visit, "血压 135/85，精神好，午饭吃了一碗粥");
    new Select(browser.find("#severity-" + visit)).selectByValue("LOW");
    type("#incident-" + visit, "起身时有些头晕，休息后好转");
    browser.clickAndWait(browser.find("#visit-" + visit + " form.check-out button[type=submit]"));
    assertThat(browser.find("main [role=status]").getText()).contains("护理记录已提交");
    assertThat(browser.find("#visit-" + visit).getText()).contains("提醒、协助服药").contains("血压 135/85");
    assertThat(browser.horizontalOverflow()).isFalse();
    browser.desktop();

    // The family reads the care log and rates.
    browser.as(family).open("/gigs/family");
    WebElement log = browser.find("#visit-" + visit + ".care-log");
    assertThat(log.getText())
        .contains("护理记录")
        .contains("助餐（做饭、喂饭）")
        .contains("提醒、协助服药")
        .contains("测量血压、体温")
        .contains("血压 135/85")
        .contains("起身时有些头晕")
        .contains("赵阿姨" + tag);
    browser.clickAndWait(log.findElement(org.openqa.selenium.By.cssSelector("form button")));
    assertThat(browser.find("#visit-" + visit + " .field-error").getText()).isNotBlank();
    browser.find("#visit-" + visit + " input[name=score][value='5']").click();
    type("#comment-" + visit, "赵阿姨很细心，老人很满意");
    browser.clickAndWait(browser.find("#visit-" + visit + " form button"));
    assertThat(browser.find("main [role=status]").getText()).contains("谢谢");
    assertThat(browser.find("#visit-" + visit).getText()).contains("评分：5 分").contains("赵阿姨很细心");
    assertThat(browser.findAll("#visit-" + visit + " form")).isEmpty();
    checkPage("family-gigs-family-rated", "zh");

    // The same pages in English.
    browser.open("/gigs/family?lang=en");
    assertThat(browser.find("#visit-" + visit).getText())
        .contains("Medication reminder")
        .contains("Rated 5 of 5");
    checkPage("family-gigs-family-en", "en");
    browser.as("staff").open("/gigs/visits/" + other + "?lang=en");
    assertThat(browser.find("main").getText()).contains("Waiting for a worker");
    checkPage("staff-gigs-visit-en", "en");
    browser.as(workerLogin).open("/gigs/today?lang=en&date=" + start.toLocalDate());
    assertThat(browser.find("#visit-" + visit).getText()).contains("Rated");
    checkPage("worker-gigs-today-en", "en");
  }

  @Test
  void aFamilyOrderingEveryWorkingDayOverNationalDayIsToldWhichDaysTheCalendarChanged() {
    GigFixtures fx = new GigFixtures(api());
    long person = fx.person("郑女士");
    String family = fx.login(person);
    Api.Response r = api().as(family).post("/api/v1/gig-recipients", fx.recipientBody("郑奶奶"));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    clock.travelTo(LocalDateTime.of(2026, 9, 24, 10, 0).atZone(SHANGHAI));
    try {
      browser.as(family).open("/gigs/order");
      new Select(browser.find("#recipientId")).selectByVisibleText("郑奶奶（父母）");
      date("#firstDate", LocalDate.of(2026, 9, 28));
      time("#startTime", "09:00");
      browser.find("input[name=recurrence][value=WEEKDAYS]").click();
      date("#untilDate", LocalDate.of(2026, 10, 11));
      submit();
      assertThat(browser.path()).startsWith("/gigs/family");
      // 28 Sep to 11 Oct: 10 weekdays less the five of 国庆节, plus the working Saturday 10 Oct
      assertThat(browser.find("main [role=status]").getText())
          .contains("共 6 次")
          .contains("法定节假日不安排上门：10月1日至10月7日（国庆节）")
          .contains("调休上班日照常上门：10月10日 周六（国庆节）");
      WebElement card = browser.find("main .gig-order");
      assertThat(card.findElement(org.openqa.selenium.By.cssSelector(".calendar-note")).getText())
          .isEqualTo("法定节假日不安排上门：10月1日至10月7日（国庆节）；调休上班日照常上门：10月10日 周六（国庆节）");
      checkPage("family-gigs-family-holidays", "zh");

      browser.open("/gigs/family?lang=en");
      assertThat(browser.find("main .gig-order .calendar-note").getText())
          .isEqualTo(
              "No visits on public holidays: 1 Oct to 7 Oct (国庆节)."
                  + " Visits on adjusted working days: 10 Oct Sat (国庆节).");
      checkPage("family-gigs-family-holidays-en", "en");
    } finally {
      clock.reset();
    }
  }

  @Test
  void aBadOrderShowsLocalisedFieldErrorsAndCreatesNothing() {
    GigFixtures fx = new GigFixtures(api());
    long person = fx.person("周先生");
    String family = fx.login(person);
    Api.Response r = api().as(family).post("/api/v1/gig-recipients", fx.recipientBody("周爷爷"));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);

    browser.as(family).open("/gigs/order");
    new Select(browser.find("#recipientId")).selectByVisibleText("周爷爷（父母）");
    browser.find("#firstDate").clear();
    type("#durationMinutes", "五分钟");
    browser.find("input[name=recurrence][value=WEEKLY]").click();
    type("#count", "3");
    submit();
    assertThat(browser.path()).isEqualTo("/gigs/order");
    String alert = browser.find("[role=alert]").getText();
    assertThat(alert).contains("第一次上门日期").contains("必填").contains("每周哪几天");
    assertThat(browser.find("#firstDate").getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.find("#durationMinutes-error").getText()).contains("15").contains("720");
    assertThat(browser.find("#durationMinutes").getDomAttribute("value")).isEqualTo("五分钟");
    assertThat(browser.axe()).as("axe-core findings on the form with errors").isEmpty();

    browser.open("/gigs/order?lang=en");
    new Select(browser.find("#recipientId")).selectByVisibleText("周爷爷（Parent）");
    date("#firstDate", LocalDate.now(SHANGHAI).minusDays(3));
    submit();
    assertThat(browser.find("[role=alert]").getText()).contains("First visit on");
    assertThat(browser.find("#firstDate-error").getText())
        .isNotBlank()
        .doesNotContainPattern("[一-龥]");
    checkPage("family-gigs-order-errors-en", "en");

    assertThat(api().as(family).get("/api/v1/gig-orders").json().path("total").asInt())
        .as("no order was created")
        .isZero();
    browser.open("/gigs/family?lang=zh-CN");
    assertThat(browser.find("main").getText()).contains("暂时没有预约");
  }

  @Test
  void aVisitStaffAssignOnItsPageIsPinnedAndAssignAllLeavesIt() {
    GigFixtures fx = new GigFixtures(api());
    String tag = chineseTag();
    long recipient = fx.recipient(fx.person("冯女士" + tag));
    // The chosen worker lives about 110 m away; another at the door would be the better plan.
    long chosen = fx.worker(fx.person("褚阿姨" + tag), LocalDate.now(SHANGHAI).plusYears(2));
    Map<String, Object> closer =
        fx.workerBody(fx.person("卫阿姨" + tag), LocalDate.now(SHANGHAI).plusYears(2));
    closer.put("homeLat", 27.801);
    closer.put("homeLng", 113.151);
    fx.worker(closer);
    LocalDate day = LocalDate.now(SHANGHAI).plusDays(300 + (int) (System.nanoTime() % 50));
    long visit = fx.visit(recipient, day, "10:00", 60);

    browser.as("staff").open("/gigs/visits/" + visit);
    browser.clickAndWait(browser.find("#candidate-" + chosen + " button"));
    assertThat(browser.find("main [role=status]").getText()).contains("褚阿姨" + tag);
    assertThat(browser.find("#pinned").getText()).contains("一键派单不改动");

    browser.open("/gigs/dispatch");
    date("#date", day);
    submit();
    assertThat(browser.find("#report-heading").getText()).contains(day.toString());
    JsonNode after = api().as("staff").get("/api/v1/gig-visits/" + visit).json();
    assertThat(after.path("workerId").asLong()).as(after.toString()).isEqualTo(chosen);
    assertThat(after.path("pinned").asBoolean()).isTrue();
  }

  @Test
  void staffAssignAllOfTomorrowAndReadWhatWorkersEarnedAndFamiliesOwe() {
    GigFixtures fx = new GigFixtures(api());
    String tag = chineseTag();
    long customer = fx.person("吴女士" + tag);
    long recipient = fx.recipient(customer);
    long workerPerson = fx.person("郑阿姨" + tag);
    long worker = fx.worker(workerPerson, LocalDate.now(SHANGHAI).plusYears(1));
    String workerLogin = fx.login(workerPerson);
    LocalDate tomorrow = LocalDate.now(SHANGHAI).plusDays(1);
    long waiting = fx.visit(recipient, tomorrow, "06:10", 60);

    browser.as("staff").open("/gigs/dispatch");
    assertThat(browser.find("#date").getDomAttribute("value")).isEqualTo(tomorrow.toString());
    checkPage("staff-gigs-dispatch", "zh");
    submit();
    assertThat(browser.find("#report-heading").getText()).contains(tomorrow.toString());
    assertThat(browser.find("main").getText()).contains("新派出");
    assertThat(
            api().as("staff").get("/api/v1/gig-visits/" + waiting).json().path("status").asString())
        .isEqualTo("ASSIGNED");
    checkPage("staff-gigs-dispatch-report", "zh");

    LocalDateTime start = soon();
    int minutes = Math.min(60, 24 * 60 - (start.getHour() * 60 + start.getMinute()));
    long done = fx.visit(recipient, start.toLocalDate(), hhmm(start), minutes);
    assertThat(fx.assign(done, worker).status()).isEqualTo(200);
    assertThat(
            api()
                .as(workerLogin)
                .post(
                    "/api/v1/gig-visits/" + done + "/check-in",
                    Map.of("lat", 27.801, "lng", 113.151))
                .status())
        .isEqualTo(200);
    assertThat(
            api()
                .as(workerLogin)
                .post(
                    "/api/v1/gig-visits/" + done + "/check-out",
                    Map.of("tasks", List.of("MEAL"), "observations", "一切正常"))
                .status())
        .isEqualTo(200);

    browser.open(
        "/gigs/money?week="
            + GigAccounts.isoWeek(start.toLocalDate())
            + "&from="
            + start.toLocalDate()
            + "&to="
            + start.toLocalDate());
    assertThat(browser.find("#earnings").getText()).contains("郑阿姨" + tag);
    assertThat(browser.find("#bills").getText()).contains("吴女士" + tag);
    String sheet =
        (String)
            browser.script(
                "var x = new XMLHttpRequest(); x.open('GET', arguments[0], false); x.send();"
                    + " return x.status + ' ' + x.getResponseHeader('Content-Type');",
                browser.find("main a[href*='earnings.xlsx']").getDomAttribute("href"));
    assertThat(sheet).startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml");
    checkPage("staff-gigs-money", "zh");
    browser.open("/gigs/money?week=2026-W99&lang=en");
    assertThat(browser.find("[role=alert]").getText()).contains("Week");
    checkPage("staff-gigs-money-en", "en");
  }

  @Test
  void theCatalogueIsPublicAndEveryoneFindsTheirWayIn() {
    browser.as(null).open("/gigs");
    assertThat(browser.find("#service-ELDER_CARE").getText())
        .contains("养老护理（上门）")
        .contains("45 元/小时")
        .contains("养老护理员证");
    assertThat(browser.find("main").getText()).contains("登录后预约");
    checkPage("anonymous-gigs", "zh");
    browser.open("/gigs?lang=en");
    assertThat(browser.find("#service-ELDER_CARE").getText())
        .contains("Home elder-care visit")
        .contains("¥45 per hour");
    checkPage("anonymous-gigs-en", "en");
    browser.open("/gigs?lang=zh-CN");
    browser.as("staff").open("/gigs");
    assertThat(browser.findAll("main a[href$='/gigs/visits']")).isNotEmpty();
    browser.as("resident").open("/gigs");
    assertThat(browser.findAll("main a[href$='/gigs/order']")).isNotEmpty();
    browser.open("/gigs/visits");
    assertThat(browser.find("h1").getText()).isNotEqualTo("上门服务派单");
  }

  /** Three random characters, so that names (which may hold no digits) differ between runs. */
  private static String chineseTag() {
    String pool = "春夏秋冬梅兰竹菊松柏桃李杏桂荷莲";
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      b.append(pool.charAt(ThreadLocalRandom.current().nextInt(pool.length())));
    }
    return b.toString();
  }

  private long recipientOf(long visit) {
    return api()
        .as("staff")
        .get("/api/v1/gig-visits/" + visit)
        .json()
        .path("recipient")
        .path("id")
        .asLong();
  }

  private WebElement workerCard(String name) {
    for (WebElement c : browser.findAll("main .worker-card")) {
      if (c.getText().contains(name)) {
        return c;
      }
    }
    throw new AssertionError("no card of " + name + " on " + browser.path());
  }

  /** A start a few minutes from now in Shanghai, on a day with at least half an hour left. */
  private static LocalDateTime soon() {
    LocalDateTime s = LocalDateTime.now(SHANGHAI).plusMinutes(5).truncatedTo(ChronoUnit.MINUTES);
    if (s.getHour() * 60 + s.getMinute() + 30 > 24 * 60) {
      s = s.toLocalDate().plusDays(1).atTime(0, 5);
    }
    return s;
  }

  private static String hhmm(LocalDateTime t) {
    return String.format("%02d:%02d", t.getHour(), t.getMinute());
  }

  private void submit() {
    browser.clickAndWait(browser.find("main form.form button[type=submit]"));
  }

  private void type(String css, String text) {
    WebElement field = browser.find(css);
    field.clear();
    field.sendKeys(text);
  }

  /** Sets a date input's value the way a date picker would. */
  private void date(String css, LocalDate value) {
    browser.script(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'))",
        browser.find(css),
        value.toString());
  }

  private void time(String css, String value) {
    browser.script(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'))",
        browser.find(css),
        value);
  }

  private void checkPage(String name, String language) {
    browser.assertUsableOnDesktopAndPhone(name, language);
  }
}
