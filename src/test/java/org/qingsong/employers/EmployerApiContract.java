package org.qingsong.employers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qingsong.support.Api;
import org.qingsong.support.Residents;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The employer API as a client sees it, through HTTP as the demo users. Run against H2 and against
 * PostgreSQL by the subclasses.
 */
abstract class EmployerApiContract {
  private static final String PHONE = "13812345678";

  @LocalServerPort int port;

  Api api;

  @BeforeEach
  void connect() {
    api = Api.on(port);
  }

  static String newCreditCode() {
    return Residents.newCreditCode();
  }

  static Map<String, Object> employer(String name, String creditCode, String streetCode) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("creditCode", creditCode);
    body.put("kind", "ENTERPRISE");
    body.put("streetCode", streetCode);
    body.put("address", "董家塅街道高科园 8 号");
    body.put("contactName", "李经理");
    body.put("contactPhone", PHONE);
    return body;
  }

  /** The street the demo staff account works in: where a staff registration without one lands. */
  String staffStreet() {
    Api.Response created =
        api.as("staff").post("/api/v1/employers", employer("专干登记测试厂", newCreditCode(), null));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().path("streetCode").asString();
  }

  /** Some street of the city other than {@code street}. */
  String streetOtherThan(String street) {
    for (JsonNode district : api.get("/api/v1/divisions/430200/children").json()) {
      for (JsonNode s :
          api.get("/api/v1/divisions/" + district.path("code").asString() + "/children").json()) {
        if ("STREET".equals(s.path("level").asString())
            && !s.path("code").asString().equals(street)) {
          return s.path("code").asString();
        }
      }
    }
    throw new AssertionError("the city has only one street");
  }

  @Test
  void registersAnEmployerWith201ALocationAndTheCreatedRecord() {
    String street = staffStreet();
    String code = newCreditCode();
    Api.Response r =
        api.as("admin").post("/api/v1/employers", employer("株洲青松家政有限公司", code, street));

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    JsonNode body = r.json();
    long id = body.path("id").asLong();
    assertThat(r.header("Location")).endsWith("/api/v1/employers/" + id);
    assertThat(body.path("name").asString()).isEqualTo("株洲青松家政有限公司");
    assertThat(body.path("creditCode").asString()).isEqualTo(code);
    assertThat(body.path("kind").asString()).isEqualTo("ENTERPRISE");
    assertThat(body.path("streetCode").asString()).isEqualTo(street);
    assertThat(body.path("streetName").asString()).isNotBlank();
    assertThat(body.path("districtCode").asString()).isEqualTo(street.substring(0, 6));
    assertThat(body.path("verification").asString()).isEqualTo("PENDING");
    assertThat(body.path("registeredBy").asString()).isEqualTo("admin");
    assertThat(body.path("registeredAt").asString()).endsWith("+08:00");

    Api.Response fetched = api.as("auditor").get(r.header("Location"));
    assertThat(fetched.status()).isEqualTo(200);
    assertThat(fetched.json().path("creditCode").asString()).isEqualTo(code);
  }

  @Test
  void acceptsTheCreditCodeInLowerCaseAndStoresItInCapitals() {
    String code = newCreditCode();
    Api.Response r =
        api.as("admin")
            .post(
                "/api/v1/employers",
                employer("小写代码测试店", code.toLowerCase(Locale.ROOT), staffStreet()));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.json().path("creditCode").asString()).isEqualTo(code);
  }

  @Test
  void rejectsABadCheckCharacterWithAFieldErrorInChineseByDefault() {
    String valid = newCreditCode();
    String wrong = valid.substring(0, 17) + (valid.endsWith("0") ? "1" : "0");

    Api.Response r =
        api.as("admin").post("/api/v1/employers", employer("校验位测试厂", wrong, staffStreet()));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.fieldError("creditCode")).contains("校验位");
  }

  @Test
  void rejectsABadCheckCharacterInEnglishWhenAskedFor() {
    String valid = newCreditCode();
    String wrong = valid.substring(0, 17) + (valid.endsWith("0") ? "1" : "0");

    Api.Response r =
        api.as("admin")
            .inLanguage("en")
            .post("/api/v1/employers", employer("Check character test", wrong, staffStreet()));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.fieldError("creditCode")).contains("check character");
  }

  @Test
  void reportsEveryInvalidFieldAtOnceAndWritesNothing() {
    long before = api.as("admin").get("/api/v1/employers?size=1").json().path("total").asLong();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", " ");
    body.put("creditCode", "91430203MA4L16J2I0");
    body.put("kind", "FACTORY");
    body.put("streetCode", "430200");
    body.put("contactPhone", "0731-1234567");

    Api.Response r = api.as("admin").post("/api/v1/employers", body);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.fieldError("name")).isNotNull();
    assertThat(r.fieldError("creditCode")).isNotNull();
    assertThat(r.fieldError("kind")).isNotNull();
    assertThat(r.fieldError("streetCode")).isNotNull();
    assertThat(r.fieldError("contactPhone")).isNotNull();
    assertThat(api.as("admin").get("/api/v1/employers?size=1").json().path("total").asLong())
        .isEqualTo(before);
  }

  @Test
  void answersADuplicateCreditCodeWith409() {
    String street = staffStreet();
    String code = newCreditCode();
    assertThat(api.as("admin").post("/api/v1/employers", employer("先登记的单位", code, street)).status())
        .isEqualTo(201);

    Api.Response again =
        api.as("admin").post("/api/v1/employers", employer("后登记的单位", code, street));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.header("Content-Type")).startsWith("application/problem+json");
    assertThat(again.json().path("detail").asString()).contains(code);
  }

  @Test
  void forbidsResidentsToListOrRegister() {
    assertThat(api.as("resident").get("/api/v1/employers").status()).isEqualTo(403);
    Api.Response r =
        api.as("resident")
            .post("/api/v1/employers", employer("居民登记测试", newCreditCode(), staffStreet()));
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void forbidsStaffToRegisterInAnotherStreet() {
    String other = streetOtherThan(staffStreet());
    Api.Response r =
        api.as("staff").post("/api/v1/employers", employer("外街道单位", newCreditCode(), other));
    assertThat(r.status()).as(r.toString()).isEqualTo(403);
  }

  @Test
  void staffListTheEmployersOfTheirOwnStreetOnly() {
    String own = staffStreet();
    String other = streetOtherThan(own);
    String tag = "范围" + (System.nanoTime() % 1_000_000_000L);
    Api.Response mine =
        api.as("admin").post("/api/v1/employers", employer(tag + "本街道厂", newCreditCode(), own));
    Api.Response theirs =
        api.as("admin").post("/api/v1/employers", employer(tag + "外街道厂", newCreditCode(), other));
    assertThat(mine.status()).as(mine.toString()).isEqualTo(201);
    assertThat(theirs.status()).as(theirs.toString()).isEqualTo(201);
    String otherDistrict = theirs.json().path("districtCode").asString();

    assertThat(api.as("admin").get("/api/v1/employers?q=" + tag).json().path("total").asLong())
        .isEqualTo(2);
    assertThat(api.as("auditor").get("/api/v1/employers?q=" + tag).json().path("total").asLong())
        .isEqualTo(2);
    assertThat(api.as("caseworker").get("/api/v1/employers?q=" + tag).json().path("total").asLong())
        .isEqualTo(2);

    JsonNode staffView = api.as("staff").get("/api/v1/employers?q=" + tag).json();
    assertThat(staffView.path("total").asLong()).isEqualTo(1);
    assertThat(staffView.path("items").get(0).path("id").asLong())
        .isEqualTo(mine.json().path("id").asLong());
    JsonNode everything = api.as("staff").get("/api/v1/employers?size=100").json();
    assertThat(everything.path("total").asLong()).isPositive();
    for (JsonNode e : everything.path("items")) {
      assertThat(e.path("streetCode").asString()).isEqualTo(own);
    }
    assertThat(
            api.as("staff")
                .get("/api/v1/employers?q=" + tag + "&districtCode=" + otherDistrict)
                .json()
                .path("items")
                .toString())
        .doesNotContain(tag + "外街道厂");

    Api.Response elsewhere = api.as("staff").get("/api/v1/employers?streetCode=" + other);
    assertThat(elsewhere.status()).isEqualTo(403);
    assertThat(elsewhere.json().path("detail").asString()).isEqualTo("就业专干只能查看本街道的用人单位");
    Api.Response elsewhereEn =
        api.as("staff").inLanguage("en").get("/api/v1/employers?streetCode=" + other);
    assertThat(elsewhereEn.json().path("detail").asString())
        .isEqualTo("Station staff see the employers of their own street only");
    assertThat(
            api.as("staff")
                .get("/api/v1/employers?streetCode=" + own + "&q=" + tag)
                .json()
                .path("total")
                .asLong())
        .isEqualTo(1);
  }

  @Test
  void staffReadOnlyTheEmployersOfTheirOwnStreetByIdWhileOtherRolesReadTheCity() {
    String own = staffStreet();
    String other = streetOtherThan(own);
    long mine =
        api.as("admin")
            .post("/api/v1/employers", employer("本街道单个查看厂", newCreditCode(), own))
            .json()
            .path("id")
            .asLong();
    long theirs =
        api.as("admin")
            .post("/api/v1/employers", employer("外街道单个查看厂", newCreditCode(), other))
            .json()
            .path("id")
            .asLong();

    Api.Response ownRecord = api.as("staff").get("/api/v1/employers/" + mine);
    assertThat(ownRecord.status()).as(ownRecord.toString()).isEqualTo(200);
    assertThat(ownRecord.json().path("streetCode").asString()).isEqualTo(own);

    Api.Response elsewhere = api.as("staff").get("/api/v1/employers/" + theirs);
    assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(403);
    assertThat(elsewhere.header("Content-Type")).startsWith("application/problem+json");
    assertThat(elsewhere.json().path("detail").asString()).isEqualTo("就业专干只能查看、登记和核验本街道的用人单位");
    assertThat(elsewhere.body()).doesNotContain("外街道单个查看厂");
    Api.Response elsewhereEn = api.as("staff").inLanguage("en").get("/api/v1/employers/" + theirs);
    assertThat(elsewhereEn.status()).isEqualTo(403);
    assertThat(elsewhereEn.json().path("detail").asString())
        .isEqualTo("Station staff see, register and verify the employers of their own street only");

    for (String role : new String[] {"admin", "auditor", "caseworker"}) {
      Api.Response r = api.as(role).get("/api/v1/employers/" + theirs);
      assertThat(r.status()).as(role + " " + r).isEqualTo(200);
      assertThat(r.json().path("streetCode").asString()).isEqualTo(other);
    }
  }

  @Test
  void staffCannotVerifyAnEmployerOfAnotherStreetAndNothingChanges() {
    String other = streetOtherThan(staffStreet());
    long id =
        api.as("admin")
            .post("/api/v1/employers", employer("外街道核验测试厂", newCreditCode(), other))
            .json()
            .path("id")
            .asLong();

    Api.Response r =
        api.as("staff")
            .post("/api/v1/employers/" + id + "/verification", Map.of("verification", "VERIFIED"));

    assertThat(r.status()).as(r.toString()).isEqualTo(403);
    assertThat(r.json().path("detail").asString()).isEqualTo("就业专干只能查看、登记和核验本街道的用人单位");
    assertThat(
            api.as("admin").get("/api/v1/employers/" + id).json().path("verification").asString())
        .isEqualTo("PENDING");
    JsonNode audit =
        api.as("auditor").get("/api/v1/audit?subjectType=EMPLOYER&subjectId=" + id).json();
    assertThat(audit.path("items").findValues("action").stream().map(JsonNode::asString))
        .containsExactly("CREATE");

    Api.Response byAdmin =
        api.as("admin")
            .post("/api/v1/employers/" + id + "/verification", Map.of("verification", "VERIFIED"));
    assertThat(byAdmin.status()).as(byAdmin.toString()).isEqualTo(200);
    assertThat(byAdmin.json().path("verification").asString()).isEqualTo("VERIFIED");
  }

  @Test
  void letsCaseWorkersAndAuditorsReadButNotRegister() {
    assertThat(api.as("caseworker").get("/api/v1/employers").status()).isEqualTo(200);
    assertThat(api.as("auditor").get("/api/v1/employers").status()).isEqualTo(200);
    assertThat(
            api.as("auditor")
                .post("/api/v1/employers", employer("审计员登记测试", newCreditCode(), staffStreet()))
                .status())
        .isEqualTo(403);
  }

  @Test
  void showsAnEmployerAccountOnlyItsOwnRecord() {
    assertThat(api.as("employer").get("/api/v1/employers").status()).isEqualTo(403);
    long other =
        api.as("admin")
            .post("/api/v1/employers", employer("别家单位", newCreditCode(), staffStreet()))
            .json()
            .path("id")
            .asLong();
    assertThat(api.as("employer").get("/api/v1/employers/" + other).status()).isEqualTo(403);
  }

  @Test
  void answersAnUnknownIdWith404() {
    Api.Response r = api.as("admin").get("/api/v1/employers/987654321");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void listsInPagesOfTheRequestedSize() {
    String street = staffStreet();
    for (int i = 0; i < 3; i++) {
      api.as("admin").post("/api/v1/employers", employer("分页测试单位" + i, newCreditCode(), street));
    }

    JsonNode first = api.as("admin").get("/api/v1/employers?page=0&size=2").json();
    JsonNode second = api.as("admin").get("/api/v1/employers?page=1&size=2").json();

    assertThat(first.path("items").size()).isEqualTo(2);
    assertThat(first.path("page").asInt()).isZero();
    assertThat(first.path("size").asInt()).isEqualTo(2);
    assertThat(first.path("total").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(second.path("page").asInt()).isEqualTo(1);
    assertThat(second.path("items").get(0).path("id").asLong())
        .isLessThan(first.path("items").get(1).path("id").asLong());
    assertThat(api.as("admin").get("/api/v1/employers?size=1000").status()).isEqualTo(400);
    assertThat(api.as("admin").get("/api/v1/employers?page=-1").status()).isEqualTo(400);
  }

  @Test
  void filtersByCreditCodeNameFragmentStreetKindAndVerification() {
    String street = staffStreet();
    String code = newCreditCode();
    Map<String, Object> body = employer("株洲独一无二筛选测试人力资源有限公司", code, street);
    body.put("kind", "HR_AGENCY");
    long id = api.as("admin").post("/api/v1/employers", body).json().path("id").asLong();

    JsonNode byCode = api.as("admin").get("/api/v1/employers?q=" + code).json();
    assertThat(byCode.path("total").asLong()).isEqualTo(1);
    assertThat(byCode.path("items").get(0).path("id").asLong()).isEqualTo(id);

    JsonNode byName =
        api.as("admin")
            .get("/api/v1/employers?q=" + URLEncoder.encode("独一无二筛选", StandardCharsets.UTF_8))
            .json();
    assertThat(byName.path("total").asLong()).isEqualTo(1);

    JsonNode byStreetAndKind =
        api.as("admin")
            .get(
                "/api/v1/employers?size=100&kind=HR_AGENCY&verification=PENDING&streetCode="
                    + street)
            .json();
    assertThat(byStreetAndKind.path("items"))
        .allSatisfy(
            e -> {
              assertThat(e.path("kind").asString()).isEqualTo("HR_AGENCY");
              assertThat(e.path("verification").asString()).isEqualTo("PENDING");
              assertThat(e.path("streetCode").asString()).isEqualTo(street);
            });
    assertThat(byStreetAndKind.path("items").findValues("id").stream().map(JsonNode::asLong))
        .contains(id);

    JsonNode byDistrict =
        api.as("admin")
            .get("/api/v1/employers?size=100&districtCode=" + street.substring(0, 6))
            .json();
    assertThat(byDistrict.path("items"))
        .allSatisfy(
            e -> assertThat(e.path("districtCode").asString()).isEqualTo(street.substring(0, 6)));

    assertThat(api.as("admin").get("/api/v1/employers?kind=FACTORY").fieldError("kind"))
        .isNotNull();
  }

  @Test
  void treatsLikeWildcardsInTheSearchTextLiterally() {
    JsonNode r = api.as("admin").get("/api/v1/employers?q=%25").json();
    assertThat(r.path("total").asLong()).isZero();
  }

  @Test
  void masksTheContactPhoneEverywhere() {
    String code = newCreditCode();
    Api.Response created =
        api.as("admin").post("/api/v1/employers", employer("手机掩码测试厂", code, staffStreet()));
    long id = created.json().path("id").asLong();

    assertThat(created.json().path("contactPhone").asString()).isEqualTo("138****5678");
    Api.Response one = api.as("admin").get("/api/v1/employers/" + id);
    assertThat(one.json().path("contactPhone").asString()).isEqualTo("138****5678");
    Api.Response list = api.as("admin").get("/api/v1/employers?q=" + code);
    assertThat(list.json().path("items").get(0).path("contactPhone").asString())
        .isEqualTo("138****5678");
    assertThat(created.body() + one.body() + list.body()).doesNotContain(PHONE);
  }

  @Test
  void writesAnAuditRecordForEachRegistrationAndVerification() {
    String code = newCreditCode();
    long id =
        api.as("staff")
            .post("/api/v1/employers", employer("审计测试单位", code, null))
            .json()
            .path("id")
            .asLong();

    Api.Response verified =
        api.as("staff")
            .post("/api/v1/employers/" + id + "/verification", Map.of("verification", "VERIFIED"));
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    assertThat(verified.json().path("verification").asString()).isEqualTo("VERIFIED");

    JsonNode audit =
        api.as("auditor").get("/api/v1/audit?subjectType=EMPLOYER&subjectId=" + id).json();
    assertThat(audit.path("items").findValues("action").stream().map(JsonNode::asString))
        .containsExactlyInAnyOrder("CREATE", "VERIFY");
    assertThat(audit.path("items").findValues("actor").stream().map(JsonNode::asString))
        .containsOnly("staff");
    assertThat(audit.toString()).contains(code);
  }

  @Test
  void rejectsAnUnknownVerificationAndRolesThatMayNotVerify() {
    long id =
        api.as("admin")
            .post("/api/v1/employers", employer("核验测试单位", newCreditCode(), staffStreet()))
            .json()
            .path("id")
            .asLong();
    String path = "/api/v1/employers/" + id + "/verification";

    assertThat(
            api.as("admin").post(path, Map.of("verification", "MAYBE")).fieldError("verification"))
        .isNotNull();
    assertThat(api.as("admin").post(path, Map.of()).fieldError("verification")).isNotNull();
    assertThat(api.as("auditor").post(path, Map.of("verification", "VERIFIED")).status())
        .isEqualTo(403);
    assertThat(
            api.as("admin")
                .post(
                    "/api/v1/employers/987654321/verification", Map.of("verification", "VERIFIED"))
                .status())
        .isEqualTo(404);
    assertThat(
            api.as("admin").get("/api/v1/employers/" + id).json().path("verification").asString())
        .isEqualTo("PENDING");
  }

  @Test
  void rejectsMalformedJsonWith400() {
    Api.Response r = api.as("admin").postRaw("/api/v1/employers", "application/json", "{\"name\":");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void refusesAnonymousCallers() {
    assertThat(api.get("/api/v1/employers").status()).isEqualTo(401);
  }
}
