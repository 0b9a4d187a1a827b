package org.qingsong.assistance.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.qingsong.assistance.ApplicationForm;
import org.qingsong.assistance.AssistanceCase;
import org.qingsong.assistance.AssistanceKind;
import org.qingsong.assistance.CaseStatus;
import org.qingsong.assistance.Cases;
import org.qingsong.assistance.Intake;
import org.qingsong.assistance.LowIncomeCategory;
import org.qingsong.assistance.Monitoring;
import org.qingsong.assistance.Objection;
import org.qingsong.assistance.Parse;
import org.qingsong.assistance.Referrals;
import org.qingsong.assistance.TaskAnswer;
import org.qingsong.assistance.Verification;
import org.qingsong.assistance.store.CaseStore;
import org.qingsong.common.Blank;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

/** Applications and cases as JSON: intake, verification answers and each workflow step. */
@RestController
@RequestMapping("/api/v1/assistance")
class CaseController {
  private final Intake intake;
  private final Cases cases;
  private final Verification verification;
  private final Monitoring monitoring;
  private final Referrals referrals;
  private final AssistanceJson json;

  CaseController(
      Intake intake,
      Cases cases,
      Verification verification,
      Monitoring monitoring,
      Referrals referrals,
      AssistanceJson json) {
    this.intake = intake;
    this.cases = cases;
    this.verification = verification;
    this.monitoring = monitoring;
    this.referrals = referrals;
    this.json = json;
  }

  /** The 8+1 kinds of assistance with their Chinese and English names. */
  @GetMapping("/kinds")
  List<Map<String, String>> kinds() {
    return java.util.Arrays.stream(AssistanceKind.values())
        .map(k -> Map.of("code", k.name(), "nameZh", k.nameZh(), "nameEn", k.nameEn()))
        .toList();
  }

  /** One-window intake: registers the application and sends it for verification. */
  @PostMapping("/applications")
  ResponseEntity<JsonNode> apply(@RequestBody ApplicationForm form) {
    AssistanceCase c = intake.apply(form);
    return ResponseEntity.created(URI.create("/api/v1/assistance/cases/" + c.id()))
        .body(json.of(c));
  }

  @GetMapping("/cases")
  JsonNode find(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String streetCode,
      @RequestParam(required = false) String districtCode,
      @RequestParam(required = false) String q,
      @RequestParam(required = false, defaultValue = "false") boolean supported,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    FieldErrors errors = new FieldErrors();
    CaseStatus s =
        errors.parseOptional("status", status, v -> Parse.value(CaseStatus.class, v)).orElse(null);
    AssistanceKind k = errors.parseOptional("kind", kind, Parse::kind).orElse(null);
    LowIncomeCategory c =
        errors
            .parseOptional("category", category, v -> Parse.value(LowIncomeCategory.class, v))
            .orElse(null);
    errors.throwIfAny();
    return json.of(
        cases.find(
            new CaseStore.Query(
                Blank.toNull(districtCode),
                Blank.toNull(streetCode),
                s,
                k,
                c,
                Blank.toNull(q),
                supported),
            PageRequest.of(page, size)));
  }

  @GetMapping("/cases/{id}")
  JsonNode get(@PathVariable long id) {
    return json.of(cases.get(id));
  }

  @GetMapping("/cases/{id}/history")
  JsonNode history(@PathVariable long id) {
    return json.of(cases.history(id));
  }

  @GetMapping("/cases/{id}/tasks")
  JsonNode tasks(@PathVariable long id) {
    return json.of(verification.ofCase(id));
  }

  @GetMapping("/tasks/{id}")
  JsonNode task(@PathVariable long id) {
    return json.of(verification.get(id));
  }

  /** A department's answer: {@code {"answer":"CLEAR"}} or a finding with kind and text. */
  @PostMapping("/tasks/{id}/answer")
  JsonNode answer(@PathVariable long id, @RequestBody TaskAnswer answer) {
    return json.of(verification.answer(id, answer));
  }

  @GetMapping("/tasks/overdue")
  JsonNode overdue(@RequestParam(required = false) String districtCode) {
    return json.of(verification.overdue(Blank.toNull(districtCode), 200));
  }

  /** The answer spreadsheet, listing the open tasks of the caller's district. */
  @GetMapping("/tasks/answers-template.xlsx")
  ResponseEntity<byte[]> answerTemplate(@RequestParam(required = false) String districtCode) {
    byte[] sheet = AnswerSheet.template(verification.open(Blank.toNull(districtCode)));
    return ResponseEntity.ok()
        .contentType(PaymentController.XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("核查答复-" + java.time.LocalDate.now() + ".xlsx", StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(sheet);
  }

  /** Imports departments' answers from the filled-in template, all rows or none. */
  @PostMapping(value = "/tasks/answers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Map<String, Object> importAnswers(@RequestParam(required = false) MultipartFile file)
      throws IOException {
    if (file == null || file.isEmpty()) {
      throw InvalidInputException.of("file", "assistance.import.noFile");
    }
    try (InputStream in = file.getInputStream()) {
      int n =
          verification.importAnswers(
              AnswerSheet.read(in),
              file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename());
      return Map.of("answered", n);
    }
  }

  @PostMapping("/cases/{id}/review")
  JsonNode review(@PathVariable long id, @RequestBody(required = false) NoteRequest body) {
    return json.of(cases.review(id, body == null ? null : body.note()));
  }

  /** {@code {"decision":"APPROVE"|"REJECT","reason":"…"}}; a rejection needs a reason. */
  @PostMapping("/cases/{id}/decision")
  JsonNode decide(@PathVariable long id, @RequestBody DecisionRequest body) {
    return json.of(cases.decide(id, body.decision(), body.reason()));
  }

  @PostMapping("/cases/{id}/publicity")
  JsonNode publicise(@PathVariable long id, @RequestBody(required = false) PublicityRequest body) {
    return json.of(cases.publicise(id, body == null ? null : body.startOn()));
  }

  @GetMapping("/cases/{id}/objections")
  List<Objection> objections(@PathVariable long id) {
    return cases.objections(id);
  }

  @PostMapping("/cases/{id}/objections")
  ResponseEntity<Objection> object(@PathVariable long id, @RequestBody ObjectionRequest body) {
    Objection o = cases.object(id, body.detail());
    return ResponseEntity.created(
            URI.create("/api/v1/assistance/cases/" + id + "/objections/" + o.id()))
        .body(o);
  }

  @PostMapping("/cases/{id}/objections/{objectionId}/resolution")
  Objection resolve(
      @PathVariable long id, @PathVariable long objectionId, @RequestBody ResolutionRequest body) {
    return cases.resolve(id, objectionId, body.upheld(), body.resolution());
  }

  @PostMapping("/cases/{id}/activation")
  JsonNode activate(@PathVariable long id) {
    return json.of(cases.activate(id));
  }

  @PostMapping("/cases/{id}/closure")
  JsonNode close(@PathVariable long id, @RequestBody ReasonRequest body) {
    return json.of(cases.close(id, body.reason()));
  }

  /** Assesses a case whose departments have all answered, with its application date's rules. */
  @PostMapping("/cases/{id}/assessment")
  JsonNode assess(@PathVariable long id) {
    return json.of(monitoring.assess(id));
  }

  /** A member's new monthly income: {@code {"personId":1,"monthlyIncome":"1200"}}. */
  @PostMapping("/cases/{id}/income-changes")
  JsonNode incomeChange(@PathVariable long id, @RequestBody IncomeRequest body) {
    return json.of(
        monitoring.incomeChange(id, body.personId(), body.monthlyIncome(), body.changedOn()));
  }

  /** A hospital bill the household pays: {@code {"amount":"8000","billedOn":"2026-11-02"}}. */
  @PostMapping("/cases/{id}/hospital-bills")
  JsonNode hospitalBill(@PathVariable long id, @RequestBody BillRequest body) {
    return json.of(monitoring.hospitalBill(id, body.amount(), body.billedOn()));
  }

  @PostMapping("/cases/{id}/periodic-review")
  JsonNode periodicReview(
      @PathVariable long id, @RequestBody(required = false) ReviewRequest body) {
    return json.of(monitoring.periodicReview(id, body == null ? null : body.asOf()));
  }

  @GetMapping("/cases/{id}/monitoring")
  JsonNode monitoringEvents(@PathVariable long id) {
    return json.of(monitoring.events(id));
  }

  @GetMapping("/cases/{id}/referrals")
  JsonNode caseReferrals(@PathVariable long id) {
    cases.get(id);
    return json.of(referrals.ofCase(id));
  }

  /** Households monitoring found to qualify for more help (救助找人). */
  @GetMapping("/proposals")
  JsonNode proposals(
      @RequestParam(required = false) String districtCode,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return json.of(
        monitoring.proposals(
            Blank.toNull(districtCode), Blank.toNull(status), PageRequest.of(page, size)));
  }

  /** Opens a case for the proposal without an application; 201 with the new case. */
  @PostMapping("/proposals/{id}/acceptance")
  ResponseEntity<JsonNode> accept(@PathVariable long id) {
    AssistanceCase c = monitoring.accept(id);
    return ResponseEntity.created(URI.create("/api/v1/assistance/cases/" + c.id()))
        .body(json.of(c));
  }

  /** Dismisses the proposal; an optional {@code {"reason": …}} is kept in the audit trail. */
  @PostMapping("/proposals/{id}/dismissal")
  JsonNode dismiss(@PathVariable long id, @RequestBody(required = false) ReasonRequest body) {
    return json.of(monitoring.dismiss(id, body == null ? null : body.reason()));
  }

  record IncomeRequest(Long personId, String monthlyIncome, String changedOn) {}

  record BillRequest(String amount, String billedOn) {}

  record ReviewRequest(String asOf) {}

  record NoteRequest(String note) {}

  record DecisionRequest(String decision, String reason) {}

  record PublicityRequest(String startOn) {}

  record ObjectionRequest(String detail) {}

  record ResolutionRequest(Boolean upheld, String resolution) {}

  record ReasonRequest(String reason) {}
}
