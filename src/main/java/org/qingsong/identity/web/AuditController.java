package org.qingsong.identity.web;

import org.qingsong.common.Blank;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.identity.AuditQuery;
import org.qingsong.identity.AuditRecord;
import org.qingsong.identity.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail as JSON, for auditors and administrators. */
@RestController
@PreAuthorize("hasAnyRole('AUDITOR','ADMIN')")
class AuditController {
  private final AuditTrail audit;

  AuditController(AuditTrail audit) {
    this.audit = audit;
  }

  @GetMapping("/api/v1/audit")
  PageResult<AuditRecord> list(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String subjectType,
      @RequestParam(required = false) String subjectId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return audit.find(
        new AuditQuery(
            Blank.toNull(actor),
            Blank.toNull(action),
            Blank.toNull(subjectType),
            Blank.toNull(subjectId)),
        PageRequest.of(page, size));
  }
}
