package org.qingsong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.qingsong.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Postings, screening, review and applications to hire, end to end over HTTP, on H2 and on
 * PostgreSQL. The demo employer is verified and works in 董家塅街道, like the demo staff.
 */
abstract class JobApiContract {
  static final String HOME_STREET = "430203004";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Jobs jobs;

  Api api() {
    return Api.on(port);
  }

  static Map<String, Object> honestPosting(String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("description", "为社区居家老人提供助浴、助餐、陪伴等养老护理服务，每次上门 2 小时，时间可商量。公司统一购买意外险，岗前免费培训。");
    body.put("occupationCode", "EC001");
    body.put("kind", "PART_TIME");
    body.put("positions", 1);
    body.put("payMin", "3800");
    body.put("payMax", "5200");
    body.put("payUnit", "MONTH");
    body.put("streetCode", HOME_STREET);
    body.put("weeklyHours", 30);
    body.put("contact", "0731-22881234 刘女士");
    body.put("validUntil", LocalDate.now().plusDays(30).toString());
    body.put("certificates", List.of("养老护理员（五级）"));
    body.put("skills", List.of("养老护理"));
    body.put("relaxations", List.of("SUITS_4050", "SUITS_PARENTS"));
    return body;
  }

  long publish(String title) {
    Api.Response created = api().as("employer").post("/api/v1/jobs", honestPosting(title));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().path("status").asString()).isEqualTo("PUBLISHED");
    return created.json().path("id").asLong();
  }

  @Test
  void aCleanPostingOfAVerifiedEmployerIsPublishedAndPublic() {
    long id = publish("居家养老护理员");
    Api.Response anonymous = api().get("/api/v1/jobs/" + id);
    assertThat(anonymous.status()).isEqualTo(200);
    JsonNode posting = anonymous.json();
    assertThat(posting.path("payMin").decimalValue()).isEqualByComparingTo("3800");
    assertThat(posting.path("relaxations").toString()).contains("SUITS_4050");
    assertThat(posting.path("certificates").get(0).asString()).isEqualTo("养老护理员（五级）");

    JsonNode found =
        api().get("/api/v1/jobs?relaxation=SUITS_4050&occupationCode=EC001&size=100").json();
    assertThat(found.path("items").toString()).contains("\"id\":" + id);
    assertThat(api().get("/api/v1/jobs?minPay=99999&payUnit=MONTH").json().path("total").asLong())
        .isZero();
  }

  /** A street of 芦淞区 other than the staff account's. */
  String otherStreet() {
    for (JsonNode s : api().get("/api/v1/divisions/430203/children").json()) {
      if ("STREET".equals(s.path("level").asString())
          && !s.path("code").asString().equals(HOME_STREET)) {
        return s.path("code").asString();
      }
    }
    throw new AssertionError("芦淞区 has only one street");
  }

  long post(String title, String street, boolean deposit) {
    Map<String, Object> body = honestPosting(title);
    body.put("streetCode", street);
    if (deposit) {
      body.put("description", "工作轻松，入职需交押金 300 元，服装费 150 元，月底退还。");
    }
    Api.Response created = api().as("employer").post("/api/v1/jobs", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().path("status").asString())
        .isEqualTo(deposit ? "SCREENING" : "PUBLISHED");
    return created.json().path("id").asLong();
  }

  @Test
  void staffListTheirOwnStreetsPostingsBeyondThePublishedOnes() {
    String tag = "范围" + (System.nanoTime() % 1_000_000_000L);
    String other = otherStreet();
    long homeOpen = post(tag + "本街道护理员", HOME_STREET, false);
    long homeHeld = post(tag + "本街道理货员", HOME_STREET, true);
    long awayOpen = post(tag + "外街道护理员", other, false);
    long awayHeld = post(tag + "外街道理货员", other, true);
    String list = "/api/v1/jobs?size=100&q=" + tag;
    String held = list + "&status=SCREENING";

    assertThat(ids(api().as("admin").get(held).json()))
        .containsExactlyInAnyOrder(homeHeld, awayHeld);
    assertThat(ids(api().as("auditor").get(held).json()))
        .containsExactlyInAnyOrder(homeHeld, awayHeld);
    assertThat(ids(api().as("staff").get(held).json()))
        .as("held postings: the staff member's street only")
        .containsExactly(homeHeld);
    assertThat(ids(api().as("staff").get(held + "&districtCode=430203").json()))
        .as("the district filter narrows within the street, it does not widen")
        .containsExactly(homeHeld);
    JsonNode allHeld = api().as("staff").get("/api/v1/jobs?status=SCREENING&size=100").json();
    assertThat(allHeld.path("total").asLong()).isPositive();
    for (JsonNode p : allHeld.path("items")) {
      assertThat(p.path("streetCode").asString()).isEqualTo(HOME_STREET);
    }

    assertThat(ids(api().as("staff").get(list).json()))
        .as("published postings are public, for staff too")
        .containsExactlyInAnyOrder(homeOpen, awayOpen);
    assertThat(ids(api().as("staff").get(list + "&streetCode=" + other).json()))
        .containsExactly(awayOpen);
    assertThat(ids(api().get(list).json())).containsExactlyInAnyOrder(homeOpen, awayOpen);

    Api.Response elsewhere = api().as("staff").get(held + "&streetCode=" + other);
    assertThat(elsewhere.status()).isEqualTo(403);
    assertThat(elsewhere.json().path("detail").asString()).isEqualTo("只能处理本服务站所在街道的招聘信息");
    assertThat(
            api()
                .as("staff")
                .inLanguage("en")
                .get(held + "&streetCode=" + other)
                .json()
                .path("detail")
                .asString())
        .isEqualTo("You can only handle postings in your station's street");
  }

  static List<Long> ids(JsonNode page) {
    List<Long> ids = new java.util.ArrayList<>();
    page.path("items").forEach(p -> ids.add(p.path("id").asLong()));
    return ids;
  }

  @Test
  void aPostingAskingForADepositWaitsForReviewWithItsReasons() {
    Map<String, Object> body = honestPosting("仓库理货员");
    body.put("description", "工作轻松，入职需交押金 300 元，服装费 150 元，月底退还。");
    Api.Response created = api().as("employer").post("/api/v1/jobs", body);
    assertThat(created.status()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    assertThat(created.json().path("status").asString()).isEqualTo("SCREENING");

    assertThat(api().get("/api/v1/jobs/" + id).status()).isEqualTo(404);
    JsonNode flags = api().as("staff").get("/api/v1/jobs/" + id + "/flags").json();
    assertThat(flags.toString()).contains("DEPOSIT").contains("押金");
    assertThat(api().as("staff").get("/api/v1/jobs/review-queue?size=100").json().toString())
        .contains("\"id\":" + id);

    Api.Response noNote =
        api().as("staff").post("/api/v1/jobs/" + id + "/review", Map.of("decision", "REJECT"));
    assertThat(noNote.status()).isEqualTo(400);
    assertThat(noNote.fieldError("note")).isNotNull();

    Api.Response rejected =
        api()
            .as("staff")
            .post(
                "/api/v1/jobs/" + id + "/review",
                Map.of("decision", "REJECT", "note", "向求职者收取押金和服装费"));
    assertThat(rejected.status()).isEqualTo(200);
    assertThat(rejected.json().path("status").asString()).isEqualTo("REJECTED");
    assertThat(api().as("resident").post("/api/v1/jobs/" + id + "/review", Map.of()).status())
        .isEqualTo(403);
  }

  @Test
  void staffApproveAHeldPostingAfterCheckingIt() {
    Map<String, Object> body = honestPosting("门店营业员");
    body.put("description", "服装门店营业员，请加微信 wx123456 详聊，不接电话。");
    body.put("contact", "微信 wx123456");
    body.put("occupationCode", "RT001");
    long id = api().as("employer").post("/api/v1/jobs", body).json().path("id").asLong();
    assertThat(api().as("staff").get("/api/v1/jobs/" + id).json().path("status").asString())
        .isEqualTo("SCREENING");
    Api.Response approved =
        api()
            .as("staff")
            .post(
                "/api/v1/jobs/" + id + "/review",
                Map.of("decision", "APPROVE", "note", "已电话核实门店地址"));
    assertThat(approved.json().path("status").asString()).isEqualTo("PUBLISHED");
  }

  @Test
  void invalidPostingsAreRefusedFieldByField() {
    Map<String, Object> body = honestPosting("");
    body.put("payUnit", "WEEK");
    body.put("payMin", "6000");
    body.put("payMax", "5000.123");
    body.put("validUntil", "2020-01-01");
    body.put("occupationCode", "ZZ999");
    Api.Response r = api().as("employer").post("/api/v1/jobs", body);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.fieldError("title")).isEqualTo("必填");
    assertThat(r.fieldError("payUnit")).isNotNull();
    assertThat(r.fieldError("payMax")).contains("两位小数");
    assertThat(r.fieldError("validUntil")).isNotNull();
    assertThat(r.fieldError("occupationCode")).isNotNull();
    assertThat(api().as("resident").post("/api/v1/jobs", honestPosting("x")).status())
        .isEqualTo(403);
  }

  @Test
  void aResidentsReportSendsAPostingBackToReview() {
    long id = publish("保洁员");
    Api.Response report =
        api().as("resident").post("/api/v1/jobs/" + id + "/reports", Map.of("reason", "面试时要求交体检费"));
    assertThat(report.status()).isEqualTo(202);
    assertThat(api().as("staff").get("/api/v1/jobs/" + id).json().path("status").asString())
        .isEqualTo("SCREENING");
    assertThat(api().as("staff").get("/api/v1/jobs/" + id + "/flags").json().toString())
        .contains("REPORTED");
  }

  @Test
  void anApplicationGoesFromAppliedToHiredAndRecordsAPlacement() {
    long id = publish("社区养老护理员");
    Api.Response applied =
        api().as("resident").post("/api/v1/jobs/" + id + "/applications", Map.of());
    assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
    long application = applied.json().path("id").asLong();
    assertThat(api().as("resident").post("/api/v1/jobs/" + id + "/applications", Map.of()).status())
        .isEqualTo(409);

    JsonNode board = api().as("employer").get("/api/v1/jobs/" + id + "/applications").json();
    assertThat(board.get(0).path("phone").asString()).contains("****");
    assertThat(board.get(0).has("idNumber")).isFalse();

    move(application, "INTERVIEW", 200);
    assertThat(
            api()
                .as("resident")
                .post("/api/v1/applications/" + application + "/accept-interview", Map.of())
                .status())
        .isEqualTo(200);
    JsonNode after = api().as("employer").get("/api/v1/jobs/" + id + "/applications").json();
    assertThat(after.get(0).path("phone").asString()).doesNotContain("*").hasSize(11);

    move(application, "HIRED", 409);
    move(application, "OFFER", 200);
    move(application, "HIRED", 200);
    assertThat(api().get("/api/v1/jobs/" + id).json().path("status").asString())
        .isEqualTo("FILLED");
    long placements =
        jdbc.sql("SELECT COUNT(*) FROM placement WHERE application_id = :a")
            .param("a", application)
            .query(Long.class)
            .single();
    assertThat(placements).isEqualTo(1);
    JsonNode trail =
        api()
            .as("auditor")
            .get("/api/v1/audit?subjectType=JOB_APPLICATION&subjectId=" + application)
            .json();
    assertThat(trail.path("total").asLong()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void aConcurrentDoubleClickCreatesOneApplication() throws Exception {
    long id = publish("面点师");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Integer> statuses = new ArrayList<>();
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(
            () ->
                api()
                    .as("resident")
                    .post("/api/v1/jobs/" + id + "/applications", Map.of())
                    .status());
      }
      for (Future<Integer> f : pool.invokeAll(calls)) {
        statuses.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(statuses).containsOnly(201, 409);
    assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
    long rows =
        jdbc.sql("SELECT COUNT(*) FROM job_application WHERE posting_id = :p")
            .param("p", id)
            .query(Long.class)
            .single();
    assertThat(rows).isEqualTo(1);
  }

  @Test
  void postingsPastTheirLastDayExpire() {
    long id = publish("收银员");
    jdbc.sql("UPDATE job_posting SET valid_until = :d WHERE id = :id")
        .param("d", LocalDate.now().minusDays(1))
        .param("id", id)
        .update();
    assertThat(jobs.expireOverdue()).isPositive();
    assertThat(api().get("/api/v1/jobs/" + id).json().path("status").asString())
        .isEqualTo("EXPIRED");
    assertThat(api().as("resident").post("/api/v1/jobs/" + id + "/applications", Map.of()).status())
        .isEqualTo(409);
  }

  private void move(long application, String status, int expected) {
    Api.Response r =
        api()
            .as("employer")
            .post("/api/v1/applications/" + application + "/status", Map.of("status", status));
    assertThat(r.status()).as(r.toString()).isEqualTo(expected);
  }
}
