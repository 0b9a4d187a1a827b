package org.qingsong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The weekly job walls over HTTP, on H2 and on PostgreSQL: residents opt in, staff of the station's
 * street pick published postings and consenting seekers, and the public wall shows seekers masked.
 * Each test uses its own ISO week so that walls do not mix.
 */
abstract class JobWallApiContract {
  static final String HOME_STREET = JobApiContract.HOME_STREET;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  Api api() {
    return Api.on(port);
  }

  long userColumn(String username, String column) {
    return jdbc.sql("SELECT " + column + " FROM app_user WHERE username = :u")
        .param("u", username)
        .query(Long.class)
        .single();
  }

  long residentId() {
    return userColumn("resident", "person_id");
  }

  long staffStation() {
    return userColumn("staff", "station_id");
  }

  long publishPosting(String title) {
    Api.Response created =
        api().as("employer").post("/api/v1/jobs", JobApiContract.honestPosting(title));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().path("status").asString()).isEqualTo("PUBLISHED");
    return created.json().path("id").asLong();
  }

  String wallPath(long station, String week) {
    return "/api/v1/stations/" + station + "/walls/" + week;
  }

  @Test
  void aConsentingResidentAppearsMaskedOnTheWallStaffPublish() {
    long person = residentId();
    Api.Response consent =
        api()
            .as("resident")
            .put("/api/v1/people/" + person + "/wall-consent", Map.of("wantedJob", "养老护理员"));
    assertThat(consent.status()).as(consent.toString()).isEqualTo(200);
    assertThat(consent.json().path("wantedJob").asString()).isEqualTo("养老护理员");
    long posting = publishPosting("社区助餐点帮厨");
    long station = staffStation();

    Api.Response published =
        api()
            .as("staff")
            .put(
                wallPath(station, "2031-W10"),
                Map.of("hiring", List.of(posting), "seeking", List.of(person)));
    assertThat(published.status()).as(published.toString()).isEqualTo(200);

    Api.Response wall = api().get(wallPath(station, "2031-W10"));
    assertThat(wall.status()).isEqualTo(200);
    JsonNode json = wall.json();
    assertThat(json.path("week").asString()).isEqualTo("2031-W10");
    assertThat(json.path("station").path("id").asLong()).isEqualTo(station);
    assertThat(json.path("hiring").get(0).path("title").asString()).isEqualTo("社区助餐点帮厨");
    assertThat(json.path("hiring").get(0).path("pay").asString()).isEqualTo("3800–5200 元/月");
    assertThat(json.path("hiring").get(0).path("relaxations").toString()).contains("适合4050人员");
    JsonNode seeker = json.path("seeking").get(0);
    assertThat(seeker.path("maskedName").asString()).matches("\\p{IsHan}{1,2}(女士|先生)");
    assertThat(seeker.path("ageBand").asString()).matches("\\d\\d(–\\d\\d岁|岁及以上)");
    assertThat(seeker.path("wantedJob").asString()).isEqualTo("养老护理员");
    assertThat(seeker.has("personId")).isFalse();
    assertThat(seeker.has("idNumber")).isFalse();
    assertThat(seeker.has("phone")).isFalse();

    Map<String, Object> secrets =
        jdbc.sql("SELECT name, id_number, phone FROM person WHERE id = :id")
            .param("id", person)
            .query()
            .singleRow();
    String body = wall.body();
    assertThat(body)
        .doesNotContain((String) secrets.get("id_number"))
        .doesNotContain((String) secrets.get("phone"))
        // The last four digits alone, not as part of a longer number such as a timestamp.
        .doesNotContainPattern(
            "(?<!\\d)" + ((String) secrets.get("phone")).substring(7) + "(?!\\d)");
    String name = (String) secrets.get("name");
    if (name.length() > 1) {
      assertThat(body).doesNotContain(name);
    }

    assertThat(
            api()
                .inLanguage("en")
                .get(wallPath(station, "2031-W10"))
                .json()
                .path("hiring")
                .get(0)
                .path("pay")
                .asString())
        .isEqualTo("¥3800–5200 per month");
    JsonNode trail = api().as("auditor").get("/api/v1/audit?subjectType=JOB_WALL").json();
    assertThat(trail.toString()).contains(station + "/2031-W10");
  }

  @Test
  void withdrawingConsentTakesTheSeekerOffEveryWall() {
    long person = residentId();
    api()
        .as("resident")
        .put("/api/v1/people/" + person + "/wall-consent", Map.of("wantedJob", "保洁"));
    long station = staffStation();
    Api.Response published =
        api()
            .as("staff")
            .put(
                wallPath(station, "2031-W11"),
                Map.of("hiring", List.of(), "seeking", List.of(person)));
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    assertThat(api().get(wallPath(station, "2031-W11")).json().path("seeking").size()).isEqualTo(1);

    assertThat(api().as("resident").delete("/api/v1/people/" + person + "/wall-consent").status())
        .isEqualTo(204);
    assertThat(api().get(wallPath(station, "2031-W11")).json().path("seeking").size()).isZero();
    assertThat(
            api()
                .as("resident")
                .get("/api/v1/people/" + person + "/wall-consent")
                .json()
                .path("withdrawnAt")
                .isNull())
        .isFalse();

    Api.Response again =
        api()
            .as("staff")
            .put(
                wallPath(station, "2031-W11"),
                Map.of("hiring", List.of(), "seeking", List.of(person)));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.fieldError("seeking[0]")).contains("同意");
    assertThat(api().as("resident").delete("/api/v1/people/" + person + "/wall-consent").status())
        .isEqualTo(204);
  }

  @Test
  void badWeeksUnpublishedPostingsAndSeekersWithoutConsentAreRefused() {
    long station = staffStation();
    Api.Response badFormat =
        api().as("staff").put(wallPath(station, "2026-48"), Map.of("hiring", List.of()));
    assertThat(badFormat.status()).isEqualTo(400);
    assertThat(badFormat.fieldError("isoWeek")).contains("2026-W48");
    assertThat(
            api()
                .as("staff")
                .put(wallPath(station, "2026-W54"), Map.of("hiring", List.of()))
                .fieldError("isoWeek"))
        .isNotNull();
    assertThat(api().get(wallPath(station, "2026-W00")).status()).isEqualTo(400);
    assertThat(api().get(wallPath(station, "2026-W53")).status()).isEqualTo(200);
    assertThat(api().get(wallPath(station, "2027-W53")).status()).isEqualTo(400);

    Api.Response draft =
        api()
            .as("employer")
            .post("/api/v1/jobs?submit=false", JobApiContract.honestPosting("仓储打包员"));
    long draftId = draft.json().path("id").asLong();
    Api.Response unpublished =
        api().as("staff").put(wallPath(station, "2031-W12"), Map.of("hiring", List.of(draftId)));
    assertThat(unpublished.status()).isEqualTo(400);
    assertThat(unpublished.fieldError("hiring[0]")).contains("不是已发布");

    Api.Response registered =
        api().as("staff").post("/api/v1/people", Residents.person("赵敏", HOME_STREET));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    long stranger = registered.json().path("id").asLong();
    Api.Response noConsent =
        api().as("staff").put(wallPath(station, "2031-W12"), Map.of("seeking", List.of(stranger)));
    assertThat(noConsent.status()).isEqualTo(400);
    assertThat(noConsent.fieldError("seeking[0]")).isNotNull();

    assertThat(api().get(wallPath(station, "2031-W12")).json().path("hiring").size()).isZero();
  }

  @Test
  void onlyStaffOfTheStationsStreetPublishItsWalls() {
    long otherStation = -1;
    for (JsonNode s : api().get("/api/v1/stations?size=100").json().path("items")) {
      if (!HOME_STREET.equals(s.path("streetCode").asString())) {
        otherStation = s.path("id").asLong();
        break;
      }
    }
    assertThat(otherStation).isPositive();
    Map<String, Object> empty = Map.of("hiring", List.of(), "seeking", List.of());
    assertThat(api().as("staff").put(wallPath(otherStation, "2031-W13"), empty).status())
        .isEqualTo(403);
    assertThat(api().as("admin").put(wallPath(otherStation, "2031-W13"), empty).status())
        .isEqualTo(200);
    assertThat(api().as("resident").put(wallPath(staffStation(), "2031-W13"), empty).status())
        .isEqualTo(403);
    assertThat(api().as("employer").put(wallPath(staffStation(), "2031-W13"), empty).status())
        .isEqualTo(403);
    assertThat(api().put(wallPath(staffStation(), "2031-W13"), empty).status()).isEqualTo(401);
    assertThat(api().get(wallPath(99999999, "2031-W13")).status()).isEqualTo(404);
  }

  @Test
  void consentIsGivenByTheResidentOrTheirStreetsStaffAndTheWantedJobIsShort() {
    Api.Response registered =
        api().as("staff").post("/api/v1/people", Residents.person("钱秀英", HOME_STREET));
    long other = registered.json().path("id").asLong();
    String path = "/api/v1/people/" + other + "/wall-consent";
    assertThat(api().as("resident").put(path, Map.of("wantedJob", "保洁")).status()).isEqualTo(403);
    assertThat(api().as("employer").put(path, Map.of("wantedJob", "保洁")).status()).isEqualTo(403);
    assertThat(api().as("resident").delete(path).status()).isEqualTo(403);
    assertThat(api().as("staff").get(path).status()).isEqualTo(404);

    Api.Response tooLong = api().as("staff").put(path, Map.of("wantedJob", "保".repeat(51)));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.fieldError("wantedJob")).contains("50");
    assertThat(api().as("staff").put(path, Map.of()).fieldError("wantedJob")).isEqualTo("必填");

    Api.Response given = api().as("staff").put(path, Map.of("wantedJob", "家政服务员"));
    assertThat(given.status()).as(given.toString()).isEqualTo(200);
    assertThat(given.json().path("consentedBy").asString()).isEqualTo("staff");
    assertThat(api().as("staff").get(path).json().path("wantedJob").asString()).isEqualTo("家政服务员");
    JsonNode trail =
        api().as("auditor").get("/api/v1/audit?subjectType=WALL_SEEKER&subjectId=" + other).json();
    assertThat(trail.path("total").asLong()).isEqualTo(1);
    assertThat(
            api()
                .as("staff")
                .put("/api/v1/people/99999999/wall-consent", Map.of("wantedJob", "x"))
                .status())
        .isEqualTo(404);
  }
}
