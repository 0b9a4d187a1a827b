package org.qingsong.jobs.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qingsong.common.DomainException;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.jobs.Jobs;
import org.qingsong.jobs.Posting;
import org.qingsong.jobs.PostingFlag;
import org.qingsong.jobs.PostingStatus;
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
 * Station staff's review queue: every held posting of their street with the reasons it was held,
 * and a decision to approve or reject it with a note.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','STAFF')")
class ReviewPageController {
  private static final int PAGE_SIZE = 10;

  private final Jobs jobs;

  ReviewPageController(Jobs jobs) {
    this.jobs = jobs;
  }

  @GetMapping("/jobs/review")
  String queue(@RequestParam(required = false) Integer page, Model model) {
    PageResult<Posting> held =
        jobs.reviewQueue(PageRequest.of(page == null ? 0 : Math.max(page, 0), PAGE_SIZE));
    Map<Long, List<PostingFlag>> flags = new LinkedHashMap<>();
    for (Posting p : held.items()) {
      flags.put(p.id(), jobs.flags(p.id()));
    }
    model.addAttribute("held", held);
    model.addAttribute("flags", flags);
    return "jobs/review";
  }

  @PostMapping("/jobs/{id:\\d+}/review")
  String decide(
      @PathVariable long id,
      @RequestParam(required = false) String decision,
      @RequestParam(required = false) String note,
      @RequestParam(required = false, defaultValue = "false") boolean flagEmployer,
      @ModelAttribute("wording") JobWording wording,
      RedirectAttributes redirect) {
    try {
      Posting decided = jobs.review(id, decision, note, flagEmployer);
      redirect.addFlashAttribute(
          "notice",
          wording.message(
              decided.status() == PostingStatus.PUBLISHED
                  ? "jobpages.review.approved"
                  : "jobpages.review.rejected",
              decided.title()));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("errorId", id);
      redirect.addFlashAttribute("errors", wording.fieldErrors(e.violations()));
      redirect.addFlashAttribute("note", note == null ? "" : note);
      return "redirect:/jobs/review#posting-" + id;
    } catch (DomainException e) {
      redirect.addFlashAttribute("problem", wording.message(e));
    }
    return "redirect:/jobs/review";
  }
}
