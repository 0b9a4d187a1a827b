package org.qingsong.matching.web;

import org.qingsong.matching.Recommendations;
import org.qingsong.matching.RecommendedJobs;
import org.qingsong.matching.RecommendedPeople;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Explained recommendations as JSON; the rules are {@link Recommendations}'. */
@RestController
@RequestMapping("/api/v1")
class RecommendationController {
  private final Recommendations recommendations;

  RecommendationController(Recommendations recommendations) {
    this.recommendations = recommendations;
  }

  @GetMapping("/people/{id}/recommended-jobs")
  RecommendedJobs jobs(
      @PathVariable long id,
      @RequestParam(required = false, defaultValue = "" + Recommendations.DEFAULT_LIMIT)
          int limit) {
    return recommendations.forPerson(id, limit);
  }

  @GetMapping("/jobs/{id}/recommended-people")
  RecommendedPeople people(
      @PathVariable long id,
      @RequestParam(required = false, defaultValue = "" + Recommendations.DEFAULT_LIMIT)
          int limit) {
    return recommendations.forPosting(id, limit);
  }
}
