package org.qingsong.identity.web;

import org.qingsong.common.Blank;
import org.qingsong.common.PageRequest;
import org.qingsong.identity.AuditQuery;
import org.qingsong.identity.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail page. */
@Controller
@PreAuthorize("hasAnyRole('AUDITOR','ADMIN')")
class AuditPageController {
  private final AuditTrail audit;

  AuditPageController(AuditTrail audit) {
    this.audit = audit;
  }

  @GetMapping("/audit")
  String page(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) Integer page,
      Model model) {
    model.addAttribute(
        "records",
        audit.find(
            new AuditQuery(Blank.toNull(actor), Blank.toNull(action), null, null),
            PageRequest.of(page, 50)));
    model.addAttribute("actor", actor);
    model.addAttribute("action", action);
    return "identity/audit";
  }
}
