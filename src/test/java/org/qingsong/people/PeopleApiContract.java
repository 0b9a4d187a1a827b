package org.qingsong.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.qingsong.support.Api;
import org.qingsong.support.Residents;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The people API end to end over HTTP, run once against H2 and once against PostgreSQL. The demo
 * staff account works at the station of 董家塅街道 (430203004).
 */
abstract class PeopleApiContract {
  static final String HOME_STREET = "430203004";
  static final String OTHER_STREET = "430202001";

  @LocalServerPort int port;

  Api api() {
    return Api.on(port);
  }

  @Test
  void staffRegistersAResidentOfTheirStreetAndGetsItBackMasked() {
    Map<String, Object> body = Residents.person("刘红梅", HOME_STREET);
    String idNumber = (String) body.get("idNumber");
    Api.Response created = api().as("staff").post("/api/v1/people", body);

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonNode person = created.json();
    long id = person.path("id").asLong();
    assertThat(created.header("Location")).endsWith("/api/v1/people/" + id);
    assertThat(person.path("idNumber").asString())
        .isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
    assertThat(person.path("phone").asString()).isEqualTo("138****5678");
    assertThat(person.path("birthDate").asString()).startsWith("1931-");
    assertThat(person.path("gender").asString()).isIn("MALE", "FEMALE");
    assertThat(person.path("priorityGroups").get(0).asString()).isEqualTo("AGED_4050");
    assertThat(person.path("certificates").get(0).path("issuedOn").asString())
        .isEqualTo("2024-05-01");

    Api.Response fetched = api().as("admin").get("/api/v1/people/" + id);
    assertThat(fetched.status()).isEqualTo(200);
    assertThat(fetched.body()).doesNotContain(idNumber).doesNotContain("13812345678");
  }

  @Test
  void fullIdentityIsShownToStaffAndAuditedButRefusedToAuditors() {
    Map<String, Object> body = Residents.person("张建国", HOME_STREET);
    long id = api().as("staff").post("/api/v1/people", body).json().path("id").asLong();

    Api.Response identity = api().as("staff").get("/api/v1/people/" + id + "/identity");
    assertThat(identity.status()).isEqualTo(200);
    assertThat(identity.json().path("idNumber").asString()).isEqualTo(body.get("idNumber"));
    assertThat(identity.json().path("phone").asString()).isEqualTo("13812345678");

    Api.Response trail =
        api()
            .as("auditor")
            .get("/api/v1/audit?action=VIEW_IDENTITY&subjectType=PERSON&subjectId=" + id);
    assertThat(trail.status()).isEqualTo(200);
    JsonNode record = trail.json().path("items").get(0);
    assertThat(record.path("actor").asString()).isEqualTo("staff");
    assertThat(record.path("remoteAddress").asString()).isNotBlank();
    assertThat(record.path("at").asString()).isNotBlank();

    assertThat(api().as("auditor").get("/api/v1/people/" + id + "/identity").status())
        .isEqualTo(403);
    assertThat(api().as("employer").get("/api/v1/people/" + id + "/identity").status())
        .isEqualTo(403);
  }

  @Test
  void everyRegistrationIsAudited() {
    long id =
        api()
            .as("staff")
            .post("/api/v1/people", Residents.person("王秀英", HOME_STREET))
            .json()
            .path("id")
            .asLong();
    JsonNode items =
        api()
            .as("auditor")
            .get("/api/v1/audit?action=CREATE&subjectType=PERSON&subjectId=" + id)
            .json()
            .path("items");
    assertThat(items.size()).isEqualTo(1);
    assertThat(items.get(0).path("actor").asString()).isEqualTo("staff");
  }

  @Test
  void aBadIdNumberIsRefusedFieldByFieldInChineseAndInEnglish() {
    Map<String, Object> body = Residents.person("李娜", HOME_STREET);
    String valid = (String) body.get("idNumber");
    body.put("idNumber", valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1'));
    body.put("phone", "12345");

    Api.Response zh = api().as("staff").post("/api/v1/people", body);
    assertThat(zh.status()).isEqualTo(400);
    assertThat(zh.header("Content-Type")).startsWith("application/problem+json");
    assertThat(zh.fieldError("idNumber")).contains("校验位");
    assertThat(zh.fieldError("phone")).contains("手机");

    Api.Response en = api().as("staff").inLanguage("en").post("/api/v1/people", body);
    assertThat(en.status()).isEqualTo(400);
    assertThat(en.fieldError("idNumber")).contains("check character");

    Api.Response search = api().as("admin").get("/api/v1/people?q=" + valid.substring(0, 17) + "1");
    assertThat(search.json().path("total").asLong()).isZero();
  }

  @Test
  void aSecondRegistrationOfTheSameIdNumberIsAConflict() {
    Map<String, Object> body = Residents.person("陈芳", HOME_STREET);
    assertThat(api().as("staff").post("/api/v1/people", body).status()).isEqualTo(201);
    Api.Response again = api().as("staff").post("/api/v1/people", body);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().path("detail").asString()).contains("已登记");
  }

  @Test
  void concurrentRegistrationsOfOnePersonCreateExactlyOne() throws Exception {
    Map<String, Object> body = Residents.person("周敏", HOME_STREET);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        calls.add(() -> api().as("admin").post("/api/v1/people", body).status());
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : pool.invokeAll(calls)) {
        statuses.add(f.get());
      }
      assertThat(statuses).containsOnly(201, 409);
      assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    JsonNode found = api().as("admin").get("/api/v1/people?q=" + body.get("idNumber")).json();
    assertThat(found.path("total").asLong()).isEqualTo(1);
  }

  @Test
  void staffWorkOnlyInTheirOwnStreet() {
    Api.Response elsewhere =
        api().as("staff").post("/api/v1/people", Residents.person("赵强", OTHER_STREET));
    assertThat(elsewhere.status()).isEqualTo(403);

    long outsider =
        api()
            .as("admin")
            .post("/api/v1/people", Residents.person("孙丽", OTHER_STREET))
            .json()
            .path("id")
            .asLong();
    assertThat(api().as("staff").get("/api/v1/people/" + outsider).status()).isEqualTo(404);
    assertThat(api().as("staff").get("/api/v1/people?streetCode=" + OTHER_STREET).status())
        .isEqualTo(403);
    JsonNode own = api().as("staff").get("/api/v1/people?size=100").json();
    assertThat(own.path("items").size()).isPositive();
    for (JsonNode p : own.path("items")) {
      assertThat(p.path("streetCode").asString()).isEqualTo(HOME_STREET);
    }
  }

  @Test
  void residentsAndEmployersCannotListPeople() {
    assertThat(api().as("resident").get("/api/v1/people").status()).isEqualTo(403);
    assertThat(api().as("employer").get("/api/v1/people").status()).isEqualTo(403);
    assertThat(
            api()
                .as("resident")
                .post("/api/v1/people", Residents.person("钱伟", HOME_STREET))
                .status())
        .isEqualTo(403);
  }

  @Test
  void theListIsPagedAndFilterable() {
    JsonNode page = api().as("admin").get("/api/v1/people?page=1&size=7").json();
    assertThat(page.path("page").asInt()).isEqualTo(1);
    assertThat(page.path("size").asInt()).isEqualTo(7);
    assertThat(page.path("items").size()).isEqualTo(7);
    assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(300);

    JsonNode disabled =
        api().as("admin").get("/api/v1/people?priorityGroup=DISABLED&size=100").json();
    for (JsonNode p : disabled.path("items")) {
      assertThat(p.path("priorityGroups").toString()).contains("DISABLED");
    }
    assertThat(api().as("admin").get("/api/v1/people?size=101").fieldError("size")).isNotNull();
    assertThat(
            api().as("admin").get("/api/v1/people?priorityGroup=NOPE").fieldError("priorityGroup"))
        .isNotNull();
  }

  @Test
  void brokenRequestsGetAClearFourHundredAndWriteNothing() {
    long before = api().as("admin").get("/api/v1/people?size=1").json().path("total").asLong();

    Api.Response malformed =
        api().as("admin").postRaw("/api/v1/people", "application/json", "{\"name\": ");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");

    Api.Response wrongType =
        api()
            .as("admin")
            .postRaw("/api/v1/people", "application/json", "{\"name\":\"x\",\"skills\":{\"a\":1}}");
    assertThat(wrongType.status()).isEqualTo(400);

    Api.Response empty = api().as("admin").post("/api/v1/people", Map.of());
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.fieldError("name")).isEqualTo("必填");
    assertThat(empty.fieldError("idNumber")).isEqualTo("必填");

    String huge = "{\"name\":\"" + "长".repeat(200_000) + "\"}";
    Api.Response tooLarge = api().as("admin").postRaw("/api/v1/people", "application/json", huge);
    assertThat(tooLarge.status()).isEqualTo(413);

    Api.Response unknown = api().as("admin").get("/api/v1/people/99999999");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
    assertThat(api().as("admin").get("/api/v1/people/abc").status()).isEqualTo(400);
    Api.Response noSuchPath = api().as("admin").get("/api/v1/no-such-thing");
    assertThat(noSuchPath.status()).isEqualTo(404);
    assertThat(noSuchPath.header("Content-Type")).startsWith("application/problem+json");
    Api.Response wrongMethod = api().as("admin").put("/api/v1/people", Map.of());
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.header("Content-Type")).startsWith("application/problem+json");

    long after = api().as("admin").get("/api/v1/people?size=1").json().path("total").asLong();
    assertThat(after).isEqualTo(before);
  }

  @Test
  void theApiNeedsCredentials() {
    Api.Response anonymous = api().get("/api/v1/people");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
    assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
  }
}
