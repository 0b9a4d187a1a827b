package org.qingsong.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingsong.support.Api;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Assessment and the rules it reads, over HTTP, once on H2 and once on PostgreSQL. New rule
 * versions are recorded for the 2090s only, so that other tests sharing the database see the
 * shipped rules of today.
 */
abstract class AssessmentApiContract {
  static final String YOU_COUNTY = "430223";
  static final String YANLING = "430225";

  @LocalServerPort int port;

  Api api() {
    return Api.on(port);
  }

  static Map<String, Object> member(String name, Object income, boolean able, int age) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("monthlyIncome", income);
    m.put("ableToWork", able);
    m.put("age", age);
    return m;
  }

  static Map<String, Object> request(
      String date, String area, String type, List<Map<String, Object>> members) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("date", date);
    r.put("areaCode", area);
    r.put("areaType", type);
    r.put("members", members);
    r.put("assets", Map.of("savings", 0, "vehicles", 0, "houses", 1));
    return r;
  }

  /** 攸县's Li (see AssessorTest): wife disabled, two children at school, he earns 1,600. */
  static List<Map<String, Object>> liFamily() {
    Map<String, Object> wife = member("妻", 0, false, 41);
    wife.put("disability", "MILD");
    Map<String, Object> son = member("子", 0, false, 14);
    son.put("hasAbleSupporter", true);
    Map<String, Object> daughter = member("女", 0, false, 10);
    daughter.put("hasAbleSupporter", true);
    return List.of(member("李某", 1600, true, 43), wife, son, daughter);
  }

  Api.Response assess(Api client, Map<String, Object> body) {
    return client.post("/api/v1/assistance/assessments", body);
  }

  JsonNode ok(Map<String, Object> body) {
    Api.Response r = assess(api().as("caseworker"), body);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  @Test
  void liOfYouCountyGetsEightHundredYuanByTheDifferenceRule() {
    JsonNode a = ok(request("2026-01-15", YOU_COUNTY, "RURAL", liFamily()));
    assertThat(a.path("category").asString()).isEqualTo("MINIMUM_LIVING");
    assertThat(a.path("perCapitaIncome").decimalValue()).isEqualByComparingTo("400");
    assertThat(a.path("standard").decimalValue()).isEqualByComparingTo("600");
    assertThat(a.path("monthlyAmount").decimalValue()).isEqualByComparingTo("800");
    assertThat(a.path("members").asInt()).isEqualTo(4);
    assertThat(a.path("reasons").get(0).asString())
        .isEqualTo("攸县农村低保标准：每人每月 600 元（2025-07-01 起执行）");
    assertThat(a.path("reasons").toString()).contains("600 × 4 − 1600 = 800");
    assertThat(a.path("rules").get(0).path("rule").asString()).isEqualTo("STANDARD_RURAL");
    assertThat(a.path("rules").get(0).path("effectiveFrom").asString()).isEqualTo("2025-07-01");

    JsonNode en =
        assess(
                api().as("resident").inLanguage("en"),
                request("2026-01-15", YOU_COUNTY, "rural", liFamily()))
            .json();
    assertThat(en.path("monthlyAmount").decimalValue()).isEqualByComparingTo("800");
    assertThat(en.path("reasons").get(0).asString())
        .isEqualTo(
            "Rural minimum living standard of 攸县: 600 yuan a person a month (in force from 2025-07-01)");
  }

  @Test
  void aDecisionDatedBeforeANewStandardUsesTheOldOne() {
    JsonNode before = ok(request("2025-06-30", YOU_COUNTY, "RURAL", liFamily()));
    assertThat(before.path("standard").decimalValue()).isEqualByComparingTo("560");
    assertThat(before.path("monthlyAmount").decimalValue()).isEqualByComparingTo("640");
    JsonNode after = ok(request("2025-07-01", YOU_COUNTY, "RURAL", liFamily()));
    assertThat(after.path("monthlyAmount").decimalValue()).isEqualByComparingTo("800");

    Api.Response tooEarly =
        assess(api().as("caseworker"), request("2023-12-31", YOU_COUNTY, "RURAL", liFamily()));
    assertThat(tooEarly.status()).isEqualTo(400);
    assertThat(tooEarly.fieldError("date")).isEqualTo("攸县在 2023-12-31 没有生效的救助标准");
  }

  @Test
  void anAdministratorsNewStandardAppliesFromItsDateOnly() {
    Api admin = api().as("admin");
    Map<String, Object> put =
        Map.of(
            "areaType",
            "URBAN",
            "monthlyAmount",
            900,
            "effectiveFrom",
            "2090-01-01",
            "basis",
            "测试通知");
    Api.Response created = admin.put("/api/v1/assistance/standards/" + YANLING, put);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith("/api/v1/assistance/standards/" + YANLING);
    assertThat(created.json().path("monthlyAmount").decimalValue()).isEqualByComparingTo("900");
    assertThat(created.json().path("areaName").asString()).isEqualTo("炎陵县");
    assertThat(created.json().path("basis").asString()).isEqualTo("测试通知");

    List<Map<String, Object>> single = List.of(member("甲", 100, true, 40));
    JsonNode old = ok(request("2089-12-31", YANLING, "URBAN", single));
    assertThat(old.path("standard").decimalValue()).isEqualByComparingTo("780");
    assertThat(old.path("monthlyAmount").decimalValue()).isEqualByComparingTo("680");
    JsonNode fresh = ok(request("2090-01-01", YANLING, "URBAN", single));
    assertThat(fresh.path("monthlyAmount").decimalValue()).isEqualByComparingTo("800");
    JsonNode rural = ok(request("2090-01-01", YANLING, "RURAL", single));
    assertThat(rural.path("standard").decimalValue())
        .as("rural unchanged")
        .isEqualByComparingTo("600");

    Api.Response corrected =
        admin.put(
            "/api/v1/assistance/standards/" + YANLING,
            Map.of("areaType", "URBAN", "monthlyAmount", "950.5", "effectiveFrom", "2090-01-01"));
    assertThat(corrected.status()).isEqualTo(200);
    assertThat(
            ok(request("2090-06-01", YANLING, "URBAN", single))
                .path("monthlyAmount")
                .decimalValue())
        .isEqualByComparingTo("850.5");

    JsonNode history = api().get("/api/v1/assistance/standards/" + YANLING).json();
    assertThat(history.path("total").asInt()).isEqualTo(5);
    assertThat(history.path("items").get(0).path("effectiveFrom").asString())
        .isEqualTo("2090-01-01");
    assertThat(history.path("items").get(0).path("monthlyAmount").decimalValue())
        .isEqualByComparingTo("950.5");

    JsonNode audit =
        api().as("auditor").get("/api/v1/audit?subjectType=ASSISTANCE_STANDARD").json();
    List<String> details = new ArrayList<>();
    audit.path("items").forEach(i -> details.add(i.path("detail").asString()));
    assertThat(details).anyMatch(d -> d.contains("950.5") && d.contains("was 900"));
  }

  @Test
  void onlyAdministratorsRecordRules() {
    Map<String, Object> put =
        Map.of("areaType", "URBAN", "monthlyAmount", 900, "effectiveFrom", "2091-01-01");
    assertThat(api().put("/api/v1/assistance/standards/" + YANLING, put).status()).isEqualTo(401);
    for (String user : List.of("caseworker", "staff", "resident", "auditor", "employer")) {
      Api.Response r = api().as(user).put("/api/v1/assistance/standards/" + YANLING, put);
      assertThat(r.status()).as(user).isEqualTo(403);
      Api.Response t =
          api()
              .as(user)
              .put(
                  "/api/v1/assistance/thresholds/EDGE_MULTIPLIER",
                  Map.of("figure", 2, "effectiveFrom", "2091-01-01"));
      assertThat(t.status()).as(user).isEqualTo(403);
    }
    assertThat(
            api()
                .as("caseworker")
                .put("/api/v1/assistance/standards/" + YANLING, put)
                .json()
                .path("detail")
                .asString())
        .contains("管理员");
    JsonNode history = api().get("/api/v1/assistance/standards/" + YANLING).json();
    history
        .path("items")
        .forEach(i -> assertThat(i.path("effectiveFrom").asString()).isNotEqualTo("2091-01-01"));
  }

  @Test
  void badStandardsAreRefusedFieldByField() {
    Api admin = api().as("admin");
    Api.Response bad =
        admin.put(
            "/api/v1/assistance/standards/" + YANLING,
            Map.of("areaType", "SUBURBAN", "monthlyAmount", -5, "effectiveFrom", "2090-02-30"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.fieldError("areaType")).contains("URBAN");
    assertThat(bad.fieldError("monthlyAmount")).isEqualTo("金额不能为负数");
    assertThat(bad.fieldError("effectiveFrom")).contains("YYYY-MM-DD");

    Api.Response en =
        admin
            .inLanguage("en")
            .put("/api/v1/assistance/standards/430202001", Map.of("monthlyAmount", 0));
    assertThat(en.fieldError("areaCode"))
        .isEqualTo("月塘街道 is not a district or county: standards are set per district or county");
    assertThat(en.fieldError("areaType")).isEqualTo("Required");
    assertThat(en.fieldError("effectiveFrom")).isEqualTo("Required");
    assertThat(en.fieldError("monthlyAmount")).contains("above 0");

    Api.Response unknown =
        admin.put(
            "/api/v1/assistance/standards/999999",
            Map.of("areaType", "URBAN", "monthlyAmount", 800, "effectiveFrom", "2090-01-01"));
    assertThat(unknown.fieldError("areaCode")).isEqualTo("没有代码为 999999 的行政区划");
    assertThat(api().get("/api/v1/assistance/standards/999999").status()).isEqualTo(404);
  }

  @Test
  void theStandardsInForceArePublic() {
    JsonNode today = api().get("/api/v1/assistance/standards?date=2026-01-15&size=100").json();
    assertThat(today.path("total").asInt()).isEqualTo(18);
    JsonNode first = today.path("items").get(0);
    assertThat(first.path("areaCode").asString()).isEqualTo("430202");
    assertThat(first.path("areaName").asString()).isEqualTo("荷塘区");
    assertThat(first.path("areaType").asString()).isEqualTo("URBAN");
    assertThat(first.path("monthlyAmount").decimalValue()).isEqualByComparingTo("780");
    assertThat(first.path("basis").asString()).isEqualTo("project default");
    assertThat(
            api()
                .get("/api/v1/assistance/standards?date=2025-01-01")
                .json()
                .path("items")
                .get(0)
                .path("monthlyAmount")
                .decimalValue())
        .isEqualByComparingTo("750");
    assertThat(api().get("/api/v1/assistance/standards?date=yesterday").fieldError("date"))
        .contains("YYYY-MM-DD");
  }

  @Test
  void thresholdsAreDataWithDatesAndADistrictMayHaveItsOwn() {
    JsonNode cityWide = api().get("/api/v1/assistance/thresholds?date=2026-01-15").json();
    assertThat(cityWide.path("total").asInt()).isEqualTo(ThresholdName.values().length);
    Map<String, String> figures = new LinkedHashMap<>();
    cityWide
        .path("items")
        .forEach(t -> figures.put(t.path("name").asString(), t.path("figure").asString()));
    assertThat(figures).containsEntry("EDGE_MULTIPLIER", "1.5").containsEntry("ELDERLY_AGE", "60");

    // 1,300 a head under 炎陵's urban standard of 780 (before 2090): above 1.5 × 780 = 1,170.
    List<Map<String, Object>> single = List.of(member("甲", 1300, true, 40));
    assertThat(ok(request("2089-06-01", YANLING, "URBAN", single)).path("category").asString())
        .isEqualTo("NONE");
    Api.Response put =
        api()
            .as("admin")
            .put(
                "/api/v1/assistance/thresholds/EDGE_MULTIPLIER",
                Map.of("areaCode", YANLING, "figure", 2, "effectiveFrom", "2089-06-01"));
    assertThat(put.status()).as(put.toString()).isEqualTo(201);
    JsonNode edge = ok(request("2089-06-01", YANLING, "URBAN", single));
    assertThat(edge.path("category").asString()).isEqualTo("EDGE");
    assertThat(edge.path("rules").toString())
        .contains("\"rule\":\"EDGE_MULTIPLIER\",\"areaCode\":\"" + YANLING);
    assertThat(ok(request("2089-06-01", "430202", "URBAN", single)).path("category").asString())
        .as("other districts keep the city-wide figure")
        .isEqualTo("NONE");
    assertThat(
            api()
                .get("/api/v1/assistance/thresholds?date=2089-06-01&areaCode=" + YANLING)
                .json()
                .toString())
        .contains("\"figure\":2,");

    Api.Response bad =
        api()
            .as("admin")
            .put(
                "/api/v1/assistance/thresholds/EDGE_MULTIPLIER",
                Map.of("figure", "7", "effectiveFrom", "2089-06-01"));
    assertThat(bad.fieldError("figure")).isEqualTo("参数值须在 1 到 5 之间");
    Api.Response fraction =
        api()
            .as("admin")
            .put(
                "/api/v1/assistance/thresholds/MAX_VEHICLES",
                Map.of("figure", "0.5", "effectiveFrom", "2089-06-01"));
    assertThat(fraction.fieldError("figure")).isEqualTo("参数值最多 0 位小数");
    assertThat(api().as("admin").put("/api/v1/assistance/thresholds/NO_SUCH", Map.of()).status())
        .isEqualTo(404);
    assertThat(
            api().get("/api/v1/assistance/thresholds/EDGE_MULTIPLIER").json().path("total").asInt())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void invalidHouseholdsAreLocalisedFieldErrors() {
    List<Map<String, Object>> members = new ArrayList<>();
    members.add(member("甲", -1, true, 40));
    Map<String, Object> noAge = member("乙", "abc", true, 0);
    noAge.remove("age");
    noAge.put("disability", "BLIND");
    members.add(noAge);
    Map<String, Object> body = request("2026-02-30", "430202001", "URBAN", members);
    body.remove("assets");
    Api.Response zh = assess(api().as("caseworker"), body);
    assertThat(zh.status()).isEqualTo(400);
    assertThat(zh.header("Content-Type")).startsWith("application/problem+json");
    assertThat(zh.fieldError("members[0].monthlyIncome")).isEqualTo("金额不能为负数");
    assertThat(zh.fieldError("members[1].monthlyIncome")).contains("金额格式不正确");
    assertThat(zh.fieldError("members[1].age")).isEqualTo("必填");
    assertThat(zh.fieldError("members[1].disability")).contains("SEVERE");
    assertThat(zh.fieldError("date")).contains("YYYY-MM-DD");
    assertThat(zh.fieldError("areaCode")).contains("月塘街道").contains("不是区、县");
    assertThat(zh.fieldError("assets")).isEqualTo("必填");

    Map<String, Object> empty = request("2026-01-15", "999999", "URBAN", List.of());
    Api.Response en = assess(api().as("caseworker").inLanguage("en"), empty);
    assertThat(en.status()).isEqualTo(400);
    assertThat(en.fieldError("members")).isEqualTo("A household has at least one member");
    assertThat(en.fieldError("areaCode")).isEqualTo("There is no division with the code 999999");

    Map<String, Object> badAssets = request("2026-01-15", YOU_COUNTY, "URBAN", liFamily());
    badAssets.put("assets", Map.of("savings", "-3", "vehicles", -1));
    Api.Response assets = assess(api().as("caseworker"), badAssets);
    assertThat(assets.fieldError("assets.savings")).isEqualTo("金额不能为负数");
    assertThat(assets.fieldError("assets.vehicles")).contains("0 到 100");
    assertThat(assets.fieldError("assets.houses")).isEqualTo("必填");

    Map<String, Object> wrongType = request("2026-01-15", YOU_COUNTY, "URBAN", liFamily());
    wrongType.put("members", List.of(Map.of("monthlyIncome", 1, "ableToWork", true, "age", "old")));
    assertThat(assess(api().as("caseworker"), wrongType).fieldError("members[0].age")).isNotNull();
    assertThat(
            api()
                .as("caseworker")
                .postRaw("/api/v1/assistance/assessments", "application/json", "{")
                .status())
        .isEqualTo(400);
  }

  @Test
  void assessmentNeedsALogin() {
    assertThat(assess(api(), request("2026-01-15", YOU_COUNTY, "RURAL", liFamily())).status())
        .isEqualTo(401);
  }
}
