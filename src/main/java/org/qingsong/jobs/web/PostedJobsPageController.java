package org.qingsong.jobs.web;

import org.qingsong.common.PageRequest;
import org.qingsong.identity.Actor;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.qingsong.jobs.Jobs;
import org.qingsong.jobs.PostingQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The postings someone is responsible for, in every state: an employer's own, or those of a staff
 * member's street. From here they reach each posting, its applicants and (staff) the paperwork.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','STAFF','EMPLOYER')")
class PostedJobsPageController {
  private final Jobs jobs;
  private final CurrentActor currentActor;

  PostedJobsPageController(Jobs jobs, CurrentActor currentActor) {
    this.jobs = jobs;
    this.currentActor = currentActor;
  }

  @GetMapping("/jobs/posted")
  String posted(@RequestParam(required = false) Integer page, Model model) {
    Actor actor = currentActor.get();
    PostingQuery query =
        new PostingQuery(
            null,
            null,
            null,
            actor.is(Role.STAFF) ? actor.streetCode() : null,
            null,
            null,
            null,
            null,
            null,
            actor.is(Role.EMPLOYER) ? actor.employerId() : null);
    model.addAttribute("postings", jobs.find(query, PageRequest.of(page, 20)));
    model.addAttribute("staff", actor.is(Role.STAFF, Role.ADMIN));
    return "jobs/posted";
  }
}
