package org.qingsong.people.web;

import org.qingsong.people.JobSeekerForm;
import org.qingsong.people.JobSeekerView;
import org.qingsong.people.JobSeekers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A resident's job-seeking profile as JSON. Access rules are in {@link JobSeekers}. */
@RestController
@RequestMapping("/api/v1/people/{id}/job-seeker")
class JobSeekerController {
  private final JobSeekers seekers;

  JobSeekerController(JobSeekers seekers) {
    this.seekers = seekers;
  }

  @GetMapping
  JobSeekerView get(@PathVariable long id) {
    return seekers.get(id);
  }

  /** Creates or replaces the profile (idempotent); each change is audited. */
  @PutMapping
  JobSeekerView put(@PathVariable long id, @RequestBody JobSeekerForm form) {
    return seekers.put(id, form);
  }
}
