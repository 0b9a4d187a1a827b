package org.qingsong.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingsong.common.IdNumber;
import org.qingsong.matching.recommend.PostingCatalog;
import org.qingsong.matching.recommend.SeekerCatalog;
import org.qingsong.support.Api;
import org.qingsong.support.BrowserTest;
import org.qingsong.support.H2App;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The explained recommendations in the browser: staff open a person's recommended jobs from the
 * person page, a resident sees their own, an employer sees masked recommended people from the
 * applicants page; each page in Chinese and English, usable at 360 px, without axe findings.
 */
@H2App
class RecommendationsBrowserTest extends BrowserTest {
  private static final double[] AT = {33.7, 110.3};

  @Autowired JdbcClient jdbc;
  @Autowired PostingCatalog postingCatalog;
  @Autowired SeekerCatalog seekerCatalog;

  Api api() {
    return Api.on(port);
  }

  long person(String name) {
    String body =
        "430203" + "19780612" + String.format("%02d", (int) (System.nanoTime() % 90) + 10);
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("name", name);
    form.put("idNumber", IdNumber.withCheckCharacter(body + "4").value());
    form.put("phone", "13912345678");
    form.put("streetCode", "430203004");
    form.put("priorityGroups", List.of("AGED_4050"));
    form.put("skills", List.of("养老护理"));
    form.put("certificates", List.of(Map.of("name", "养老护理员（五级）", "issuedOn", "2024-05-01")));
    Api.Response r = api().as("admin").post("/api/v1/people", form);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().path("id").asLong();
  }

  void profile(long personId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("occupationCodes", List.of("EC001"));
    body.put("minPay", "3000");
    body.put("payUnit", "MONTH");
    body.put("maxDistanceKm", 5);
    body.put("kinds", List.of("PART_TIME"));
    body.put(
        "availability",
        Map.of("MONDAY", List.of("08:00-20:00"), "TUESDAY", List.of("08:00-20:00")));
    body.put("lat", AT[0]);
    body.put("lng", AT[1]);
    Api.Response r = api().as("admin").put("/api/v1/people/" + personId + "/job-seeker", body);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
  }

  long posting(String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("description", "为社区居家老人提供助浴、助餐、陪伴等养老护理服务，每次上门 2 小时，时间可商量。公司统一购买意外险，岗前免费培训。");
    body.put("occupationCode", "EC001");
    body.put("kind", "PART_TIME");
    body.put("positions", 1);
    body.put("payMin", "3800");
    body.put("payMax", "5200");
    body.put("payUnit", "MONTH");
    body.put("streetCode", "430203004");
    body.put("lat", AT[0] + 0.01);
    body.put("lng", AT[1]);
    body.put("weeklyHours", 20);
    body.put("contact", "0731-22881234 刘女士");
    body.put("validUntil", LocalDate.now().plusDays(30).toString());
    body.put("certificates", List.of());
    body.put("skills", List.of("养老护理"));
    body.put("relaxations", List.of("SUITS_4050"));
    Api.Response r = api().as("employer").post("/api/v1/jobs", body);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().path("id").asLong();
  }

  @Test
  void staffResidentAndEmployerSeeExplainedRecommendations() {
    long person = person("郑美华");
    profile(person);
    long resident =
        jdbc.sql("SELECT person_id FROM app_user WHERE username = 'resident'")
            .query(Long.class)
            .single();
    profile(resident);
    long posting = posting("社区助老护理员（推荐页面）");
    postingCatalog.reload();
    seekerCatalog.reload();

    browser.as("staff").open("/people/" + person);
    browser.clickAndWait(browser.find("section.seeker a[href$='/recommended-jobs']"));
    assertThat(browser.path()).isEqualTo("/people/" + person + "/recommended-jobs");
    assertThat(browser.find("h1").getText()).isEqualTo("为郑美华推荐的岗位");
    assertThat(browser.find("#rec-" + posting + " .score").getText()).matches("匹配度：\\d+");
    assertThat(browser.find("#rec-" + posting + " h2").getText()).isEqualTo("社区助老护理员（推荐页面）");
    browser.find("#rec-" + posting + " details summary").click();
    assertThat(browser.find("#rec-" + posting + " [data-part=PRIORITY] th").getText())
        .isEqualTo("重点群体放宽条件");
    assertThat(browser.findAll("#rec-" + posting + " .filters-passed li")).hasSize(7);
    browser.assertUsableOnDesktopAndPhone("recommended-jobs-staff", "zh");
    browser.open("/people/" + person + "/recommended-jobs?lang=en");
    assertThat(browser.find("h1").getText()).isEqualTo("Jobs recommended for 郑美华");
    assertThat(browser.find("#rec-" + posting + " .score").getText()).matches("Fit: \\d+");
    browser.assertUsableOnDesktopAndPhone("recommended-jobs-staff-en", "en");

    browser.as("resident").open("/");
    browser.clickAndWait(browser.find("nav a[href$='/jobs/recommended']"));
    assertThat(browser.find("h1").getText()).isEqualTo("为我推荐的岗位");
    assertThat(browser.find("#rec-" + posting + " h2").getText()).isEqualTo("社区助老护理员（推荐页面）");
    browser.assertUsableOnDesktopAndPhone("recommended-jobs-resident", "zh");

    browser.as("employer").open("/jobs/" + posting + "/applicants");
    browser.clickAndWait(browser.find("main a[href$='/recommended-people']"));
    assertThat(browser.path()).isEqualTo("/jobs/" + posting + "/recommended-people");
    String page = browser.text();
    assertThat(page).contains("郑女士").doesNotContain("郑美华").doesNotContain("13912345678");
    browser.assertUsableOnDesktopAndPhone("recommended-people-employer", "zh");
    browser.open("/jobs/" + posting + "/recommended-people?lang=en");
    browser.assertUsableOnDesktopAndPhone("recommended-people-employer-en", "en");
  }
}
