package org.qingsong.jobs.web;

import java.util.List;
import java.util.Map;
import org.qingsong.common.DomainException;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.InvalidValueException;
import org.qingsong.identity.Actor;
import org.qingsong.identity.CurrentActor;
import org.qingsong.jobs.Application;
import org.qingsong.jobs.ApplicationStatus;
import org.qingsong.jobs.Applications;
import org.qingsong.jobs.JobWalls;
import org.qingsong.jobs.Jobs;
import org.qingsong.jobs.Posting;
import org.qingsong.jobs.SeekerConsent;
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
 * Applications on the pages: the employer's applicant board with its moves, and a resident's own
 * applications, where they accept an interview or withdraw.
 */
@Controller
class ApplicationPageController {
  /** The board's buttons: which moves each status offers the employer. */
  static final Map<ApplicationStatus, List<ApplicationStatus>> MOVES =
      Map.of(
          ApplicationStatus.APPLIED,
          List.of(ApplicationStatus.INTERVIEW, ApplicationStatus.REJECTED),
          ApplicationStatus.INTERVIEW,
          List.of(ApplicationStatus.OFFER, ApplicationStatus.REJECTED),
          ApplicationStatus.OFFER,
          List.of(ApplicationStatus.HIRED, ApplicationStatus.REJECTED));

  private final Applications applications;
  private final Jobs jobs;
  private final JobWalls walls;
  private final CurrentActor currentActor;

  ApplicationPageController(
      Applications applications, Jobs jobs, JobWalls walls, CurrentActor currentActor) {
    this.applications = applications;
    this.jobs = jobs;
    this.walls = walls;
    this.currentActor = currentActor;
  }

  @GetMapping("/jobs/{id:\\d+}/applicants")
  @PreAuthorize("hasAnyRole('ADMIN','STAFF','EMPLOYER')")
  String board(@PathVariable long id, Model model) {
    Posting posting = jobs.get(id);
    model.addAttribute("posting", posting);
    model.addAttribute("applicants", applications.board(id));
    model.addAttribute("moves", MOVES);
    return "jobs/applicants";
  }

  @PostMapping("/jobs/applications/{applicationId:\\d+}/status")
  @PreAuthorize("hasAnyRole('ADMIN','STAFF','EMPLOYER')")
  String move(
      @PathVariable long applicationId,
      @RequestParam(required = false) String status,
      @ModelAttribute("wording") JobWording wording,
      RedirectAttributes redirect) {
    Application before = applications.get(applicationId);
    try {
      ApplicationStatus to = ApplicationController.status(status == null ? "" : status);
      Application moved = applications.move(applicationId, to);
      redirect.addFlashAttribute(
          "moved",
          wording.message(
              "jobpages.board.moved",
              wording.message("jobpages.applicationStatus." + moved.status().name())));
    } catch (DomainException e) {
      redirect.addFlashAttribute("moveError", wording.message(e));
    } catch (InvalidValueException e) {
      redirect.addFlashAttribute("moveError", wording.message(e.code(), e.args()));
    }
    return "redirect:/jobs/" + before.postingId() + "/applicants";
  }

  @GetMapping("/jobs/mine")
  @PreAuthorize("hasRole('RESIDENT')")
  String mine(Model model) {
    Actor actor = currentActor.get();
    model.addAttribute(
        "applications",
        actor.personId() == null
            ? List.<Application>of()
            : applications.ofPerson(actor.personId()));
    model.addAttribute(
        "consent",
        actor.personId() == null
            ? null
            : walls.consentOf(actor.personId()).filter(SeekerConsent::active).orElse(null));
    return "jobs/mine";
  }

  /** A resident puts themselves on the job-seeking walls, saying what job they want. */
  @PostMapping("/jobs/mine/wall-consent")
  @PreAuthorize("hasRole('RESIDENT')")
  String consent(
      @RequestParam(required = false) String wantedJob,
      @ModelAttribute("wording") JobWording wording,
      RedirectAttributes redirect) {
    Actor actor = currentActor.get();
    try {
      walls.consent(actor.personId(), wantedJob);
      redirect.addFlashAttribute("notice", wording.message("jobpages.mine.wall.joined"));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute(
          "problem", wording.message("jobpages.mine.wall.wantedJobRequired"));
    }
    return "redirect:/jobs/mine";
  }

  @PostMapping("/jobs/mine/wall-consent/withdraw")
  @PreAuthorize("hasRole('RESIDENT')")
  String withdrawConsent(
      @ModelAttribute("wording") JobWording wording, RedirectAttributes redirect) {
    walls.withdrawConsent(currentActor.get().personId());
    redirect.addFlashAttribute("notice", wording.message("jobpages.mine.wall.left"));
    return "redirect:/jobs/mine";
  }

  @PostMapping("/jobs/applications/{applicationId:\\d+}/accept-interview")
  @PreAuthorize("hasRole('RESIDENT')")
  String acceptInterview(
      @PathVariable long applicationId,
      @ModelAttribute("wording") JobWording wording,
      RedirectAttributes redirect) {
    try {
      Application a = applications.acceptInterview(applicationId);
      redirect.addFlashAttribute(
          "notice", wording.message("jobpages.mine.accepted", a.postingTitle()));
    } catch (DomainException e) {
      redirect.addFlashAttribute("problem", wording.message(e));
    }
    return "redirect:/jobs/mine";
  }

  @PostMapping("/jobs/applications/{applicationId:\\d+}/withdraw")
  @PreAuthorize("hasRole('RESIDENT')")
  String withdraw(
      @PathVariable long applicationId,
      @ModelAttribute("wording") JobWording wording,
      RedirectAttributes redirect) {
    try {
      Application a = applications.move(applicationId, ApplicationStatus.WITHDRAWN);
      redirect.addFlashAttribute(
          "notice", wording.message("jobpages.mine.withdrawn", a.postingTitle()));
    } catch (DomainException e) {
      redirect.addFlashAttribute("problem", wording.message(e));
    }
    return "redirect:/jobs/mine";
  }
}
