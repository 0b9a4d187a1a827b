package org.qingsong.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingsong.support.Api;
import org.qingsong.support.TestAccounts;
import org.qingsong.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Social assistance over HTTP, on H2 and on PostgreSQL: one-window intake, verification tasks due
 * five working days later on the official calendar, answers, the workflow, scoping and errors.
 */
abstract class AssistanceCaseApiContract {
  /** Tuesday before the 2026 National Day holiday (1–7 October; Saturday 10 October worked). */
  static final String BEFORE_NATIONAL_DAY = "2026-09-29";

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @LocalServerPort int port;
  @Autowired TestClock clock;

  Api api() {
    return Api.on(port);
  }

  /** A household of three: the applicant, a spouse and a child; returns [case json, ids...]. */
  record Household(long applicant, String applicantId, long spouse, long child) {}

  Household household() {
    Object[] a = Households.register(api(), "周建国", LocalDate.of(1978, 3, 15));
    Object[] s = Households.register(api(), "李秀英", LocalDate.of(1980, 6, 2));
    Object[] c = Households.register(api(), "周小明", LocalDate.of(2014, 9, 1));
    return new Household((long) a[0], (String) a[1], (long) s[0], (long) c[0]);
  }

  JsonNode apply(Household h, String kind, String receivedOn) {
    Api.Response r =
        api()
            .as("caseworker")
            .post(
                "/api/v1/assistance/applications",
                Households.application(
                    kind,
                    h.applicant(),
                    List.of(
                        Households.member(h.applicant(), "SELF", "0"),
                        Households.member(h.spouse(), "SPOUSE", "300"),
                        Households.member(h.child(), "CHILD", "0")),
                    receivedOn));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.header("Location")).contains("/api/v1/assistance/cases/");
    return r.json();
  }

  @Test
  void anApplicationAtTheWindowGetsAReceiptAndTasksDueFiveWorkingDaysAfterNationalDay() {
    Household h = household();
    JsonNode created = apply(h, "MINIMUM_LIVING", BEFORE_NATIONAL_DAY);
    assertThat(created.path("status").asString()).isEqualTo("VERIFYING");
    assertThat(created.path("receiptNo").asString()).matches("ZZ-430203-20260929-\\d{6}");
    assertThat(created.path("members")).hasSize(3);
    assertThat(created.path("members").get(1).path("monthlyIncome").decimalValue())
        .isEqualByComparingTo("300");
    assertThat(created.path("members").get(0).path("idNumber").asString()).contains("****");
    assertThat(created.path("areaType").asString()).isEqualTo("URBAN");
    long id = created.path("id").asLong();

    JsonNode tasks = api().as("caseworker").get("/api/v1/assistance/cases/" + id + "/tasks").json();
    assertThat(tasks).hasSize(11);
    for (JsonNode t : tasks) {
      assertThat(t.path("sentOn").asString()).isEqualTo(BEFORE_NATIONAL_DAY);
      // 30 Sep (1), 1–7 Oct off, 8 Oct (2), 9 Oct (3), Sat 10 Oct worked (4), 12 Oct (5)
      assertThat(t.path("dueOn").asString()).isEqualTo("2026-10-12");
      assertThat(t.path("weekendsOnly").asBoolean()).isFalse();
    }
    assertThat(tasks.toString()).contains("人力资源和社会保障部门", "不动产登记", "住房公积金中心");

    JsonNode history =
        api().as("caseworker").get("/api/v1/assistance/cases/" + id + "/history").json();
    assertThat(history.get(0).path("to").asString()).isEqualTo("SUBMITTED");
    assertThat(history.get(1).path("to").asString()).isEqualTo("VERIFYING");
  }

  @Test
  void answersAreRecordedOnceAndFindingsCorrectTheHousehold() {
    Household h = household();
    long id = apply(h, "MINIMUM_LIVING", BEFORE_NATIONAL_DAY).path("id").asLong();
    JsonNode tasks = api().as("caseworker").get("/api/v1/assistance/cases/" + id + "/tasks").json();
    long hr = taskOf(tasks, "HUMAN_RESOURCES");
    long vehicles = taskOf(tasks, "PUBLIC_SECURITY");

    Api.Response bad =
        api()
            .as("caseworker")
            .post("/api/v1/assistance/tasks/" + hr + "/answer", Map.of("answer", "FINDING"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.fieldError("findingKind")).isEqualTo("必填");
    assertThat(bad.fieldError("text")).isEqualTo("必填");

    Api.Response found =
        api()
            .as("caseworker")
            .post(
                "/api/v1/assistance/tasks/" + hr + "/answer",
                Map.of(
                    "answer", "FINDING",
                    "findingKind", "INCOME",
                    "text", "社保缴费记录显示在某物流公司有工资收入",
                    "personId", h.spouse(),
                    "amount", "900",
                    "answeredOn", "2026-10-09"));
    assertThat(found.status()).as(found.toString()).isEqualTo(200);
    assertThat(found.json().path("workingDays").asInt()).isEqualTo(3);
    assertThat(found.json().path("findingAmount").decimalValue()).isEqualByComparingTo("900");
    assertThat(
            api()
                .as("caseworker")
                .post("/api/v1/assistance/tasks/" + hr + "/answer", Map.of("answer", "CLEAR"))
                .status())
        .isEqualTo(409);

    api()
        .as("caseworker")
        .post(
            "/api/v1/assistance/tasks/" + vehicles + "/answer",
            Map.of("answer", "FINDING", "findingKind", "VEHICLE", "text", "名下有一辆 2012 年小型轿车"));
    JsonNode c = api().as("caseworker").get("/api/v1/assistance/cases/" + id).json();
    assertThat(c.path("members").get(1).path("monthlyIncome").decimalValue())
        .isEqualByComparingTo("900");
    assertThat(c.path("assets").path("vehicles").asInt()).isEqualTo(1);
  }

  @Test
  void invalidApplicationsAreRefusedFieldByFieldInChineseAndEnglish() {
    Api.Response zh =
        api().as("caseworker").post("/api/v1/assistance/applications", Map.of("kind", "LOTTERY"));
    assertThat(zh.status()).isEqualTo(400);
    assertThat(zh.header("Content-Type")).contains("application/problem+json");
    assertThat(zh.fieldError("kind")).isEqualTo("不能识别的取值");
    assertThat(zh.fieldError("applicantId")).isEqualTo("必填");
    assertThat(zh.fieldError("members")).contains("家庭成员");

    Household h = household();
    Map<String, Object> body =
        Households.application(
            "MINIMUM_LIVING",
            h.applicant(),
            List.of(Households.member(h.spouse(), "SPOUSE", "-5")),
            "2999-01-01");
    Api.Response en =
        api().as("caseworker").inLanguage("en").post("/api/v1/assistance/applications", body);
    assertThat(en.status()).isEqualTo(400);
    assertThat(en.fieldError("members")).contains("applicant");
    assertThat(en.fieldError("members[0].monthlyIncome")).isNotNull();
    assertThat(en.fieldError("receivedOn")).contains("future");
    assertThat(
            api()
                .as("caseworker")
                .get("/api/v1/assistance/cases?q=" + h.applicantId().substring(0, 6))
                .status())
        .isEqualTo(200);
  }

  @Test
  void casesAreScopedToTheCaseWorkersDistrictAndHiddenFromOtherRoles() {
    Household h = household();
    long id = apply(h, "TEMPORARY", LocalDate.now().toString()).path("id").asLong();
    String other = otherDistrictCaseWorker();
    assertThat(api().as(other).get("/api/v1/assistance/cases/" + id).status()).isEqualTo(404);
    assertThat(api().as(other).get("/api/v1/assistance/cases/" + id + "/tasks").status())
        .isEqualTo(404);
    assertThat(api().as(other).get("/api/v1/assistance/cases").json().toString())
        .doesNotContain("\"id\":" + id + ",");
    assertThat(api().as("staff").get("/api/v1/assistance/cases/" + id).status()).isEqualTo(403);
    assertThat(api().as("employer").get("/api/v1/assistance/cases").status()).isEqualTo(403);
    assertThat(api().as("auditor").get("/api/v1/assistance/cases/" + id).status()).isEqualTo(200);
    assertThat(
            api()
                .as("auditor")
                .post("/api/v1/assistance/cases/" + id + "/closure", Map.of("reason", "x"))
                .status())
        .isEqualTo(403);
    assertThat(api().get("/api/v1/assistance/cases/" + id).status()).isEqualTo(401);
  }

  @Test
  void aSecondOpenApplicationOfTheSameKindIsAConflictAndStepsOutOfOrderAre409() {
    Household h = household();
    long id = apply(h, "MEDICAL", LocalDate.now().toString()).path("id").asLong();
    Api.Response again =
        api()
            .as("caseworker")
            .post(
                "/api/v1/assistance/applications",
                Households.application(
                    "MEDICAL",
                    h.applicant(),
                    List.of(Households.member(h.applicant(), "SELF", "0")),
                    null));
    assertThat(again.status()).isEqualTo(409);

    Api.Response early =
        api().as("caseworker").post("/api/v1/assistance/cases/" + id + "/review", Map.of());
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.json().path("detail").asString()).contains("VERIFYING");
    Api.Response earlyEn =
        api()
            .as("caseworker")
            .inLanguage("en")
            .post("/api/v1/assistance/cases/" + id + "/activation", Map.of());
    assertThat(earlyEn.status()).isEqualTo(409);
    assertThat(earlyEn.json().path("detail").asString()).contains("cannot become ACTIVE");
  }

  @Test
  void theApplicantSeesOnlyTheStatusWithTheirReceiptAndIdNumber() {
    Household h = household();
    JsonNode c = apply(h, "EDUCATION", LocalDate.now().toString());
    String receipt = c.path("receiptNo").asString();
    Api.Response mine =
        api().get("/api/v1/assistance/receipts/" + receipt + "?idNumber=" + h.applicantId());
    assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
    assertThat(mine.json().path("status").asString()).isEqualTo("VERIFYING");
    assertThat(mine.json().path("kind").asString()).isEqualTo("EDUCATION");
    assertThat(mine.body()).doesNotContain("周建国").doesNotContain("members");
    String someoneElse = Households.idNumber(LocalDate.of(1970, 1, 1));
    assertThat(
            api()
                .get("/api/v1/assistance/receipts/" + receipt + "?idNumber=" + someoneElse)
                .status())
        .isEqualTo(404);
    assertThat(api().get("/api/v1/assistance/receipts/" + receipt).status()).isEqualTo(400);
  }

  @Test
  void hotlineRequestsGoToTheStreetOfficesQueueAndBecomeApplications() {
    Api.Response call =
        api()
            .as("caseworker")
            .post(
                "/api/v1/assistance/hotline",
                Map.of(
                    "callerName", "王阿姨",
                    "phone", "13787654321",
                    "need", "老伴住院，医药费负担重，想申请救助",
                    "kind", "MEDICAL",
                    "officeCode", Households.HOME_STREET));
    assertThat(call.status()).as(call.toString()).isEqualTo(201);
    assertThat(call.json().path("phone").asString()).isEqualTo("137****4321");
    long callId = call.json().path("id").asLong();
    String receipt = call.json().path("receiptNo").asString();
    JsonNode queue =
        api()
            .as("caseworker")
            .get("/api/v1/assistance/hotline?officeCode=" + Households.HOME_STREET + "&status=OPEN")
            .json();
    assertThat(queue.path("items").toString()).contains(receipt);
    assertThat(
            api()
                .get("/api/v1/assistance/receipts/" + receipt + "?phone=13787654321")
                .json()
                .path("status")
                .asString())
        .isEqualTo("HOTLINE_OPEN");

    Household h = household();
    Map<String, Object> body =
        Households.application(
            "MEDICAL", h.applicant(), List.of(Households.member(h.applicant(), "SELF", "0")), null);
    body.put("hotlineRequestId", callId);
    Api.Response applied = api().as("caseworker").post("/api/v1/assistance/applications", body);
    assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
    assertThat(applied.json().path("channel").asString()).isEqualTo("HOTLINE");
    assertThat(
            api()
                .as("caseworker")
                .get("/api/v1/assistance/hotline/" + callId)
                .json()
                .path("status")
                .asString())
        .isEqualTo("CONVERTED");
    Api.Response bad = api().as("caseworker").post("/api/v1/assistance/hotline", Map.of());
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.fieldError("phone")).isEqualTo("必填");
  }

  @Test
  void administratorsMaintainTheDepartmentsAndInactiveOnesGetNoTasks() {
    JsonNode list = api().as("caseworker").get("/api/v1/assistance/departments").json();
    assertThat(list.size()).isGreaterThanOrEqualTo(11);
    String code = "SURVEY_" + (System.nanoTime() % 100000);
    Api.Response added =
        api()
            .as("admin")
            .post(
                "/api/v1/assistance/departments",
                Map.of("code", code, "nameZh", "统计调查部门", "nameEn", "Statistics survey"));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    long id = added.json().path("id").asLong();
    assertThat(
            api()
                .as("caseworker")
                .post(
                    "/api/v1/assistance/departments",
                    Map.of("code", "X", "nameZh", "x", "nameEn", "x"))
                .status())
        .isEqualTo(403);
    Api.Response off =
        api()
            .as("admin")
            .put(
                "/api/v1/assistance/departments/" + id,
                Map.of("nameZh", "统计调查部门", "nameEn", "Statistics survey", "active", false));
    assertThat(off.json().path("active").asBoolean()).isFalse();
    Household h = household();
    long caseId = apply(h, "HOUSING", LocalDate.now().toString()).path("id").asLong();
    JsonNode tasks =
        api().as("caseworker").get("/api/v1/assistance/cases/" + caseId + "/tasks").json();
    assertThat(tasks.toString()).doesNotContain(code);
  }

  @Test
  void theWholeStoryFromTheWindowToPaymentReferralHireAndGradualExit() throws Exception {
    Household h = household();
    JsonNode created = apply(h, "MINIMUM_LIVING", BEFORE_NATIONAL_DAY);
    long id = created.path("id").asLong();
    String receipt = created.path("receiptNo").asString();
    String caseUrl = "/api/v1/assistance/cases/" + id;

    Api.Response tooEarly = api().as("caseworker").post(caseUrl + "/assessment", Map.of());
    assertThat(tooEarly.status()).isEqualTo(409);
    assertThat(tooEarly.json().path("detail").asString()).contains("11");

    for (JsonNode t : api().as("caseworker").get(caseUrl + "/tasks").json()) {
      Api.Response answered =
          api()
              .as("caseworker")
              .post(
                  "/api/v1/assistance/tasks/" + t.path("id").asLong() + "/answer",
                  Map.of("answer", "CLEAR", "answeredOn", "2026-10-09"));
      assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
    }

    Api.Response assessed = api().as("caseworker").post(caseUrl + "/assessment", Map.of());
    assertThat(assessed.status()).as(assessed.toString()).isEqualTo(200);
    JsonNode a = assessed.json().path("assessment");
    assertThat(assessed.json().path("status").asString()).isEqualTo("ASSESSED");
    assertThat(a.path("category").asString()).isEqualTo("MINIMUM_LIVING");
    // 芦淞区 urban standard 780 yuan from 2025-07-01; three people, 300 yuan income: 780 × 3 − 300
    assertThat(a.path("standard").decimalValue()).isEqualByComparingTo("780");
    assertThat(a.path("perCapitaIncome").decimalValue()).isEqualByComparingTo("100");
    assertThat(a.path("monthlyAmount").decimalValue()).isEqualByComparingTo("2040");
    assertThat(a.path("ruleDate").asString()).isEqualTo(BEFORE_NATIONAL_DAY);
    assertThat(a.path("reasons").toString()).contains("认定为低保家庭", "2040");

    assertThat(api().as("caseworker").post(caseUrl + "/review", Map.of("note", "材料齐全")).status())
        .isEqualTo(200);
    Api.Response noReason =
        api().as("caseworker").post(caseUrl + "/decision", Map.of("decision", "REJECT"));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.fieldError("reason")).isEqualTo("必填");
    assertThat(
            api()
                .as("caseworker")
                .post(caseUrl + "/decision", Map.of("decision", "APPROVE"))
                .json()
                .path("status")
                .asString())
        .isEqualTo("APPROVED");
    JsonNode publicised =
        api().as("caseworker").post(caseUrl + "/publicity", Map.of("startOn", "2026-10-13")).json();
    assertThat(publicised.path("publicityUntil").asString()).isEqualTo("2026-10-19");
    JsonNode list = api().get("/api/v1/assistance/publicity").json();
    assertThat(list.toString()).contains(receipt, "周**").doesNotContain("周建国");

    Api.Response objection =
        api().as("caseworker").post(caseUrl + "/objections", Map.of("detail", "邻居反映其家中有经营性收入"));
    assertThat(objection.status()).isEqualTo(201);
    assertThat(api().as("caseworker").post(caseUrl + "/activation", Map.of()).status())
        .isEqualTo(409);
    api()
        .as("caseworker")
        .post(
            caseUrl + "/objections/" + objection.json().path("id").asLong() + "/resolution",
            Map.of("upheld", false, "resolution", "经入户核实，无经营性收入"));
    JsonNode active = api().as("caseworker").post(caseUrl + "/activation", Map.of()).json();
    assertThat(active.path("status").asString()).isEqualTo("ACTIVE");
    assertThat(active.path("category").asString()).isEqualTo("A");
    assertThat(active.path("paidAmount").decimalValue()).isEqualByComparingTo("2040");
    assertThat(active.path("activeFrom").asString()).isEqualTo("2026-10-20");

    String month = java.time.YearMonth.now().toString();
    Api.Response roll =
        api().as("caseworker").post("/api/v1/assistance/payment-rolls", Map.of("month", month));
    assertThat(roll.status()).as(roll.toString()).isEqualTo(200);
    assertThat(roll.json().path("lines").toString()).contains(receipt);
    java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
    for (JsonNode line : roll.json().path("lines")) {
      sum = sum.add(line.path("amount").decimalValue());
      assertThat(line.path("idNumber").asString()).contains("****");
    }
    assertThat(roll.json().path("total").decimalValue()).isEqualByComparingTo(sum);
    int households = roll.json().path("households").asInt();
    assertThat(
            api()
                .as("caseworker")
                .post("/api/v1/assistance/payment-rolls", Map.of("month", month))
                .json()
                .path("households")
                .asInt())
        .isEqualTo(households);

    java.net.http.HttpResponse<byte[]> xlsx =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(
                            api().url("/api/v1/assistance/payment-rolls/" + month + ".xlsx")))
                    .header("Authorization", basic("caseworker"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(xlsx.body()))) {
      var sheet = book.getSheetAt(0);
      java.math.BigDecimal sheetSum = java.math.BigDecimal.ZERO;
      boolean found = false;
      for (int r = 1; r < sheet.getLastRowNum(); r++) {
        var row = sheet.getRow(r);
        sheetSum = sheetSum.add(java.math.BigDecimal.valueOf(row.getCell(7).getNumericCellValue()));
        if (receipt.equals(row.getCell(1).getStringCellValue())) {
          found = true;
          assertThat(row.getCell(3).getStringCellValue()).isEqualTo(h.applicantId());
          assertThat(row.getCell(4).getStringCellValue()).isEqualTo("6217000012345678901");
          assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(2040.0);
        }
      }
      assertThat(found).isTrue();
      assertThat(sheet.getLastRowNum()).isEqualTo(households + 1);
      var totalRow = sheet.getRow(sheet.getLastRowNum());
      assertThat(java.math.BigDecimal.valueOf(totalRow.getCell(7).getNumericCellValue()))
          .isEqualByComparingTo(sheetSum)
          .isEqualByComparingTo(sum);
    }

    JsonNode work = api().as("staff").get("/api/v1/assistance/referrals?size=100").json();
    JsonNode referral = null;
    for (JsonNode r : work.path("items")) {
      if (r.path("personId").asLong() == h.applicant()) {
        referral = r;
      }
    }
    assertThat(referral).as(work.toString()).isNotNull();
    assertThat(referral.path("status").asString()).isEqualTo("OPEN");
    assertThat(referral.path("idNumber").asString()).contains("****");
    assertThat(referral.path("jobs").size()).isPositive();
    assertThat(work.toString()).doesNotContain("\"personId\":" + h.child() + ",");
    assertThat(api().as("employer").get("/api/v1/assistance/referrals").status()).isEqualTo(403);

    long posting = publishPosting();
    Api.Response applied =
        api()
            .as("staff")
            .post("/api/v1/jobs/" + posting + "/applications", Map.of("personId", h.applicant()));
    assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
    long application = applied.json().path("id").asLong();
    for (String step : List.of("INTERVIEW", "OFFER", "HIRED")) {
      Api.Response moved =
          api()
              .as("employer")
              .post("/api/v1/applications/" + application + "/status", Map.of("status", step));
      assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    }

    JsonNode exited = null;
    for (int i = 0; i < 100; i++) {
      exited = api().as("caseworker").get(caseUrl).json();
      if ("GRADUAL_EXIT".equals(exited.path("status").asString())) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(exited.path("status").asString()).as(exited.toString()).isEqualTo("GRADUAL_EXIT");
    assertThat(exited.path("exitToWork").asBoolean()).isTrue();
    assertThat(exited.path("exitUntil").asString())
        .isEqualTo(java.time.YearMonth.now().plusMonths(6).atEndOfMonth().toString());
    assertThat(exited.path("paidAmount").decimalValue()).isEqualByComparingTo("2040");
    assertThat(exited.path("members").get(0).path("employment").asString()).isEqualTo("EMPLOYED");
    assertThat(exited.path("assessment").path("reasons").toString()).contains("新就业");
    JsonNode events = api().as("caseworker").get(caseUrl + "/monitoring").json();
    assertThat(events.get(events.size() - 1).path("kind").asString()).isEqualTo("PLACEMENT");
    assertThat(events.get(events.size() - 1).path("outcome").asString()).contains("gradual exit");
    JsonNode referrals = api().as("caseworker").get(caseUrl + "/referrals").json();
    assertThat(referrals.toString()).contains("PLACED");
    JsonNode dashboard = api().as("caseworker").get("/api/v1/assistance/dashboard").json();
    assertThat(dashboard.path("exitsToWork").asLong()).isPositive();
    assertThat(dashboard.path("verification").path("answered").asLong()).isPositive();
    assertThat(dashboard.path("verification").path("targetWorkingDays").asInt()).isEqualTo(5);

    // The end of the gradual exit: the case stays in it through its last month, closes the day
    // after, and from then on only the rolls up to its last month pay it.
    LocalDate exitUntil = LocalDate.parse(exited.path("exitUntil").asString());
    YearMonth lastMonth = YearMonth.from(exitUntil);
    String closing = "/api/v1/assistance/gradual-exits/closing";
    assertThat(api().as("caseworker").post(closing, Map.of()).status()).isEqualTo(403);
    clock.travelTo(exitUntil.atTime(23, 0).atZone(SHANGHAI));
    try {
      Api.Response lastDay = api().as("admin").post(closing, Map.of());
      assertThat(lastDay.status()).as(lastDay.toString()).isEqualTo(200);
      assertThat(lastDay.json().path("on").asString()).isEqualTo(exitUntil.toString());
      assertThat(lastDay.json().path("closed").toString()).doesNotContain(receipt);
      assertThat(api().as("caseworker").get(caseUrl).json().path("status").asString())
          .isEqualTo("GRADUAL_EXIT");

      clock.travelTo(exitUntil.plusDays(1).atTime(0, 30).atZone(SHANGHAI));
      Api.Response dayAfter = api().as("admin").post(closing, Map.of());
      assertThat(dayAfter.status()).as(dayAfter.toString()).isEqualTo(200);
      assertThat(dayAfter.json().path("on").asString()).isEqualTo(exitUntil.plusDays(1).toString());
      JsonNode closedLine = null;
      for (JsonNode c : dayAfter.json().path("closed")) {
        if (c.path("caseId").asLong() == id) {
          closedLine = c;
        }
      }
      assertThat(closedLine).as(dayAfter.body()).isNotNull();
      assertThat(closedLine.path("receiptNo").asString()).isEqualTo(receipt);
      assertThat(closedLine.path("exitUntil").asString()).isEqualTo(exitUntil.toString());
      JsonNode closed = api().as("caseworker").get(caseUrl).json();
      assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
      assertThat(closed.path("closedOn").asString()).isEqualTo(exitUntil.plusDays(1).toString());
      assertThat(closed.path("closedReason").asString())
          .isEqualTo("gradual exit ended " + exitUntil);
      JsonNode audit =
          api()
              .as("auditor")
              .get("/api/v1/audit?subjectType=ASSISTANCE_CASE&subjectId=" + id + "&size=50")
              .json();
      assertThat(audit.toString())
          .contains("ASSISTANCE_CLOSED", "GRADUAL_EXIT -> CLOSED: gradual exit ended " + exitUntil);
      assertThat(api().as("admin").post(closing, Map.of()).json().path("closed").toString())
          .as("closing twice closes nothing more")
          .doesNotContain(receipt);

      // The last month's roll, even made after the closing, pays the whole amount as a gradual
      // exit; the next month's does not pay it.
      Api.Response last =
          api()
              .as("caseworker")
              .post("/api/v1/assistance/payment-rolls", Map.of("month", lastMonth.toString()));
      assertThat(last.status()).as(last.toString()).isEqualTo(200);
      JsonNode paid = null;
      for (JsonNode line : last.json().path("lines")) {
        if (receipt.equals(line.path("receiptNo").asString())) {
          paid = line;
        }
      }
      assertThat(paid).as(last.body()).isNotNull();
      assertThat(paid.path("amount").decimalValue()).isEqualByComparingTo("2040");
      assertThat(paid.path("gradualExit").asBoolean()).isTrue();
      Api.Response after =
          api()
              .as("caseworker")
              .post(
                  "/api/v1/assistance/payment-rolls",
                  Map.of("month", lastMonth.plusMonths(1).toString()));
      assertThat(after.status()).as(after.toString()).isEqualTo(200);
      assertThat(after.json().path("lines").toString()).doesNotContain(receipt);
    } finally {
      clock.reset();
    }
  }

  @Test
  void anEdgeHouseholdWhoseIncomeFallsIsProposedForTheAllowanceWithoutApplying() {
    Household h = household();
    Api.Response r =
        api()
            .as("caseworker")
            .post(
                "/api/v1/assistance/applications",
                Households.application(
                    "MINIMUM_LIVING",
                    h.applicant(),
                    List.of(
                        Households.member(h.applicant(), "SELF", "1500"),
                        Households.member(h.spouse(), "SPOUSE", "1500"),
                        Households.member(h.child(), "CHILD", "0")),
                    BEFORE_NATIONAL_DAY));
    long id = r.json().path("id").asLong();
    String caseUrl = "/api/v1/assistance/cases/" + id;
    for (JsonNode t : api().as("caseworker").get(caseUrl + "/tasks").json()) {
      api()
          .as("caseworker")
          .post(
              "/api/v1/assistance/tasks/" + t.path("id").asLong() + "/answer",
              Map.of("answer", "CLEAR"));
    }
    JsonNode assessed = api().as("caseworker").post(caseUrl + "/assessment", Map.of()).json();
    // 3000 / 3 = 1000 yuan a head: above 780, below 1.5 × 780 = 1170
    assertThat(assessed.path("assessment").path("category").asString()).isEqualTo("EDGE");
    api().as("caseworker").post(caseUrl + "/review", Map.of());
    api().as("caseworker").post(caseUrl + "/decision", Map.of("decision", "APPROVE"));
    api().as("caseworker").post(caseUrl + "/publicity", Map.of("startOn", "2026-10-13"));
    JsonNode active = api().as("caseworker").post(caseUrl + "/activation", Map.of()).json();
    assertThat(active.path("category").asString()).isEqualTo("C");
    assertThat(active.path("paidAmount").decimalValue()).isEqualByComparingTo("0");

    Api.Response bad =
        api()
            .as("caseworker")
            .inLanguage("en")
            .post(caseUrl + "/income-changes", Map.of("personId", h.spouse()));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.fieldError("monthlyIncome")).isEqualTo("Required");
    Api.Response fell =
        api()
            .as("caseworker")
            .post(
                caseUrl + "/income-changes", Map.of("personId", h.spouse(), "monthlyIncome", "0"));
    assertThat(fell.status()).as(fell.toString()).isEqualTo(200);
    assertThat(fell.json().path("outcome").asString()).contains("proposed");
    JsonNode proposals =
        api().as("caseworker").get("/api/v1/assistance/proposals?status=OPEN&size=100").json();
    JsonNode proposal = null;
    for (JsonNode p : proposals.path("items")) {
      if (p.path("caseId").asLong() == id) {
        proposal = p;
      }
    }
    assertThat(proposal).as(proposals.toString()).isNotNull();
    assertThat(proposal.path("kind").asString()).isEqualTo("MINIMUM_LIVING");
    Api.Response accepted =
        api()
            .as("caseworker")
            .post(
                "/api/v1/assistance/proposals/" + proposal.path("id").asLong() + "/acceptance",
                Map.of());
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
    assertThat(accepted.json().path("channel").asString()).isEqualTo("PROACTIVE");
    assertThat(accepted.json().path("status").asString()).isEqualTo("VERIFYING");
    assertThat(api().as("caseworker").get(caseUrl).json().path("status").asString())
        .isEqualTo("CLOSED");
  }

  long publishPosting() {
    return new HiringPostings(api()).publishPosting();
  }

  static String basic(String user) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString(
                (user + ":" + TestAccounts.PASSWORD)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  static long taskOf(JsonNode tasks, String departmentCode) {
    for (JsonNode t : tasks) {
      if (departmentCode.equals(t.path("departmentCode").asString())) {
        return t.path("id").asLong();
      }
    }
    throw new AssertionError("no task for " + departmentCode + " in " + tasks);
  }

  /** A case worker of 荷塘区, created once per application context. */
  String otherDistrictCaseWorker() {
    String username = "caseworker430202";
    Api.Response r =
        api()
            .as("admin")
            .post(
                "/api/v1/users",
                Map.of(
                    "username", username,
                    "password", TestAccounts.PASSWORD,
                    "role", "CASEWORKER",
                    "displayName", "荷塘区救助经办",
                    "districtCode", "430202"));
    assertThat(r.status()).as(r.toString()).isIn(201, 409);
    return username;
  }
}
