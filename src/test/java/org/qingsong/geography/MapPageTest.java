package org.qingsong.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qingsong.support.Api;
import org.qingsong.support.H2App;
import org.qingsong.support.TestAccounts;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The map page and the station pages over HTTP, as a browser without scripts would see them. */
@H2App
class MapPageTest {
  private static final Pattern STATIONS_DATA =
      Pattern.compile(
          "<script type=\"application/json\" id=\"stations-data\">(.*?)</script>", Pattern.DOTALL);
  private static final Pattern CSRF =
      Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

  @LocalServerPort int port;

  Api api;

  @BeforeEach
  void connect() {
    api = Api.on(port);
  }

  private static JsonNode stationsData(String html) {
    Matcher m = STATIONS_DATA.matcher(html);
    assertThat(m.find()).as("the page has the stations-data block").isTrue();
    return Api.JSON.readTree(m.group(1));
  }

  private static List<String> attributeValues(String html, String tableId, String attribute) {
    int start = html.indexOf("id=\"" + tableId + "\"");
    assertThat(start).as(tableId + " is on the page").isPositive();
    String table = html.substring(start, html.indexOf("</table>", start));
    Matcher m = Pattern.compile(attribute + "=\"([^\"]*)\"").matcher(table);
    List<String> values = new ArrayList<>();
    while (m.find()) {
      values.add(m.group(1));
    }
    return values;
  }

  @Test
  void theMapIsPublicAndCarriesEveryStationForTheMarkers() {
    Api.Response r = api.get("/map");

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("text/html");
    String html = r.body();
    JsonNode data = stationsData(html);
    long total = api.get("/api/v1/stations?size=1").json().path("total").asLong();
    assertThat(data.path("stations").size()).isGreaterThan(100).isEqualTo((int) total);
    JsonNode first = data.path("stations").get(0);
    assertThat(first.path("name").asString()).isNotBlank();
    assertThat(first.path("kindLabel").asString()).isIn("就业服务站", "零工驿站");
    assertThat(first.path("lat").asDouble()).isBetween(26.0, 28.5);
    assertThat(data.path("circleRadiusMeters").asLong()).isEqualTo(577);
    assertThat(html)
        .contains("id=\"map\"")
        .contains("data-tile-url=\"http://127.0.0.1:9/tiles/{z}/{x}/{y}.png\"")
        .contains("OpenStreetMap")
        .containsPattern("/webjars/leaflet/[0-9.]+/dist/leaflet\\.js")
        .contains("/js/map.js")
        .contains("id=\"demo-coordinates\"")
        .contains("id=\"stations-table\"")
        .doesNotContain("<script>");
    assertThat(html)
        .as("no inline script may run under the page's policy")
        .doesNotContainPattern("<script(?![^>]*(src=|type=\"application/json\"))");
  }

  @Test
  void theLeafletFilesAreServedFromTheWebjar() {
    assertThat(api.get("/webjars/leaflet/dist/leaflet.js").status()).isEqualTo(200);
    assertThat(api.get("/webjars/leaflet/dist/leaflet.css").status()).isEqualTo(200);
    assertThat(api.get("/js/map.js").status()).isEqualTo(200);
    assertThat(api.get("/css/map.css").status()).isEqualTo(200);
  }

  @Test
  void theStationsDataCannotBreakOutOfItsScriptElement() {
    Map<String, Object> body = StationApiContract.station("</script><b>驿站</b>&", "430203004");
    body.put("name", "</script><b>驿站</b>&" + StationApiContract.uniqueName(""));
    Api.Response created = api.as("admin").post("/api/v1/stations", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);

    String html = api.get("/map?q=" + encode("<b>驿站</b>")).body();

    JsonNode data = stationsData(html);
    assertThat(data.path("stations").get(0).path("name").asString()).isEqualTo(body.get("name"));
    assertThat(html).doesNotContain("<b>驿站</b>");
  }

  @Test
  void theCoverageShareIsShownWithItsFigures() {
    JsonNode coverage = api.get("/api/v1/stations/coverage").json();

    String html = api.get("/map").body();

    assertThat(html).contains("id=\"coverage-share\"");
    Matcher share = Pattern.compile("data-share=\"([0-9.]+)\"").matcher(html);
    assertThat(share.find()).isTrue();
    assertThat(Double.parseDouble(share.group(1)))
        .isEqualTo(coverage.path("coveredShare").asDouble());
    assertThat(html)
        .contains("data-covered=\"" + coverage.path("covered").asInt() + "\"")
        .contains("data-communities=\"" + coverage.path("communities").asInt() + "\"");
    List<String> meters = attributeValues(html, "uncovered-table", "data-walking-meters");
    assertThat(meters).hasSize(10);
    assertThat(meters.stream().map(Long::valueOf).toList())
        .isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(html).contains("coveragePage=1#coverage");
  }

  @Test
  void moreUncoveredCommunitiesAreOnTheNextCoveragePages() {
    String first = api.get("/map").body();
    String second = api.get("/map?coveragePage=1").body();

    List<Long> firstMeters =
        attributeValues(first, "uncovered-table", "data-walking-meters").stream()
            .map(Long::valueOf)
            .toList();
    List<Long> secondMeters =
        attributeValues(second, "uncovered-table", "data-walking-meters").stream()
            .map(Long::valueOf)
            .toList();
    assertThat(secondMeters).isNotEmpty();
    assertThat(secondMeters.get(0)).isLessThanOrEqualTo(firstMeters.get(firstMeters.size() - 1));
    assertThat(second).contains("第 2 /");
  }

  @Test
  void coverageCanBeNarrowedToADistrict() {
    JsonNode lusong = api.get("/api/v1/stations/coverage?districtCode=430203").json();

    String html = api.get("/map?districtCode=430203").body();

    assertThat(html)
        .contains("芦淞区")
        .contains("data-communities=\"" + lusong.path("communities").asInt() + "\"");
    for (JsonNode s : stationsData(html).path("stations")) {
      assertThat(s.path("street").asString()).isNotBlank();
    }
    long lusongStations =
        api.get("/api/v1/stations?districtCode=430203&size=1").json().path("total").asLong();
    assertThat(stationsData(html).path("stations").size()).isEqualTo((int) lusongStations);
  }

  @Test
  void theNearestStationsToAPointInDongjiaduanAreListedByWalkingDistance() {
    JsonNode expected = api.get("/api/v1/stations/nearest?lat=27.80&lng=113.16&limit=5").json();

    Api.Response r = api.get("/map?lat=27.80&lng=113.16");

    assertThat(r.status()).isEqualTo(200);
    String html = r.body();
    List<Long> meters =
        attributeValues(html, "nearest-table", "data-walking-meters").stream()
            .map(Long::valueOf)
            .toList();
    assertThat(meters).hasSize(5).isSorted();
    List<String> ids = attributeValues(html, "nearest-table", "data-station-id");
    List<String> expectedIds = new ArrayList<>();
    for (JsonNode n : expected.path("items")) {
      expectedIds.add(Long.toString(n.path("id").asLong()));
    }
    assertThat(ids).isEqualTo(expectedIds);
    assertThat(html).contains("米").contains("分钟").containsAnyOf(">是<", ">否<");
    assertThat(html).contains("data-point-lat=\"27.80\"").contains("data-point-lng=\"113.16\"");
  }

  @Test
  void aBadPointIsExplainedOnThePageNotAnError() {
    Api.Response word = api.get("/map?lat=abc&lng=113.16");
    assertThat(word.status()).isEqualTo(200);
    assertThat(word.body())
        .contains("id=\"lat-error\"")
        .contains("aria-invalid=\"true\"")
        .contains("格式不正确")
        .doesNotContain("id=\"nearest-table\"");

    Api.Response far = api.inLanguage("en").get("/map?lat=200&lng=113.16");
    assertThat(far.status()).isEqualTo(200);
    assertThat(far.body()).contains("id=\"lat-error\"").contains("between -90 and 90");

    Api.Response half = api.get("/map?lat=27.8");
    assertThat(half.body()).contains("id=\"lng-error\"").contains("必填");
  }

  @Test
  void theListIsFilteredByKindDistrictAndText() {
    String gigs = api.get("/map?kind=GIG").body();
    for (JsonNode s : stationsData(gigs).path("stations")) {
      assertThat(s.path("kind").asString()).isEqualTo("GIG");
    }
    assertThat(gigs).contains("selected=\"selected\"");

    String text = api.get("/map?q=" + encode("董家塅")).body();
    assertThat(stationsData(text).path("stations").size()).isPositive();
    assertThat(text).contains("董家塅街道就业服务站");

    String none = api.get("/map?q=" + encode("没有这样的站点xyz")).body();
    assertThat(none).contains("id=\"stations-empty\"").doesNotContain("id=\"stations-table\"");
    assertThat(stationsData(none).path("stations").size()).isZero();

    Api.Response nonsense = api.get("/map?kind=PALACE&districtCode=1&page=-4&coveragePage=x");
    assertThat(nonsense.status()).as("unknown filters are ignored").isEqualTo(200);
  }

  @Test
  void theStationListIsPaginated() {
    String first = api.get("/map").body();
    String second = api.get("/map?page=1").body();

    List<String> firstIds = attributeValues(first, "stations-table", "data-station-id");
    List<String> secondIds = attributeValues(second, "stations-table", "data-station-id");
    assertThat(firstIds).isNotEmpty();
    assertThat(secondIds).isNotEmpty().doesNotContainAnyElementsOf(firstIds);
    assertThat(first).contains("rel=\"next\"").contains("page=1");
  }

  @Test
  void theMapSpeaksEnglishOnRequest() {
    String html = api.inLanguage("en").get("/map").body();

    assertThat(html).contains("Station map").contains("Coverage of the 10-minute circles");
    assertThat(stationsData(html).path("labels").path("openingHours").asString())
        .isEqualTo("Opening hours");
  }

  @Test
  void aStationHasItsOwnPublicPage() {
    JsonNode station = api.get("/api/v1/stations?size=1").json().path("items").get(0);
    long id = station.path("id").asLong();

    Api.Response r = api.get("/stations/" + id);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body())
        .contains(station.path("name").asString())
        .contains(station.path("address").asString())
        .contains("/map?highlight=" + id);
    assertThat(stationsData(r.body()).path("highlight").asLong()).isEqualTo(id);
    assertThat(api.get("/stations/99999999").status()).isEqualTo(404);
  }

  @Test
  void anonymousVisitorsAreSentToLogInForTheStationForm() {
    Session anonymous = new Session(port);
    HttpResponse<String> r = anonymous.get("/stations/new");

    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/login");
  }

  @Test
  void stationStaffMayNotUseTheStationForm() {
    Session staff = new Session(port).login("staff");

    assertThat(staff.get("/stations/new").statusCode()).isEqualTo(403);
    String token = staff.csrfFrom("/map");
    String name = StationApiContract.uniqueName("专干表单站");
    HttpResponse<String> post = staff.post("/stations", form(name, "430203004", token));
    assertThat(post.statusCode()).isEqualTo(403);
    assertThat(api.get("/api/v1/stations?q=" + encode(name)).json().path("total").asLong())
        .isZero();
  }

  @Test
  void anAdministratorAddsAStationThroughTheForm() {
    Session admin = new Session(port).login("admin");
    String token = admin.csrfFrom("/stations/new");
    String name = StationApiContract.uniqueName("表单新建驿站");

    HttpResponse<String> post = admin.post("/stations", form(name, "430203004", token));

    assertThat(post.statusCode()).as(post.body()).isEqualTo(302);
    String location = post.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches(".*/stations/\\d+");
    HttpResponse<String> page = admin.get(URI.create(location).getPath());
    assertThat(page.body()).contains(name).contains("服务站已添加");
    assertThat(api.get("/map?q=" + encode(name)).body()).contains(name);
  }

  @Test
  void theFormWithoutATokenIsRefused() {
    Session admin = new Session(port).login("admin");
    String name = StationApiContract.uniqueName("无令牌驿站");

    HttpResponse<String> post = admin.post("/stations", form(name, "430203004", null));

    assertThat(post.statusCode()).isEqualTo(403);
    assertThat(api.get("/api/v1/stations?q=" + encode(name)).json().path("total").asLong())
        .isZero();
  }

  @Test
  void anInvalidFormIsShownAgainWithAMessageAtEachField() {
    Session admin = new Session(port).login("admin");
    String token = admin.csrfFrom("/stations/new");
    Map<String, String> fields = form("", "430203999", token);
    fields.put("lat", "north");
    fields.put("phone", "call me");

    HttpResponse<String> post = admin.post("/stations", fields);

    assertThat(post.statusCode()).isEqualTo(200);
    String html = post.body();
    assertThat(html)
        .contains("id=\"error-summary\"")
        .contains("id=\"name-error\"")
        .contains("id=\"streetCode-error\"")
        .contains("id=\"lat-error\"")
        .contains("id=\"phone-error\"")
        .doesNotContain("id=\"lng-error\"")
        .contains("aria-describedby=\"name-error\"")
        .contains("格式不正确")
        .contains("430203999 不是本市的街道")
        .contains("value=\"call me\"");
  }

  @Test
  void anAdministratorEditsAStationThroughTheForm() {
    Map<String, Object> body =
        StationApiContract.station(StationApiContract.uniqueName("待编辑驿站"), "430203004");
    long id = api.as("admin").post("/api/v1/stations", body).json().path("id").asLong();
    Session admin = new Session(port).login("admin");
    String token = admin.csrfFrom("/stations/" + id + "/edit");
    String name = StationApiContract.uniqueName("已编辑驿站");

    HttpResponse<String> post = admin.post("/stations/" + id, form(name, "430203004", token));

    assertThat(post.statusCode()).as(post.body()).isEqualTo(302);
    assertThat(post.headers().firstValue("Location").orElse("")).endsWith("/stations/" + id);
    assertThat(api.get("/api/v1/stations/" + id).json().path("name").asString()).isEqualTo(name);
  }

  @Test
  void theCommunitiesOfAStreetAreOfferedToTheForm() {
    Session admin = new Session(port).login("admin");

    HttpResponse<String> r = admin.get("/stations/communities?streetCode=430203004");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("友好社区居委会").contains("<option");
  }

  static Map<String, String> form(String name, String streetCode, String token) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("name", name);
    f.put("kind", "GIG");
    f.put("streetCode", streetCode);
    f.put("communityCode", "");
    f.put("address", "董家塅街道高科园 9 号");
    f.put("lat", "27.7931");
    f.put("lng", "113.1577");
    f.put("openingHours", "周一至周日 8:00-18:00");
    f.put("phone", "0731-28888888");
    if (token != null) {
      f.put("_csrf", token);
    }
    return f;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A browser-like session: cookies, form posts, no automatic redirects. */
  static final class Session {
    private final int port;
    private final HttpClient http;

    Session(int port) {
      this.port = port;
      this.http =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
    }

    Session login(String user) {
      String token = csrfFrom("/login");
      HttpResponse<String> r =
          post(
              "/login",
              Map.of("username", user, "password", TestAccounts.PASSWORD, "_csrf", token));
      assertThat(r.statusCode()).isEqualTo(302);
      assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
      return this;
    }

    String csrfFrom(String path) {
      HttpResponse<String> page = get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      Matcher m = CSRF.matcher(page.body());
      assertThat(m.find()).as("a CSRF token on " + path).isTrue();
      return m.group(1) != null ? m.group(1) : m.group(2);
    }

    HttpResponse<String> get(String path) {
      return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> post(String path, Map<String, String> fields) {
      String body =
          fields.entrySet().stream()
              .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
              .collect(Collectors.joining("&"));
      return send(
          HttpRequest.newBuilder(uri(path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private URI uri(String path) {
      return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        return http.send(
            request.timeout(Duration.ofSeconds(60)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
