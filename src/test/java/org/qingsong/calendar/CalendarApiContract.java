package org.qingsong.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingsong.support.Api;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The working-day calendar over HTTP, once on H2 and once on PostgreSQL. Replacements use years in
 * the 2090s so that the shipped years, which other tests count on, stay as shipped.
 */
abstract class CalendarApiContract {
  @LocalServerPort int port;

  Api api() {
    return Api.on(port);
  }

  JsonNode add(String from, int days) {
    Api.Response r = api().get("/api/v1/calendar/add-working-days?from=" + from + "&days=" + days);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  static Map<String, String> day(String date, String kind, String name) {
    return Map.of("date", date, "kind", kind, "name", name);
  }

  @Test
  void fiveWorkingDaysFromTheLastDayOfSeptemberTwentyTwentySixIsOctoberThirteenth() {
    Api.Response r = api().get("/api/v1/calendar/add-working-days?from=2026-09-30&days=5");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.body()).contains("\"date\":\"2026-10-13\"");
    assertThat(r.json().path("weekendsOnly").asBoolean()).isFalse();
    assertThat(r.json().has("note")).isFalse();
  }

  @Test
  void nationalDayTwentyTwentyFiveAndItsWorkedWeekendDaysAreHonoured() {
    assertThat(add("2025-09-26", 1).path("date").asString()).isEqualTo("2025-09-28");
    assertThat(add("2025-09-30", 1).path("date").asString()).isEqualTo("2025-10-09");
    assertThat(add("2025-09-30", 3).path("date").asString()).isEqualTo("2025-10-11");
    assertThat(add("2025-09-30", 5).path("date").asString()).isEqualTo("2025-10-14");
  }

  @Test
  void springFestivalIsSkipped() {
    assertThat(add("2026-02-12", 3).path("date").asString()).isEqualTo("2026-02-24");
    assertThat(add("2026-02-13", 6).path("date").asString()).isEqualTo("2026-02-28");
    assertThat(add("2025-01-24", 2).path("date").asString())
        .as("2025: Jan 26 (Sun) worked, Jan 28 to Feb 4 off")
        .isEqualTo("2025-01-27");
    assertThat(add("2025-01-24", 3).path("date").asString()).isEqualTo("2025-02-05");
  }

  @Test
  void zeroDaysIsTheStartDate() {
    assertThat(add("2026-10-03", 0).path("date").asString()).isEqualTo("2026-10-03");
  }

  @Test
  void aComputationPastTheCoveredYearsSaysItCountedWeekendsOnly() {
    JsonNode inside = add("2026-12-30", 1);
    assertThat(inside.path("date").asString()).isEqualTo("2026-12-31");
    assertThat(inside.path("weekendsOnly").asBoolean()).isFalse();

    JsonNode beyond = add("2026-12-31", 1);
    assertThat(beyond.path("date").asString()).isEqualTo("2027-01-01");
    assertThat(beyond.path("weekendsOnly").asBoolean()).isTrue();
    assertThat(beyond.path("note").asString()).contains("未收录 2027 年").contains("周六、周日");

    JsonNode en =
        api()
            .inLanguage("en")
            .get("/api/v1/calendar/add-working-days?from=2026-12-31&days=1")
            .json();
    assertThat(en.path("note").asString())
        .contains("no arrangement for 2027")
        .contains("Saturdays and Sundays");

    JsonNode oneDay = api().get("/api/v1/calendar/working-day?date=2027-10-01").json();
    assertThat(oneDay.path("workingDay").asBoolean()).isTrue();
    assertThat(oneDay.path("weekendsOnly").asBoolean()).isTrue();
    JsonNode known = api().get("/api/v1/calendar/working-day?date=2026-10-01").json();
    assertThat(known.path("workingDay").asBoolean()).isFalse();
    assertThat(known.path("weekendsOnly").asBoolean()).isFalse();
  }

  @Test
  void badParametersAreLocalisedFieldErrors() {
    Api.Response missing = api().get("/api/v1/calendar/add-working-days");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
    assertThat(missing.fieldError("from")).isEqualTo("必填");
    assertThat(missing.fieldError("days")).isEqualTo("必填");

    Api.Response garbled = api().get("/api/v1/calendar/add-working-days?from=2026-13-45&days=x");
    assertThat(garbled.status()).isEqualTo(400);
    assertThat(garbled.fieldError("from")).contains("YYYY-MM-DD");
    assertThat(garbled.fieldError("days")).contains("整数");

    Api.Response negative = api().get("/api/v1/calendar/add-working-days?from=2026-10-01&days=-1");
    assertThat(negative.status()).isEqualTo(400);
    assertThat(negative.fieldError("days")).contains("0").contains("1000");

    Api.Response huge =
        api()
            .inLanguage("en")
            .get("/api/v1/calendar/add-working-days?from=2026-10-01&days=99999999999");
    assertThat(huge.status()).isEqualTo(400);
    assertThat(huge.fieldError("days")).isEqualTo("The number of days must be a whole number");
    Api.Response tooMany =
        api().inLanguage("en").get("/api/v1/calendar/add-working-days?from=2026-10-01&days=1001");
    assertThat(tooMany.fieldError("days"))
        .isEqualTo("The number of days must be between 0 and 1000");
    assertThat(api().inLanguage("en").get("/api/v1/calendar/working-day").fieldError("date"))
        .isEqualTo("Required");
  }

  @Test
  void theShippedYearsCanBeReadByAnyone() {
    JsonNode years = api().get("/api/v1/calendar/years").json();
    assertThat(years.size()).isGreaterThanOrEqualTo(3);
    assertThat(years.get(0).path("year").asInt()).isEqualTo(2024);

    JsonNode y2026 = api().get("/api/v1/calendar/years/2026").json();
    assertThat(y2026.path("holidays").asInt()).isEqualTo(33);
    assertThat(y2026.path("workdays").asInt()).isEqualTo(6);
    assertThat(y2026.path("source").asString()).isEqualTo("reference/calendar/cn-holidays.csv");
    assertThat(y2026.path("days").get(0).path("date").asString()).isEqualTo("2026-01-01");
    assertThat(y2026.path("days").get(0).path("kind").asString()).isEqualTo("HOLIDAY");
    assertThat(y2026.path("days").get(0).path("name").asString()).isEqualTo("元旦");

    Api.Response unknown = api().get("/api/v1/calendar/years/1999");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().path("detail").asString()).contains("1999");
    assertThat(api().get("/api/v1/calendar/years/abc").fieldError("year")).isNotNull();
  }

  @Test
  void onlyAdministratorsMayReplaceAYear() {
    List<Map<String, String>> days = List.of(day("2097-10-01", "HOLIDAY", "国庆节"));
    assertThat(api().put("/api/v1/calendar/years/2097", days).status()).isEqualTo(401);
    for (String user : List.of("staff", "caseworker", "resident", "auditor", "employer")) {
      Api.Response r = api().as(user).put("/api/v1/calendar/years/2097", days);
      assertThat(r.status()).as(user).isEqualTo(403);
    }
    assertThat(api().get("/api/v1/calendar/years/2097").status()).isEqualTo(404);
  }

  @Test
  void anAdministratorAddsAYearAndTheArithmeticUsesItAtOnce() {
    // 2099-10-01 is a Thursday; 2099-10-10 a Saturday.
    assertThat(add("2099-09-30", 1).path("date").asString()).isEqualTo("2099-10-01");
    List<Map<String, String>> days =
        List.of(
            day("2099-10-01", "HOLIDAY", "国庆节"),
            day("2099-10-02", "holiday", "国庆节"),
            day("2099-10-10", "WORKDAY", "国庆节"));
    Api.Response put = api().as("admin").put("/api/v1/calendar/years/2099", days);
    assertThat(put.status()).as(put.toString()).isEqualTo(200);
    assertThat(put.json().path("holidays").asInt()).isEqualTo(2);
    assertThat(put.json().path("workdays").asInt()).isEqualTo(1);
    assertThat(put.json().path("updatedBy").asString()).isEqualTo("admin");
    assertThat(put.json().path("source").asString()).isEqualTo("api");

    JsonNode after = add("2099-09-30", 1);
    assertThat(after.path("date").asString()).isEqualTo("2099-10-05");
    assertThat(after.path("weekendsOnly").asBoolean()).isFalse();
    assertThat(add("2099-10-09", 1).path("date").asString()).isEqualTo("2099-10-10");

    Api.Response replaced =
        api()
            .as("admin")
            .put("/api/v1/calendar/years/2099", List.of(day("2099-05-01", "HOLIDAY", "劳动节")));
    assertThat(replaced.status()).isEqualTo(200);
    assertThat(add("2099-09-30", 1).path("date").asString()).isEqualTo("2099-10-01");
    assertThat(api().get("/api/v1/calendar/years/2099").json().path("days").size()).isEqualTo(1);

    JsonNode audit =
        api().as("auditor").get("/api/v1/audit?subjectType=CALENDAR_YEAR&subjectId=2099").json();
    assertThat(audit.path("total").asLong()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void anInvalidYearIsRefusedRowByRowAndChangesNothing() {
    List<Map<String, String>> days =
        List.of(
            day("2098-10-01", "HOLIDAY", "国庆节"),
            day("2097-10-02", "HOLIDAY", "国庆节"),
            day("2098-10-01", "HOLIDAY", "国庆节"),
            day("2098-10-09", "WORKDAY", "国庆节"),
            day("2098-10-11", "DAYOFF", "国庆节"),
            day("2098-02-30", "HOLIDAY", "春节"),
            Map.of("date", "2098-05-01", "kind", "HOLIDAY"));
    Api.Response zh = api().as("admin").put("/api/v1/calendar/years/2098", days);
    assertThat(zh.status()).as(zh.toString()).isEqualTo(400);
    assertThat(zh.fieldError("days[1].date")).isEqualTo("日期不在 2098 年内");
    assertThat(zh.fieldError("days[2].date")).contains("重复");
    assertThat(zh.fieldError("days[3].kind")).contains("不是周六或周日");
    assertThat(zh.fieldError("days[4].kind")).contains("HOLIDAY");
    assertThat(zh.fieldError("days[5].date")).contains("YYYY-MM-DD");
    assertThat(zh.fieldError("days[6].name")).isEqualTo("必填");
    assertThat(zh.fieldError("days[0].date")).isNull();

    Api.Response en = api().as("admin").inLanguage("en").put("/api/v1/calendar/years/2098", days);
    assertThat(en.fieldError("days[3].kind")).contains("not a Saturday or Sunday");

    Api.Response empty = api().as("admin").put("/api/v1/calendar/years/2098", List.of());
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.fieldError("days")).contains("法定节假日");
    Api.Response onlyWorkdays =
        api()
            .as("admin")
            .put("/api/v1/calendar/years/2098", List.of(day("2098-10-11", "WORKDAY", "国庆节")));
    assertThat(onlyWorkdays.fieldError("days")).contains("法定节假日");
    Api.Response farYear =
        api()
            .as("admin")
            .put("/api/v1/calendar/years/3000", List.of(day("3000-10-01", "HOLIDAY", "国庆节")));
    assertThat(farYear.fieldError("year")).isEqualTo("年份须在 2000 到 2100 之间");
    Api.Response notAList =
        api().as("admin").put("/api/v1/calendar/years/2098", Map.of("date", "2098-10-01"));
    assertThat(notAList.status()).isEqualTo(400);

    assertThat(api().get("/api/v1/calendar/years/2098").status()).isEqualTo(404);
  }
}
