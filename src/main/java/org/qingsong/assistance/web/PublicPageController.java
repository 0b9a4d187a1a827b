package org.qingsong.assistance.web;

import org.qingsong.assistance.Cases;
import org.qingsong.assistance.Intake;
import org.qingsong.assistance.ReceiptStatus;
import org.qingsong.assistance.Referrals;
import org.qingsong.common.DomainException;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages outside the case office: the applicant's status check by receipt number, the public
 * publicity list, and station staff's work list of referrals.
 */
@Controller
class PublicPageController {
  private final Intake intake;
  private final Cases cases;
  private final Referrals referrals;

  PublicPageController(Intake intake, Cases cases, Referrals referrals) {
    this.intake = intake;
    this.cases = cases;
    this.referrals = referrals;
  }

  @GetMapping("/assistance/status")
  String statusForm(Model model) {
    model.addAttribute("receiptNo", "");
    return "assistance/status";
  }

  /** Posted (not in the address) so that the ID number stays out of logs and history. */
  @PostMapping("/assistance/status")
  String status(
      @RequestParam(required = false) String receiptNo,
      @RequestParam(required = false) String idNumber,
      @ModelAttribute("aw") AssistanceWording aw,
      Model model) {
    model.addAttribute("receiptNo", receiptNo == null ? "" : receiptNo);
    try {
      ReceiptStatus s = intake.status(receiptNo, idNumber, null);
      model.addAttribute("result", s);
    } catch (InvalidInputException e) {
      model.addAttribute("problem", aw.message("assistance.page.status.missing"));
    } catch (DomainException e) {
      model.addAttribute("problem", aw.message(e));
    }
    return "assistance/status";
  }

  @GetMapping("/assistance/publicity")
  String publicity(Model model) {
    model.addAttribute("entries", cases.publicity(null));
    return "assistance/publicity";
  }

  @PreAuthorize("hasAnyRole('ADMIN','STAFF','CASEWORKER','AUDITOR')")
  @GetMapping("/assistance/referrals")
  String referrals(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Integer page,
      Model model) {
    String s = status == null || status.isBlank() ? "OPEN" : status.strip();
    model.addAttribute("status", s);
    model.addAttribute(
        "result",
        referrals.list(
            "ALL".equals(s) ? null : s, PageRequest.of(page == null ? 0 : Math.max(page, 0), 20)));
    return "assistance/referrals";
  }
}
