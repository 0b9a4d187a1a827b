package org.qingsong.assistance.web;

import java.net.URI;
import java.util.List;
import org.qingsong.assistance.Cases;
import org.qingsong.assistance.Department;
import org.qingsong.assistance.DepartmentForm;
import org.qingsong.assistance.Departments;
import org.qingsong.assistance.HotlineForm;
import org.qingsong.assistance.HotlineRequest;
import org.qingsong.assistance.Intake;
import org.qingsong.assistance.ReceiptStatus;
import org.qingsong.common.Blank;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Hotline requests, the receipt status check, and the verifying departments. */
@RestController
@RequestMapping("/api/v1/assistance")
class IntakeController {
  private final Intake intake;
  private final Departments departments;
  private final Cases cases;
  private final AssistanceJson json;

  IntakeController(Intake intake, Departments departments, Cases cases, AssistanceJson json) {
    this.intake = intake;
    this.departments = departments;
    this.cases = cases;
    this.json = json;
  }

  @PostMapping("/hotline")
  ResponseEntity<HotlineRequest> call(@RequestBody HotlineForm form) {
    HotlineRequest r = intake.recordCall(form);
    return ResponseEntity.created(URI.create("/api/v1/assistance/hotline/" + r.id())).body(r);
  }

  /** An office's queue: {@code officeCode} is a street code; without it, the whole district. */
  @GetMapping("/hotline")
  PageResult<HotlineRequest> calls(
      @RequestParam(required = false) String districtCode,
      @RequestParam(required = false) String officeCode,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return intake.calls(
        Blank.toNull(districtCode),
        Blank.toNull(officeCode),
        Blank.toNull(status),
        PageRequest.of(page, size));
  }

  @GetMapping("/hotline/{id}")
  HotlineRequest getCall(@PathVariable long id) {
    return intake.call(id);
  }

  @PostMapping("/hotline/{id}/handover")
  HotlineRequest handOver(@PathVariable long id, @RequestBody HandOverRequest body) {
    return intake.handOver(id, body.officeCode());
  }

  /**
   * The applicant's status check, public: the receipt number with the applicant's ID number (or,
   * for a hotline request, the caller's phone). Anything that does not match is 404.
   */
  @GetMapping("/receipts/{receiptNo}")
  ReceiptStatus receipt(
      @PathVariable String receiptNo,
      @RequestParam(required = false) String idNumber,
      @RequestParam(required = false) String phone) {
    return intake.status(receiptNo, idNumber, phone);
  }

  /** The public publicity list: decisions in their publicity period, names masked. */
  @GetMapping("/publicity")
  JsonNode publicity(@RequestParam(required = false) String districtCode) {
    return json.of(cases.publicity(Blank.toNull(districtCode)));
  }

  @GetMapping("/departments")
  List<Department> departments() {
    return departments.list();
  }

  @PostMapping("/departments")
  ResponseEntity<Department> addDepartment(@RequestBody DepartmentForm form) {
    Department d = departments.add(form);
    return ResponseEntity.created(URI.create("/api/v1/assistance/departments/" + d.id())).body(d);
  }

  @PutMapping("/departments/{id}")
  Department updateDepartment(@PathVariable long id, @RequestBody DepartmentForm form) {
    return departments.update(id, form);
  }

  record HandOverRequest(String officeCode) {}
}
