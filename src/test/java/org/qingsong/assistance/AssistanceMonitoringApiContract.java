package org.qingsong.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.qingsong.support.Api;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Departments' answers from a spreadsheet (all or nothing), hospital bills and the periodic review,
 * the bank's roll for auditors, and the audit trail of a case, on H2 and PostgreSQL.
 */
abstract class AssistanceMonitoringApiContract {
  @LocalServerPort int port;

  Api api() {
    return Api.on(port);
  }

  long applyToday(String kind, String income) {
    return apply(kind, income, null);
  }

  long apply(String kind, String income, String receivedOn) {
    Object[] a = Households.register(api(), "韩立新", LocalDate.of(1969, 4, 4));
    Api.Response r =
        api()
            .as("caseworker")
            .post(
                "/api/v1/assistance/applications",
                Households.application(
                    kind,
                    (long) a[0],
                    List.of(Households.member((long) a[0], "SELF", income)),
                    receivedOn));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().path("id").asLong();
  }

  @Test
  void answersComeFromTheDepartmentsSpreadsheetAllOrNothing() throws Exception {
    long id = applyToday("TEMPORARY", "0");
    JsonNode tasks = api().as("caseworker").get("/api/v1/assistance/cases/" + id + "/tasks").json();
    HttpResponse<byte[]> template =
        download("caseworker", "/api/v1/assistance/tasks/answers-template.xlsx");
    assertThat(template.statusCode()).isEqualTo(200);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("taskId");
      boolean listed = false;
      for (int r = 2; r <= sheet.getLastRowNum(); r++) {
        listed |=
            (long) sheet.getRow(r).getCell(0).getNumericCellValue()
                == tasks.get(0).path("id").asLong();
      }
      assertThat(listed).isTrue();
    }

    byte[] bad = sheet(tasks, "MAYBE");
    Api.Response refused = upload(bad);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.fieldError("rows[5].answer")).contains("CLEAR");
    assertThat(refused.fieldError("rows[4].answer")).isNull();
    JsonNode untouched =
        api().as("caseworker").get("/api/v1/assistance/cases/" + id + "/tasks").json();
    for (JsonNode t : untouched) {
      assertThat(t.path("answer").isMissingNode() || t.path("answer").isNull()).isTrue();
    }

    Api.Response imported = upload(sheet(tasks, "CLEAR"));
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.json().path("answered").asInt()).isEqualTo(tasks.size());
    JsonNode answered =
        api().as("caseworker").get("/api/v1/assistance/cases/" + id + "/tasks").json();
    assertThat(answered.get(1).path("answer").asString()).isEqualTo("FINDING");
    assertThat(answered.get(1).path("findingKind").asString()).isEqualTo("DEPOSITS");
    assertThat(
            api()
                .as("caseworker")
                .get("/api/v1/assistance/cases/" + id)
                .json()
                .path("assets")
                .path("deposits")
                .decimalValue())
        .isEqualByComparingTo("30000");
    assertThat(upload(sheet(tasks, "CLEAR")).status()).isEqualTo(400);
  }

  @Test
  void hospitalBillsAndPeriodicReviewsReassessASupportedHousehold() {
    long id = apply("MINIMUM_LIVING", "300", LocalDate.now().minusDays(20).toString());
    String url = "/api/v1/assistance/cases/" + id;
    assertThat(
            api().as("caseworker").post(url + "/hospital-bills", Map.of("amount", "100")).status())
        .isEqualTo(409);
    for (JsonNode t : api().as("caseworker").get(url + "/tasks").json()) {
      api()
          .as("caseworker")
          .post(
              "/api/v1/assistance/tasks/" + t.path("id").asLong() + "/answer",
              Map.of("answer", "CLEAR"));
    }
    api().as("caseworker").post(url + "/assessment", Map.of());
    api().as("caseworker").post(url + "/review", Map.of());
    api().as("caseworker").post(url + "/decision", Map.of("decision", "APPROVE"));
    Api.Response notice =
        api()
            .as("caseworker")
            .post(url + "/publicity", Map.of("startOn", LocalDate.now().minusDays(10).toString()));
    assertThat(notice.status()).as(notice.toString()).isEqualTo(200);
    Api.Response early =
        api()
            .as("caseworker")
            .post(url + "/publicity", Map.of("startOn", LocalDate.now().toString()));
    assertThat(early.status()).isEqualTo(409);
    JsonNode active = api().as("caseworker").post(url + "/activation", Map.of()).json();
    assertThat(active.path("status").asString()).as(active.toString()).isEqualTo("ACTIVE");
    assertThat(active.path("paidAmount").decimalValue()).isEqualByComparingTo("480");

    Api.Response bill =
        api()
            .as("caseworker")
            .post(url + "/hospital-bills", Map.of("amount", "8000", "billedOn", "2026-11-02"));
    assertThat(bill.status()).as(bill.toString()).isEqualTo(200);
    assertThat(bill.json().path("kind").asString()).isEqualTo("HOSPITAL_BILL");
    JsonNode proposals =
        api().as("caseworker").get("/api/v1/assistance/proposals?status=OPEN&size=100").json();
    assertThat(proposals.toString()).contains("\"caseId\":" + id + ",").contains("MEDICAL");

    Api.Response raise =
        api()
            .as("caseworker")
            .post(
                url + "/income-changes",
                Map.of("personId", active.path("applicantId").asLong(), "monthlyIncome", "500"));
    assertThat(raise.json().path("outcome").asString()).contains("480", "280");
    Api.Response review =
        api()
            .as("caseworker")
            .post(url + "/periodic-review", Map.of("asOf", LocalDate.now().toString()));
    assertThat(review.status()).isEqualTo(200);
    JsonNode after = api().as("caseworker").get(url).json();
    assertThat(after.path("paidAmount").decimalValue()).isEqualByComparingTo("280");
    assertThat(after.path("reviewDue").asString())
        .isEqualTo(LocalDate.now().plusMonths(12).toString());
    Api.Response future =
        api()
            .as("caseworker")
            .inLanguage("en")
            .post(url + "/periodic-review", Map.of("asOf", "2999-01-01"));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.fieldError("asOf")).contains("future");
  }

  @Test
  void everyStepIsAuditedAndAuditorsGetTheRollMasked() throws Exception {
    long id = applyToday("MINIMUM_LIVING", "0");
    JsonNode audit =
        api()
            .as("auditor")
            .get("/api/v1/audit?subjectType=ASSISTANCE_CASE&subjectId=" + id + "&size=50")
            .json();
    assertThat(audit.toString()).contains("ASSISTANCE_INTAKE", "VERIFICATION_SENT");
    String month = java.time.YearMonth.now().toString();
    api().as("caseworker").post("/api/v1/assistance/payment-rolls", Map.of("month", month));
    HttpResponse<byte[]> masked =
        download("auditor", "/api/v1/assistance/payment-rolls/" + month + ".xlsx");
    assertThat(masked.statusCode()).isEqualTo(200);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(masked.body()))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isGreaterThan(1);
      for (int r = 1; r < sheet.getLastRowNum(); r++) {
        assertThat(sheet.getRow(r).getCell(3).getStringCellValue()).contains("****");
      }
    }
    assertThat(
            api()
                .as("auditor")
                .post("/api/v1/assistance/payment-rolls", Map.of("month", month))
                .status())
        .isEqualTo(403);
    Api.Response future =
        api().as("caseworker").post("/api/v1/assistance/payment-rolls", Map.of("month", "2999-01"));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.fieldError("month")).isNotNull();
    JsonNode exports =
        api().as("auditor").get("/api/v1/audit?action=ASSISTANCE_ROLL_EXPORT&size=50").json();
    assertThat(exports.toString()).contains("masked");
  }

  /** The task rows of one case; the second row a deposits finding, the third {@code third}. */
  static byte[] sheet(JsonNode tasks, String third) throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("answers");
      sheet.createRow(0).createCell(0).setCellValue("任务编号");
      Row fields = sheet.createRow(1);
      String[] names = {"taskId", "answer", "findingKind", "text", "amount"};
      for (int i = 0; i < names.length; i++) {
        fields.createCell(i).setCellValue(names[i]);
      }
      for (int i = 0; i < tasks.size(); i++) {
        Row row = sheet.createRow(i + 2);
        row.createCell(0).setCellValue(tasks.get(i).path("id").asLong());
        row.createCell(1).setCellValue(i == 1 ? "有发现" : i == 2 ? third : "无异常");
        if (i == 1) {
          row.createCell(2).setCellValue("DEPOSITS");
          row.createCell(3).setCellValue("银行存款余额 3 万元");
          row.createCell(4).setCellValue(30000);
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }

  Api.Response upload(byte[] content) throws Exception {
    String boundary = "----qingsong" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"answers.xlsx\""
                + "\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(api().url("/api/v1/assistance/tasks/answers")))
                    .header("Authorization", AssistanceCaseApiContract.basic("caseworker"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Api.Response(r);
  }

  HttpResponse<byte[]> download(String user, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(api().url(path)))
                .header("Authorization", AssistanceCaseApiContract.basic(user))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }
}
