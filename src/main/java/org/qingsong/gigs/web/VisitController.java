package org.qingsong.gigs.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.InvalidValueException;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.gigs.Candidate;
import org.qingsong.gigs.Check;
import org.qingsong.gigs.CheckOutForm;
import org.qingsong.gigs.GigAssignments;
import org.qingsong.gigs.GigVisits;
import org.qingsong.gigs.VisitClash;
import org.qingsong.gigs.VisitStatus;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Visits as JSON: lists, the worker's day, candidates, assignment and every step of a visit. */
@RestController
@RequestMapping("/api/v1/gig-visits")
class VisitController {
  private final GigVisits visits;
  private final GigAssignments assignments;
  private final MessageSource messages;
  private final Clock clock;

  VisitController(
      GigVisits visits, GigAssignments assignments, MessageSource messages, Clock clock) {
    this.visits = visits;
    this.assignments = assignments;
    this.messages = messages;
    this.clock = clock;
  }

  /** Visits in the caller's scope; {@code date} is short for {@code from=date&to=date}. */
  @GetMapping
  PageResult<GigJson.VisitJson> find(
      @RequestParam(required = false) String date,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Long workerId,
      @RequestParam(required = false) Long orderId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      Locale locale) {
    FieldErrors errors = new FieldErrors();
    LocalDate day = errors.parseOptional("date", date, VisitController::date).orElse(null);
    LocalDate f = errors.parseOptional("from", from, VisitController::date).orElse(day);
    LocalDate t = errors.parseOptional("to", to, VisitController::date).orElse(day);
    VisitStatus s = errors.parseOptional("status", status, VisitController::status).orElse(null);
    errors.throwIfAny();
    return visits
        .find(f, t, s, workerId, orderId, PageRequest.of(page, size))
        .map(v -> GigJson.VisitJson.of(v, locale));
  }

  /** The logged-in worker's visits on a date (today by default). */
  @GetMapping("/mine")
  List<GigJson.VisitJson> mine(@RequestParam(required = false) String date, Locale locale) {
    FieldErrors errors = new FieldErrors();
    LocalDate day =
        errors
            .parseOptional("date", date, VisitController::date)
            .orElse(LocalDate.now(clock.withZone(BusinessTime.ZONE)));
    errors.throwIfAny();
    return visits.mine(day).stream().map(v -> GigJson.VisitJson.of(v, locale)).toList();
  }

  @GetMapping("/{id}")
  GigJson.VisitJson get(@PathVariable long id, Locale locale) {
    return GigJson.VisitJson.of(visits.get(id), locale);
  }

  /** Eligible workers ranked, and the others with the rule they fail, each reason in words. */
  @GetMapping("/{id}/candidates")
  List<CandidateJson> candidates(
      @PathVariable long id, @RequestParam(required = false) Integer limit, Locale locale) {
    int n = limit == null ? 50 : Math.max(1, Math.min(limit, GigAssignments.MAX_CANDIDATES));
    return assignments.candidates(id, n).stream()
        .map(c -> CandidateJson.of(c, messages, locale))
        .toList();
  }

  /**
   * {@code {"workerId":…, "pinned":true}}: staff's assignments are pinned unless said otherwise.
   */
  @PostMapping("/{id}/assignment")
  GigJson.VisitJson assign(
      @PathVariable long id, @RequestBody AssignRequest request, Locale locale) {
    return GigJson.VisitJson.of(
        assignments.assign(id, request.workerId(), request.pinned() == null || request.pinned()),
        locale);
  }

  @DeleteMapping("/{id}/assignment")
  GigJson.VisitJson unassign(@PathVariable long id, Locale locale) {
    return GigJson.VisitJson.of(assignments.unassign(id), locale);
  }

  /** {@code {"lat":…, "lng":…}}: where the worker is as they arrive. */
  @PostMapping("/{id}/check-in")
  GigJson.VisitJson checkIn(
      @PathVariable long id, @RequestBody CheckInRequest request, Locale locale) {
    return GigJson.VisitJson.of(visits.checkIn(id, request.lat(), request.lng()), locale);
  }

  /**
   * The care log: {@code {"tasks":[…], "observations":"…", "incidents":[{severity, description}]}}.
   */
  @PostMapping("/{id}/check-out")
  GigJson.VisitJson checkOut(@PathVariable long id, @RequestBody CheckOutForm form, Locale locale) {
    return GigJson.VisitJson.of(visits.checkOut(id, form), locale);
  }

  /** {@code {"score":1..5, "comment":"…"}}, by the customer, once. */
  @PostMapping("/{id}/rating")
  GigJson.VisitJson rate(@PathVariable long id, @RequestBody RateRequest request, Locale locale) {
    return GigJson.VisitJson.of(visits.rate(id, request.score(), request.comment()), locale);
  }

  /** {@code {"reason":"NOT_NEEDED"|…|"OTHER", "note":"…"}}, before check-in. */
  @PostMapping("/{id}/cancellation")
  GigJson.VisitJson cancel(
      @PathVariable long id, @RequestBody CancelRequest request, Locale locale) {
    return GigJson.VisitJson.of(visits.cancel(id, request.reason(), request.note()), locale);
  }

  /** A clash names the visit in the way, in words and as {@code conflictingVisit}. */
  @ExceptionHandler(VisitClash.class)
  ResponseEntity<ProblemDetail> clash(VisitClash e, Locale locale) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT, messages.getMessage(e.code(), e.args(), e.code(), locale));
    problem.setType(URI.create("/problems/conflict"));
    problem.setTitle(messages.getMessage("problem.title.409", null, "Conflict", locale));
    problem.setProperty(
        "conflictingVisit",
        Map.of(
            "id", e.conflictingVisitId(),
            "startsAt", e.conflictingStartsAt().toString(),
            "endsAt", e.conflictingEndsAt().toString()));
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  record AssignRequest(Long workerId, Boolean pinned) {}

  record CheckInRequest(Double lat, Double lng) {}

  record RateRequest(Integer score, String comment) {}

  record CancelRequest(String reason, String note) {}

  /** A candidate with each check's outcome in the caller's language. */
  record CandidateJson(
      long workerId,
      String name,
      String phone,
      String stationName,
      boolean eligible,
      Integer rank,
      long walkingMeters,
      double walkingMinutes,
      int minutesThatDay,
      int maxMinutesPerDay,
      List<CheckJson> checks) {

    static CandidateJson of(Candidate c, MessageSource messages, Locale locale) {
      return new CandidateJson(
          c.workerId(),
          c.name(),
          c.phone(),
          c.stationName(),
          c.eligible(),
          c.rank(),
          c.walkingMeters(),
          c.walkingMinutes(),
          c.minutesThatDay(),
          c.maxMinutesPerDay(),
          c.checks().stream().map(k -> CheckJson.of(k, messages, locale)).toList());
    }
  }

  /** One rule's outcome. */
  record CheckJson(Check.Rule rule, boolean passed, String message) {
    static CheckJson of(Check c, MessageSource messages, Locale locale) {
      return new CheckJson(
          c.rule(),
          c.passed(),
          messages.getMessage(c.code(), c.args().toArray(), c.code(), locale));
    }
  }

  static LocalDate date(String raw) {
    try {
      return LocalDate.parse(raw.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidValueException("gig.date");
    }
  }

  static VisitStatus status(String raw) {
    try {
      return VisitStatus.valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("gig.visit.status");
    }
  }
}
