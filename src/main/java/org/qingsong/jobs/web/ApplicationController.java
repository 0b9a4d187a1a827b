package org.qingsong.jobs.web;

import java.util.List;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.InvalidValueException;
import org.qingsong.jobs.Application;
import org.qingsong.jobs.ApplicationStatus;
import org.qingsong.jobs.Applications;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Applications as JSON: their status changes, the applicant's acceptance, a person's list. */
@RestController
@RequestMapping("/api/v1")
class ApplicationController {
  private final Applications applications;

  ApplicationController(Applications applications) {
    this.applications = applications;
  }

  @GetMapping("/applications/{id}")
  Application get(@PathVariable long id) {
    return applications.get(id);
  }

  /**
   * Moves an application: {@code {"status":"INTERVIEW"|"OFFER"|"HIRED"|"REJECTED"|"WITHDRAWN"}}.
   */
  @PostMapping("/applications/{id}/status")
  Application move(@PathVariable long id, @RequestBody StatusRequest request) {
    FieldErrors errors = new FieldErrors();
    ApplicationStatus to = errors.parse("status", request.status(), ApplicationController::status);
    errors.throwIfAny();
    return applications.move(id, to);
  }

  @PostMapping("/applications/{id}/accept-interview")
  Application acceptInterview(@PathVariable long id) {
    return applications.acceptInterview(id);
  }

  @GetMapping("/people/{personId}/applications")
  List<Application> ofPerson(@PathVariable long personId) {
    return applications.ofPerson(personId);
  }

  record StatusRequest(String status) {}

  static ApplicationStatus status(String raw) {
    try {
      ApplicationStatus s = ApplicationStatus.valueOf(raw.strip());
      if (s == ApplicationStatus.APPLIED) {
        throw new InvalidValueException("application.status.unknown");
      }
      return s;
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("application.status.unknown");
    }
  }
}
