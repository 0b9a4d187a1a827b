package org.qingsong.occupations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingsong.support.Api;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The occupation list over HTTP, run once against H2 and once against PostgreSQL. It is public
 * reference data: every call here is anonymous unless it says otherwise.
 */
abstract class OccupationApiContract {
  @LocalServerPort int port;

  Api api() {
    return Api.on(port);
  }

  static String search(String q) {
    return "/api/v1/occupations?size=100&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
  }

  static List<String> codes(JsonNode page) {
    List<String> codes = new ArrayList<>();
    page.path("items").forEach(o -> codes.add(o.path("code").asString()));
    return codes;
  }

  @Test
  void anyoneCanReadTheListWithoutLoggingIn() {
    Api.Response anonymous = api().get("/api/v1/occupations");
    assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(200);
    assertThat(anonymous.json().path("total").asLong()).isGreaterThanOrEqualTo(250);
    assertThat(api().get("/api/v1/occupations/EC001").status()).isEqualTo(200);
    assertThat(api().as("resident").get("/api/v1/occupations/EC001").status()).isEqualTo(200);
  }

  @Test
  void anOccupationShowsItsNamesAndUsualPayInYuan() {
    JsonNode ec = api().get("/api/v1/occupations/EC001").json();
    assertThat(ec.path("code").asString()).isEqualTo("EC001");
    assertThat(ec.path("name").asString()).isEqualTo("养老护理员");
    assertThat(ec.path("nameZh").asString()).isEqualTo("养老护理员");
    assertThat(ec.path("nameEn").asString()).isEqualTo("Elderly care worker");
    assertThat(ec.path("category").asString()).isEqualTo("ELDER_CARE");
    assertThat(ec.path("payUnit").asString()).isEqualTo("MONTH");
    assertThat(ec.path("usualPayMin").isNumber()).isTrue();
    assertThat(ec.path("usualPayMin").decimalValue()).isEqualByComparingTo("3500");
    assertThat(ec.path("usualPayMax").decimalValue()).isEqualByComparingTo("6000");
    assertThat(api().get("/api/v1/occupations/EC001").body()).contains("\"usualPayMin\":3500,");

    JsonNode hourly = api().inLanguage("en").get("/api/v1/occupations/hs005").json();
    assertThat(hourly.path("code").asString()).isEqualTo("HS005");
    assertThat(hourly.path("name").asString()).isEqualTo("Hourly domestic worker");
    assertThat(hourly.path("payUnit").asString()).isEqualTo("HOUR");
    assertThat(hourly.path("usualPayMin").decimalValue()).isEqualByComparingTo("25");
    assertThat(hourly.path("usualPayMax").decimalValue()).isEqualByComparingTo("45");
  }

  @Test
  void aChineseFragmentFindsElderCare() {
    JsonNode found = api().get(search("护理")).json();
    assertThat(codes(found)).contains("EC001", "EC002", "HS003");
    found.path("items").forEach(o -> assertThat(o.path("nameZh").asString()).contains("护理"));
    assertThat(found.path("total").asLong()).isEqualTo(found.path("items").size());
  }

  @Test
  void anEnglishWordFindsElderCareWhateverItsCase() {
    assertThat(codes(api().get(search("elder")).json())).contains("EC001");
    assertThat(codes(api().get(search("ELDER care")).json())).contains("EC001");
    assertThat(codes(api().get(search("ec001")).json())).containsExactly("EC001");
    JsonNode exact = api().get(search("钟点工")).json();
    assertThat(codes(exact).get(0)).isEqualTo("HS005");
    assertThat(api().get(search("没有这种工作")).json().path("total").asLong()).isZero();
  }

  @Test
  void theCategoryFilterKeepsOnlyThatCategory() {
    JsonNode care = api().get("/api/v1/occupations?size=100&category=ELDER_CARE").json();
    assertThat(care.path("total").asLong()).isGreaterThanOrEqualTo(10);
    care.path("items")
        .forEach(o -> assertThat(o.path("category").asString()).isEqualTo("ELDER_CARE"));
    assertThat(codes(care)).contains("EC001", "EC002").doesNotContain("HC001");

    JsonNode both =
        api()
            .get(
                "/api/v1/occupations?size=100&category=health_care&q="
                    + URLEncoder.encode("护", StandardCharsets.UTF_8))
            .json();
    assertThat(codes(both)).contains("HC001").doesNotContain("EC001");

    Api.Response bad = api().get("/api/v1/occupations?category=PILOT");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
    assertThat(bad.fieldError("category")).contains("ELDER_CARE");
  }

  @Test
  void theListIsPagedInCodeOrder() {
    JsonNode first = api().get("/api/v1/occupations?page=0&size=5").json();
    JsonNode second = api().get("/api/v1/occupations?page=1&size=5").json();
    assertThat(second.path("page").asInt()).isEqualTo(1);
    assertThat(second.path("size").asInt()).isEqualTo(5);
    assertThat(second.path("items").size()).isEqualTo(5);
    assertThat(second.path("total").asLong()).isEqualTo(first.path("total").asLong());
    List<String> firstCodes = codes(first);
    List<String> secondCodes = codes(second);
    assertThat(firstCodes).doesNotContainAnyElementsOf(secondCodes);
    assertThat(firstCodes.get(4)).isLessThan(secondCodes.get(0));

    long total = first.path("total").asLong();
    JsonNode beyond = api().get("/api/v1/occupations?size=100&page=" + (total / 100 + 1)).json();
    assertThat(beyond.path("items").size()).isZero();
    assertThat(beyond.path("total").asLong()).isEqualTo(total);
    assertThat(api().get("/api/v1/occupations?size=101").fieldError("size")).isNotNull();
    assertThat(api().get("/api/v1/occupations?page=-1").fieldError("page")).isNotNull();
  }

  @Test
  void anUnknownCodeIsANotFoundProblem() {
    Api.Response zh = api().get("/api/v1/occupations/ZZ999");
    assertThat(zh.status()).isEqualTo(404);
    assertThat(zh.header("Content-Type")).startsWith("application/problem+json");
    assertThat(zh.json().path("detail").asString()).contains("ZZ999").contains("不存在");

    Api.Response en = api().inLanguage("en").get("/api/v1/occupations/ZZ999");
    assertThat(en.status()).isEqualTo(404);
    assertThat(en.json().path("detail").asString()).contains("no occupation");
  }

  @Test
  void theListCannotBeChangedThroughTheApi() {
    assertThat(api().post("/api/v1/occupations", Map.of()).status()).isEqualTo(401);
    assertThat(api().as("admin").post("/api/v1/occupations", Map.of()).status()).isEqualTo(405);
  }
}
