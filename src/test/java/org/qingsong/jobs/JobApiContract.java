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
  static final String OUT_OF_STREET = "就业专干只能查看、发布和审核本街道的招聘信息（已发布的招聘信息人人可看）";
  static final String OUT_OF_STREET_EN =
      "Station staff see, post and review the postings of their own street only"
          + " (published postings are open to everyone)";

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
    assertThat(elsewhere.json().path("detail").asString()).isEqualTo(OUT_OF_STREET);
    assertThat(
            api()
                .as("staff")
                .inLanguage("en")
                .get(held + "&streetCode=" + other)
                .json()
                .path("detail")
                .asString())
        .isEqualTo(OUT_OF_STREET_EN);
  }

  /** A station staff account of the given street, created once per application context. */
  String staffOf(String street) {
    String username = "staff" + street;
    JsonNode stations = api().get("/api/v1/stations?streetCode=" + street + "&size=5").json();
    assertThat(stations.path("items").size()).as("stations of " + street).isPositive();
    Map<String, Object> user = new HashMap<>();
    user.put("username", username);
    user.put("password", org.qingsong.support.TestAccounts.PASSWORD);
    user.put("role", "STAFF");
    user.put("displayName", "外街道就业专干");
    user.put("stationId", stations.path("items").get(0).path("id").asLong());
    user.put("streetCode", street);
    user.put("districtCode", "430203");
    Api.Response r = api().as("admin").post("/api/v1/users", user);
    assertThat(r.status()).as(r.toString()).isIn(201, 409);
    return username;
  }

  /** A posting of the employer's kept as a draft, never submitted. */
  long draft(String title, String street) {
    Map<String, Object> body = honestPosting(title);
    body.put("streetCode", street);
    Api.Response created = api().as("employer").post("/api/v1/jobs?submit=false", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().path("status").asString()).isEqualTo("DRAFT");
    return created.json().path("id").asLong();
  }

  @Test
  void staffAreRefusedAnotherStreetsUnpublishedPostingByIdWhileThatStreetsStaffReadIt() {
    String tag = "单个" + (System.nanoTime() % 1_000_000_000L);
    String other = otherStreet();
    String otherStaff = staffOf(other);
    long held = post(tag + "外街道理货员", other, true);
    long drafted = draft(tag + "外街道草稿", other);
    long withdrawn = post(tag + "外街道已撤回", other, false);
    assertThat(
            api().as("employer").post("/api/v1/jobs/" + withdrawn + "/withdraw", Map.of()).status())
        .isEqualTo(200);
    long open = post(tag + "外街道护理员", other, false);
    long homeHeld = post(tag + "本街道理货员", HOME_STREET, true);

    for (long id : new long[] {held, drafted, withdrawn}) {
      Api.Response r = api().as("staff").get("/api/v1/jobs/" + id);
      assertThat(r.status()).as(r.toString()).isEqualTo(403);
      assertThat(r.header("Content-Type")).startsWith("application/problem+json");
      assertThat(r.json().path("detail").asString()).isEqualTo(OUT_OF_STREET);
      assertThat(r.body()).doesNotContain(tag);
      Api.Response en = api().as("staff").inLanguage("en").get("/api/v1/jobs/" + id);
      assertThat(en.status()).as(en.toString()).isEqualTo(403);
      assertThat(en.json().path("detail").asString()).isEqualTo(OUT_OF_STREET_EN);

      for (String reader : new String[] {otherStaff, "admin", "auditor", "employer"}) {
        Api.Response ok = api().as(reader).get("/api/v1/jobs/" + id);
        assertThat(ok.status()).as(reader + " " + ok).isEqualTo(200);
        assertThat(ok.json().path("streetCode").asString()).isEqualTo(other);
      }
      assertThat(api().as("caseworker").get("/api/v1/jobs/" + id).status())
          .as("case workers see published postings only, as before")
          .isEqualTo(404);
      assertThat(api().get("/api/v1/jobs/" + id).status()).isEqualTo(404);
    }
    Api.Response flags = api().as("staff").get("/api/v1/jobs/" + held + "/flags");
    assertThat(flags.status()).as(flags.toString()).isEqualTo(403);
    assertThat(flags.body()).doesNotContain("押金");
    assertThat(api().as(otherStaff).get("/api/v1/jobs/" + held + "/flags").body())
        .contains("DEPOSIT");
    // Why a posting of another street was held is that street's business, published or not.
    Api.Response openFlags = api().as("staff").get("/api/v1/jobs/" + open + "/flags");
    assertThat(openFlags.status()).as(openFlags.toString()).isEqualTo(403);
    assertThat(openFlags.json().path("detail").asString()).isEqualTo("就业专干只能查看本街道招聘信息的审核原因");
    assertThat(
            api()
                .as("staff")
                .inLanguage("en")
                .get("/api/v1/jobs/" + open + "/flags")
                .json()
                .path("detail")
                .asString())
        .isEqualTo("Station staff see the review reasons of their own street's postings only");
    assertThat(api().as(otherStaff).get("/api/v1/jobs/" + open + "/flags").status()).isEqualTo(200);
    assertThat(api().as("admin").get("/api/v1/jobs/" + open + "/flags").status()).isEqualTo(200);

    Api.Response own = api().as("staff").get("/api/v1/jobs/" + homeHeld);
    assertThat(own.status()).as(own.toString()).isEqualTo(200);
    assertThat(api().as(otherStaff).get("/api/v1/jobs/" + homeHeld).status()).isEqualTo(403);

    for (String reader : new String[] {"staff", otherStaff, "caseworker", "resident"}) {
      Api.Response r = api().as(reader).get("/api/v1/jobs/" + open);
      assertThat(r.status())
          .as("published postings are public: " + reader + " " + r)
          .isEqualTo(200);
      assertThat(r.json().path("status").asString()).isEqualTo("PUBLISHED");
    }
    assertThat(api().get("/api/v1/jobs/" + open).status()).isEqualTo(200);
  }

  @Test
  void aRefusedWriteOnAnotherStreetsPostingChangesNothing() {
    String tag = "写入" + (System.nanoTime() % 1_000_000_000L);
    String other = otherStreet();
    long held = post(tag + "外街道理货员", other, true);
    long drafted = draft(tag + "外街道草稿", other);
    String heldPath = "/api/v1/jobs/" + held;
    int flagsBefore = api().as("admin").get(heldPath + "/flags").json().size();

    List<Api.Response> refused = new ArrayList<>();
    refused.add(
        api()
            .as("staff")
            .post(heldPath + "/review", Map.of("decision", "APPROVE", "note", "核实无误")));
    refused.add(
        api()
            .as("staff")
            .post(
                heldPath + "/review",
                Map.of("decision", "REJECT", "note", "收取押金", "flagEmployer", true)));
    refused.add(api().as("staff").post(heldPath + "/withdraw", Map.of()));
    refused.add(api().as("staff").post(heldPath + "/reports", Map.of("reason", "要求交押金")));
    refused.add(api().as("staff").post("/api/v1/jobs/" + drafted + "/submit", Map.of()));
    Map<String, Object> changed = honestPosting(tag + "改过的标题");
    changed.put("streetCode", other);
    refused.add(api().as("staff").put("/api/v1/jobs/" + drafted, changed));
    refused.add(api().as("staff").post("/api/v1/jobs/" + drafted + "/withdraw", Map.of()));
    for (Api.Response r : refused) {
      assertThat(r.status()).as(r.toString()).isEqualTo(403);
      assertThat(r.json().path("detail").asString()).isEqualTo(OUT_OF_STREET);
    }
    Api.Response en =
        api()
            .as("staff")
            .inLanguage("en")
            .post(heldPath + "/review", Map.of("decision", "APPROVE", "note", "checked"));
    assertThat(en.status()).isEqualTo(403);
    assertThat(en.json().path("detail").asString()).isEqualTo(OUT_OF_STREET_EN);

    JsonNode heldNow = api().as("admin").get(heldPath).json();
    assertThat(heldNow.path("status").asString()).isEqualTo("SCREENING");
    assertThat(api().as("admin").get(heldPath + "/flags").json().size()).isEqualTo(flagsBefore);
    JsonNode draftNow = api().as("admin").get("/api/v1/jobs/" + drafted).json();
    assertThat(draftNow.path("status").asString()).isEqualTo("DRAFT");
    assertThat(draftNow.path("title").asString()).isEqualTo(tag + "外街道草稿");
    assertThat(auditActions(held)).containsExactlyInAnyOrder("CREATE", "HOLD_FOR_REVIEW");
    assertThat(auditActions(drafted)).containsExactly("CREATE");

    Api.Response byTheirStaff =
        api()
            .as(staffOf(other))
            .post(heldPath + "/review", Map.of("decision", "REJECT", "note", "收取押金"));
    assertThat(byTheirStaff.status()).as(byTheirStaff.toString()).isEqualTo(200);
    assertThat(byTheirStaff.json().path("status").asString()).isEqualTo("REJECTED");
  }

  private List<String> auditActions(long postingId) {
    JsonNode audit =
        api()
            .as("auditor")
            .get("/api/v1/audit?subjectType=JOB_POSTING&subjectId=" + postingId + "&size=100")
            .json();
    return audit.path("items").findValues("action").stream().map(JsonNode::asString).toList();
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
