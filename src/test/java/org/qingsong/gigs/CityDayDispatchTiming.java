package org.qingsong.gigs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingsong.demo.CityGigDay;
import org.qingsong.demo.DemoCity;
import org.qingsong.matching.bench.DispatchBenchmark;
import org.qingsong.support.Api;
import org.qingsong.support.H2App;
import org.qingsong.support.Residents;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A measurement, not part of the suite (run it by name: {@code -Dtest=CityDayDispatchTiming}): the
 * city demo's day (300 workers, 1,000 visits, {@link CityGigDay} with seed 42) made through the
 * API, then "assign all" as staff (their street) and as admin (the whole city) with the default
 * budget; prints how long each request took against the solver's budget.
 */
@H2App
class CityDayDispatchTiming {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String SURNAMES = "张王李赵刘陈杨黄周吴";
  private static final String DIGITS = "零一二三四五六七八九";

  @LocalServerPort int port;

  static String name(String prefix, int i) {
    StringBuilder b = new StringBuilder().append(SURNAMES.charAt(i % 10)).append(prefix);
    for (char c : Integer.toString(i).toCharArray()) {
      b.append(DIGITS.charAt(c - '0'));
    }
    return b.toString();
  }

  @Test
  void aCityDayIsDispatchedWithinItsBudgetPlusTheBooking() throws Exception {
    Api api = Api.on(port);
    GigFixtures fx = new GigFixtures(api);
    LocalDate day = LocalDate.now(SHANGHAI).plusDays(500 + (int) (System.nanoTime() % 100));
    List<CityGigDay.Place> places = DispatchBenchmark.cityStreets();
    int home = 0;
    for (int i = 0; i < places.size(); i++) {
      if (places.get(i).streetCode().equals(DemoCity.HOME_STREET)) {
        home = i;
      }
    }
    var services = DispatchBenchmark.catalogue();
    CityGigDay.Day shape =
        CityGigDay.make(
            CityGigDay.random(42),
            places,
            home,
            day.getDayOfWeek(),
            300,
            1000,
            code -> services.get(code).requiredCertificates().stream().map(k -> k.code()).toList(),
            services::containsKey);
    long started = System.nanoTime();
    long station = fx.gigStation();
    int n = 0;
    for (CityGigDay.WorkerShape w : shape.workers()) {
      Api.Response p =
          api.as("admin")
              .post(
                  "/api/v1/people",
                  Residents.person(name("工", n++), places.get(w.place()).streetCode()));
      assertThat(p.status()).as(p.toString()).isEqualTo(201);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("personId", p.json().path("id").asLong());
      body.put("stationId", station);
      body.put("services", w.services());
      List<Map<String, Object>> certificates = new ArrayList<>();
      int number = n;
      w.certificateDays()
          .forEach(
              (kind, days) ->
                  certificates.add(
                      Map.of(
                          "kind",
                          kind,
                          "number",
                          "ZZ" + kind.length() + number,
                          "validUntil",
                          day.plusDays(days).toString())));
      body.put("certificates", certificates);
      Map<String, List<String>> week = new LinkedHashMap<>();
      w.week().forEach((d, ranges) -> week.put(d.name(), ranges));
      body.put("availability", week);
      body.put("homeLat", w.lat());
      body.put("homeLng", w.lng());
      body.put("maxHoursPerDay", w.maxHoursPerDay());
      Api.Response r = api.as("admin").post("/api/v1/gig-workers", body);
      assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }
    List<Long> customers = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      customers.add(fx.person(name("客", i)));
    }
    List<Long> recipients = new ArrayList<>();
    for (CityGigDay.RecipientShape r : shape.recipients()) {
      Map<String, Object> body = fx.recipientBody(name("老", recipients.size()));
      body.put("customerId", customers.get(recipients.size() % customers.size()));
      body.put("streetCode", places.get(r.place()).streetCode());
      body.put("lat", r.lat());
      body.put("lng", r.lng());
      Api.Response c = api.as("admin").post("/api/v1/gig-recipients", body);
      assertThat(c.status()).as(c.toString()).isEqualTo(201);
      recipients.add(c.json().path("id").asLong());
    }
    for (CityGigDay.VisitShape v : shape.visits()) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("recipientId", recipients.get(v.recipient()));
      body.put("serviceCode", v.service());
      body.put("firstDate", day.toString());
      body.put("startTime", String.format("%02d:%02d", v.startMinute() / 60, v.startMinute() % 60));
      body.put("durationMinutes", v.minutes());
      Api.Response r = api.as("admin").post("/api/v1/gig-orders", body);
      assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }
    System.out.printf("city_day_made_s: %.1f%n", (System.nanoTime() - started) / 1e9);

    Map<String, Object> run = new HashMap<>();
    run.put("date", day.toString());
    for (String who : List.of("staff", "admin")) {
      long t = System.nanoTime();
      Api.Response r = api.as(who).post("/api/v1/gig-dispatch", run);
      double seconds = (System.nanoTime() - t) / 1e9;
      assertThat(r.status()).as(r.toString()).isEqualTo(200);
      JsonNode report = r.json();
      System.out.printf(
          "city_day_dispatch_%s: considered %d, assigned %d, kept %d, moved %d, left %d,"
              + " request %.1f s (server %d ms)%n",
          who,
          report.path("considered").asInt(),
          report.path("assigned").asInt(),
          report.path("kept").asInt() + report.path("pinned").asInt(),
          report.path("moved").asInt(),
          report.path("unassignedCount").asInt(),
          seconds,
          report.path("millis").asLong());
    }
    long t = System.nanoTime();
    Api.Response page = api.as("admin").get("/gigs/visits?date=" + day);
    System.out.printf(
        "city_day_visits_page: %d in %.2f s%n", page.status(), (System.nanoTime() - t) / 1e9);
  }
}
