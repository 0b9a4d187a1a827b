package org.qingsong.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingsong.support.Api;
import org.qingsong.support.Residents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Job-seeking profiles over HTTP, on H2 and on PostgreSQL: who may read and set them, the
 * availability format and its 168-bit mask, validation, audit, and the streaming read for batch
 * work.
 */
abstract class JobSeekerApiContract {
  static final String HOME_STREET = "430203004";
  static final String OTHER_STREET = "430202001";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired JobSeekers seekers;

  Api api() {
    return Api.on(port);
  }

  long person(String name, String street) {
    Api.Response created = api().as("admin").post("/api/v1/people", Residents.person(name, street));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().path("id").asLong();
  }

  long residentId() {
    return jdbc.sql("SELECT person_id FROM app_user WHERE username = 'resident'")
        .query(Long.class)
        .single();
  }

  static Map<String, Object> profile() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("occupationCodes", List.of("EC001", "HC001"));
    body.put("minPay", "3200");
    body.put("payUnit", "MONTH");
    body.put("maxDistanceKm", 8.5);
    body.put("kinds", List.of("PART_TIME", "FULL_TIME"));
    body.put(
        "availability",
        Map.of(
            "MONDAY",
            List.of("14:00-18:00", "09:00-12:00", "12:00-13:00"),
            "SATURDAY",
            List.of("20:00-24:00")));
    return body;
  }

  @Test
  void staffSetAProfileOfTheirStreetAndReadItBackWithTheMaskAsRanges() {
    long id = person("李秀兰", HOME_STREET);
    assertThat(api().as("staff").get("/api/v1/people/" + id + "/job-seeker").status())
        .isEqualTo(404);

    Api.Response put = api().as("staff").put("/api/v1/people/" + id + "/job-seeker", profile());
    assertThat(put.status()).as(put.toString()).isEqualTo(200);

    JsonNode got = api().as("staff").get("/api/v1/people/" + id + "/job-seeker").json();
    assertThat(got.path("personId").asLong()).isEqualTo(id);
    assertThat(got.path("active").asBoolean()).isTrue();
    assertThat(got.path("occupations").get(0).path("code").asString()).isEqualTo("EC001");
    assertThat(got.path("occupations").get(0).path("nameZh").asString()).isEqualTo("养老护理员");
    assertThat(got.path("occupations").get(1).path("code").asString()).isEqualTo("HC001");
    assertThat(got.path("minPay").decimalValue()).isEqualByComparingTo("3200");
    assertThat(got.path("payUnit").asString()).isEqualTo("MONTH");
    assertThat(got.path("maxDistanceKm").asDouble()).isEqualTo(8.5);
    assertThat(got.path("kinds").toString()).isEqualTo("[\"FULL_TIME\",\"PART_TIME\"]");
    // Adjacent ranges are merged; days without hours are left out.
    assertThat(got.path("availability").path("MONDAY").toString())
        .isEqualTo("[\"09:00-13:00\",\"14:00-18:00\"]");
    assertThat(got.path("availability").path("SATURDAY").toString()).isEqualTo("[\"20:00-24:00\"]");
    assertThat(got.path("availability").has("TUESDAY")).isFalse();
    assertThat(got.path("availableHoursPerWeek").asInt()).isEqualTo(12);
    // Home defaults to the person's street point (the test person has no community).
    Map<String, Object> street =
        jdbc.sql("SELECT lat, lng FROM division WHERE code = :c")
            .param("c", HOME_STREET)
            .query()
            .singleRow();
    assertThat(got.path("lat").asDouble()).isEqualTo(((Number) street.get("lat")).doubleValue());
    assertThat(got.path("lng").asDouble()).isEqualTo(((Number) street.get("lng")).doubleValue());
    assertThat(got.path("updatedBy").asString()).isEqualTo("staff");

    // The mask in the database: Monday 09-13 and 14-18 are hours 9..12 and 14..17; Saturday
    // 20-24 is hours 140..143 (bits 12..15 of the third word).
    Map<String, Object> row =
        jdbc.sql(
                "SELECT availability_0, availability_1, availability_2 FROM job_seeker WHERE person_id = :id")
            .param("id", id)
            .query()
            .singleRow();
    long monday = 0;
    for (int h : new int[] {9, 10, 11, 12, 14, 15, 16, 17}) {
      monday |= 1L << h;
    }
    assertThat(((Number) row.get("availability_0")).longValue()).isEqualTo(monday);
    assertThat(((Number) row.get("availability_1")).longValue()).isZero();
    assertThat(((Number) row.get("availability_2")).longValue()).isEqualTo(0xFL << 12);

    JsonNode audit =
        api()
            .as("auditor")
            .get("/api/v1/audit?subjectType=JOB_SEEKER&subjectId=" + id)
            .json()
            .path("items");
    assertThat(audit.size()).isEqualTo(1);
    assertThat(audit.get(0).path("action").asString()).isEqualTo("CREATE");
    assertThat(audit.get(0).path("actor").asString()).isEqualTo("staff");
  }

  @Test
  void aSecondPutReplacesTheProfileAndIsAuditedAsAnUpdate() {
    long id = person("赵丽", HOME_STREET);
    assertThat(api().as("staff").put("/api/v1/people/" + id + "/job-seeker", profile()).status())
        .isEqualTo(200);
    Map<String, Object> changed = profile();
    changed.put("active", false);
    changed.put("occupationCodes", List.of("HS005"));
    changed.put("minPay", "30");
    changed.put("payUnit", "hour");
    changed.put("kinds", List.of("GIG"));
    changed.put("lat", 27.85);
    changed.put("lng", 113.15);
    Api.Response put = api().as("admin").put("/api/v1/people/" + id + "/job-seeker", changed);
    assertThat(put.status()).as(put.toString()).isEqualTo(200);
    JsonNode got = put.json();
    assertThat(got.path("active").asBoolean()).isFalse();
    assertThat(got.path("occupations").size()).isEqualTo(1);
    assertThat(got.path("payUnit").asString()).isEqualTo("HOUR");
    assertThat(got.path("lat").asDouble()).isEqualTo(27.85);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM job_seeker_occupation WHERE person_id = :id")
                .param("id", id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    JsonNode audit =
        api()
            .as("auditor")
            .get("/api/v1/audit?action=UPDATE&subjectType=JOB_SEEKER&subjectId=" + id)
            .json()
            .path("items");
    assertThat(audit.size()).isEqualTo(1);
    assertThat(audit.get(0).path("actor").asString()).isEqualTo("admin");
  }

  @Test
  void aResidentSetsTheirOwnProfileOnlyAndOtherRolesMayNot() {
    long self = residentId();
    Api.Response own =
        api().as("resident").put("/api/v1/people/" + self + "/job-seeker", profile());
    assertThat(own.status()).as(own.toString()).isEqualTo(200);
    assertThat(api().as("resident").get("/api/v1/people/" + self + "/job-seeker").status())
        .isEqualTo(200);

    long other = person("钱伟", HOME_STREET);
    assertThat(
            api().as("resident").put("/api/v1/people/" + other + "/job-seeker", profile()).status())
        .isEqualTo(404);
    assertThat(
            api().as("employer").put("/api/v1/people/" + other + "/job-seeker", profile()).status())
        .isEqualTo(403);
    assertThat(api().as("employer").get("/api/v1/people/" + self + "/job-seeker").status())
        .isEqualTo(403);
    assertThat(
            api().as("auditor").put("/api/v1/people/" + other + "/job-seeker", profile()).status())
        .isEqualTo(403);
    assertThat(
            api()
                .as("caseworker")
                .put("/api/v1/people/" + other + "/job-seeker", profile())
                .status())
        .isEqualTo(403);
    assertThat(api().as("auditor").get("/api/v1/people/" + self + "/job-seeker").status())
        .isEqualTo(200);

    long elsewhere = person("孙强", OTHER_STREET);
    assertThat(
            api()
                .as("staff")
                .put("/api/v1/people/" + elsewhere + "/job-seeker", profile())
                .status())
        .isEqualTo(404);
    assertThat(api().get("/api/v1/people/" + self + "/job-seeker").status()).isEqualTo(401);
    assertThat(api().as("admin").get("/api/v1/people/99999999/job-seeker").status()).isEqualTo(404);
  }

  @Test
  void badValuesAreRefusedFieldByFieldAndChangeNothing() {
    long id = person("周慧", HOME_STREET);
    Map<String, Object> body = profile();
    body.put("occupationCodes", List.of("EC001", "ZZ999"));
    body.put("minPay", "-5");
    body.put("maxDistanceKm", 0);
    body.put("kinds", List.of("FULL_TIME", "SOMETIMES"));
    body.put(
        "availability",
        Map.of(
            "MONDAY",
            List.of("9-12", "09:30-12:00", "18:00-17:00"),
            "FUNDAY",
            List.of("09:00-10:00")));

    Api.Response zh = api().as("staff").put("/api/v1/people/" + id + "/job-seeker", body);
    assertThat(zh.status()).isEqualTo(400);
    assertThat(zh.header("Content-Type")).startsWith("application/problem+json");
    assertThat(zh.fieldError("occupationCodes[1]")).contains("ZZ999");
    assertThat(zh.fieldError("minPay")).contains("负数");
    assertThat(zh.fieldError("maxDistanceKm")).contains("100");
    assertThat(zh.fieldError("kinds[1]")).contains("SOMETIMES");
    assertThat(zh.fieldError("availability.MONDAY[0]")).contains("09:00-12:00");
    assertThat(zh.fieldError("availability.MONDAY[1]")).contains("整点");
    assertThat(zh.fieldError("availability.MONDAY[2]")).contains("整点");
    assertThat(zh.fieldError("availability.FUNDAY")).contains("FUNDAY");

    body = profile();
    body.put("maxDistanceKm", 100.5);
    body.put("availability", Map.of());
    body.put("occupationCodes", List.of());
    Api.Response en =
        api().as("staff").inLanguage("en").put("/api/v1/people/" + id + "/job-seeker", body);
    assertThat(en.status()).isEqualTo(400);
    assertThat(en.fieldError("maxDistanceKm")).contains("at most 100 km");
    assertThat(en.fieldError("availability")).isNotBlank();
    assertThat(en.fieldError("occupationCodes")).isNotBlank();

    assertThat(api().as("staff").get("/api/v1/people/" + id + "/job-seeker").status())
        .isEqualTo(404);
    assertThat(
            api()
                .as("auditor")
                .get("/api/v1/audit?subjectType=JOB_SEEKER&subjectId=" + id)
                .json()
                .path("total")
                .asLong())
        .isZero();
  }

  @Test
  void activeProfilesStreamInIdOrderAndPausedOnesAreLeftOut() {
    long active = person("吴芳", HOME_STREET);
    long paused = person("郑军", HOME_STREET);
    assertThat(
            api().as("staff").put("/api/v1/people/" + active + "/job-seeker", profile()).status())
        .isEqualTo(200);
    Map<String, Object> off = profile();
    off.put("active", false);
    assertThat(api().as("staff").put("/api/v1/people/" + paused + "/job-seeker", off).status())
        .isEqualTo(200);

    List<SeekerProfile> seen = new ArrayList<>();
    long passed = seekers.forEachActive(seen::add);
    assertThat(passed).isEqualTo(seen.size()).isEqualTo(seekers.countActive());
    // The demo city gives a share of its residents a profile.
    assertThat(seen.size()).isGreaterThan(20);
    for (int i = 1; i < seen.size(); i++) {
      assertThat(seen.get(i).personId()).isGreaterThan(seen.get(i - 1).personId());
    }
    SeekerProfile mine =
        seen.stream().filter(p -> p.personId() == active).findFirst().orElseThrow();
    assertThat(seen).noneMatch(p -> p.personId() == paused);
    assertThat(mine.occupationCodes()).containsExactly("EC001", "HC001");
    assertThat(mine.priorityGroups()).containsExactly(PriorityGroup.AGED_4050);
    assertThat(mine.certificates()).containsExactly("养老护理员（五级）");
    assertThat(mine.availability().available(DayOfWeek.MONDAY, 9)).isTrue();
    assertThat(mine.availability().available(DayOfWeek.MONDAY, 13)).isFalse();
    assertThat(mine.accepts(WorkKind.GIG)).isFalse();
    assertThat(seen).allMatch(p -> !p.occupationCodes().isEmpty() && !p.availability().isEmpty());

    List<SeekerProfile> firstTwo = seekers.page(0, 2);
    assertThat(firstTwo).hasSize(2);
    assertThat(seekers.page(firstTwo.get(1).personId(), 1).get(0).personId())
        .isEqualTo(seen.get(2).personId());
  }
}
