package org.qingsong.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.qingsong.support.Api;
import org.qingsong.support.Residents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The staff's search of job seekers over HTTP on H2 and PostgreSQL: meaning-based Chinese and
 * English queries, scoping by role (street, district, city), privacy of the answer, filters, facets
 * and distance, validation, and the index following profiles through the people module's events
 * (asynchronous, so the tests poll for a few seconds). Each test gives its seekers a skill word of
 * its own so that the demo data and other tests do not interfere.
 */
abstract class PeopleSearchApiContract {
  static final String HOME_STREET = "430203004";
  static final String NEIGHBOUR_STREET = "430203001"; // same district as HOME_STREET
  static final String OTHER_STREET = "430202001"; // another district
  static final Duration WAIT = Duration.ofSeconds(15);
  static final String PHONE = "13812345678";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  Api api() {
    return Api.on(port);
  }

  /** A person registered by the administrator; returns the id and remembers the ID number. */
  record Seeker(long id, String name, String idNumber) {}

  Seeker person(String name, String street, List<String> skills, List<String> groups) {
    Map<String, Object> body = Residents.person(name, street);
    body.put("skills", skills);
    body.put("priorityGroups", groups);
    body.put("certificates", List.of());
    body.put("phone", PHONE);
    Api.Response created = api().as("admin").post("/api/v1/people", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return new Seeker(
        created.json().path("id").asLong(), name, String.valueOf(body.get("idNumber")));
  }

  static Map<String, Object> profile(List<String> occupations, List<String> kinds) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("occupationCodes", occupations);
    body.put("minPay", "3200");
    body.put("payUnit", "MONTH");
    body.put("maxDistanceKm", 10);
    body.put("kinds", kinds);
    body.put("availability", Map.of("MONDAY", List.of("09:00-17:00")));
    return body;
  }

  void putProfile(long id, Map<String, Object> profile) {
    Api.Response put = api().as("admin").put("/api/v1/people/" + id + "/job-seeker", profile);
    assertThat(put.status()).as(put.toString()).isEqualTo(200);
  }

  Seeker seeker(
      String name, String street, String marker, List<String> occupations, List<String> groups) {
    Seeker s = person(name, street, List.of(marker), groups);
    putProfile(s.id(), profile(occupations, List.of("FULL_TIME", "PART_TIME")));
    return s;
  }

  JsonNode search(String who, String query) {
    Api.Response r = api().as(who).get("/api/v1/search/people?" + query);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  static List<Long> ids(JsonNode page) {
    List<Long> ids = new ArrayList<>();
    page.path("items").forEach(i -> ids.add(i.path("personId").asLong()));
    return ids;
  }

  /** Searches as the administrator until the answer satisfies {@code done}. */
  JsonNode await(String query, Predicate<JsonNode> done) {
    return SearchApiContract.awaitAnswer(query, () -> search("admin", query), done);
  }

  static String q(String text) {
    return SearchApiContract.q(text);
  }

  static JsonNode item(JsonNode page, long id) {
    for (JsonNode i : page.path("items")) {
      if (i.path("personId").asLong() == id) {
        return i;
      }
    }
    throw new AssertionError(id + " not in " + page);
  }

  @Test
  void chineseAndEnglishQueriesFindSeekersByMeaning() {
    String m = SearchApiContract.marker();
    Seeker carer = seeker("李秀兰", HOME_STREET, m, List.of("EC001"), List.of("AGED_4050"));
    Seeker nanny = seeker("欧阳晓梅", HOME_STREET, m, List.of("HS002", "HS001"), List.of("VETERAN"));
    putProfile(nanny.id(), profile(List.of("HS002", "HS001"), List.of("FULL_TIME")));
    await(q(m), p -> ids(p).containsAll(List.of(carer.id(), nanny.id())));

    assertThat(ids(search("staff", q("养老护理 " + m)))).containsExactly(carer.id());
    assertThat(ids(search("staff", q("保姆 " + m)))).containsExactly(nanny.id());
    assertThat(ids(search("staff", q("护理 " + m)))).containsExactly(carer.id());
    assertThat(ids(search("staff", q("退役军人 " + m)))).containsExactly(nanny.id());
    assertThat(ids(search("staff", q("月嫂 " + m)))).isEmpty();
    assertThat(ids(search("staff", q("elderly care " + m)))).containsExactly(carer.id());
    assertThat(ids(search("staff", q("nannies " + m)))).containsExactly(nanny.id());

    JsonNode page = search("staff", q(m));
    JsonNode item = item(page, nanny.id());
    assertThat(item.path("name").asString()).matches("欧阳(女士|先生)");
    assertThat(item.path("ageBand").path("from").asInt()).isEqualTo(60); // born in 1931
    assertThat(item.path("street").path("code").asString()).isEqualTo(HOME_STREET);
    assertThat(item.path("street").path("name").asString()).isNotBlank();
    assertThat(item.path("occupations").get(0).path("code").asString()).isEqualTo("HS002");
    assertThat(item.path("occupations").get(0).path("name").asString()).isEqualTo("住家保姆");
    assertThat(item.path("occupations").get(1).path("code").asString()).isEqualTo("HS001");
    assertThat(item.path("groups").get(0).path("code").asString()).isEqualTo("VETERAN");
    assertThat(item.path("groups").get(0).path("name").asString()).isEqualTo("退役军人");
    assertThat(item.path("kinds").toString()).contains("FULL_TIME").doesNotContain("PART_TIME");
    assertThat(item.path("pay").path("min").decimalValue()).isEqualByComparingTo("3200");
    assertThat(item.has("distanceKm")).isFalse();

    // privacy: neither the full names nor the ID numbers nor the phone are in the answer
    String body = api().as("staff").get("/api/v1/search/people?" + q(m)).body();
    assertThat(body)
        .doesNotContain(carer.name())
        .doesNotContain(nanny.name())
        .doesNotContain(carer.idNumber())
        .doesNotContain(nanny.idNumber())
        .doesNotContain(carer.idNumber().substring(6, 14))
        .doesNotContain(PHONE)
        .doesNotContain("idNumber")
        .doesNotContain("phone");

    JsonNode english =
        api().as("staff").inLanguage("en").get("/api/v1/search/people?" + q(m)).json();
    JsonNode en = item(english, carer.id());
    assertThat(en.path("occupations").get(0).path("name").asString())
        .isEqualTo("Elderly care worker");
    assertThat(en.path("groups").get(0).path("name").asString()).isEqualTo("\"4050\" worker");
  }

  @Test
  void staffSeeTheirStreetCaseWorkersTheirDistrictAndOthersNothing() {
    String m = SearchApiContract.marker();
    Seeker home = seeker("张桂英", HOME_STREET, m, List.of("EC001"), List.of());
    Seeker neighbour = seeker("王建国", NEIGHBOUR_STREET, m, List.of("EC001"), List.of());
    Seeker other = seeker("刘红梅", OTHER_STREET, m, List.of("EC001"), List.of());
    await(q(m), p -> ids(p).containsAll(List.of(home.id(), neighbour.id(), other.id())));

    assertThat(ids(search("admin", q(m)))).hasSize(3);
    assertThat(ids(search("staff", q(m)))).containsExactly(home.id());
    assertThat(search("staff", q(m)).path("total").asLong()).isEqualTo(1);
    assertThat(ids(search("caseworker", q(m))))
        .containsExactlyInAnyOrder(home.id(), neighbour.id());
    assertThat(ids(search("staff", q(m) + "&street=" + HOME_STREET))).containsExactly(home.id());
    assertThat(ids(search("caseworker", q(m) + "&street=" + NEIGHBOUR_STREET)))
        .containsExactly(neighbour.id());
    assertThat(ids(search("caseworker", q(m) + "&street=" + OTHER_STREET))).isEmpty();
    assertThat(ids(search("admin", q(m) + "&district=430202"))).containsExactly(other.id());

    assertThat(api().as("staff").get("/api/v1/search/people?street=" + OTHER_STREET).status())
        .isEqualTo(403);
    assertThat(api().as("caseworker").get("/api/v1/search/people?district=430202").status())
        .isEqualTo(403);
    for (String who : List.of("resident", "employer", "auditor")) {
      Api.Response r = api().as(who).get("/api/v1/search/people?" + q(m));
      assertThat(r.status()).as(who + ": " + r).isEqualTo(403);
      // refused before the parameters are even read
      assertThat(api().as(who).get("/api/v1/search/people?size=0").status()).isEqualTo(403);
    }
    assertThat(api().get("/api/v1/search/people?" + q(m)).status()).isEqualTo(401);
  }

  @Test
  void profileChangesAreFoundAfterTheirEventsAndDeactivationRemovesTheSeeker() {
    String m = SearchApiContract.marker();
    Seeker s = seeker("陈淑芬", HOME_STREET, m, List.of("EC001"), List.of());
    await(q("养老护理 " + m), p -> ids(p).contains(s.id()));

    putProfile(s.id(), profile(List.of("HS005"), List.of("GIG")));
    await(q("钟点工 " + m), p -> ids(p).contains(s.id()));
    assertThat(ids(search("staff", q("养老护理 " + m)))).isEmpty();
    assertThat(ids(search("staff", q(m) + "&kind=GIG"))).containsExactly(s.id());

    // a change of the person record (skills) reaches the index too
    Map<String, Object> person = Residents.person(s.name(), HOME_STREET);
    person.put("idNumber", s.idNumber());
    person.put("phone", PHONE);
    person.put("skills", List.of(m, "电工"));
    person.put("priorityGroups", List.of("DISABLED"));
    person.put("certificates", List.of());
    Api.Response updated = api().as("admin").put("/api/v1/people/" + s.id(), person);
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    await(q("电工 " + m), p -> ids(p).contains(s.id()));
    assertThat(ids(search("staff", q(m) + "&group=DISABLED"))).containsExactly(s.id());

    Map<String, Object> inactive = profile(List.of("HS005"), List.of("GIG"));
    inactive.put("active", false);
    putProfile(s.id(), inactive);
    await(q(m), p -> !ids(p).contains(s.id()));
    assertThat(search("staff", q(m)).path("total").asLong()).isZero();

    putProfile(s.id(), profile(List.of("HS005"), List.of("GIG")));
    await(q(m), p -> ids(p).contains(s.id()));
  }

  @Test
  void filtersFacetsDistanceAndPaging() {
    String m = SearchApiContract.marker();
    Seeker a = seeker("周丽", HOME_STREET, m, List.of("EC001", "HS001"), List.of("AGED_4050"));
    Seeker b = seeker("吴芳", HOME_STREET, m, List.of("EC001"), List.of("AGED_4050", "LOW_INCOME"));
    Seeker c = seeker("郑强", NEIGHBOUR_STREET, m, List.of("LG004"), List.of());
    Map<String, Object> far = profile(List.of("LG004"), List.of("GIG"));
    far.put("lat", 27.40);
    far.put("lng", 113.10);
    putProfile(c.id(), far);
    Map<String, Object> near = profile(List.of("EC001", "HS001"), List.of("FULL_TIME"));
    near.put("lat", 27.80);
    near.put("lng", 113.10);
    putProfile(a.id(), near);
    Map<String, Object> north = profile(List.of("EC001"), List.of("PART_TIME"));
    north.put("lat", 27.85); // about 5.5 km north of a
    north.put("lng", 113.10);
    putProfile(b.id(), north);
    await(
        q(m),
        p ->
            ids(p).containsAll(List.of(a.id(), b.id(), c.id()))
                && item(p, c.id()).path("kinds").toString().contains("GIG")
                && item(p, a.id()).path("kinds").size() == 1
                && item(p, b.id()).path("kinds").size() == 1);

    assertThat(ids(search("admin", q(m) + "&occupation=EC001")))
        .containsExactlyInAnyOrder(a.id(), b.id());
    assertThat(ids(search("admin", q(m) + "&occupation=hs001"))).containsExactly(a.id());
    assertThat(ids(search("admin", q(m) + "&group=LOW_INCOME"))).containsExactly(b.id());
    assertThat(ids(search("admin", q(m) + "&kind=gig"))).containsExactly(c.id());

    JsonNode nearby = search("admin", q(m) + "&lat=27.801&lng=113.1&radiusKm=1");
    assertThat(ids(nearby)).containsExactly(a.id());
    assertThat(nearby.path("items").get(0).path("distanceKm").asDouble()).isLessThan(0.3);
    JsonNode nearest = search("admin", q(m) + "&lat=27.801&lng=113.1&radiusKm=10");
    assertThat(ids(nearest)).containsExactly(a.id(), b.id());
    assertThat(nearest.path("items").get(1).path("distanceKm").asDouble()).isBetween(5.0, 6.0);
    JsonNode byDistance = search("admin", "occupation=LG004&lat=27.4&lng=113.1&radiusKm=1");
    assertThat(ids(byDistance)).contains(c.id());

    JsonNode first = search("admin", q(m) + "&size=2&page=0");
    assertThat(first.path("total").asLong()).isEqualTo(3);
    assertThat(first.path("items").size()).isEqualTo(2);
    JsonNode second = search("admin", q(m) + "&size=2&page=1");
    List<Long> walked = new ArrayList<>(ids(first));
    walked.addAll(ids(second));
    assertThat(walked).containsExactlyInAnyOrder(a.id(), b.id(), c.id());

    JsonNode facets = first.path("facets");
    assertThat(SearchApiContract.count(facets.path("occupation"), "EC001")).isEqualTo(2);
    assertThat(SearchApiContract.count(facets.path("occupation"), "HS001")).isEqualTo(1);
    assertThat(SearchApiContract.count(facets.path("occupation"), "LG004")).isEqualTo(1);
    assertThat(SearchApiContract.count(facets.path("group"), "AGED_4050")).isEqualTo(2);
    assertThat(SearchApiContract.label(facets.path("group"), "AGED_4050")).isEqualTo("4050 人员");
    assertThat(SearchApiContract.label(facets.path("occupation"), "EC001")).isEqualTo("养老护理员");
    assertThat(SearchApiContract.count(facets.path("district"), "430203")).isEqualTo(3);
  }

  @Test
  void badParametersAreRefusedWithLocalisedFieldErrors() {
    Api.Response r =
        api()
            .as("staff")
            .get(
                "/api/v1/search/people?lat=27.8&radiusKm=0&size=101&kind=CONTRACT"
                    + "&group=RICH&occupation=ZZ9");
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.fieldError("lng")).isEqualTo("按距离查找须同时给出纬度和经度");
    assertThat(r.fieldError("radiusKm")).isEqualTo("范围须大于 0 公里、不超过 100 公里");
    assertThat(r.fieldError("size")).isEqualTo("每页条数须在 1 到 100 之间");
    assertThat(r.fieldError("kind")).contains("CONTRACT").contains("FULL_TIME");
    assertThat(r.fieldError("group")).isEqualTo("不能识别的重点群体：RICH");
    assertThat(r.fieldError("occupation")).contains("EC001");

    Api en = api().as("admin").inLanguage("en");
    assertThat(en.get("/api/v1/search/people?radiusKm=5").fieldError("radiusKm"))
        .isEqualTo("A radius (km) needs a location (latitude and longitude)");
    assertThat(en.get("/api/v1/search/people?lat=91&lng=0").fieldError("lat"))
        .isEqualTo("The latitude is between -90 and 90");
    assertThat(en.get("/api/v1/search/people?occupation=ZZ999").fieldError("occupation"))
        .isEqualTo("There is no occupation with the code ZZ999");
    assertThat(en.get("/api/v1/search/people?page=600&size=20").fieldError("page"))
        .startsWith("Only the first 10,000 results");
    assertThat(en.get("/api/v1/search/people?district=430203004").fieldError("district"))
        .isEqualTo("430203004 is not the code of a district of this city");
    assertThat(en.get("/api/v1/search/people?group=rich").fieldError("group"))
        .isEqualTo("Unknown priority group: rich");
    assertThat(en.get("/api/v1/search/people?q=" + "x".repeat(101)).status()).isEqualTo(400);
  }

  @Test
  void theRebuildCoversBothIndexesAndCountsActiveSeekers() {
    String m = SearchApiContract.marker();
    Seeker s = seeker("黄美华", HOME_STREET, m, List.of("EC001"), List.of());
    await(q(m), p -> ids(p).contains(s.id()));
    String before =
        api()
            .as("admin")
            .get("/api/v1/search/status")
            .json()
            .get(1)
            .path("lastBuildStarted")
            .toString();
    Api.Response started = api().as("admin").post("/api/v1/search/reindex", "");
    assertThat(started.status()).as(started.toString()).isIn(202, 409);
    long deadline = System.nanoTime() + WAIT.toNanos();
    JsonNode status = api().as("admin").get("/api/v1/search/status").json();
    while ((status.get(1).path("rebuilding").asBoolean()
            || (started.status() == 202
                && status.get(1).path("lastBuildStarted").toString().equals(before)))
        && System.nanoTime() < deadline) {
      SearchApiContract.sleep();
      status = api().as("admin").get("/api/v1/search/status").json();
    }
    assertThat(status.size()).isEqualTo(2);
    JsonNode people = status.get(1);
    assertThat(people.path("index").asString()).isEqualTo("people");
    assertThat(people.path("state").asString()).isEqualTo("READY");
    long active =
        jdbc.sql("SELECT COUNT(*) FROM job_seeker WHERE active").query(Long.class).single();
    assertThat(search("admin", "size=1").path("total").asLong()).isEqualTo(active);
    assertThat(ids(search("admin", q(m)))).containsExactly(s.id());
  }
}
