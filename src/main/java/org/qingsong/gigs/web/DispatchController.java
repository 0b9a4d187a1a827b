package org.qingsong.gigs.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.qingsong.common.FieldErrors;
import org.qingsong.gigs.Check;
import org.qingsong.gigs.DispatchReport;
import org.qingsong.gigs.GigDispatch;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Assign all of a day": {@code POST /api/v1/gig-dispatch
 * {"date":"2026-11-27","budgetSeconds":10}}.
 */
@RestController
class DispatchController {
  private final GigDispatch dispatch;
  private final MessageSource messages;

  DispatchController(GigDispatch dispatch, MessageSource messages) {
    this.dispatch = dispatch;
    this.messages = messages;
  }

  @PostMapping("/api/v1/gig-dispatch")
  ReportJson run(@RequestBody(required = false) DispatchRequest request, Locale locale) {
    FieldErrors errors = new FieldErrors();
    LocalDate date =
        errors
            .parseOptional("date", request == null ? null : request.date(), VisitController::date)
            .orElse(null);
    Integer budget = request == null ? null : request.budgetSeconds();
    if (budget != null && (budget < 1 || budget > MAX_BUDGET_SECONDS)) {
      errors.add("budgetSeconds", "gig.dispatch.budget", MAX_BUDGET_SECONDS);
    }
    errors.throwIfAny();
    DispatchReport r = dispatch.run(date, budget == null ? null : Duration.ofSeconds(budget));
    return new ReportJson(
        r.date(),
        r.dispatcher(),
        r.considered(),
        r.pinned(),
        r.kept(),
        r.assigned(),
        r.moved(),
        r.unassigned().size(),
        r.unassigned().stream()
            .map(
                l ->
                    new LeftJson(
                        l.visitId(),
                        l.startsAt(),
                        l.serviceCode(),
                        l.recipientName(),
                        l.closestWorkerId(),
                        l.closestWorkerName(),
                        l.rule(),
                        messages.getMessage(l.code(), l.args().toArray(), l.code(), locale)))
            .toList(),
        r.millis());
  }

  /** The longest search a caller may ask of a searching dispatcher. */
  static final int MAX_BUDGET_SECONDS = 30;

  /** {@code budgetSeconds}: how long a searching dispatcher may take (1 to 30; default its own). */
  record DispatchRequest(String date, Integer budgetSeconds) {}

  record ReportJson(
      LocalDate date,
      String dispatcher,
      int considered,
      int pinned,
      int kept,
      int assigned,
      int moved,
      int unassignedCount,
      List<LeftJson> unassigned,
      long millis) {}

  record LeftJson(
      long visitId,
      OffsetDateTime startsAt,
      String serviceCode,
      String recipientName,
      Long closestWorkerId,
      String closestWorkerName,
      Check.Rule rule,
      String reason) {}
}
