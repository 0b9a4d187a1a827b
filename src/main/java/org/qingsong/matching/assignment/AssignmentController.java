package org.qingsong.matching.assignment;

import org.qingsong.matching.AssignmentPlan;
import org.qingsong.matching.AssignmentPlanner;
import org.qingsong.matching.AssignmentRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The one-to-one placement as JSON: {@code POST /api/v1/matching/assignments}. */
@RestController
class AssignmentController {
  private final AssignmentPlanner planner;

  AssignmentController(AssignmentPlanner planner) {
    this.planner = planner;
  }

  @PostMapping("/api/v1/matching/assignments")
  AssignmentPlan plan(@RequestBody AssignmentRequest request) {
    return planner.plan(request);
  }
}
