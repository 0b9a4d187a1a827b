package org.qingsong.matching.web;

import java.util.Locale;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldViolation;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.qingsong.matching.BatchRequest;
import org.qingsong.matching.BatchRun;
import org.qingsong.matching.BatchRuns;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The city-wide batch page: the runs with their progress (staff, administrators, auditors), and for
 * administrators the buttons that start a new run or resume a stopped one. While a run goes on the
 * page follows it ({@code js/batch-progress.js}).
 */
@Controller
@RequestMapping("/matching/batch-runs")
@PreAuthorize("hasAnyRole('ADMIN','STAFF','AUDITOR')")
class BatchRunPageController {
  static final int PAGE_SIZE = 20;

  private final BatchRuns runs;
  private final CurrentActor currentActor;
  private final MessageSource messages;

  BatchRunPageController(BatchRuns runs, CurrentActor currentActor, MessageSource messages) {
    this.runs = runs;
    this.currentActor = currentActor;
    this.messages = messages;
  }

  @GetMapping
  String page(@RequestParam(required = false) Integer page, Model model) {
    PageResult<BatchRun> result =
        runs.list(PageRequest.of(page == null || page < 0 ? 0 : page, PAGE_SIZE));
    model.addAttribute("runs", result);
    model.addAttribute("running", result.items().stream().anyMatch(r -> running(r)));
    model.addAttribute("busy", runs.busy());
    model.addAttribute("canRun", currentActor.get().is(Role.ADMIN));
    model.addAttribute("defaultChunkSize", runs.defaultChunkSize());
    model.addAttribute("maxChunkSize", BatchRuns.MAX_CHUNK_SIZE);
    if (!model.containsAttribute("chunkSize")) {
      model.addAttribute("chunkSize", "");
    }
    return "matching/batch-runs";
  }

  @PostMapping
  @PreAuthorize("hasRole('ADMIN')")
  String start(
      @RequestParam(required = false) String chunkSize,
      Locale locale,
      RedirectAttributes redirect) {
    Integer size = null;
    if (chunkSize != null && !chunkSize.isBlank()) {
      try {
        size = Integer.valueOf(chunkSize.strip());
      } catch (NumberFormatException e) {
        return back(chunkSize, chunkSizeMessage(locale), redirect);
      }
    }
    try {
      BatchRun run = runs.start(new BatchRequest(size, null));
      redirect.addFlashAttribute(
          "notice", message("matching.batchpage.started", locale, String.valueOf(run.id())));
    } catch (InvalidInputException e) {
      String text =
          e.violations().stream()
              .map(v -> text(v, locale))
              .findFirst()
              .orElse(chunkSizeMessage(locale));
      return back(chunkSize, text, redirect);
    } catch (DomainException e) {
      redirect.addFlashAttribute("problem", text(e, locale));
    }
    return "redirect:/matching/batch-runs";
  }

  @PostMapping("/{id}/resume")
  @PreAuthorize("hasRole('ADMIN')")
  String resume(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
    try {
      runs.resume(id, BatchRequest.DEFAULT);
      redirect.addFlashAttribute(
          "notice", message("matching.batchpage.resumed", locale, String.valueOf(id)));
    } catch (DomainException e) {
      redirect.addFlashAttribute("problem", text(e, locale));
    }
    return "redirect:/matching/batch-runs";
  }

  static boolean running(BatchRun r) {
    return "RUNNING".equals(r.status());
  }

  private String back(String chunkSize, String error, RedirectAttributes redirect) {
    redirect.addFlashAttribute("chunkSize", chunkSize);
    redirect.addFlashAttribute("chunkSizeError", error);
    return "redirect:/matching/batch-runs";
  }

  private String chunkSizeMessage(Locale locale) {
    return message("matching.batch.chunkSize", locale, BatchRuns.MAX_CHUNK_SIZE);
  }

  private String text(FieldViolation v, Locale locale) {
    return messages.getMessage(v.code(), v.args().toArray(), v.code(), locale);
  }

  private String text(DomainException e, Locale locale) {
    return messages.getMessage(e.code(), e.args(), e.code(), locale);
  }

  private String message(String code, Locale locale, Object... args) {
    return messages.getMessage(code, args, code, locale);
  }
}
