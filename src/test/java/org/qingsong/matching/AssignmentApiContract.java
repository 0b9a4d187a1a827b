package org.qingsong.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingsong.support.Api;
import org.qingsong.support.Residents;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/matching/assignments} over HTTP, on H2 and on PostgreSQL. */
abstract class AssignmentApiContract {
  static final String HOME_STREET = "430203004";
  static final String PATH = "/api/v1/matching/assignments";

  @LocalServerPort int port;

  Api staff() {
    return Api.on(port).as("staff");
  }

  long person(String name, List<String> skills, List<String> groups) {
    Map<String, Object> body = Residents.person(name, HOME_STREET);
    body.put("skills", skills);
    body.put("priorityGroups", groups);
    Api.Response created = staff().post("/api/v1/people", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().path("id").asLong();
  }

  long posting(String title, String occupation, List<String> skills, List<String> relaxations) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("description", "社区岗位，每周上班五天，岗前免费培训，单位缴纳社会保险，工作地点在董家塅街道。");
    body.put("occupationCode", occupation);
    body.put("kind", "FULL_TIME");
    body.put("positions", 1);
    body.put("payMin", "3000");
    body.put("payMax", "4000");
    body.put("payUnit", "MONTH");
    body.put("streetCode", HOME_STREET);
    body.put("weeklyHours", 40);
    body.put("contact", "0731-22881234 刘女士");
    body.put("validUntil", LocalDate.now().plusDays(30).toString());
    body.put("certificates", List.of());
    body.put("skills", skills);
    body.put("relaxations", relaxations);
    Api.Response created = Api.on(port).as("employer").post("/api/v1/jobs", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().path("id").asLong();
  }

  @Test
  void placesEachCandidateWhereTheComputedFitIsBest() {
    long carer = person("柳春花", List.of("养老护理"), List.of("AGED_4050"));
    long cleaner = person("柳秋月", List.of("保洁"), List.of());
    long care = posting("社区养老护理员", "EC001", List.of("养老护理"), List.of("SUITS_4050"));
    long clean = posting("小区保洁员", "HS007", List.of("保洁"), List.of());

    // Listed against the grain: the cleaning post first.
    Api.Response r =
        staff()
            .post(
                PATH,
                Map.of(
                    "candidates", List.of(carer, cleaner),
                    "positions", List.of(String.valueOf(clean), String.valueOf(care))));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode plan = r.json();
    assertThat(plan.path("fitComputed").asBoolean()).isTrue();
    JsonNode pairs = plan.path("pairs");
    assertThat(pairs.size()).isEqualTo(2);
    assertThat(pairs.get(0).path("candidate").asLong()).isEqualTo(carer);
    assertThat(pairs.get(0).path("position").asString()).isEqualTo(String.valueOf(care));
    assertThat(pairs.get(0).path("parts").path("occupation").asInt()).isEqualTo(50);
    assertThat(pairs.get(0).path("parts").path("priority").asInt()).isEqualTo(20);
    assertThat(pairs.get(1).path("candidate").asLong()).isEqualTo(cleaner);
    assertThat(pairs.get(1).path("position").asString()).isEqualTo(String.valueOf(clean));
    assertThat(pairs.get(1).path("parts").path("occupation").asInt()).isEqualTo(50);
    int sum = pairs.get(0).path("fit").asInt() + pairs.get(1).path("fit").asInt();
    assertThat(plan.path("total").asLong()).isEqualTo(sum);
    assertThat(plan.path("unplacedCandidates").size()).isZero();
  }

  @Test
  void placesCandidatesIntoInterviewSlotsByAGivenFitAndSaysWhoIsLeftOver() {
    long a = person("柳一", List.of(), List.of());
    long b = person("柳二", List.of(), List.of());
    long c = person("柳三", List.of(), List.of());
    List<List<Integer>> fit = new ArrayList<>();
    fit.add(Arrays.asList(10, 9));
    fit.add(Arrays.asList(9, 1));
    fit.add(Arrays.asList(2, null));
    Map<String, Object> body = new HashMap<>();
    body.put("candidates", List.of(a, b, c));
    body.put("positions", List.of("11-27 09:00", "11-27 10:00"));
    body.put("fit", fit);
    Api.Response r = staff().post(PATH, body);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode plan = r.json();
    assertThat(plan.path("total").asLong()).isEqualTo(18);
    assertThat(plan.path("fitComputed").asBoolean()).isFalse();
    assertThat(plan.path("pairs").get(0).path("position").asString()).isEqualTo("11-27 10:00");
    assertThat(plan.path("pairs").get(0).has("parts")).isFalse();
    assertThat(plan.path("unplacedCandidates").get(0).asLong()).isEqualTo(c);
    assertThat(plan.path("unfilledPositions").size()).isZero();
  }

  @Test
  void answersBadRequestsFieldByField() {
    Api.Response empty = staff().post(PATH, Map.of());
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.fieldError("candidates")).isNotNull();
    assertThat(empty.fieldError("positions")).isNotNull();

    long a = person("柳四", List.of(), List.of());
    Map<String, Object> body = new HashMap<>();
    body.put("candidates", List.of(a, a));
    body.put("positions", List.of("x"));
    Api.Response twice = staff().post(PATH, body);
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.fieldError("candidates[1]")).contains(String.valueOf(a));

    body.put("candidates", List.of(a));
    body.put("fit", List.of(List.of(5000)));
    Api.Response range = staff().inLanguage("en").post(PATH, body);
    assertThat(range.status()).isEqualTo(400);
    assertThat(range.fieldError("fit[0][0]")).contains("between 0 and 1000");

    body.put("fit", List.of(List.of(1), List.of(2)));
    assertThat(staff().post(PATH, body).fieldError("fit")).isNotNull();

    body.remove("fit");
    Api.Response notAPosting = staff().post(PATH, body);
    assertThat(notAPosting.status()).isEqualTo(400);
    assertThat(notAPosting.fieldError("positions[0]")).contains("找不到岗位");

    body.put("candidates", List.of(999_999_999L));
    body.put("fit", List.of(List.of(1)));
    assertThat(staff().post(PATH, body).fieldError("candidates[0]")).contains("999999999");

    List<Long> many = new ArrayList<>();
    for (long i = 1; i <= AssignmentSolver.MAX_SIZE + 1; i++) {
      many.add(i);
    }
    body.put("candidates", many);
    body.remove("fit");
    assertThat(staff().post(PATH, body).fieldError("candidates")).contains("2000");
  }

  @Test
  void onlyStaffAndAdministratorsPlan() {
    Map<String, Object> body = Map.of("candidates", List.of(1), "positions", List.of("x"));
    assertThat(Api.on(port).post(PATH, body).status()).isEqualTo(401);
    assertThat(Api.on(port).as("employer").post(PATH, body).status()).isEqualTo(403);
    assertThat(Api.on(port).as("resident").post(PATH, body).status()).isEqualTo(403);
    assertThat(Api.on(port).as("caseworker").post(PATH, body).status()).isEqualTo(403);
  }
}
