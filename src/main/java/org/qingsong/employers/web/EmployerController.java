package org.qingsong.employers.web;

import java.net.URI;
import org.qingsong.common.Blank;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.employers.EmployerForm;
import org.qingsong.employers.EmployerKind;
import org.qingsong.employers.EmployerQuery;
import org.qingsong.employers.EmployerView;
import org.qingsong.employers.Employers;
import org.qingsong.employers.Verification;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Employers as JSON: registration, look-up, the filtered list and verification. */
@RestController
@RequestMapping("/api/v1/employers")
class EmployerController {
  private final Employers employers;

  EmployerController(Employers employers) {
    this.employers = employers;
  }

  @PostMapping
  ResponseEntity<EmployerView> register(@RequestBody EmployerForm form) {
    EmployerView created = employers.register(form);
    return ResponseEntity.created(URI.create("/api/v1/employers/" + created.id())).body(created);
  }

  @GetMapping
  PageResult<EmployerView> list(
      @RequestParam(required = false) String streetCode,
      @RequestParam(required = false) String districtCode,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String verification,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    FieldErrors errors = new FieldErrors();
    EmployerKind k = errors.parseOptional("kind", kind, EmployerKind::parse).orElse(null);
    Verification v =
        errors.parseOptional("verification", verification, Verification::parse).orElse(null);
    errors.throwIfAny();
    return employers.find(
        new EmployerQuery(
            Blank.toNull(streetCode), Blank.toNull(districtCode), k, v, Blank.toNull(q)),
        PageRequest.of(page, size));
  }

  @GetMapping("/{id}")
  EmployerView get(@PathVariable long id) {
    return employers.get(id);
  }

  @PostMapping("/{id}/verification")
  EmployerView verify(@PathVariable long id, @RequestBody VerificationChange change) {
    FieldErrors errors = new FieldErrors();
    Verification v = errors.parse("verification", change.verification(), Verification::parse);
    errors.throwIfAny();
    return employers.verify(id, v);
  }

  /** The body of a verification change: {@code {"verification":"VERIFIED"}}. */
  record VerificationChange(String verification) {}
}
