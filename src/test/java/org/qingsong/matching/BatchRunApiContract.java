package org.qingsong.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingsong.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * City-wide batch runs over HTTP on the demo city, on H2 and PostgreSQL: a run started by an
 * administrator reports progress to completion and its results are served; a run stopped after a
 * few chunks resumes without storing anyone twice and ends with the same results as a run that was
 * never stopped.
 */
abstract class BatchRunApiContract {
  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  Api api() {
    return Api.on(port);
  }

  JsonNode waitFor(long id, String status) throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(until)) {
      JsonNode run = api().as("staff").get("/api/v1/matching/batch-runs/" + id).json();
      if (!"RUNNING".equals(run.path("status").asString())) {
        assertThat(run.path("status").asString()).as(run.toString()).isEqualTo(status);
        return run;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("run " + id + " did not end");
  }

  long start(Map<String, Object> body) {
    Api.Response r = api().as("admin").post("/api/v1/matching/batch-runs", body);
    assertThat(r.status()).as(r.toString()).isEqualTo(202);
    long id = r.json().path("id").asLong();
    assertThat(r.header("Location")).endsWith("/api/v1/matching/batch-runs/" + id);
    return id;
  }

  List<String> results(long runId) {
    return jdbc.sql(
            "SELECT person_id, place, posting_id FROM matching_batch_result WHERE run_id = :r"
                + " ORDER BY person_id, place")
        .param("r", runId)
        .query((rs, n) -> rs.getLong(1) + "/" + rs.getInt(2) + "/" + rs.getLong(3))
        .list();
  }

  long activeSeekers() {
    return jdbc.sql("SELECT COUNT(*) FROM job_seeker WHERE active").query(Long.class).single();
  }

  @Test
  void aRunReportsProgressToCompletionAndItsResultsAreServed() throws Exception {
    long id = start(Map.of());
    JsonNode run = waitFor(id, "COMPLETED");
    assertThat(run.path("current").asBoolean()).isTrue();
    assertThat(run.path("startedVia").asString()).isEqualTo("API");
    assertThat(run.path("startedBy").asString()).isEqualTo("admin");
    assertThat(run.path("totalSeekers").asLong()).isEqualTo(activeSeekers()).isPositive();
    assertThat(run.path("processed").asLong()).isEqualTo(run.path("totalSeekers").asLong());
    assertThat(run.path("percent").asDouble()).isEqualTo(100.0);
    assertThat(run.path("etaSeconds").asLong()).isZero();
    assertThat(run.path("postings").asInt()).isPositive();
    assertThat(run.has("phase")).as("a finished run has no phase").isFalse();
    // It went through the ordering phase, before it finished.
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM matching_batch_run WHERE id = :id"
                        + " AND ordering_started_at IS NOT NULL"
                        + " AND ordering_started_at <= finished_at")
                .param("id", id)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    Long seeker =
        jdbc.sql(
                "SELECT r.person_id FROM matching_batch_result r JOIN person p ON p.id = r.person_id"
                    + " WHERE r.run_id = :r AND p.street_code = '430203004' ORDER BY r.person_id"
                    + " LIMIT 1")
            .param("r", id)
            .query(Long.class)
            .optional()
            .orElse(null);
    assertThat(seeker).as("a seeker of the staff's street with results").isNotNull();
    JsonNode served =
        api().as("staff").get("/api/v1/people/" + seeker + "/recommended-jobs").json();
    assertThat(served.path("source").asString()).isEqualTo("batch");
    assertThat(served.path("runId").asLong()).isEqualTo(id);
    List<Long> stored =
        jdbc.sql(
                "SELECT posting_id FROM matching_batch_result WHERE run_id = :r AND person_id = :p"
                    + " ORDER BY place")
            .param("r", id)
            .param("p", seeker)
            .query(Long.class)
            .list();
    assertThat(RecommendationApiContract.ids(served.path("items"), "postingId"))
        .containsExactlyElementsOf(stored);
    JsonNode first = served.path("items").get(0);
    double sum = 0;
    for (JsonNode part : first.path("parts")) {
      sum += part.path("contribution").asDouble();
    }
    assertThat(sum)
        .isCloseTo(first.path("score").asDouble(), org.assertj.core.data.Offset.offset(0.001));

    // People for a posting come from the run too: the seekers with the posting in their top ten,
    // best first.
    long posting =
        jdbc.sql(
                "SELECT posting_id FROM matching_batch_result WHERE run_id = :r"
                    + " GROUP BY posting_id ORDER BY COUNT(*) DESC, posting_id LIMIT 1")
            .param("r", id)
            .query(Long.class)
            .single();
    List<Long> best =
        jdbc.sql(
                "SELECT person_id FROM matching_batch_result WHERE run_id = :r AND posting_id = :p"
                    + " ORDER BY score DESC, person_id LIMIT 10")
            .param("r", id)
            .param("p", posting)
            .query(Long.class)
            .list();
    assertThat(best).hasSizeGreaterThan(1);
    JsonNode people =
        api().as("admin").get("/api/v1/jobs/" + posting + "/recommended-people").json();
    assertThat(people.path("source").asString()).isEqualTo("batch");
    assertThat(people.path("runId").asLong()).isEqualTo(id);
    assertThat(RecommendationApiContract.ids(people.path("items"), "personId"))
        .containsExactlyElementsOf(best);

    JsonNode list = api().as("auditor").get("/api/v1/matching/batch-runs").json();
    assertThat(list.path("items").toString()).contains("\"id\":" + id);
    JsonNode audit =
        api()
            .as("auditor")
            .get("/api/v1/audit?subjectType=MATCHING_BATCH_RUN&subjectId=" + id)
            .json()
            .path("items");
    assertThat(audit.toString()).contains("START");
  }

  @Test
  void aStoppedRunResumesWithoutDuplicatesAndEndsWithTheSameResults() throws Exception {
    long id = start(Map.of("chunkSize", 7, "maxChunks", 2));
    JsonNode stopped = waitFor(id, "INTERRUPTED");
    assertThat(stopped.path("chunksDone").asInt()).isEqualTo(2);
    assertThat(stopped.path("processed").asLong()).isEqualTo(14);
    assertThat(stopped.path("current").asBoolean()).isFalse();
    long seekersStored =
        jdbc.sql("SELECT COUNT(DISTINCT person_id) FROM matching_batch_result WHERE run_id = :r")
            .param("r", id)
            .query(Long.class)
            .single();
    assertThat(seekersStored).isLessThanOrEqualTo(14);

    // A second go of two more chunks, then the rest.
    Api.Response more =
        api()
            .as("admin")
            .post("/api/v1/matching/batch-runs/" + id + "/resume", Map.of("maxChunks", 2));
    assertThat(more.status()).as(more.toString()).isEqualTo(202);
    assertThat(waitFor(id, "INTERRUPTED").path("processed").asLong()).isEqualTo(28);
    assertThat(
            api().as("admin").post("/api/v1/matching/batch-runs/" + id + "/resume", null).status())
        .isEqualTo(202);
    JsonNode done = waitFor(id, "COMPLETED");
    assertThat(done.path("processed").asLong()).isEqualTo(activeSeekers());
    assertThat(
            jdbc.sql("SELECT SUM(seekers) FROM matching_batch_chunk WHERE run_id = :r")
                .param("r", id)
                .query(Long.class)
                .single())
        .isEqualTo(activeSeekers());
    List<String> resumed = results(id);
    assertThat(resumed).doesNotHaveDuplicates().isNotEmpty();

    long whole = start(Map.of("chunkSize", 1000));
    waitFor(whole, "COMPLETED");
    assertThat(results(whole)).containsExactlyElementsOf(resumed);
    // The new run is current at once; the older completed run is deleted after the switch, a
    // chunk at a time, results and checkpoints with it.
    assertThat(
            api()
                .as("admin")
                .get("/api/v1/matching/batch-runs/" + whole)
                .json()
                .path("current")
                .asBoolean())
        .isTrue();
    Instant until = Instant.now().plus(Duration.ofMinutes(1));
    while (api().as("admin").get("/api/v1/matching/batch-runs/" + id).status() != 404
        && Instant.now().isBefore(until)) {
      Thread.sleep(100);
    }
    assertThat(api().as("admin").get("/api/v1/matching/batch-runs/" + id).status()).isEqualTo(404);
    assertThat(results(id)).isEmpty();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM matching_batch_chunk WHERE run_id = :r")
                .param("r", id)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            api()
                .as("admin")
                .post("/api/v1/matching/batch-runs/" + whole + "/resume", null)
                .status())
        .isEqualTo(409);
  }

  /** One finished chunk of a run, of one seeker with one result. */
  void oneFinishedChunk(long runId) {
    Long person = jdbc.sql("SELECT MIN(person_id) FROM job_seeker").query(Long.class).single();
    Long posting = jdbc.sql("SELECT MIN(id) FROM job_posting").query(Long.class).single();
    jdbc.sql(
            "INSERT INTO matching_batch_chunk (run_id, first_person_id, last_person_id, seekers,"
                + " finished_at) VALUES (:r, :p, :p, 1, CURRENT_TIMESTAMP)")
        .param("r", runId)
        .param("p", person)
        .update();
    jdbc.sql(
            "INSERT INTO matching_batch_result (run_id, person_id, place, posting_id, score,"
                + " part_occupation, part_distance, part_pay, part_hours, part_priority,"
                + " distance_m) VALUES (:r, :p, 1, :j, 0.5, 1, 1, 1, 1, 1, 100)")
        .param("r", runId)
        .param("p", person)
        .param("j", posting)
        .update();
  }

  @Test
  void aRunningRunSaysWhetherItIsScoringOrPuttingItsResultsInPostingOrder() {
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO matching_batch_run (status, started_via, started_by, created_at,"
                + " started_at, chunk_size, top_k, total_seekers, processed, chunks_done,"
                + " postings, weights) VALUES ('RUNNING', 'API', 'admin', CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP - INTERVAL '10' SECOND, 2, 10, 4, 2, 1, 1, 'w')")
        .update(keys, "id");
    long id = keys.getKey().longValue();
    try {
      JsonNode scoring = api().as("staff").get("/api/v1/matching/batch-runs/" + id).json();
      assertThat(scoring.path("status").asString()).isEqualTo("RUNNING");
      assertThat(scoring.path("phase").asString()).isEqualTo("SCORING");
      assertThat(scoring.path("percent").asDouble()).isEqualTo(50.0);
      assertThat(scoring.path("etaSeconds").isNumber()).as(scoring.toString()).isTrue();

      jdbc.sql(
              "UPDATE matching_batch_run SET processed = 4, ordering_started_at = CURRENT_TIMESTAMP"
                  + " WHERE id = :id")
          .param("id", id)
          .update();
      JsonNode ordering = api().as("auditor").get("/api/v1/matching/batch-runs/" + id).json();
      assertThat(ordering.path("status").asString()).isEqualTo("RUNNING");
      assertThat(ordering.path("phase").asString()).isEqualTo("ORDERING");
      assertThat(ordering.path("percent").asDouble()).isEqualTo(100.0);
      assertThat(ordering.has("etaSeconds")).as(ordering.toString()).isFalse();
      assertThat(api().as("admin").get("/api/v1/matching/batch-runs").body())
          .contains("\"id\":" + id + ",\"status\":\"RUNNING\",\"phase\":\"ORDERING\"");
    } finally {
      jdbc.sql("DELETE FROM matching_batch_run WHERE id = :id").param("id", id).update();
    }
  }

  @Test
  void aRunDeletesWhatADeletionStoppedHalfwayLeftOfAnOlderRun() throws Exception {
    // An older completed run of which a stopped deletion left one chunk: its checkpoint and rows.
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO matching_batch_run (status, started_via, started_by, created_at,"
                + " started_at, finished_at, chunk_size, top_k, total_seekers, processed,"
                + " chunks_done, postings, weights) VALUES ('COMPLETED', 'API', 'admin',"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 2, 10, 4, 4, 2,"
                + " 1, 'w')")
        .update(keys, "id");
    long left = keys.getKey().longValue();
    oneFinishedChunk(left);

    long id = start(Map.of());
    waitFor(id, "COMPLETED");
    Instant until = Instant.now().plus(Duration.ofMinutes(1));
    while (api().as("admin").get("/api/v1/matching/batch-runs/" + left).status() != 404
        && Instant.now().isBefore(until)) {
      Thread.sleep(100);
    }
    assertThat(api().as("admin").get("/api/v1/matching/batch-runs/" + left).status())
        .isEqualTo(404);
    assertThat(results(left)).isEmpty();
    assertThat(results(id)).isNotEmpty();
  }

  @Test
  void aStoppedRunOlderThanTheCurrentRunCannotBeResumedAndGoesWithTheNextRun() throws Exception {
    long current = start(Map.of());
    waitFor(current, "COMPLETED");
    // A run stopped before the current one completed (ids are given in order; this one is older).
    long stale =
        jdbc.sql("SELECT COALESCE(MIN(id), 1) - 1 FROM matching_batch_run")
            .query(Long.class)
            .single();
    jdbc.sql(
            "INSERT INTO matching_batch_run (id, status, started_via, started_by, created_at,"
                + " started_at, finished_at, chunk_size, top_k, total_seekers, processed,"
                + " chunks_done, postings, weights) VALUES (:id, 'INTERRUPTED', 'API', 'admin',"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 2, 10, 4, 2, 1,"
                + " 1, 'w')")
        .param("id", stale)
        .update();
    oneFinishedChunk(stale);

    // Resuming it would put older results in place of the current ones: refused, in both languages.
    Api.Response refused =
        api().as("admin").post("/api/v1/matching/batch-runs/" + stale + "/resume", null);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.json().path("detail").asString())
        .contains("已被更新的运行")
        .contains(String.valueOf(current));
    Api.Response english =
        api()
            .as("admin")
            .inLanguage("en")
            .post("/api/v1/matching/batch-runs/" + stale + "/resume", null);
    assertThat(english.json().path("detail").asString()).contains("replaced by the newer run");
    assertThat(
            api()
                .as("admin")
                .get("/api/v1/matching/batch-runs/" + stale)
                .json()
                .path("status")
                .asString())
        .isEqualTo("INTERRUPTED");
    assertThat(results(stale)).hasSize(1);

    // The next run to complete deletes it with the run it replaces.
    long next = start(Map.of());
    waitFor(next, "COMPLETED");
    Instant until = Instant.now().plus(Duration.ofMinutes(1));
    while ((api().as("admin").get("/api/v1/matching/batch-runs/" + stale).status() != 404
            || api().as("admin").get("/api/v1/matching/batch-runs/" + current).status() != 404)
        && Instant.now().isBefore(until)) {
      Thread.sleep(100);
    }
    assertThat(api().as("admin").get("/api/v1/matching/batch-runs/" + stale).status())
        .isEqualTo(404);
    assertThat(api().as("admin").get("/api/v1/matching/batch-runs/" + current).status())
        .isEqualTo(404);
    assertThat(results(stale)).isEmpty();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM matching_batch_chunk WHERE run_id = :r")
                .param("r", stale)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void onlyAdministratorsStartRunsAndBadOptionsAreRefused() {
    assertThat(api().as("staff").post("/api/v1/matching/batch-runs", Map.of()).status())
        .isEqualTo(403);
    assertThat(api().as("resident").get("/api/v1/matching/batch-runs").status()).isEqualTo(403);
    Api.Response bad =
        api()
            .as("admin")
            .post("/api/v1/matching/batch-runs", Map.of("chunkSize", 0, "maxChunks", 0));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.fieldError("chunkSize")).isNotBlank();
    assertThat(bad.fieldError("maxChunks")).isNotBlank();
    assertThat(api().as("admin").get("/api/v1/matching/batch-runs/99999999").status())
        .isEqualTo(404);
  }
}
