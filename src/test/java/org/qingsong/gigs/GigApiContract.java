package org.qingsong.gigs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qingsong.gigs.GigFixtures.SHANGHAI;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingsong.support.Api;
import org.qingsong.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The gig market end to end over HTTP, on H2 and on PostgreSQL: catalogue, workers, recipients,
 * orders and their visits, candidates, assignment under the clash rule, and a visit's life from
 * check-in to rating.
 */
abstract class GigApiContract {
  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;

  Api api() {
    return Api.on(port);
  }

  GigFixtures fx() {
    return new GigFixtures(api());
  }

  static LocalDate future(int days) {
    return LocalDate.now(SHANGHAI).plusDays(days);
  }

  @Test
  void theCatalogueIsPublicWithDefaultsPricesAndRequiredCertificates() {
    Api.Response r = api().get("/api/v1/gig-services");
    assertThat(r.status()).isEqualTo(200);
    JsonNode elder = null;
    for (JsonNode s : r.json()) {
      if (s.path("code").asString().equals("ELDER_CARE")) {
        elder = s;
      }
    }
    assertThat(r.json().size()).isGreaterThanOrEqualTo(11);
    assertThat(elder).isNotNull();
    assertThat(elder.path("nameZh").asString()).contains("养老护理");
    assertThat(elder.path("defaultMinutes").asInt()).isEqualTo(120);
    assertThat(elder.path("priceUnit").asString()).isEqualTo("HOUR");
    assertThat(elder.path("guidePrice").decimalValue()).isEqualByComparingTo("45");
    assertThat(elder.path("defaultVisitPrice").decimalValue()).isEqualByComparingTo("90");
    assertThat(elder.path("requiredCertificates").get(0).path("code").asString())
        .isEqualTo("ELDER_CARE_WORKER");
    assertThat(elder.path("tasks").size()).isGreaterThan(3);
    assertThat(api().get("/api/v1/gig-services/NO_SUCH").status()).isEqualTo(404);
  }

  @Test
  void registeringAWorkerChecksEveryFieldInChineseAndEnglish() {
    Map<String, Object> bad = new LinkedHashMap<>();
    bad.put("personId", 999_999_999L);
    bad.put("services", List.of("ELDER_CARE", "SPACE_TRAVEL"));
    bad.put(
        "certificates",
        List.of(Map.of("kind", "ELDER_CARE_WORKER", "number", "X1", "validUntil", "2026-13-01")));
    bad.put("availability", Map.of("MONDAY", List.of("11:00-09:00"), "FUNDAY", List.of()));
    bad.put("homeLat", 95.0);
    bad.put("maxHoursPerDay", 30);
    Api.Response zh = api().as("staff").post("/api/v1/gig-workers", bad);
    assertThat(zh.status()).isEqualTo(400);
    assertThat(zh.fieldError("personId")).contains("人员库中没有");
    assertThat(zh.fieldError("stationId")).isNotNull();
    assertThat(zh.fieldError("services[1]")).contains("SPACE_TRAVEL");
    assertThat(zh.fieldError("certificates[0].validUntil")).contains("日期");
    assertThat(zh.fieldError("availability.MONDAY[0]")).contains("09:00-11:30");
    assertThat(zh.fieldError("availability.FUNDAY")).isNotNull();
    assertThat(zh.fieldError("homeLat")).isNotNull();
    assertThat(zh.fieldError("homeLng")).isNotNull();
    assertThat(zh.fieldError("maxHoursPerDay")).contains("12");

    Api.Response en = api().as("staff").inLanguage("en").post("/api/v1/gig-workers", bad);
    assertThat(en.fieldError("personId")).contains("no resident");
    assertThat(en.fieldError("services[1]")).contains("No such service");

    long person = fx().person("张三妹");
    assertThat(
            api()
                .as("resident")
                .post("/api/v1/gig-workers", fx().workerBody(person, future(100)))
                .status())
        .isEqualTo(403);
    assertThat(api().as("staff").get("/api/v1/gig-workers/987654321").status()).isEqualTo(404);
  }

  @Test
  void aWorkerIsRegisteredMaskedAndSeesTheirOwnRecord() {
    GigFixtures fx = fx();
    long person = fx.person("李秀英");
    long worker = fx.worker(person, future(200));
    JsonNode w = api().as("staff").get("/api/v1/gig-workers/" + worker).json();
    assertThat(w.path("name").asString()).isEqualTo("李秀英");
    assertThat(w.path("phone").asString()).isEqualTo("138****5678");
    assertThat(w.path("idNumber").asString()).contains("****");
    assertThat(w.path("availability").path("MONDAY").get(0).asString()).isEqualTo("00:00-24:00");
    assertThat(w.path("certificates").get(0).path("nameZh").asString()).isEqualTo("养老护理员证");
    assertThat(
            api()
                .as("staff")
                .post("/api/v1/gig-workers", fx.workerBody(person, future(5)))
                .status())
        .isEqualTo(409);

    String login = fx.login(person);
    assertThat(api().as(login).get("/api/v1/gig-workers/me").json().path("id").asLong())
        .isEqualTo(worker);
    assertThat(api().as(login).get("/api/v1/gig-workers/" + worker).status()).isEqualTo(200);
    assertThat(api().as("resident").get("/api/v1/gig-workers/" + worker).status()).isEqualTo(404);
    assertThat(api().as("resident").get("/api/v1/gig-workers/me").status()).isEqualTo(404);
    assertThat(api().as("resident").get("/api/v1/gig-workers").status()).isEqualTo(403);

    Map<String, Object> changed = fx.workerBody(person, future(300));
    changed.put("maxHoursPerDay", 4);
    changed.put(
        "exceptions",
        List.of(
            Map.of("date", future(40).toString(), "ranges", List.of()),
            Map.of("date", future(41).toString(), "ranges", List.of("20:00-22:00"))));
    Api.Response updated = api().as("staff").put("/api/v1/gig-workers/" + worker, changed);
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(updated.json().path("maxHoursPerDay").decimalValue()).isEqualByComparingTo("4");
    assertThat(updated.json().path("exceptions").get(0).path("dayOff").asBoolean()).isTrue();
  }

  @Test
  void everyWorkingDayOverNationalDay2026FollowsTheOfficialCalendarAndSaysSo() {
    GigFixtures fx = fx();
    long customer = fx.person("刘建华");
    String login = fx.login(customer);
    long recipientId = fx.recipient(customer);
    clock.travelTo(LocalDateTime.of(2026, 9, 10, 10, 0).atZone(SHANGHAI));
    try {
      Map<String, Object> order = new LinkedHashMap<>();
      order.put("recipientId", recipientId);
      order.put("serviceCode", "ELDER_CARE");
      order.put("firstDate", "2026-09-14");
      order.put("startTime", "09:00");
      order.put("recurrence", "WEEKDAYS");
      order.put("untilDate", "2026-10-16");
      Api.Response created = api().as(login).post("/api/v1/gig-orders", order);
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      JsonNode o = created.json();
      List<String> dates = new java.util.ArrayList<>();
      o.path("visits").forEach(v -> dates.add(v.path("date").asString()));
      // 25 weekdays from 14 September to 16 October, less 中秋 (25 Sep) and the five weekdays of
      // 国庆节 (1-2 and 5-7 Oct), plus the adjusted working Sunday 20 Sep and Saturday 10 Oct
      assertThat(dates)
          .hasSize(21)
          .contains("2026-09-20", "2026-09-30", "2026-10-08", "2026-10-09", "2026-10-10")
          .doesNotContain(
              "2026-09-25",
              "2026-10-01",
              "2026-10-02",
              "2026-10-03",
              "2026-10-05",
              "2026-10-06",
              "2026-10-07",
              "2026-09-19",
              "2026-10-11");
      assertThat(o.path("visitCount").asInt()).isEqualTo(21);
      assertThat(o.path("total").decimalValue()).isEqualByComparingTo("1890");
      JsonNode wd = o.path("workingDays");
      assertThat(wd.path("skipped").size()).isEqualTo(6);
      assertThat(wd.path("skipped").get(1).path("date").asString()).isEqualTo("2026-10-01");
      assertThat(wd.path("skipped").get(1).path("weekday").asString()).isEqualTo("THURSDAY");
      assertThat(wd.path("skipped").get(1).path("festival").asString()).isEqualTo("国庆节");
      assertThat(wd.path("added").toString()).contains("2026-09-20", "2026-10-10", "SATURDAY");
      assertThat(wd.path("weekendsOnlyYears").size()).isZero();
      assertThat(o.path("calendarNote").asString())
          .isEqualTo(
              "法定节假日不安排上门：9月25日 周五（中秋）、10月1日至10月7日（国庆节）；"
                  + "调休上班日照常上门：9月20日 周日（国庆节）、10月10日 周六（国庆节）");

      long id = o.path("id").asLong();
      JsonNode en = api().as(login).inLanguage("en").get("/api/v1/gig-orders/" + id).json();
      assertThat(en.path("calendarNote").asString())
          .isEqualTo(
              "No visits on public holidays: 25 Sep Fri (中秋); 1 Oct to 7 Oct (国庆节)."
                  + " Visits on adjusted working days: 20 Sep Sun (国庆节); 10 Oct Sat (国庆节).");
      assertThat(en.path("visitCount").asInt()).isEqualTo(21);

      Map<String, Object> daily = new LinkedHashMap<>(order);
      daily.put("recurrence", "DAILY");
      daily.put("startTime", "14:00");
      JsonNode d = api().as(login).post("/api/v1/gig-orders", daily).json();
      assertThat(d.path("visitCount").asInt()).as("every day means every day").isEqualTo(33);
      assertThat(d.hasNonNull("workingDays")).isFalse();
      assertThat(d.hasNonNull("calendarNote")).isFalse();
    } finally {
      clock.reset();
    }
  }

  @Test
  void pastTheCalendarsCoverageEveryWorkingDayFallsBackToMondayToFridayAndSaysSo() {
    GigFixtures fx = fx();
    long customer = fx.person("周志强");
    String login = fx.login(customer);
    long recipientId = fx.recipient(customer);
    clock.travelTo(LocalDateTime.of(2026, 12, 20, 10, 0).atZone(SHANGHAI));
    try {
      Map<String, Object> order = new LinkedHashMap<>();
      order.put("recipientId", recipientId);
      order.put("serviceCode", "ELDER_CARE");
      order.put("firstDate", "2026-12-28");
      order.put("startTime", "09:00");
      order.put("recurrence", "WEEKDAYS");
      order.put("count", 10);
      Api.Response created = api().as(login).post("/api/v1/gig-orders", order);
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      JsonNode o = created.json();
      List<String> dates = new java.util.ArrayList<>();
      o.path("visits").forEach(v -> dates.add(v.path("date").asString()));
      // the calendar has no arrangement for 2027 (as the calendar's own tests assume): New
      // Year's Day, a Friday, is kept as a working day
      assertThat(dates)
          .containsExactly(
              "2026-12-28",
              "2026-12-29",
              "2026-12-30",
              "2026-12-31",
              "2027-01-01",
              "2027-01-04",
              "2027-01-05",
              "2027-01-06",
              "2027-01-07",
              "2027-01-08");
      assertThat(o.path("workingDays").path("weekendsOnlyYears").toString()).isEqualTo("[2027]");
      assertThat(o.path("workingDays").path("skipped").size()).isZero();
      assertThat(o.path("calendarNote").asString())
          .isEqualTo("尚未收录 2027 年的放假安排，该年暂按周一至周五上门，放假安排公布后可能需要调整");
    } finally {
      clock.reset();
    }
  }

  @Test
  void everyWeekdayFromNineToElevenForFourWeeksIsTwentyVisits() {
    GigFixtures fx = fx();
    long customer = fx.person("王建国");
    String login = fx.login(customer);
    Map<String, Object> recipient = fx.recipientBody("王奶奶");
    Api.Response r = api().as(login).post("/api/v1/gig-recipients", recipient);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.json().path("customerId").asLong()).isEqualTo(customer);
    long recipientId = r.json().path("id").asLong();

    LocalDate monday = LocalDate.now(SHANGHAI).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    Map<String, Object> order = new LinkedHashMap<>();
    order.put("recipientId", recipientId);
    order.put("serviceCode", "ELDER_CARE");
    order.put("firstDate", monday.toString());
    order.put("startTime", "09:00");
    order.put("recurrence", "WEEKDAYS");
    order.put("untilDate", monday.plusWeeks(4).minusDays(1).toString());
    Api.Response created = api().as(login).post("/api/v1/gig-orders", order);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith("/" + created.json().path("id").asLong());
    JsonNode o = created.json();
    assertThat(o.path("durationMinutes").asInt()).isEqualTo(120);
    assertThat(o.path("visitCount").asInt()).isEqualTo(20);
    assertThat(o.path("pricePerVisit").decimalValue()).isEqualByComparingTo("90");
    assertThat(o.path("total").decimalValue()).isEqualByComparingTo("1800");
    JsonNode visits = o.path("visits");
    assertThat(visits.get(0).path("date").asString()).isEqualTo(monday.toString());
    assertThat(visits.get(0).path("startsAt").asString()).contains("T09:00").endsWith("+08:00");
    assertThat(visits.get(0).path("endsAt").asString()).contains("T11:00");
    assertThat(visits.get(5).path("date").asString()).isEqualTo(monday.plusWeeks(1).toString());
    for (JsonNode v : visits) {
      assertThat(LocalDate.parse(v.path("date").asString()).getDayOfWeek())
          .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      assertThat(v.path("status").asString()).isEqualTo("REQUESTED");
    }

    Map<String, Object> weekly = new LinkedHashMap<>(order);
    weekly.put("recurrence", "WEEKLY");
    weekly.put("weekdays", List.of("TUESDAY", "THURSDAY"));
    weekly.remove("untilDate");
    weekly.put("count", 5);
    JsonNode w = api().as(login).post("/api/v1/gig-orders", weekly).json();
    assertThat(w.path("visitCount").asInt()).isEqualTo(5);

    assertThat(api().as("resident").get("/api/v1/gig-orders/" + o.path("id").asLong()).status())
        .isEqualTo(404);
    assertThat(api().as("staff").get("/api/v1/gig-orders/" + o.path("id").asLong()).status())
        .isEqualTo(200);
  }

  @Test
  void aBadOrderIsRefusedFieldByField() {
    GigFixtures fx = fx();
    long customer = fx.person("赵兰");
    long recipientId = fx.recipient(customer);
    Map<String, Object> order = new LinkedHashMap<>();
    order.put("recipientId", recipientId);
    order.put("serviceCode", "ELDER_CARE");
    order.put("firstDate", LocalDate.now(SHANGHAI).minusDays(1).toString());
    order.put("startTime", "25:00");
    order.put("recurrence", "WEEKLY");
    Api.Response r = api().as("staff").post("/api/v1/gig-orders", order);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.fieldError("startTime")).isNotNull();
    assertThat(r.fieldError("weekdays")).isNotNull();
    assertThat(r.fieldError("untilDate")).contains("结束日期");

    order.put("startTime", "09:00");
    order.put("weekdays", List.of("MONDAY"));
    order.put("untilDate", future(200).toString());
    Api.Response en = api().as("staff").inLanguage("en").post("/api/v1/gig-orders", order);
    assertThat(en.fieldError("firstDate")).contains("after now");
    order.put("firstDate", future(1).toString());
    Api.Response tooLong = api().as("staff").inLanguage("en").post("/api/v1/gig-orders", order);
    assertThat(tooLong.fieldError("untilDate")).contains("12 weeks");

    order.put("recurrence", "NONE");
    order.put("startTime", "23:00");
    Api.Response late = api().as("staff").post("/api/v1/gig-orders", order);
    assertThat(late.fieldError("durationMinutes")).contains("24:00");
    long before = jdbc.sql("SELECT COUNT(*) FROM gig_order").query(Long.class).single();
    assertThat(before).isPositive();
    order.put("recipientId", 987_654_321L);
    order.put("startTime", "09:00");
    assertThat(api().as("staff").post("/api/v1/gig-orders", order).fieldError("recipientId"))
        .isNotNull();
  }

  @Test
  void candidatesAreRankedWithReasonsAndTheIneligibleSayWhy() {
    GigFixtures fx = fx();
    LocalDate day = future(50);
    long near = fx.newWorker("近处阿姨");
    Map<String, Object> farBody = fx.workerBody(fx.person("远处阿姨"), future(400));
    farBody.put("homeLat", 27.83);
    long far = fx.worker(farBody);
    long expired = fx.worker(fx.person("过期阿姨"), day.minusDays(1));
    Map<String, Object> cleanerBody = fx.workerBody(fx.person("保洁阿姨"), future(400));
    cleanerBody.put("services", List.of("HOUSEKEEPING"));
    long cleaner = fx.worker(cleanerBody);
    long visit = fx.visit(fx.recipient(fx.person("客户甲")), day, "09:00", 120);

    Api.Response r = api().as("staff").get("/api/v1/gig-visits/" + visit + "/candidates?limit=100");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    Map<Long, JsonNode> byId = new LinkedHashMap<>();
    for (JsonNode c : r.json()) {
      byId.put(c.path("workerId").asLong(), c);
    }
    assertThat(byId.get(near).path("eligible").asBoolean()).isTrue();
    assertThat(byId.get(far).path("eligible").asBoolean()).isTrue();
    assertThat(byId.get(near).path("rank").asInt()).isLessThan(byId.get(far).path("rank").asInt());
    assertThat(byId.get(near).path("walkingMeters").asLong())
        .isLessThan(byId.get(far).path("walkingMeters").asLong());
    assertThat(byId.get(near).toString()).contains("DISTANCE").contains("米");
    JsonNode exp = byId.get(expired);
    assertThat(exp.path("eligible").asBoolean()).isFalse();
    assertThat(exp.path("rank").isMissingNode() || exp.path("rank").isNull()).isTrue();
    assertThat(exp.toString()).contains("已过期").contains(day.minusDays(1).toString());
    assertThat(byId.get(cleaner).toString()).contains("不提供");

    Api.Response en =
        api().as("staff").inLanguage("en").get("/api/v1/gig-visits/" + visit + "/candidates");
    assertThat(en.body()).contains("expired on the visit date");

    Api.Response refused = fx.assign(visit, expired);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().path("detail").asString()).contains("已过期");
    assertThat(fx.assign(visit, cleaner).json().path("detail").asString()).contains("不提供");
    assertThat(api().as("resident").get("/api/v1/gig-visits/" + visit + "/candidates").status())
        .isEqualTo(404);
    assertThat(api().as("auditor").get("/api/v1/gig-visits/" + visit + "/candidates").status())
        .isEqualTo(403);
  }

  @Test
  void aClashIsAConflictNamingTheVisitAlreadyBooked() {
    GigFixtures fx = fx();
    long worker = fx.newWorker("忙碌阿姨");
    long recipient = fx.recipient(fx.person("客户乙"));
    LocalDate day = future(60);
    long first = fx.visit(recipient, day, "09:00", 120);
    long overlapping = fx.visit(recipient, day, "10:00", 60);
    assertThat(fx.assign(first, worker).status()).isEqualTo(200);
    Api.Response clash = fx.assign(overlapping, worker);
    assertThat(clash.status()).isEqualTo(409);
    assertThat(clash.json().path("conflictingVisit").path("id").asLong()).isEqualTo(first);
    assertThat(clash.json().path("detail").asString()).contains("#" + first).contains("09:00");
    assertThat(clash.header("Content-Type")).contains("application/problem+json");
    Api.Response en =
        api()
            .as("staff")
            .inLanguage("en")
            .post("/api/v1/gig-visits/" + overlapping + "/assignment", Map.of("workerId", worker));
    assertThat(en.json().path("detail").asString()).contains("already booked for visit #" + first);

    assertThat(fx.assign(first, fx.newWorker("第二位")).status()).isEqualTo(409);
    Api.Response unassigned =
        api().as("staff").delete("/api/v1/gig-visits/" + first + "/assignment");
    assertThat(unassigned.status()).isEqualTo(200);
    assertThat(unassigned.json().path("status").asString()).isEqualTo("REQUESTED");
    assertThat(fx.assign(overlapping, worker).status()).isEqualTo(200);
    Api.Response cancelled =
        api()
            .as("staff")
            .post(
                "/api/v1/gig-visits/" + overlapping + "/cancellation",
                Map.of("reason", "SCHEDULE_CHANGE"));
    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.json().path("cancellation").path("as").asString()).isEqualTo("STAFF");
    assertThat(fx.assign(first, worker).status()).as("cancelling frees the time").isEqualTo(200);
  }

  @Test
  void theTravelBufferCountsBetweenVisits() {
    GigFixtures fx = fx();
    long worker = fx.newWorker("缓冲阿姨");
    long recipient = fx.recipient(fx.person("客户丙"));
    LocalDate day = future(61);
    long nine = fx.visit(recipient, day, "09:00", 120);
    long tooClose = fx.visit(recipient, day, "11:20", 60);
    long before = fx.visit(recipient, day, "07:00", 90);
    long justFar = fx.visit(recipient, day, "11:30", 60);
    assertThat(fx.assign(nine, worker).status()).isEqualTo(200);
    Api.Response close = fx.assign(tooClose, worker);
    assertThat(close.status()).isEqualTo(409);
    assertThat(close.json().path("conflictingVisit").path("id").asLong()).isEqualTo(nine);
    assertThat(fx.assign(before, worker).status())
        .as("08:30 end, 30 min before 09:00")
        .isEqualTo(200);
    assertThat(fx.assign(justFar, worker).status()).as("30 min after 11:00").isEqualTo(200);
  }

  @Test
  void aCertificateValidUntilADayCoversThatDayAndNotTheNext() {
    GigFixtures fx = fx();
    LocalDate d = future(70);
    long worker = fx.worker(fx.person("证书阿姨"), d);
    long recipient = fx.recipient(fx.person("客户丁"));
    long onD = fx.visit(recipient, d, "09:00", 120);
    long onNext = fx.visit(recipient, d.plusDays(1), "09:00", 120);
    assertThat(fx.assign(onD, worker).status()).isEqualTo(200);
    Api.Response next = fx.assign(onNext, worker);
    assertThat(next.status()).isEqualTo(409);
    assertThat(next.json().path("detail").asString()).contains(d.toString()).contains("已过期");
  }

  @Test
  void aFamilyOrdersTheWorkerChecksInAndOutAndTheFamilyRates() {
    GigFixtures fx = fx();
    long customer = fx.person("刘女士");
    String family = fx.login(customer);
    long workerPerson = fx.person("周阿姨");
    long worker = fx.worker(workerPerson, future(365));
    String workerLogin = fx.login(workerPerson);
    long recipient =
        api()
            .as(family)
            .post("/api/v1/gig-recipients", fx.recipientBody("刘奶奶"))
            .json()
            .path("id")
            .asLong();
    LocalDateTime start = GigFixtures.soon(60);
    Map<String, Object> order = new LinkedHashMap<>();
    order.put("recipientId", recipient);
    order.put("serviceCode", "ELDER_CARE");
    order.put("firstDate", start.toLocalDate().toString());
    order.put("startTime", GigFixtures.hhmm(start));
    order.put("durationMinutes", 60);
    JsonNode created = api().as(family).post("/api/v1/gig-orders", order).json();
    long visit = created.path("visits").get(0).path("id").asLong();
    assertThat(created.path("pricePerVisit").decimalValue()).isEqualByComparingTo("45");

    assertThat(
            api()
                .as(workerLogin)
                .post(
                    "/api/v1/gig-visits/" + visit + "/check-in",
                    Map.of("lat", 27.801, "lng", 113.151))
                .status())
        .as("not assigned yet")
        .isIn(404, 403);
    assertThat(fx.assign(visit, worker).status()).isEqualTo(200);
    JsonNode mine =
        api().as(workerLogin).get("/api/v1/gig-visits/mine?date=" + start.toLocalDate()).json();
    assertThat(mine.toString()).contains("\"id\":" + visit).contains("openstreetmap");

    Api.Response noPlace =
        api().as(workerLogin).post("/api/v1/gig-visits/" + visit + "/check-in", Map.of());
    assertThat(noPlace.status()).isEqualTo(400);
    assertThat(noPlace.fieldError("lat")).isNotNull();
    assertThat(
            api()
                .as(family)
                .post(
                    "/api/v1/gig-visits/" + visit + "/check-in", Map.of("lat", 27.8, "lng", 113.1))
                .status())
        .isEqualTo(403);
    Api.Response in =
        api()
            .as(workerLogin)
            .post(
                "/api/v1/gig-visits/" + visit + "/check-in",
                Map.of("lat", 27.8012, "lng", 113.1511));
    assertThat(in.status()).as(in.toString()).isEqualTo(200);
    assertThat(in.json().path("status").asString()).isEqualTo("CHECKED_IN");
    assertThat(in.json().path("checkIn").path("far").asBoolean()).isFalse();
    assertThat(in.json().path("checkIn").path("metersAway").asInt()).isLessThan(100);
    assertThat(
            api()
                .as("staff")
                .post(
                    "/api/v1/gig-visits/" + visit + "/cancellation", Map.of("reason", "NOT_NEEDED"))
                .status())
        .as("no cancelling after check-in")
        .isEqualTo(409);

    Map<String, Object> badLog =
        Map.of(
            "tasks", List.of("MEAL", "JUGGLING"), "incidents", List.of(Map.of("severity", "HUGE")));
    Api.Response bad =
        api().as(workerLogin).post("/api/v1/gig-visits/" + visit + "/check-out", badLog);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.fieldError("tasks[1]")).contains("JUGGLING");
    assertThat(bad.fieldError("incidents[0].severity")).isNotNull();
    assertThat(bad.fieldError("incidents[0].description")).isNotNull();

    Map<String, Object> log = new LinkedHashMap<>();
    log.put("tasks", List.of("MEAL", "MEDICATION", "VITALS"));
    log.put("observations", "血压 135/85，精神好，午饭吃了一碗粥");
    log.put("incidents", List.of(Map.of("severity", "LOW", "description", "起身时有些头晕，休息后好转")));
    Api.Response out =
        api().as(workerLogin).post("/api/v1/gig-visits/" + visit + "/check-out", log);
    assertThat(out.status()).as(out.toString()).isEqualTo(200);
    assertThat(out.json().path("status").asString()).isEqualTo("CHECKED_OUT");

    JsonNode seen = api().as(family).get("/api/v1/gig-visits/" + visit).json();
    assertThat(seen.path("careLog").path("tasksDone").toString()).contains("提醒、协助服药");
    assertThat(seen.path("careLog").path("observations").asString()).contains("血压");
    assertThat(seen.path("careLog").path("incidents").get(0).path("severity").asString())
        .isEqualTo("LOW");
    assertThat(seen.path("workerName").asString()).isEqualTo("周阿姨");

    assertThat(
            api()
                .as(workerLogin)
                .post("/api/v1/gig-visits/" + visit + "/rating", Map.of("score", 5))
                .status())
        .isEqualTo(403);
    assertThat(
            api()
                .as(family)
                .post("/api/v1/gig-visits/" + visit + "/rating", Map.of("score", 9))
                .fieldError("score"))
        .isNotNull();
    Api.Response rated =
        api()
            .as(family)
            .post(
                "/api/v1/gig-visits/" + visit + "/rating", Map.of("score", 5, "comment", "周阿姨很细心"));
    assertThat(rated.status()).isEqualTo(200);
    assertThat(rated.json().path("status").asString()).isEqualTo("RATED");
    assertThat(rated.json().path("rating").path("score").asInt()).isEqualTo(5);
    Api.Response again =
        api().as(family).post("/api/v1/gig-visits/" + visit + "/rating", Map.of("score", 1));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().path("detail").asString()).contains("已经评价");

    assertThat(api().as("resident").get("/api/v1/gig-visits/" + visit).status()).isEqualTo(404);
    long audited =
        jdbc.sql(
                "SELECT COUNT(*) FROM audit_record WHERE subject_type = 'GIG_VISIT' AND subject_id = :id")
            .param("id", Long.toString(visit))
            .query(Long.class)
            .single();
    assertThat(audited).isEqualTo(4);
  }
}
