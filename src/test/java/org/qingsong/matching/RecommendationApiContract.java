package org.qingsong.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.qingsong.common.IdNumber;
import org.qingsong.matching.recommend.PostingCatalog;
import org.qingsong.matching.recommend.SeekerCatalog;
import org.qingsong.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Recommendations over HTTP on H2 and PostgreSQL. Each test places its seeker and postings at its
 * own point far from the demo city, so only its own data can match: the hard filters really
 * exclude, the order follows the score, the explanation adds up, and access follows the roles.
 */
abstract class RecommendationApiContract {
  static final String HOME_STREET = "430203004";
  static final String OTHER_STREET = "430202001";
  private static final AtomicInteger POINTS = new AtomicInteger();
  private static final AtomicInteger SEQ = new AtomicInteger(900);

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired PostingCatalog postingCatalog;
  @Autowired SeekerCatalog seekerCatalog;

  Api api() {
    return Api.on(port);
  }

  /** A point of its own for each test: 0.5 degrees (about 55 km) apart, outside the city. */
  static double[] newPoint() {
    int n = POINTS.incrementAndGet();
    return new double[] {29.0 + (n % 10) * 0.5, 111.0 + (n / 10) * 0.5};
  }

  /** A woman born in 1976 (so 4050, below retirement age) holding the elder-care certificate. */
  long person(String name, String street) {
    int n = SEQ.incrementAndGet();
    String body = "430203" + LocalDate.of(1976, 1, 1).plusDays(n % 360).toString().replace("-", "");
    String id =
        IdNumber.withCheckCharacter(body + String.format("%02d", (n / 360) % 100) + "2").value();
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("name", name);
    form.put("idNumber", id);
    form.put("phone", "13812345678");
    form.put("streetCode", street);
    form.put("priorityGroups", List.of("AGED_4050"));
    form.put("skills", List.of("养老护理"));
    form.put("certificates", List.of(Map.of("name", "养老护理员（五级）", "issuedOn", "2024-05-01")));
    Api.Response created = api().as("admin").post("/api/v1/people", form);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().path("id").asLong();
  }

  void profile(long personId, double[] at, double maxKm) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("occupationCodes", List.of("EC001"));
    body.put("minPay", "3000");
    body.put("payUnit", "MONTH");
    body.put("maxDistanceKm", maxKm);
    body.put("kinds", List.of("PART_TIME", "FULL_TIME"));
    List<String> day = List.of("08:00-18:00");
    Map<String, Object> week = new LinkedHashMap<>();
    for (String d : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
      week.put(d, day);
    }
    body.put("availability", week);
    body.put("lat", at[0]);
    body.put("lng", at[1]);
    Api.Response put = api().as("admin").put("/api/v1/people/" + personId + "/job-seeker", body);
    assertThat(put.status()).as(put.toString()).isEqualTo(200);
  }

  /** The jobs module's clean elder-care posting, placed {@code kmNorth} from a point. */
  long posting(String title, double[] at, double kmNorth, List<String> certs, List<String> relax) {
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
    body.put("lat", at[0] + kmNorth / 111.195);
    body.put("lng", at[1]);
    body.put("weeklyHours", 30);
    body.put("contact", "0731-22881234 刘女士");
    body.put("validUntil", LocalDate.now().plusDays(30).toString());
    body.put("certificates", certs);
    body.put("skills", List.of("养老护理"));
    body.put("relaxations", relax);
    Api.Response created = api().as("employer").post("/api/v1/jobs", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().path("status").asString()).isEqualTo("PUBLISHED");
    return created.json().path("id").asLong();
  }

  static List<Long> ids(JsonNode items, String field) {
    List<Long> out = new ArrayList<>();
    for (JsonNode i : items) {
      out.add(i.path(field).asLong());
    }
    return out;
  }

  @Test
  void jobsForAPersonPassTheFiltersAreOrderedByScoreAndExplained() {
    double[] at = newPoint();
    long person = person("赵桂英", HOME_STREET);
    profile(person, at, 5);
    long near = posting("居家养老护理员（近）", at, 1, List.of("养老护理员（五级）"), List.of("SUITS_4050"));
    long farther = posting("居家养老护理员（稍远）", at, 3, List.of(), List.of());
    long tooFar = posting("居家养老护理员（太远）", at, 6, List.of(), List.of());
    long lacking = posting("居家养老护理员（需证书）", at, 1, List.of("养老护理员（三级）"), List.of());
    postingCatalog.reload();

    Api.Response r = api().as("staff").get("/api/v1/people/" + person + "/recommended-jobs");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode body = r.json();
    assertThat(body.path("source").asString()).isEqualTo("live");
    assertThat(body.path("computedAt").asString()).isNotBlank();
    assertThat(ids(body.path("items"), "postingId")).containsExactly(near, farther);
    assertThat(ids(body.path("items"), "postingId")).doesNotContain(tooFar, lacking);

    JsonNode first = body.path("items").get(0);
    assertThat(first.path("rank").asInt()).isEqualTo(1);
    assertThat(first.path("title").asString()).isEqualTo("居家养老护理员（近）");
    assertThat(first.path("distanceKm").asDouble()).isBetween(0.95, 1.05);
    double sum = 0;
    List<String> names = new ArrayList<>();
    for (JsonNode part : first.path("parts")) {
      names.add(part.path("name").asString());
      sum += part.path("contribution").asDouble();
      assertThat(part.path("label").asString()).isNotBlank();
    }
    assertThat(names).containsExactly("OCCUPATION", "DISTANCE", "PAY", "HOURS", "PRIORITY");
    assertThat(sum)
        .isCloseTo(first.path("score").asDouble(), org.assertj.core.data.Offset.offset(0.001));
    assertThat(first.path("parts").get(4).path("value").asDouble()).isEqualTo(1.0);
    assertThat(first.path("parts").get(0).path("label").asString()).isEqualTo("职业匹配");
    assertThat(first.path("filtersPassed").size()).isEqualTo(7);
    assertThat(body.path("items").get(1).path("score").asDouble())
        .isLessThan(first.path("score").asDouble());

    JsonNode english =
        api()
            .as("staff")
            .inLanguage("en")
            .get("/api/v1/people/" + person + "/recommended-jobs?limit=1")
            .json();
    assertThat(english.path("items").size()).isEqualTo(1);
    assertThat(english.path("items").get(0).path("parts").get(0).path("label").asString())
        .isEqualTo("Occupation");
  }

  @Test
  void whoMaySeeAPersonsRecommendedJobs() {
    double[] at = newPoint();
    long person = person("钱玉兰", HOME_STREET);
    profile(person, at, 5);
    String path = "/api/v1/people/" + person + "/recommended-jobs";
    assertThat(api().as("admin").get(path).status()).isEqualTo(200);
    assertThat(api().as("caseworker").get(path).status()).isEqualTo(200);
    assertThat(api().as("employer").get(path).status()).isEqualTo(403);
    assertThat(api().as("auditor").get(path).status()).isEqualTo(403);
    // Another resident does not learn that the person exists.
    assertThat(api().as("resident").get(path).status()).isEqualTo(404);
    long elsewhere = person("孙丽", OTHER_STREET);
    profile(elsewhere, at, 5);
    assertThat(api().as("staff").get("/api/v1/people/" + elsewhere + "/recommended-jobs").status())
        .isEqualTo(404);
    assertThat(api().as("admin").get("/api/v1/people/99999999/recommended-jobs").status())
        .isEqualTo(404);
    long noProfile = person("李娟", HOME_STREET);
    Api.Response none = api().as("staff").get("/api/v1/people/" + noProfile + "/recommended-jobs");
    assertThat(none.status()).isEqualTo(404);
    assertThat(none.body()).contains("求职登记");
    Api.Response bad = api().as("staff").get(path + "?limit=0");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.fieldError("limit")).isNotBlank();
  }

  @Test
  void aResidentSeesTheirOwnRecommendedJobs() {
    long resident =
        jdbc.sql("SELECT person_id FROM app_user WHERE username = 'resident'")
            .query(Long.class)
            .single();
    Api.Response r = api().as("resident").get("/api/v1/people/" + resident + "/recommended-jobs");
    // The demo resident may or may not have a profile; either way the answer is theirs to see.
    assertThat(r.status()).as(r.toString()).isIn(200, 404);
    if (r.status() == 200) {
      assertThat(r.json().path("personId").asLong()).isEqualTo(resident);
    }
  }

  @Test
  void peopleForAPostingAreMaskedForTheEmployerAndNamedForStaff() {
    double[] at = newPoint();
    long person = person("周秀梅", HOME_STREET);
    profile(person, at, 5);
    long tooFarPerson = person("吴芳", HOME_STREET);
    profile(tooFarPerson, new double[] {at[0] - 0.1, at[1]}, 5);
    long posting = posting("社区养老护理员", at, 1, List.of("养老护理员（五级）"), List.of("SUITS_4050"));
    seekerCatalog.reload();

    Api.Response r = api().as("employer").get("/api/v1/jobs/" + posting + "/recommended-people");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode items = r.json().path("items");
    assertThat(ids(items, "personId")).containsExactly(person);
    JsonNode first = items.get(0);
    assertThat(first.path("name").asString()).isEqualTo("周女士");
    assertThat(first.path("nameMasked").asBoolean()).isTrue();
    assertThat(first.path("phone").asString()).doesNotContain("12345").contains("*");
    assertThat(first.path("ageBand").asString()).matches("\\d+(-\\d+|\\+)");
    assertThat(r.body()).doesNotContain("周秀梅").doesNotContain("idNumber");

    JsonNode staff =
        api().as("staff").get("/api/v1/jobs/" + posting + "/recommended-people").json();
    assertThat(staff.path("items").get(0).path("name").asString()).isEqualTo("周秀梅");
    assertThat(api().as("resident").get("/api/v1/jobs/" + posting + "/recommended-people").status())
        .isEqualTo(403);
    assertThat(api().as("admin").get("/api/v1/jobs/99999999/recommended-people").status())
        .isEqualTo(404);
  }
}
