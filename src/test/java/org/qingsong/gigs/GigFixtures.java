package org.qingsong.gigs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.qingsong.support.Api;
import org.qingsong.support.Residents;
import org.qingsong.support.TestAccounts;
import tools.jackson.databind.JsonNode;

/** Fresh gig-market data over the API: residents, logins, workers, recipients and orders. */
final class GigFixtures {
  static final String HOME_STREET = "430203004";
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final Api api;

  GigFixtures(Api api) {
    this.api = api;
  }

  long person(String name) {
    Api.Response r = api.as("staff").post("/api/v1/people", Residents.person(name, HOME_STREET));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().path("id").asLong();
  }

  /** A resident login bound to the person; its password is the test password. */
  String login(long personId) {
    String username = "gig" + System.nanoTime() % 1_000_000_000L + "x" + SEQUENCE.incrementAndGet();
    Map<String, Object> user = new HashMap<>();
    user.put("username", username);
    user.put("password", TestAccounts.PASSWORD);
    user.put("role", "RESIDENT");
    user.put("displayName", "居民" + personId);
    user.put("streetCode", HOME_STREET);
    user.put("personId", personId);
    Api.Response r = api.as("admin").post("/api/v1/users", user);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return username;
  }

  long gigStation() {
    JsonNode stations =
        api.get("/api/v1/stations?streetCode=" + HOME_STREET + "&kind=GIG&size=5").json();
    assertThat(stations.path("items").size()).isPositive();
    return stations.path("items").get(0).path("id").asLong();
  }

  /** A worker body: elder care with a certificate valid until {@code certValidUntil}, all hours. */
  Map<String, Object> workerBody(long personId, LocalDate certValidUntil) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("personId", personId);
    body.put("stationId", gigStation());
    body.put("services", List.of("ELDER_CARE", "HOUSEKEEPING"));
    body.put(
        "certificates",
        List.of(
            Map.of(
                "kind",
                "ELDER_CARE_WORKER",
                "number",
                "YL" + personId,
                "validUntil",
                certValidUntil.toString())));
    Map<String, List<String>> week = new LinkedHashMap<>();
    for (String d :
        List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
      week.put(d, List.of("00:00-24:00"));
    }
    body.put("availability", week);
    body.put("homeLat", 27.80);
    body.put("homeLng", 113.15);
    body.put("maxHoursPerDay", 12);
    return body;
  }

  long worker(long personId, LocalDate certValidUntil) {
    return worker(workerBody(personId, certValidUntil));
  }

  long worker(Map<String, Object> body) {
    Api.Response r = api.as("staff").post("/api/v1/gig-workers", body);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().path("id").asLong();
  }

  /** A new worker with a fresh person, certificate valid for a year. */
  long newWorker(String name) {
    return worker(person(name), LocalDate.now(SHANGHAI).plusYears(1));
  }

  Map<String, Object> recipientBody(String name) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("relation", "PARENT");
    body.put("address", "董家塅街道沿河三村 5 栋 201");
    body.put("streetCode", HOME_STREET);
    body.put("lat", 27.801);
    body.put("lng", 113.151);
    body.put("mobility", "WALKING_AID");
    body.put("dementia", false);
    body.put("careNotes", "骨科出院后行动不便，需协助起身");
    return body;
  }

  /** A recipient recorded by staff for a customer. */
  long recipient(long customerId) {
    Map<String, Object> body = recipientBody("陈奶奶");
    body.put("customerId", customerId);
    Api.Response r = api.as("staff").post("/api/v1/gig-recipients", body);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().path("id").asLong();
  }

  /** A one-off order placed by staff; answers the order JSON. */
  JsonNode order(long recipientId, String service, LocalDate date, String start, int minutes) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("recipientId", recipientId);
    body.put("serviceCode", service);
    body.put("firstDate", date.toString());
    body.put("startTime", start);
    body.put("durationMinutes", minutes);
    Api.Response r = api.as("staff").post("/api/v1/gig-orders", body);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json();
  }

  long visit(long recipientId, LocalDate date, String start, int minutes) {
    return order(recipientId, "ELDER_CARE", date, start, minutes)
        .path("visits")
        .get(0)
        .path("id")
        .asLong();
  }

  Api.Response assign(long visitId, long workerId) {
    return api.as("staff")
        .post("/api/v1/gig-visits/" + visitId + "/assignment", Map.of("workerId", workerId));
  }

  /** A start a few minutes from now that ends before midnight: date and HH:mm. */
  static LocalDateTime soon(int minutes) {
    LocalDateTime start =
        LocalDateTime.now(SHANGHAI).plusMinutes(5).truncatedTo(ChronoUnit.MINUTES);
    if (start.toLocalTime().toSecondOfDay() / 60 + minutes > 24 * 60) {
      start = start.toLocalDate().plusDays(1).atTime(0, 5);
    }
    return start;
  }

  static String hhmm(LocalDateTime t) {
    return String.format("%02d:%02d", t.getHour(), t.getMinute());
  }
}
