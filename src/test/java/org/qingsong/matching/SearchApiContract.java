package org.qingsong.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.qingsong.jobs.Jobs;
import org.qingsong.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Job search over HTTP on H2 and PostgreSQL: Chinese and English meaning, filters, distance,
 * facets, paging, validation, and the index following postings' status through the jobs module's
 * events (asynchronous, so the tests poll for a few seconds). Each test tags its postings with a
 * word of its own so that the demo data and other tests do not interfere.
 */
abstract class SearchApiContract {
  static final String HOME_STREET = "430203004";
  static final Duration WAIT = Duration.ofSeconds(15);

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Jobs jobs;

  Api api() {
    return Api.on(port);
  }

  /** A word of random letters that no other posting has. */
  static String marker() {
    StringBuilder b = new StringBuilder("zq");
    for (int i = 0; i < 8; i++) {
      b.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return b.toString();
  }

  static Map<String, Object> posting(
      String title,
      String description,
      String occupation,
      String kind,
      String payMin,
      String payMax,
      String unit) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("description", description);
    body.put("occupationCode", occupation);
    body.put("kind", kind);
    body.put("positions", 2);
    body.put("payMin", payMin);
    body.put("payMax", payMax);
    body.put("payUnit", unit);
    body.put("streetCode", HOME_STREET);
    body.put("weeklyHours", 30);
    body.put("contact", "0731-22881234 刘女士");
    body.put("validUntil", LocalDate.now().plusDays(30).toString());
    body.put("certificates", List.of());
    body.put("skills", List.of());
    body.put("relaxations", List.of());
    return body;
  }

  static Map<String, Object> eldercare(String marker) {
    return posting(
        "社区养老护理员",
        "上门照料社区高龄老人，每次两小时，岗前免费培训，统一购买意外险。编号 " + marker,
        "EC001",
        "PART_TIME",
        "3800",
        "5200",
        "MONTH");
  }

  static Map<String, Object> nanny(String marker) {
    return posting(
        "居家保姆",
        "为双职工家庭做饭、打扫卫生、接送孩子上学，工作时间固定，节假日有加班费。编号 " + marker,
        "HS001",
        "FULL_TIME",
        "4500",
        "6000",
        "MONTH");
  }

  static Map<String, Object> english(String marker) {
    return posting(
        "Warehouse picker",
        "Picking and packing customer orders in the logistics park warehouse. Day shifts, training"
            + " provided, social insurance paid. Ref "
            + marker,
        "LG004",
        "GIG",
        "200",
        "300",
        "DAY");
  }

  long publish(Map<String, Object> body) {
    Api.Response created = api().as("employer").post("/api/v1/jobs", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().path("status").asString())
        .as(created.toString())
        .isEqualTo("PUBLISHED");
    return created.json().path("id").asLong();
  }

  Map<String, Object> at(Map<String, Object> body, double lat, double lng) {
    body.put("lat", lat);
    body.put("lng", lng);
    return body;
  }

  JsonNode search(String query) {
    Api.Response r = api().get("/api/v1/jobs/search?" + query);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  static List<Long> ids(JsonNode page) {
    List<Long> ids = new ArrayList<>();
    page.path("items").forEach(i -> ids.add(i.path("id").asLong()));
    return ids;
  }

  /** Searches until the answer satisfies {@code done} (events are applied asynchronously). */
  JsonNode await(String query, Predicate<JsonNode> done) {
    return awaitAnswer(query, () -> search(query), done);
  }

  /**
   * Asks {@code search} again, for up to {@link #WAIT}, until its answer satisfies {@code done}:
   * the indexes follow the database asynchronously. Fails naming {@code query} and the last answer.
   */
  static JsonNode awaitAnswer(String query, Supplier<JsonNode> search, Predicate<JsonNode> done) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    JsonNode last = search.get();
    while (!done.test(last) && System.nanoTime() < deadline) {
      sleep();
      last = search.get();
    }
    assertThat(done.test(last)).as("search %s answered %s", query, last).isTrue();
    return last;
  }

  static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String q(String text) {
    return "q=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void chineseWordsFindTheLongerWordsTheyArePartOf() {
    String m = marker();
    long care = publish(eldercare(m));
    long nanny = publish(nanny(m));
    await(q(m), p -> ids(p).containsAll(List.of(care, nanny)));

    assertThat(ids(search(q("养老护理 " + m)))).containsExactly(care);
    assertThat(ids(search(q("保姆 " + m)))).containsExactly(nanny);
    assertThat(ids(search(q("护理 " + m)))).containsExactly(care);
    assertThat(ids(search(q("月嫂 " + m)))).isEmpty();
  }

  @Test
  void englishQueriesFindEnglishPostingsAndChinesePostingsByTheirOccupationsEnglishName() {
    String m = marker();
    long picker = publish(english(m));
    long care = publish(eldercare(m));
    await(q(m), p -> ids(p).containsAll(List.of(picker, care)));

    assertThat(ids(search(q("warehouse pickers " + m)))).containsExactly(picker);
    assertThat(ids(search(q("Elderly care " + m)))).containsExactly(care);
    JsonNode item = search(q("picking " + m)).path("items").get(0);
    assertThat(item.path("title").asString()).isEqualTo("Warehouse picker");
    assertThat(item.path("employer").path("name").asString()).isNotBlank();
    assertThat(item.path("occupation").path("code").asString()).isEqualTo("LG004");
    assertThat(item.path("occupation").path("name").asString()).isEqualTo("分拣员");
    assertThat(item.path("pay").path("min").decimalValue()).isEqualByComparingTo("200");
    assertThat(item.path("pay").path("unit").asString()).isEqualTo("DAY");
    assertThat(item.has("distanceKm")).isFalse();
    JsonNode english =
        api().inLanguage("en").get("/api/v1/jobs/search?" + q("picking " + m)).json();
    assertThat(english.path("items").get(0).path("occupation").path("name").asString())
        .isEqualTo("Parcel sorter");
  }

  @Test
  void filtersKindOccupationAndPayInComparableUnits() {
    String m = marker();
    long care = publish(eldercare(m)); // 5,200 a month at most
    long nanny = publish(nanny(m)); // 6,000 a month
    long picker = publish(english(m)); // 300 a day = 6,525 a month
    await(q(m), p -> ids(p).containsAll(List.of(care, nanny, picker)));

    assertThat(ids(search(q(m) + "&kind=GIG"))).containsExactly(picker);
    assertThat(ids(search(q(m) + "&kind=full_time"))).containsExactly(nanny);
    assertThat(ids(search(q(m) + "&occupation=EC001"))).containsExactly(care);
    assertThat(ids(search(q(m) + "&payMin=6100"))).containsExactly(picker);
    assertThat(ids(search(q(m) + "&payMin=5500"))).containsExactlyInAnyOrder(nanny, picker);
    // 250 a day is 5,437.50 a month: the eldercare posting's 5,200 does not reach it
    assertThat(ids(search(q(m) + "&payMin=250&payUnit=DAY")))
        .containsExactlyInAnyOrder(nanny, picker);
    assertThat(ids(search(q(m) + "&street=" + HOME_STREET))).hasSize(3);
    assertThat(ids(search(q(m) + "&sort=PAY"))).containsExactly(picker, nanny, care);
  }

  @Test
  void distanceFiltersSortsAndIsReported() {
    String m = marker();
    long near = publish(at(eldercare(m), 27.8000, 113.1000));
    long middle = publish(at(nanny(m), 27.8300, 113.1000)); // about 3.3 km north
    long far = publish(at(english(m), 27.4000, 113.1000)); // about 44 km south
    await(q(m), p -> ids(p).containsAll(List.of(near, middle, far)));

    String here = "&lat=27.801&lng=113.1";
    assertThat(ids(search(q(m) + here + "&radiusKm=1"))).containsExactly(near);
    assertThat(ids(search(q(m) + here + "&radiusKm=5"))).containsExactlyInAnyOrder(near, middle);
    JsonNode all = search(q(m) + here + "&sort=DISTANCE");
    assertThat(ids(all)).containsExactly(near, middle, far);
    assertThat(all.path("items").get(0).path("distanceKm").asDouble()).isLessThan(0.3);
    assertThat(all.path("items").get(1).path("distanceKm").asDouble()).isBetween(3.0, 3.6);
    assertThat(all.path("items").get(2).path("distanceKm").asDouble()).isBetween(40.0, 50.0);
    assertThat(all.path("items").get(0).path("locationApproximate").asBoolean()).isFalse();
    // without a query text a location sorts by distance by default
    JsonNode nearest = search("lat=27.8&lng=113.1&radiusKm=100&size=100");
    assertThat(nearest.path("items").get(0).path("distanceKm").asDouble()).isLessThan(0.1);
  }

  @Test
  void facetsCountAllResultsAndPagingWalksThem() {
    String m = marker();
    long a = publish(eldercare(m));
    long b = publish(eldercare(m));
    long c = publish(nanny(m));
    long d = publish(english(m));
    await(q(m), p -> ids(p).containsAll(List.of(a, b, c, d)));

    JsonNode first = search(q(m) + "&size=3&page=0");
    assertThat(first.path("total").asLong()).isEqualTo(4);
    assertThat(first.path("page").asInt()).isZero();
    assertThat(first.path("size").asInt()).isEqualTo(3);
    assertThat(first.path("items").size()).isEqualTo(3);
    JsonNode second = search(q(m) + "&size=3&page=1");
    assertThat(second.path("items").size()).isEqualTo(1);
    List<Long> walked = new ArrayList<>(ids(first));
    walked.addAll(ids(second));
    assertThat(walked).containsExactlyInAnyOrder(a, b, c, d);

    JsonNode facets = first.path("facets");
    assertThat(count(facets.path("kind"), "PART_TIME")).isEqualTo(2);
    assertThat(count(facets.path("kind"), "FULL_TIME")).isEqualTo(1);
    assertThat(count(facets.path("kind"), "GIG")).isEqualTo(1);
    assertThat(count(facets.path("occupation"), "EC001")).isEqualTo(2);
    assertThat(count(facets.path("payBand"), "5000_8000")).isEqualTo(4);
    assertThat(facets.path("district").get(0).path("count").asLong()).isEqualTo(4);
    assertThat(facets.path("kind").get(0).path("label").asString()).isEqualTo("兼职");
    assertThat(label(facets.path("occupation"), "EC001")).isEqualTo("养老护理员");
    // facets count the filtered results
    JsonNode gig = search(q(m) + "&kind=GIG");
    assertThat(gig.path("total").asLong()).isEqualTo(1);
    assertThat(count(gig.path("facets").path("kind"), "PART_TIME")).isZero();
  }

  static long count(JsonNode facet, String value) {
    for (JsonNode v : facet) {
      if (v.path("value").asString().equals(value)) {
        return v.path("count").asLong();
      }
    }
    return 0;
  }

  static String label(JsonNode facet, String value) {
    for (JsonNode v : facet) {
      if (v.path("value").asString().equals(value)) {
        return v.path("label").asString();
      }
    }
    return null;
  }

  @Test
  void withdrawnReportedAndExpiredPostingsDropOutAndHeldOnesNeverAppear() {
    String m = marker();
    long withdrawn = publish(eldercare(m));
    long reported = publish(nanny(m));
    long expired = publish(english(m));
    Map<String, Object> scam =
        posting(
            "在家兼职打字员",
            "无需经验，手机操作，日结 500 元，入职先交押金 200 元和培训费 300 元。编号 " + m,
            "OF001",
            "PART_TIME",
            "300",
            "500",
            "DAY");
    Api.Response held = api().as("employer").post("/api/v1/jobs", scam);
    assertThat(held.json().path("status").asString()).isEqualTo("SCREENING");
    long heldId = held.json().path("id").asLong();
    long later = publish(nanny(m));
    await(q(m), p -> ids(p).containsAll(List.of(withdrawn, reported, expired, later)));
    assertThat(ids(search(q(m)))).doesNotContain(heldId);

    assertThat(api().as("employer").post("/api/v1/jobs/" + withdrawn + "/withdraw", "").status())
        .isEqualTo(200);
    await(q(m), p -> !ids(p).contains(withdrawn));

    Map<String, Object> report = Map.of("reason", "电话打过去要先交钱");
    assertThat(api().as("resident").post("/api/v1/jobs/" + reported + "/reports", report).status())
        .isEqualTo(202);
    await(q(m), p -> !ids(p).contains(reported));

    jdbc.sql("UPDATE job_posting SET valid_until = :d WHERE id = :id")
        .param("d", LocalDate.now().minusDays(1))
        .param("id", expired)
        .update();
    jobs.expireOverdue();
    JsonNode last = await(q(m), p -> !ids(p).contains(expired));
    assertThat(ids(last)).containsExactly(later);
  }

  @Test
  void anyoneMaySearchButOnlyAdministratorsRebuild() {
    assertThat(api().get("/api/v1/jobs/search").status()).isEqualTo(200);
    assertThat(api().post("/api/v1/search/reindex", "").status()).isEqualTo(401);
    assertThat(api().as("resident").post("/api/v1/search/reindex", "").status()).isEqualTo(403);
    assertThat(api().as("staff").get("/api/v1/search/status").status()).isEqualTo(403);

    String m = marker();
    long id = publish(eldercare(m));
    await(q(m), p -> ids(p).contains(id));
    Api.Response started = api().as("admin").post("/api/v1/search/reindex", "");
    assertThat(started.status()).as(started.toString()).isIn(202, 409);
    long deadline = System.nanoTime() + WAIT.toNanos();
    JsonNode status = api().as("admin").get("/api/v1/search/status").json();
    while (status.get(0).path("rebuilding").asBoolean() && System.nanoTime() < deadline) {
      sleep();
      status = api().as("admin").get("/api/v1/search/status").json();
    }
    assertThat(status.get(0).path("index").asString()).isEqualTo("postings");
    assertThat(status.get(0).path("state").asString()).isEqualTo("READY");
    assertThat(status.get(0).path("rebuilding").asBoolean()).isFalse();
    assertThat(status.get(0).path("documents").asLong()).isPositive();
    long published =
        jdbc.sql("SELECT COUNT(*) FROM job_posting WHERE status = 'PUBLISHED'")
            .query(Long.class)
            .single();
    assertThat(search("size=1").path("total").asLong()).isEqualTo(published);
    assertThat(ids(search(q(m)))).containsExactly(id);
  }

  @Test
  void badParametersAreRefusedWithLocalisedFieldErrors() {
    Api.Response r =
        api()
            .get(
                "/api/v1/jobs/search?lat=27.8&radiusKm=0&size=101&payMin=-1&kind=CONTRACT"
                    + "&occupation=ZZ999&sort=NEAR");
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.fieldError("lng")).isEqualTo("按距离查找须同时给出纬度和经度");
    assertThat(r.fieldError("radiusKm")).isEqualTo("范围须大于 0 公里、不超过 100 公里");
    assertThat(r.fieldError("size")).isEqualTo("每页条数须在 1 到 100 之间");
    assertThat(r.fieldError("payMin")).isNotBlank();
    assertThat(r.fieldError("kind")).contains("FULL_TIME");
    assertThat(r.fieldError("sort")).contains("DISTANCE");

    Api en = api().inLanguage("en");
    assertThat(en.get("/api/v1/jobs/search?radiusKm=101&lat=1&lng=2").fieldError("radiusKm"))
        .isEqualTo("The radius is more than 0 km and at most 100 km");
    assertThat(en.get("/api/v1/jobs/search?radiusKm=5").fieldError("radiusKm"))
        .isEqualTo("A radius (km) needs a location (latitude and longitude)");
    assertThat(en.get("/api/v1/jobs/search?lat=91&lng=0").fieldError("lat"))
        .isEqualTo("The latitude is between -90 and 90");
    assertThat(en.get("/api/v1/jobs/search?occupation=ZZ999").fieldError("occupation"))
        .isEqualTo("There is no occupation with the code ZZ999");
    assertThat(en.get("/api/v1/jobs/search?page=600&size=20").fieldError("page"))
        .startsWith("Only the first 10,000 results");
    assertThat(en.get("/api/v1/jobs/search?sort=distance").fieldError("sort"))
        .isEqualTo("Sorting by distance needs a location (latitude and longitude)");
    assertThat(en.get("/api/v1/jobs/search?lat=abc&lng=1").status()).isEqualTo(400);
    assertThat(en.get("/api/v1/jobs/search?district=430203004").fieldError("district"))
        .isEqualTo("430203004 is not the code of a district of this city");
  }

  @Test
  void theAnswerIsWholeInTheCallersLanguageAndOtherMethodsAreRefusedAsProblems() {
    String m = marker();
    long id = publish(eldercare(m));
    await(q(m), p -> ids(p).contains(id));

    Api.Response zh = api().get("/api/v1/jobs/search?" + q(m));
    assertThat(zh.status()).as(zh.toString()).isEqualTo(200);
    assertThat(zh.header("Content-Type")).startsWith("application/json");
    assertThat(zh.header("Content-Length"))
        .isEqualTo(Integer.toString(zh.body().getBytes(StandardCharsets.UTF_8).length));
    assertThat(zh.header("Server-Timing"))
        .matches("search;dur=\\d+\\.\\d{3}, prepare;dur=\\d+\\.\\d{3}");
    assertThat(zh.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(zh.json().path("facets").path("kind").get(0).path("label").asString())
        .isEqualTo("兼职");

    Api.Response en = api().inLanguage("en").get("/api/v1/jobs/search?" + q(m));
    assertThat(en.json().path("facets").path("kind").get(0).path("label").asString())
        .isEqualTo("Part time");
    // The streamed answer is the controller's, byte for byte (lang= goes through the controller).
    String near = q(m) + "&lat=27.83&lng=113.15&radiusKm=100";
    assertThat(api().get("/api/v1/jobs/search?" + near).body())
        .isEqualTo(api().get("/api/v1/jobs/search?lang=zh-CN&" + near).body());
    assertThat(api().inLanguage("en").get("/api/v1/jobs/search?" + near).body())
        .isEqualTo(api().get("/api/v1/jobs/search?lang=en&" + near).body())
        .contains("\"distanceKm\":", "\"locationApproximate\":", "\"publishedAt\":\"");
    Api.Response switched = api().get("/api/v1/jobs/search?lang=en&" + q(m));
    assertThat(switched.status()).as(switched.toString()).isEqualTo(200);
    assertThat(switched.json().path("facets").path("kind").get(0).path("label").asString())
        .isEqualTo("Part time");
    assertThat(ids(switched.json())).containsExactly(id);

    Api.Response post = api().post("/api/v1/jobs/search?" + q(m), Map.of());
    assertThat(post.status()).as(post.toString()).isIn(401, 405);
    assertThat(post.header("Content-Type")).startsWith("application/problem+json");
    Api.Response delete = api().as("admin").delete("/api/v1/jobs/search");
    assertThat(delete.status()).as(delete.toString()).isEqualTo(405);
    assertThat(delete.json().path("status").asInt()).isEqualTo(405);
  }
}
