package org.qingsong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.qingsong.support.Api;
import org.qingsong.support.Residents;
import org.qingsong.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Station paperwork end to end over HTTP: the import template, importing postings collected on
 * paper (all rows or none), and the Excel exports of postings and placements.
 */
abstract class SpreadsheetApiContract {
  static final String HOME_STREET = "430203004";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  Api api() {
    return Api.on(port);
  }

  @Test
  void theTemplateHasChineseHeadersFieldNamesDropDownsAndTheOccupationCodes() throws IOException {
    HttpResponse<byte[]> r = download("staff", "/api/v1/jobs/import-template.xlsx");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(text(sheet.getRow(0).getCell(0))).startsWith("用人单位统一社会信用代码");
      assertThat(sheet.getRow(0).getCell(0).getCellComment().getString().getString())
          .contains("creditCode");
      assertThat(fields(sheet)).containsKeys("title", "payMin", "payMax", "kind", "relaxations");
      assertThat(text(sheet.getRow(2).getCell(fields(sheet).get("title")))).startsWith("【示例】");
      assertThat(sheet.getDataValidations()).hasSizeGreaterThanOrEqualTo(3);
      assertThat(sheet.getColumnWidth(fields(sheet).get("description")))
          .isGreaterThan(sheet.getColumnWidth(fields(sheet).get("positions")));
      Sheet codes = book.getSheetAt(1);
      assertThat(codes.getSheetName()).isEqualTo("职业代码");
      List<String> listed = new ArrayList<>();
      for (Row row : codes) {
        listed.add(text(row.getCell(0)));
      }
      assertThat(listed).contains("EC001").hasSizeGreaterThan(100);
    }
  }

  @Test
  void threeGoodRowsAreImportedAndAudited() throws IOException {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    byte[] filled =
        fill(
            template(),
            List.of(
                row("养老护理员" + tag + "-1", "3800", "5200"),
                row("养老护理员" + tag + "-2", "4000", "5000"),
                row("养老护理员" + tag + "-3", "3900", "4800")));
    long before = postings();
    long audits = audits();

    Api.Response r = upload("staff", "postings.xlsx", XLSX, filled);

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode summary = r.json();
    assertThat(summary.path("imported").asInt()).isEqualTo(3);
    assertThat(summary.path("published").asInt() + summary.path("heldForReview").asInt())
        .isEqualTo(3);
    assertThat(postings()).isEqualTo(before + 3);
    assertThat(audits()).isEqualTo(audits + 1);
    JsonNode found = api().as("staff").get("/api/v1/jobs?status=PUBLISHED&q=" + tag).json();
    assertThat(found.path("total").asInt()).isEqualTo(summary.path("published").asInt());
  }

  @Test
  void aBadRowIsReportedCellByCellAndNothingIsImported() throws IOException {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> bad = row("保洁员" + tag, "6000", "5000");
    bad.put("occupationCode", "ZZ999");
    byte[] filled =
        fill(
            template(),
            List.of(
                row("养老护理员" + tag + "-1", "3800", "5200"),
                bad,
                row("养老护理员" + tag + "-3", "3900", "4800")));
    long before = postings();

    Api.Response r = upload("staff", "postings.xlsx", XLSX, filled);

    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.fieldError("rows[4].payMax")).isEqualTo("最高薪资不能低于最低薪资");
    assertThat(r.fieldError("rows[4].occupationCode")).isNotNull();
    assertThat(r.json().path("errors").toString())
        .doesNotContain("rows[3]")
        .doesNotContain("rows[5]");
    assertThat(postings()).isEqualTo(before);
  }

  @Test
  void anUnknownEmployerAndUnreadableCellsAreReportedByColumn() throws IOException {
    Map<String, Object> row = row("仓管员", "3000", "4000");
    String unknown = Residents.newCreditCode();
    row.put("creditCode", unknown);
    row.put("positions", "两个");
    Api.Response r = upload("staff", "postings.xlsx", XLSX, fill(template(), List.of(row)));
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.fieldError("rows[3].creditCode")).contains(unknown);
    assertThat(r.fieldError("rows[3].positions")).isEqualTo("须为整数");
    assertThat(r.json().path("errors").toString()).doesNotContain("employerId");
  }

  @Test
  void aFileThatIsNotAWorkbookIsRefused() {
    Api.Response text =
        upload(
            "staff", "postings.xlsx", XLSX, "not a spreadsheet".getBytes(StandardCharsets.UTF_8));
    assertThat(text.status()).isEqualTo(400);
    assertThat(text.fieldError("file")).contains(".xlsx");

    byte[] zipOfNothing = {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0, 0, 0};
    Api.Response zip = upload("staff", "postings.xlsx", XLSX, zipOfNothing);
    assertThat(zip.status()).isEqualTo(400);
    assertThat(zip.fieldError("file")).isNotNull();

    Api.Response none = upload("staff", "empty.xlsx", XLSX, new byte[0]);
    assertThat(none.status()).isEqualTo(400);
  }

  @Test
  void residentsMayNeitherImportNorExport() throws IOException {
    assertThat(download("resident", "/api/v1/jobs/import-template.xlsx").statusCode())
        .isEqualTo(403);
    assertThat(upload("resident", "postings.xlsx", XLSX, template()).status()).isEqualTo(403);
    assertThat(download("resident", "/api/v1/jobs/export.xlsx").statusCode()).isEqualTo(403);
    assertThat(download("resident", "/api/v1/placements/export.xlsx").statusCode()).isEqualTo(403);
  }

  @Test
  void postingsAreExportedWithPayAsNumbersAndDatesAsDates() throws IOException {
    String title = "养老护理员导出" + UUID.randomUUID().toString().substring(0, 8);
    long id = publish(title);

    HttpResponse<byte[]> r =
        download("auditor", "/api/v1/jobs/export.xlsx?status=PUBLISHED&streetCode=" + HOME_STREET);

    assertThat(r.statusCode()).isEqualTo(200);
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
      Sheet sheet = book.getSheetAt(0);
      Map<String, Integer> headers = headers(sheet.getRow(0));
      assertThat(headers)
          .containsKeys("编号", "岗位名称", "用人单位", "职业名称", "最低薪资（元）", "最高薪资（元）", "有效期至", "状态");
      Row row = find(sheet, headers.get("编号"), String.valueOf(id));
      assertThat(text(row.getCell(headers.get("岗位名称")))).isEqualTo(title);
      Cell payMin = row.getCell(headers.get("最低薪资（元）"));
      assertThat(payMin.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(payMin.getNumericCellValue()).isEqualTo(3800.0);
      Cell validUntil = row.getCell(headers.get("有效期至"));
      assertThat(DateUtil.isCellDateFormatted(validUntil)).isTrue();
      assertThat(validUntil.getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.now().plusDays(30));
      assertThat(text(row.getCell(headers.get("状态")))).isEqualTo("已发布");
      assertThat(text(row.getCell(headers.get("职业名称")))).isNotBlank();
    }
  }

  @Test
  void placementsAreExportedWithOccupationAndPriorityGroupsButNoIdentity() throws IOException {
    String title = "养老护理员安置" + UUID.randomUUID().toString().substring(0, 8);
    long posting = publish(title);
    long application =
        api()
            .as("resident")
            .post("/api/v1/jobs/" + posting + "/applications", Map.of())
            .json()
            .path("id")
            .asLong();
    for (String status : List.of("INTERVIEW", "OFFER", "HIRED")) {
      Api.Response moved =
          api()
              .as("employer")
              .post("/api/v1/applications/" + application + "/status", Map.of("status", status));
      assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    }
    LocalDate today = LocalDate.now();

    HttpResponse<byte[]> r =
        download(
            "auditor",
            "/api/v1/placements/export.xlsx?from="
                + today.minusDays(2)
                + "&to="
                + today.plusDays(2));

    assertThat(r.statusCode()).isEqualTo(200);
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
      Sheet sheet = book.getSheetAt(0);
      Map<String, Integer> headers = headers(sheet.getRow(0));
      assertThat(headers.keySet())
          .containsExactly("编号", "入职日期", "用人单位", "岗位", "职业代码", "职业名称", "重点群体");
      Row row = find(sheet, headers.get("岗位"), title);
      assertThat(text(row.getCell(headers.get("职业代码")))).isEqualTo("EC001");
      assertThat(text(row.getCell(headers.get("职业名称")))).isNotBlank();
      Cell placedOn = row.getCell(headers.get("入职日期"));
      assertThat(DateUtil.isCellDateFormatted(placedOn)).isTrue();
      String groups = text(row.getCell(headers.get("重点群体")));
      assertThat(groups).doesNotContain("AGED_4050").doesNotContain("GRADUATE");
      for (Cell cell : row) {
        assertThat(text(cell))
            .doesNotContainPattern("\\d{17}[0-9Xx]")
            .doesNotContainPattern("1\\d{10}");
      }
    }
    assertThat(
            download("staff", "/api/v1/placements/export.xlsx?from=2026-12-31&to=2026-01-01")
                .statusCode())
        .isEqualTo(400);
  }

  // --- helpers ---

  private long publish(String title) {
    Map<String, Object> body = new HashMap<>(row(title, "3800", "5200"));
    body.remove("creditCode");
    body.put("kind", "PART_TIME");
    body.put("payUnit", "MONTH");
    body.put("validUntil", LocalDate.now().plusDays(30).toString());
    body.put("certificates", List.of("养老护理员（五级）"));
    body.put("skills", List.of("养老护理"));
    body.put("relaxations", List.of("SUITS_4050"));
    body.put("streetCode", HOME_STREET);
    Api.Response created = api().as("employer").post("/api/v1/jobs", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().path("status").asString()).isEqualTo("PUBLISHED");
    return created.json().path("id").asLong();
  }

  private String creditCode() {
    JsonNode employers =
        api()
            .as("staff")
            .get("/api/v1/employers?verification=VERIFIED&size=1&streetCode=" + HOME_STREET)
            .json();
    return employers.path("items").get(0).path("creditCode").asString();
  }

  /** A good row as a clerk types it from a paper form. */
  private Map<String, Object> row(String title, String payMin, String payMax) {
    Map<String, Object> row = new HashMap<>();
    row.put("creditCode", creditCode());
    row.put("title", title);
    row.put("description", "为社区居家老人提供助浴、助餐、陪伴等养老护理服务，每次上门 2 小时，时间可商量。公司统一购买意外险，岗前免费培训。");
    row.put("occupationCode", "EC001");
    row.put("kind", "兼职");
    row.put("positions", 2);
    row.put("payMin", Double.valueOf(payMin));
    row.put("payMax", Double.valueOf(payMax));
    row.put("payUnit", "月");
    row.put("weeklyHours", 30);
    row.put("contact", "0731-22881234 刘女士");
    row.put("validUntil", LocalDate.now().plusDays(30));
    row.put("certificates", "养老护理员（五级）");
    row.put("skills", "养老护理、助浴");
    row.put("relaxations", "适合4050人员、适合宝妈宝爸");
    return row;
  }

  private byte[] template() {
    HttpResponse<byte[]> r = download("staff", "/api/v1/jobs/import-template.xlsx");
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  /** Writes rows into a template from its third row on, over the example. */
  private static byte[] fill(byte[] template, List<Map<String, Object>> rows) throws IOException {
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(template));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.getSheetAt(0);
      Map<String, Integer> fields = fields(sheet);
      CellStyle dates = book.createCellStyle();
      dates.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
      for (int i = 0; i < rows.size(); i++) {
        Row row = sheet.getRow(2 + i) == null ? sheet.createRow(2 + i) : sheet.getRow(2 + i);
        for (Map.Entry<String, Object> e : rows.get(i).entrySet()) {
          Cell cell = row.createCell(fields.get(e.getKey()));
          Object value = e.getValue();
          if (value instanceof Integer n) {
            cell.setCellValue(n);
          } else if (value instanceof Double d) {
            cell.setCellValue(d);
          } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dates);
          } else {
            cell.setCellValue(String.valueOf(value));
          }
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }

  private static Map<String, Integer> fields(Sheet sheet) {
    return headers(sheet.getRow(1));
  }

  private static Map<String, Integer> headers(Row row) {
    Map<String, Integer> out = new java.util.LinkedHashMap<>();
    for (Cell cell : row) {
      out.put(text(cell), cell.getColumnIndex());
    }
    return out;
  }

  private static Row find(Sheet sheet, int column, String value) {
    for (Row row : sheet) {
      if (value.equals(text(row.getCell(column)))) {
        return row;
      }
    }
    throw new AssertionError("no row with " + value + " in column " + column);
  }

  private static String text(Cell cell) {
    return cell == null ? "" : new DataFormatter().formatCellValue(cell);
  }

  private long postings() {
    return jdbc.sql("SELECT COUNT(*) FROM job_posting").query(Long.class).single();
  }

  private long audits() {
    return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'IMPORT'")
        .query(Long.class)
        .single();
  }

  private HttpResponse<byte[]> download(String user, String path) {
    return send(request(user, path).GET(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Posts one file as the multipart part {@code file}, as a browser's form would. */
  private Api.Response upload(String user, String fileName, String type, byte[] content) {
    String boundary = "----qingsong" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: "
            + type
            + "\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder b =
        request(user, "/api/v1/jobs/import")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    return new Api.Response(send(b, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
  }

  private HttpRequest.Builder request(String user, String path) {
    String token = user + ":" + TestAccounts.PASSWORD;
    return HttpRequest.newBuilder(URI.create(api().url(path)))
        .header(
            "Authorization",
            "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
  }

  private static <T> HttpResponse<T> send(HttpRequest.Builder b, HttpResponse.BodyHandler<T> h) {
    try {
      return HTTP.send(b.build(), h);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
