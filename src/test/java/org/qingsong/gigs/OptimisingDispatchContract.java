package org.qingsong.gigs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qingsong.gigs.GigFixtures.SHANGHAI;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingsong.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * "Assign all of a day" through the real HTTP endpoint with the matching module's Timefold
 * dispatcher in place: a day of visits for a handful of workers ends with every visit booked
 * through the assignment path (none refused), pinned visits on their worker, and no two visits of a
 * worker within the travel buffer.
 */
abstract class OptimisingDispatchContract {
  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void theOptimisingDispatcherBooksAFeasibleDayAndKeepsPinnedVisits() {
    Api api = Api.on(port);
    GigFixtures fx = new GigFixtures(api);
    LocalDate day = LocalDate.now(SHANGHAI).plusDays(100 + (int) (System.nanoTime() % 200));
    List<Long> workers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Map<String, Object> body =
          fx.workerBody(fx.person("优化派单" + "甲乙丙丁".charAt(i)), day.plusYears(1));
      body.put("homeLat", 27.79 + i * 0.01);
      body.put("maxHoursPerDay", 6);
      workers.add(fx.worker(body));
    }
    List<Long> recipients = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      recipients.add(fx.recipient(fx.person("优化客户" + "甲乙丙".charAt(i))));
    }
    List<Long> visits = new ArrayList<>();
    String[] starts = {"08:00", "08:30", "09:00", "10:30", "11:00", "13:00", "14:00", "15:30"};
    for (int i = 0; i < starts.length; i++) {
      visits.add(fx.visit(recipients.get(i % 3), day, starts[i], 90));
    }
    long pinned = visits.get(5);
    assertThat(fx.assign(pinned, workers.get(3)).status()).isEqualTo(200);

    Api.Response tooLong =
        api.as("staff")
            .post("/api/v1/gig-dispatch", Map.of("date", day.toString(), "budgetSeconds", 99));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.fieldError("budgetSeconds")).contains("30");

    Map<String, Object> run = new HashMap<>();
    run.put("date", day.toString());
    run.put("budgetSeconds", 3);
    Api.Response r = api.as("staff").post("/api/v1/gig-dispatch", run);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode report = r.json();
    assertThat(report.path("dispatcher").asString()).isEqualTo("timefold");
    assertThat(report.path("pinned").asInt()).isGreaterThanOrEqualTo(1);
    for (JsonNode left : report.path("unassigned")) {
      assertThat(visits).as(report.toString()).doesNotContain(left.path("visitId").asLong());
    }
    for (long v : visits) {
      JsonNode visit = api.as("staff").get("/api/v1/gig-visits/" + v).json();
      assertThat(visit.path("status").asString()).as(visit.toString()).isEqualTo("ASSIGNED");
      assertThat(visit.path("workerId").isNumber()).isTrue();
    }
    JsonNode p = api.as("staff").get("/api/v1/gig-visits/" + pinned).json();
    assertThat(p.path("workerId").asLong()).isEqualTo(workers.get(3));
    assertThat(p.path("pinned").asBoolean()).isTrue();
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
    Map<Long, Long> minutes = new HashMap<>();
    jdbc.sql(
            """
            SELECT worker_id, starts_at, ends_at FROM gig_visit
            WHERE visit_date = :day AND worker_id IS NOT NULL AND status <> 'CANCELLED'
            """)
        .param("day", day)
        .query(
            (rs, n) ->
                minutes.merge(
                    rs.getLong(1),
                    java.time.Duration.between(
                            rs.getObject(2, java.time.OffsetDateTime.class),
                            rs.getObject(3, java.time.OffsetDateTime.class))
                        .toMinutes(),
                    Long::sum))
        .list();
    for (long w : workers) {
      assertThat(minutes.getOrDefault(w, 0L))
          .as("minutes of worker %d", w)
          .isLessThanOrEqualTo(360);
    }
  }
}
