package org.qingsong.jobs.web;

import java.net.URI;
import java.util.List;
import org.qingsong.common.Blank;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.Money;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.jobs.Applicant;
import org.qingsong.jobs.Application;
import org.qingsong.jobs.Applications;
import org.qingsong.jobs.JobKind;
import org.qingsong.jobs.Jobs;
import org.qingsong.jobs.PostingFlag;
import org.qingsong.jobs.PostingForm;
import org.qingsong.jobs.PostingQuery;
import org.qingsong.jobs.PostingStatus;
import org.qingsong.jobs.Relaxation;
import org.qingsong.occupations.PayUnit;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Job postings as JSON. Published postings are public; the rest follows {@link Jobs}' rules. */
@RestController
@RequestMapping("/api/v1/jobs")
class JobController {
  private final Jobs jobs;
  private final Applications applications;

  JobController(Jobs jobs, Applications applications) {
    this.jobs = jobs;
    this.applications = applications;
  }

  /** Creates a posting and, unless {@code submit=false}, screens it at once. */
  @PostMapping
  ResponseEntity<PostingJson> create(
      @RequestBody PostingForm form,
      @RequestParam(required = false, defaultValue = "true") boolean submit) {
    PostingJson created = PostingJson.of(jobs.create(form, submit));
    return ResponseEntity.created(URI.create("/api/v1/jobs/" + created.id())).body(created);
  }

  @GetMapping
  PageResult<PostingJson> search(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String occupationCode,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String streetCode,
      @RequestParam(required = false) String districtCode,
      @RequestParam(required = false) String minPay,
      @RequestParam(required = false) String payUnit,
      @RequestParam(required = false) String relaxation,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Long employerId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    FieldErrors errors = new FieldErrors();
    JobKind k = errors.parseOptional("kind", kind, Jobs::kind).orElse(null);
    Money pay = errors.parseOptional("minPay", minPay, Money::ofYuan).orElse(null);
    PayUnit unit = errors.parseOptional("payUnit", payUnit, Jobs::payUnit).orElse(null);
    Relaxation r =
        errors.parseOptional("relaxation", relaxation, JobController::relaxation).orElse(null);
    PostingStatus s =
        errors
            .parseOptional("status", status, JobController::status)
            .orElse(PostingStatus.PUBLISHED);
    errors.throwIfAny();
    PostingQuery query =
        new PostingQuery(
            Blank.toNull(q),
            Blank.toNull(occupationCode),
            k,
            Blank.toNull(streetCode),
            Blank.toNull(districtCode),
            pay,
            unit,
            r,
            s,
            employerId);
    return jobs.find(query, PageRequest.of(page, size)).map(PostingJson::of);
  }

  @GetMapping("/review-queue")
  PageResult<PostingJson> reviewQueue(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return jobs.reviewQueue(PageRequest.of(page, size)).map(PostingJson::of);
  }

  @GetMapping("/{id}")
  PostingJson get(@PathVariable long id) {
    return PostingJson.of(jobs.get(id));
  }

  @PutMapping("/{id}")
  PostingJson update(@PathVariable long id, @RequestBody PostingForm form) {
    return PostingJson.of(jobs.update(id, form));
  }

  @PostMapping("/{id}/submit")
  PostingJson submit(@PathVariable long id) {
    return PostingJson.of(jobs.submit(id));
  }

  @PostMapping("/{id}/withdraw")
  PostingJson withdraw(@PathVariable long id) {
    return PostingJson.of(jobs.withdraw(id));
  }

  /** Why a posting waits for review. */
  @GetMapping("/{id}/flags")
  List<PostingFlag> flags(@PathVariable long id) {
    return jobs.flags(id);
  }

  /**
   * Station staff's decision: {@code
   * {"decision":"APPROVE"|"REJECT","note":"…","flagEmployer":false}}.
   */
  @PostMapping("/{id}/review")
  PostingJson review(@PathVariable long id, @RequestBody ReviewRequest request) {
    return PostingJson.of(
        jobs.review(
            id, request.decision(), request.note(), Boolean.TRUE.equals(request.flagEmployer())));
  }

  /** A report of a suspicious posting: {@code {"reason":"…"}}. */
  @PostMapping("/{id}/reports")
  ResponseEntity<PostingJson> report(@PathVariable long id, @RequestBody ReportRequest request) {
    PostingJson posting = PostingJson.of(jobs.report(id, request.reason()));
    return ResponseEntity.accepted().body(posting);
  }

  /**
   * Applies: a resident for themselves ({@code {}}), staff for a person ({@code {"personId":1}}).
   */
  @PostMapping("/{id}/applications")
  ResponseEntity<Application> apply(
      @PathVariable long id, @RequestBody(required = false) ApplyRequest request) {
    Application created = applications.apply(id, request == null ? null : request.personId());
    return ResponseEntity.created(URI.create("/api/v1/applications/" + created.id())).body(created);
  }

  /** The employer's applicant board. */
  @GetMapping("/{id}/applications")
  List<Applicant> board(@PathVariable long id) {
    return applications.board(id);
  }

  record ReviewRequest(String decision, String note, Boolean flagEmployer) {}

  record ReportRequest(String reason) {}

  record ApplyRequest(Long personId) {}

  static Relaxation relaxation(String raw) {
    try {
      return Relaxation.valueOf(raw.strip());
    } catch (IllegalArgumentException e) {
      throw new org.qingsong.common.InvalidValueException("job.relaxation.unknown", raw);
    }
  }

  static PostingStatus status(String raw) {
    try {
      return PostingStatus.valueOf(raw.strip());
    } catch (IllegalArgumentException e) {
      throw new org.qingsong.common.InvalidValueException("field.unknown");
    }
  }
}
