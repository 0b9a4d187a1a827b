package org.qingsong.gigs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qingsong.gigs.GigFixtures.SHANGHAI;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.qingsong.support.Api;
import org.qingsong.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Dispatching a day, the money figures (JSON and Excel) and the demo gig data, over HTTP on H2 and
 * PostgreSQL.
 */
abstract class GigMoneyAndDispatchContract {
  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired GigHistory history;

  Api api() {
    return Api.on(port);
  }

  GigFixtures fx() {
    return new GigFixtures(api());
  }

  @Test
  void greedyDispatchAssignsTheDayKeepsPinnedVisitsAndSaysWhyTheRestWait() {
    GigFixtures fx = fx();
    LocalDate day = LocalDate.now(SHANGHAI).plusDays(80);
    long pinnedWorker = fx.newWorker("固定阿姨");
    long recipient = fx.recipient(fx.person("派单客户"));
    long a = fx.visit(recipient, day, "09:00", 120);
    long b = fx.visit(recipient, day, "09:00", 120);
    long nobody =
        fx.order(recipient, "LACTATION", day, "10:00", 90)
            .path("visits")
            .get(0)
            .path("id")
            .asLong();
    long pinned = fx.visit(recipient, day, "13:00", 60);
    assertThat(fx.assign(pinned, pinnedWorker).status()).isEqualTo(200);

    assertThat(api().as("resident").post("/api/v1/gig-dispatch", Map.of()).status()).isEqualTo(403);
    Api.Response bad = api().as("staff").post("/api/v1/gig-dispatch", Map.of("date", "tomorrow"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.fieldError("date")).isNotNull();

    Api.Response r = api().as("staff").post("/api/v1/gig-dispatch", Map.of("date", day.toString()));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode report = r.json();
    assertThat(report.path("date").asString()).isEqualTo(day.toString());
    // The matching module's optimising dispatcher replaces the greedy one behind the same
    // interface.
    assertThat(report.path("dispatcher").asString()).isEqualTo("timefold");
    assertThat(report.path("considered").asInt()).isGreaterThanOrEqualTo(4);
    assertThat(report.path("pinned").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(report.path("assigned").asInt()).isGreaterThanOrEqualTo(2);
    JsonNode left = null;
    for (JsonNode l : report.path("unassigned")) {
      if (l.path("visitId").asLong() == nobody) {
        left = l;
      }
    }
    assertThat(left).as(report.toString()).isNotNull();
    assertThat(left.path("rule").asString()).isEqualTo("SERVICE");
    assertThat(left.path("reason").asString()).contains("催乳");

    JsonNode va = api().as("staff").get("/api/v1/gig-visits/" + a).json();
    JsonNode vb = api().as("staff").get("/api/v1/gig-visits/" + b).json();
    assertThat(va.path("status").asString()).isEqualTo("ASSIGNED");
    assertThat(vb.path("status").asString()).isEqualTo("ASSIGNED");
    assertThat(va.path("workerId").asLong()).isNotEqualTo(vb.path("workerId").asLong());
    assertThat(va.path("pinned").asBoolean()).isFalse();
    JsonNode vp = api().as("staff").get("/api/v1/gig-visits/" + pinned).json();
    assertThat(vp.path("workerId").asLong()).isEqualTo(pinnedWorker);
    assertThat(vp.path("pinned").asBoolean()).isTrue();
    long overlaps =
        jdbc.sql(
                """
                SELECT COUNT(*) FROM gig_visit x JOIN gig_visit y
                  ON x.worker_id = y.worker_id AND x.id < y.id
                WHERE x.visit_date = :day AND y.visit_date = :day
                  AND x.status <> 'CANCELLED' AND y.status <> 'CANCELLED'
                  AND x.blocked_from < y.blocked_until AND y.blocked_from < x.blocked_until
                """)
            .param("day", day)
            .query(Long.class)
            .single();
    assertThat(overlaps).isZero();

    JsonNode again =
        api().as("staff").post("/api/v1/gig-dispatch", Map.of("date", day.toString())).json();
    assertThat(again.path("assigned").asInt()).as("a second run has nothing new").isZero();
  }

  @Test
  void workersEarningsAndCustomersBillsAddUpInJsonAndExcel() throws Exception {
    GigFixtures fx = fx();
    long workerPerson = fx.person("算账阿姨");
    long worker = fx.worker(workerPerson, LocalDate.now(SHANGHAI).plusYears(1));
    long customer = fx.person("付款先生");
    long recipient = fx.recipient(customer);
    LocalDate monday =
        LocalDate.now(SHANGHAI)
            .minusWeeks(3)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    String week = GigAccounts.isoWeek(monday);
    List<String> tasks = List.of("MEAL");
    history.record(
        new GigHistory.RecordedVisit(
            recipient, "ELDER_CARE", monday, 540, 120, worker, tasks, "好", 5, null));
    history.record(
        new GigHistory.RecordedVisit(
            recipient, "ELDER_CARE", monday.plusDays(2), 840, 60, worker, tasks, "好", null, null));
    history.record(
        new GigHistory.RecordedVisit(
            recipient,
            "HOUSEKEEPING",
            monday.plusDays(4),
            600,
            180,
            worker,
            List.of("KITCHEN"),
            "干净",
            4,
            null));
    // Assigned but never done: costs nothing.
    history.record(
        new GigHistory.RecordedVisit(
            recipient,
            "ELDER_CARE",
            monday.plusDays(5),
            600,
            120,
            worker,
            List.of(),
            null,
            null,
            null));

    JsonNode earnings = api().as("staff").get("/api/v1/gig-earnings?week=" + week).json();
    assertThat(earnings.path("week").asString()).isEqualTo(week);
    JsonNode mine = find(earnings.path("workers"), "workerId", worker);
    assertThat(mine.path("visits").asLong()).isEqualTo(3);
    assertThat(mine.path("hours").decimalValue()).isEqualByComparingTo("6");
    assertThat(mine.path("amount").decimalValue()).isEqualByComparingTo("255");

    String range = "from=" + monday + "&to=" + monday.plusDays(6);
    JsonNode bills = api().as("staff").get("/api/v1/gig-bills?" + range).json();
    JsonNode owed = find(bills.path("customers"), "customerId", customer);
    assertThat(owed.path("visits").asLong()).isEqualTo(3);
    assertThat(owed.path("amount").decimalValue()).isEqualByComparingTo("255");

    String login = fx.login(workerPerson);
    JsonNode own = api().as(login).get("/api/v1/gig-earnings?week=" + week).json();
    assertThat(own.path("workers").size()).isEqualTo(1);
    assertThat(own.path("total").decimalValue()).isEqualByComparingTo("255");
    assertThat(api().as("employer").get("/api/v1/gig-earnings").status()).isEqualTo(403);
    Api.Response badWeek = api().as("staff").get("/api/v1/gig-earnings?week=2026-W99");
    assertThat(badWeek.status()).isEqualTo(400);
    assertThat(badWeek.fieldError("week")).contains("2026-W48");

    try (XSSFWorkbook book = xlsx("/api/v1/gig-earnings.xlsx?week=" + week)) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("服务人员");
      double sum = 0;
      Row mineRow = null;
      Row total = null;
      for (int i = 2; i <= sheet.getLastRowNum(); i++) {
        Row row = sheet.getRow(i);
        if (i == sheet.getLastRowNum()) {
          total = row;
        } else {
          sum += row.getCell(4).getNumericCellValue();
          if (row.getCell(0).getStringCellValue().equals("算账阿姨")) {
            mineRow = row;
          }
        }
      }
      assertThat(mineRow).isNotNull();
      assertThat(mineRow.getCell(2).getNumericCellValue()).isEqualTo(3);
      assertThat(mineRow.getCell(3).getNumericCellValue()).isEqualTo(6);
      assertThat(mineRow.getCell(4).getNumericCellValue()).isEqualTo(255);
      assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
      assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(sum);
      assertThat(total.getCell(4).getNumericCellValue())
          .isEqualTo(earnings.path("total").decimalValue().doubleValue());
    }
    try (XSSFWorkbook book = xlsx("/api/v1/gig-bills.xlsx?" + range)) {
      Sheet sheet = book.getSheetAt(0);
      Row total = sheet.getRow(sheet.getLastRowNum());
      assertThat(total.getCell(2).getNumericCellValue())
          .isEqualTo(bills.path("total").decimalValue().doubleValue());
      boolean found = false;
      for (int i = 2; i < sheet.getLastRowNum(); i++) {
        if (sheet.getRow(i).getCell(0).getStringCellValue().equals("付款先生")) {
          assertThat(sheet.getRow(i).getCell(2).getNumericCellValue()).isEqualTo(255);
          found = true;
        }
      }
      assertThat(found).isTrue();
    }
  }

  @Test
  void theDemoWorkerLoginIsAGigWorkerWithVisitsAndTheDemoFamilyHasACareLog() {
    JsonNode me = api().as("worker").get("/api/v1/gig-workers/me").json();
    assertThat(me.path("services").toString()).contains("ELDER_CARE");
    LocalDate next = LocalDate.now(SHANGHAI).plusDays(1);
    while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
      next = next.plusDays(1);
    }
    JsonNode visits = api().as("worker").get("/api/v1/gig-visits/mine?date=" + next).json();
    assertThat(visits.size()).isGreaterThanOrEqualTo(1);
    assertThat(visits.get(0).path("startsAt").asString()).contains("T09:00");

    JsonNode done = api().as("resident").get("/api/v1/gig-visits?status=CHECKED_OUT").json();
    assertThat(done.path("total").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(done.path("items").get(0).path("careLog").path("tasksDone").size()).isPositive();
    assertThat(api().as("resident").get("/api/v1/gig-recipients").json().path("total").asLong())
        .isGreaterThanOrEqualTo(1);
  }

  private static JsonNode find(JsonNode items, String field, long id) {
    for (JsonNode n : items) {
      if (n.path(field).asLong() == id) {
        return n;
      }
    }
    throw new AssertionError(field + " " + id + " not in " + items);
  }

  private XSSFWorkbook xlsx(String path) throws Exception {
    String token =
        Base64.getEncoder()
            .encodeToString(("staff:" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<byte[]> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(api().url(path)))
                    .header("Authorization", "Basic " + token)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
    return new XSSFWorkbook(new ByteArrayInputStream(r.body()));
  }

  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
