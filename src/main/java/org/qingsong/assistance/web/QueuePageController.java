package org.qingsong.assistance.web;

import java.util.List;
import java.util.Map;
import org.qingsong.assistance.AssistanceCase;
import org.qingsong.assistance.AssistanceKind;
import org.qingsong.assistance.HotlineForm;
import org.qingsong.assistance.HotlineRequest;
import org.qingsong.assistance.Intake;
import org.qingsong.assistance.Monitoring;
import org.qingsong.assistance.Proposal;
import org.qingsong.common.Blank;
import org.qingsong.common.DomainException;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.PageRequest;
import org.qingsong.geography.Division;
import org.qingsong.geography.Divisions;
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
 * The case worker's two queues: hotline requests of the district (record a call, hand a request to
 * the street office that should handle it) and the households monitoring proposes for more help
 * (accept, which opens a case without an application, or dismiss with a reason). The same service
 * calls as the JSON API, so the same district scope, audit and masking apply.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','CASEWORKER','AUDITOR')")
class QueuePageController {
  private static final int PAGE_SIZE = 20;
  private static final List<String> PROPOSAL_STATUSES = List.of("OPEN", "ACCEPTED", "DISMISSED");

  private final Intake intake;
  private final Monitoring monitoring;
  private final Divisions divisions;
  private final CurrentActor currentActor;

  QueuePageController(
      Intake intake, Monitoring monitoring, Divisions divisions, CurrentActor currentActor) {
    this.intake = intake;
    this.monitoring = monitoring;
    this.divisions = divisions;
    this.currentActor = currentActor;
  }

  @GetMapping("/assistance/hotline")
  String hotline(@RequestParam(required = false) Integer page, Model model) {
    return hotlinePage(
        new HotlineForm("", "", "", "", ""), Map.of(), null, page == null ? 0 : page, model);
  }

  @PreAuthorize("hasAnyRole('ADMIN','CASEWORKER')")
  @PostMapping("/assistance/hotline")
  String recordCall(
      @RequestParam(required = false) String callerName,
      @RequestParam(required = false) String phone,
      @RequestParam(required = false) String need,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String officeCode,
      @ModelAttribute("aw") AssistanceWording aw,
      Model model,
      RedirectAttributes redirect) {
    HotlineForm form = new HotlineForm(callerName, phone, need, kind, officeCode);
    try {
      HotlineRequest r = intake.recordCall(form);
      redirect.addFlashAttribute(
          "notice", aw.message("assistance.page.hotline.recorded", r.receiptNo(), r.officeName()));
      return "redirect:/assistance/hotline#call-" + r.id();
    } catch (InvalidInputException e) {
      return hotlinePage(form, aw.fieldErrors(e.violations()), null, 0, model);
    } catch (DomainException e) {
      return hotlinePage(form, Map.of(), aw.message(e), 0, model);
    }
  }

  @PreAuthorize("hasAnyRole('ADMIN','CASEWORKER')")
  @PostMapping("/assistance/hotline/{id:\\d+}/handover")
  String handOver(
      @PathVariable long id,
      @RequestParam(required = false) String officeCode,
      @RequestParam(required = false) Integer page,
      @ModelAttribute("aw") AssistanceWording aw,
      RedirectAttributes redirect) {
    try {
      HotlineRequest r = intake.handOver(id, officeCode);
      redirect.addFlashAttribute(
          "notice",
          aw.message("assistance.page.hotline.handedOver", r.receiptNo(), r.officeName()));
    } catch (InvalidInputException | DomainException e) {
      refused(e, aw, redirect);
    }
    return "redirect:/assistance/hotline" + (page == null ? "" : "?page=" + page) + "#call-" + id;
  }

  private String hotlinePage(
      HotlineForm form, Map<String, String> errors, String formError, int page, Model model) {
    Actor actor = currentActor.get();
    var result = intake.calls(null, null, null, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
    model.addAttribute("result", result);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("formError", formError);
    model.addAttribute("kinds", List.of(AssistanceKind.values()));
    model.addAttribute("offices", offices(actor));
    model.addAttribute("canWrite", actor.is(Role.ADMIN, Role.CASEWORKER));
    return "assistance/hotline";
  }

  /** The street offices the actor may hand requests to, grouped by district. */
  private Map<Division, List<Division>> offices(Actor actor) {
    Map<Division, List<Division>> all = divisions.streetsByDistrict();
    if (actor.is(Role.CASEWORKER) && actor.districtCode() != null) {
      Map<Division, List<Division>> own = new java.util.LinkedHashMap<>();
      all.forEach(
          (d, streets) -> {
            if (d.code().equals(actor.districtCode())) {
              own.put(d, streets);
            }
          });
      return own;
    }
    return all;
  }

  @GetMapping("/assistance/proposals")
  String proposals(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Integer page,
      Model model) {
    String s = status != null && PROPOSAL_STATUSES.contains(status) ? status : "OPEN";
    var result =
        monitoring.proposals(
            null, s, PageRequest.of(page == null ? 0 : Math.max(page, 0), PAGE_SIZE));
    model.addAttribute("result", result);
    model.addAttribute("status", s);
    model.addAttribute("statuses", PROPOSAL_STATUSES);
    model.addAttribute("canWrite", currentActor.get().is(Role.ADMIN, Role.CASEWORKER));
    model.addAttribute("base", "/assistance/proposals?status=" + s);
    return "assistance/proposals";
  }

  @PreAuthorize("hasAnyRole('ADMIN','CASEWORKER')")
  @PostMapping("/assistance/proposals/{id:\\d+}/acceptance")
  String accept(
      @PathVariable long id,
      @ModelAttribute("aw") AssistanceWording aw,
      RedirectAttributes redirect) {
    try {
      AssistanceCase c = monitoring.accept(id);
      redirect.addFlashAttribute(
          "notice", aw.message("assistance.page.proposal.accepted", c.receiptNo()));
      return "redirect:/assistance/cases/" + c.id();
    } catch (InvalidInputException | DomainException e) {
      refused(e, aw, redirect);
    }
    return "redirect:/assistance/proposals#proposal-" + id;
  }

  @PreAuthorize("hasAnyRole('ADMIN','CASEWORKER')")
  @PostMapping("/assistance/proposals/{id:\\d+}/dismissal")
  String dismiss(
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      @ModelAttribute("aw") AssistanceWording aw,
      RedirectAttributes redirect) {
    try {
      Proposal p = monitoring.dismiss(id, Blank.toNull(reason));
      redirect.addFlashAttribute(
          "notice", aw.message("assistance.page.proposal.dismissed", p.receiptNo()));
      return "redirect:/assistance/proposals";
    } catch (InvalidInputException | DomainException e) {
      refused(e, aw, redirect);
    }
    return "redirect:/assistance/proposals#proposal-" + id;
  }

  /**
   * Tells why a queue's button did nothing, at the top of the queue: the invalid input or the
   * refusal. An unknown item is not told there but answered with the not-found page.
   */
  private static void refused(
      RuntimeException e, AssistanceWording aw, RedirectAttributes redirect) {
    if (e instanceof InvalidInputException invalid) {
      redirect.addFlashAttribute(
          "problem", String.join(" ", aw.fieldErrors(invalid.violations()).values()));
    } else if (e instanceof DomainException refusal
        && refusal.kind() != DomainException.Kind.NOT_FOUND) {
      redirect.addFlashAttribute("problem", aw.message(refusal));
    } else {
      throw e;
    }
  }
}
