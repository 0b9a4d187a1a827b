package org.qingsong.gigs.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.DomainException;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.gigs.CancelReason;
import org.qingsong.gigs.Candidate;
import org.qingsong.gigs.GigAssignments;
import org.qingsong.gigs.GigVisits;
import org.qingsong.gigs.Visit;
import org.qingsong.gigs.VisitStatus;
import org.qingsong.identity.Actor;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Station staff's dispatch pages: the street's visits of a day by status, and a visit with its
 * candidates (ranked eligible workers with the reasons, the others with the rule they fail) to
 * assign or take off. Cancelling a visit before check-in is shared with the family's page.
 */
@Controller
class GigVisitPageController {
  static final int PAGE_SIZE = 50;

  private final GigVisits visits;
  private final GigAssignments assignments;
  private final CurrentActor currentActor;
  private final Clock clock;

  GigVisitPageController(
      GigVisits visits, GigAssignments assignments, CurrentActor currentActor, Clock clock) {
    this.visits = visits;
    this.assignments = assignments;
    this.currentActor = currentActor;
    this.clock = clock;
  }

  @GetMapping("/gigs/visits")
  @PreAuthorize("hasAnyRole('ADMIN','STAFF','AUDITOR')")
  String list(
      @RequestParam(required = false) String date,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Integer page,
      @ModelAttribute("gw") GigPageWording gw,
      Model model) {
    LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
    LocalDate day = today;
    String problem = null;
    if (date != null && !date.isBlank()) {
      try {
        day = LocalDate.parse(date.strip());
      } catch (DateTimeParseException e) {
        problem = gw.message("gig.date");
      }
    }
    VisitStatus s = null;
    if (status != null && !status.isBlank()) {
      try {
        s = VisitStatus.valueOf(status.strip());
      } catch (IllegalArgumentException e) {
        problem = gw.message("gigpages.visits.badStatus");
      }
    }
    PageResult<Visit> found =
        visits.find(
            day,
            day,
            s,
            null,
            null,
            PageRequest.of(page == null ? 0 : Math.max(page, 0), PAGE_SIZE));
    model.addAttribute("visits", found);
    model.addAttribute("day", day);
    model.addAttribute("today", today);
    model.addAttribute("status", s == null ? "" : s.name());
    model.addAttribute("statuses", List.of(VisitStatus.values()));
    model.addAttribute("problem", problem);
    model.addAttribute(
        "pageBase", "/gigs/visits?date=" + day + (s == null ? "" : "&status=" + s.name()));
    return "gigs/visits";
  }

  @GetMapping("/gigs/visits/{id:\\d+}")
  String detail(@PathVariable long id, Model model) {
    Actor actor = currentActor.get();
    Visit v = visits.get(id);
    boolean dispatcher =
        actor.is(Role.ADMIN)
            || (actor.is(Role.STAFF) && v.recipient().streetCode().equals(actor.streetCode()));
    model.addAttribute("visit", v);
    model.addAttribute("dispatcher", dispatcher);
    boolean open = v.status() == VisitStatus.REQUESTED;
    List<Candidate> candidates =
        dispatcher && open ? assignments.candidates(id, GigAssignments.MAX_CANDIDATES) : List.of();
    model.addAttribute("eligible", candidates.stream().filter(Candidate::eligible).toList());
    model.addAttribute("ineligible", candidates.stream().filter(c -> !c.eligible()).toList());
    model.addAttribute(
        "cancellable",
        (dispatcher || (actor.personId() != null && actor.personId() == v.recipient().customerId()))
            && (open || v.status() == VisitStatus.ASSIGNED));
    model.addAttribute(
        "cancelReasons",
        dispatcher
            ? List.of(CancelReason.values())
            : List.of(
                CancelReason.NOT_NEEDED,
                CancelReason.SCHEDULE_CHANGE,
                CancelReason.RECIPIENT_IN_HOSPITAL,
                CancelReason.OTHER));
    return "gigs/visit";
  }

  @PostMapping("/gigs/visits/{id:\\d+}/assign")
  @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
  String assign(
      @PathVariable long id,
      @RequestParam(required = false) String workerId,
      @ModelAttribute("gw") GigPageWording gw,
      RedirectAttributes redirect) {
    try {
      // Staff's own choice: pinned, so that "assign all" leaves it alone (as the API does).
      Visit v = assignments.assign(id, GigPageForms.whole(workerId), true);
      redirect.addFlashAttribute(
          "notice", gw.message("gigpages.visit.assigned", v.workerName(), gw.day(v)));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute(
          "problem", gw.fieldErrors(e.violations()).values().iterator().next());
    } catch (DomainException e) {
      redirect.addFlashAttribute("problem", gw.message(e));
    }
    return "redirect:/gigs/visits/" + id;
  }

  @PostMapping("/gigs/visits/{id:\\d+}/unassign")
  @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
  String unassign(
      @PathVariable long id, @ModelAttribute("gw") GigPageWording gw, RedirectAttributes redirect) {
    try {
      assignments.unassign(id);
      redirect.addFlashAttribute("notice", gw.message("gigpages.visit.unassigned"));
    } catch (DomainException e) {
      redirect.addFlashAttribute("problem", gw.message(e));
    }
    return "redirect:/gigs/visits/" + id;
  }

  /** Cancels a visit before check-in, as its family or as staff; back to where it was asked. */
  @PostMapping("/gigs/visits/{id:\\d+}/cancel")
  String cancel(
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String note,
      @RequestParam(required = false) String back,
      @ModelAttribute("gw") GigPageWording gw,
      RedirectAttributes redirect) {
    String to = "family".equals(back) ? "/gigs/family" : "/gigs/visits/" + id;
    try {
      Visit v = visits.cancel(id, reason, note);
      redirect.addFlashAttribute("notice", gw.message("gigpages.visit.cancelled", gw.day(v)));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute(
          "problem",
          gw.message(
              "gigpages.cancel.failed", String.join("；", gw.fieldErrors(e.violations()).values())));
    } catch (DomainException e) {
      redirect.addFlashAttribute("problem", gw.message(e));
    }
    return "redirect:" + to;
  }
}
