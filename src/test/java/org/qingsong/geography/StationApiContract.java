package org.qingsong.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qingsong.support.Api;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The divisions and stations API as a client sees it, through HTTP as the demo users. Run against
 * H2 and against PostgreSQL by the subclasses.
 */
abstract class StationApiContract {
  static final String CITY = "430200";
  static final String LUSONG = "430203";
  static final String DONGJIADUAN = "430203004";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @LocalServerPort int port;

  Api api;

  @BeforeEach
  void connect() {
    api = Api.on(port);
  }

  static Map<String, Object> station(String name, String streetCode) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("kind", "GIG");
    body.put("streetCode", streetCode);
    body.put("address", "董家塅街道高科园 8 号");
    body.put("lat", 27.7921);
    body.put("lng", 113.1587);
    body.put("openingHours", "周一至周日 8:00-18:00");
    body.put("phone", "0731-28888888");
    return body;
  }

  static String uniqueName(String base) {
    return base + "-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
  }

  private static void assertProblem(Api.Response r, int status) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.json().path("status").asInt()).isEqualTo(status);
  }

  @Test
  void theCityHasItsNineDistrictsAndCounties() {
    Api.Response r = api.get("/api/v1/divisions/" + CITY + "/children");

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    for (JsonNode d : r.json()) {
      assertThat(d.path("level").asString()).isEqualTo("DISTRICT");
      assertThat(d.path("parentCode").asString()).isEqualTo(CITY);
      names.add(d.path("name").asString());
    }
    assertThat(names).hasSize(9).contains("芦淞区", "天元区", "醴陵市");
  }

  @Test
  void aStreetIsLookedUpByItsCode() {
    Api.Response r = api.get("/api/v1/divisions/" + DONGJIADUAN);

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode street = r.json();
    assertThat(street.path("name").asString()).isEqualTo("董家塅街道");
    assertThat(street.path("level").asString()).isEqualTo("STREET");
    assertThat(street.path("parentCode").asString()).isEqualTo(LUSONG);
    assertThat(street.path("lat").isNumber()).isTrue();
  }

  @Test
  void anUnknownDivisionIsA404Problem() {
    assertProblem(api.get("/api/v1/divisions/999999999"), 404);
    assertProblem(api.get("/api/v1/divisions/999999999/children"), 404);
  }

  @Test
  void stationsAreFilteredByStreetAndKindAndPaginated() {
    Api.Response first =
        api.get("/api/v1/stations?streetCode=" + DONGJIADUAN + "&kind=EMPLOYMENT_SERVICE&size=2");

    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    JsonNode page = first.json();
    assertThat(page.path("page").asInt()).isZero();
    assertThat(page.path("size").asInt()).isEqualTo(2);
    long total = page.path("total").asLong();
    assertThat(total).isGreaterThanOrEqualTo(2);
    assertThat(page.path("items")).hasSize(2);
    Set<Long> seen = new HashSet<>();
    for (JsonNode s : page.path("items")) {
      assertThat(s.path("streetCode").asString()).isEqualTo(DONGJIADUAN);
      assertThat(s.path("streetName").asString()).isEqualTo("董家塅街道");
      assertThat(s.path("kind").asString()).isEqualTo("EMPLOYMENT_SERVICE");
      seen.add(s.path("id").asLong());
    }

    JsonNode second =
        api.get(
                "/api/v1/stations?streetCode="
                    + DONGJIADUAN
                    + "&kind=EMPLOYMENT_SERVICE&size=2&page=1")
            .json();
    assertThat(second.path("page").asInt()).isEqualTo(1);
    assertThat(second.path("total").asLong()).isEqualTo(total);
    for (JsonNode s : second.path("items")) {
      assertThat(seen.add(s.path("id").asLong())).as("pages do not overlap").isTrue();
    }

    JsonNode gigs = api.get("/api/v1/stations?kind=GIG&size=100").json();
    assertThat(gigs.path("total").asLong()).isPositive();
    for (JsonNode s : gigs.path("items")) {
      assertThat(s.path("kind").asString()).isEqualTo("GIG");
    }
    JsonNode all = api.get("/api/v1/stations?size=1").json();
    assertThat(all.path("total").asLong()).isGreaterThan(100);
    assertThat(all.path("size").asInt()).isEqualTo(1);
  }

  @Test
  void anOversizePageIsRejectedWithAFieldError() {
    Api.Response r = api.get("/api/v1/stations?size=1000");

    assertProblem(r, 400);
    assertThat(r.fieldError("size")).isNotBlank();
  }

  @Test
  void anUnknownKindIsRejected() {
    Api.Response r = api.get("/api/v1/stations?kind=PALACE");

    assertProblem(r, 400);
    assertThat(r.fieldError("kind")).isNotBlank();
  }

  @Test
  void theNearestStationsComeWithTheirWalkNearestFirst() {
    Api.Response r = api.get("/api/v1/stations/nearest?lat=27.80&lng=113.16&limit=5");

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode list = r.json();
    assertThat(list.path("items")).hasSize(5);
    assertThat(list.path("total").asInt()).isEqualTo(5);
    long previous = -1;
    for (JsonNode n : list.path("items")) {
      long meters = n.path("walkingMeters").asLong();
      assertThat(meters).isGreaterThanOrEqualTo(previous);
      previous = meters;
      assertThat(n.path("walkingMinutes").asDouble())
          .isGreaterThanOrEqualTo(meters / 75.0)
          .isCloseTo(meters / 75.0, within(0.1));
      assertThat(n.path("withinTenMinutes").asBoolean()).isEqualTo(meters <= 750);
      assertThat(n.path("name").asString()).isNotBlank();
      assertThat(n.path("id").asLong()).isPositive();
    }
    assertThat(api.get("/api/v1/stations/nearest?lat=27.80&lng=113.16").json().path("items"))
        .as("five by default")
        .hasSize(5);
  }

  @Test
  void aNearestQueryWithABadPointIsA400NotA500() {
    assertProblem(api.get("/api/v1/stations/nearest?lat=200&lng=113.16"), 400);
    assertProblem(api.get("/api/v1/stations/nearest?lat=27.8&lng=-181"), 400);
    Api.Response word = api.get("/api/v1/stations/nearest?lat=abc&lng=113.16");
    assertProblem(word, 400);
    assertThat(word.fieldError("lat")).isNotBlank();
    Api.Response missing = api.get("/api/v1/stations/nearest?lng=113.16");
    assertProblem(missing, 400);
    assertThat(missing.fieldError("lat")).isNotBlank();
    Api.Response tooMany = api.get("/api/v1/stations/nearest?lat=27.8&lng=113.16&limit=1000");
    assertProblem(tooMany, 400);
    assertThat(tooMany.fieldError("limit")).isNotBlank();
  }

  @Test
  void coverageFiguresAddUp() {
    Api.Response r = api.get("/api/v1/stations/coverage?size=50");

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode c = r.json();
    int communities = c.path("communities").asInt();
    int covered = c.path("covered").asInt();
    JsonNode uncovered = c.path("uncovered");
    assertThat(communities).isGreaterThan(1000);
    assertThat(covered).isPositive();
    assertThat(covered + uncovered.path("total").asLong()).isEqualTo(communities);
    assertThat(c.path("coveredShare").asDouble())
        .isCloseTo((double) covered / communities, within(0.0001));
    long previous = Long.MAX_VALUE;
    for (JsonNode u : uncovered.path("items")) {
      long meters = u.path("nearestStationWalkingMeters").asLong();
      assertThat(meters).as("farthest first, and outside the circle").isLessThanOrEqualTo(previous);
      assertThat(meters).isGreaterThan(750);
      previous = meters;
    }

    JsonNode lusong = api.get("/api/v1/stations/coverage?districtCode=" + LUSONG).json();
    assertThat(lusong.path("communities").asInt()).isPositive().isLessThan(communities);
    assertThat(lusong.path("covered").asInt() + lusong.path("uncovered").path("total").asLong())
        .isEqualTo(lusong.path("communities").asInt());
  }

  @Test
  void anAdministratorAddsAStationWith201AndALocation() {
    String name = uniqueName("董家塅测试零工驿站");
    Map<String, Object> body = station(name, DONGJIADUAN);
    body.put("lat", 27.6543);
    body.put("lng", 113.4321);
    Api.Response r = api.as("admin").post("/api/v1/stations", body);

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    JsonNode created = r.json();
    long id = created.path("id").asLong();
    assertThat(r.header("Location")).endsWith("/api/v1/stations/" + id);
    assertThat(created.path("name").asString()).isEqualTo(name);
    assertThat(created.path("streetName").asString()).isEqualTo("董家塅街道");
    assertThat(created.path("kind").asString()).isEqualTo("GIG");

    JsonNode read = api.get("/api/v1/stations/" + id).json();
    assertThat(read.path("name").asString()).isEqualTo(name);
    assertThat(read.path("lat").asDouble()).isEqualTo(27.6543);

    JsonNode nearest = api.get("/api/v1/stations/nearest?lat=27.6543&lng=113.4321&limit=1").json();
    JsonNode closest = nearest.path("items").get(0);
    assertThat(closest.path("id").asLong()).isEqualTo(id);
    assertThat(closest.path("walkingMeters").asLong()).isZero();
    assertThat(closest.path("withinTenMinutes").asBoolean()).isTrue();
  }

  @Test
  void anAdministratorEditsAStation() {
    long id =
        api.as("admin")
            .post("/api/v1/stations", station(uniqueName("待改名驿站"), DONGJIADUAN))
            .json()
            .path("id")
            .asLong();
    Map<String, Object> changed = station(uniqueName("已改名驿站"), DONGJIADUAN);
    changed.put("kind", "EMPLOYMENT_SERVICE");

    Api.Response r = api.as("admin").put("/api/v1/stations/" + id, changed);

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().path("kind").asString()).isEqualTo("EMPLOYMENT_SERVICE");
    assertThat(api.get("/api/v1/stations/" + id).json().path("name").asString())
        .isEqualTo(changed.get("name"));
    assertProblem(api.as("admin").put("/api/v1/stations/99999999", changed), 404);
  }

  @Test
  void stationStaffMayNotAddStations() {
    String name = uniqueName("专干不能建的站");
    Api.Response r = api.as("staff").post("/api/v1/stations", station(name, DONGJIADUAN));

    assertProblem(r, 403);
    assertThat(api.get("/api/v1/stations?q=" + encode(name)).json().path("total").asLong())
        .isZero();
  }

  @Test
  void anonymousVisitorsMustLogInToAddStations() {
    Api.Response r = api.post("/api/v1/stations", station(uniqueName("匿名站"), DONGJIADUAN));

    assertProblem(r, 401);
    assertThat(r.header("WWW-Authenticate")).startsWith("Basic");
  }

  @Test
  void aStationInAnUnknownStreetIsRejectedFieldByField() {
    Map<String, Object> body = station(uniqueName("无街道驿站"), "430203999");
    body.put("lat", 95);
    body.put("phone", "call me");

    Api.Response r = api.as("admin").post("/api/v1/stations", body);

    assertProblem(r, 400);
    assertThat(r.fieldError("streetCode")).contains("430203999");
    assertThat(r.fieldError("lat")).isNotBlank();
    assertThat(r.fieldError("phone")).isNotBlank();
    assertThat(r.fieldError("name")).isNull();
  }

  @Test
  void validationMessagesFollowTheLanguage() {
    Map<String, Object> body = station("", "430203999");

    Api.Response zh = api.as("admin").post("/api/v1/stations", body);
    Api.Response en = api.as("admin").inLanguage("en").post("/api/v1/stations", body);

    assertThat(zh.fieldError("name")).isEqualTo("必填");
    assertThat(en.fieldError("streetCode")).contains("is not the code of a street");
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
