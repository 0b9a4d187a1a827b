package org.qingsong.matching.web;

import org.qingsong.common.DomainException;
import org.qingsong.identity.Actor;
import org.qingsong.identity.CurrentActor;
import org.qingsong.jobs.Jobs;
import org.qingsong.jobs.Posting;
import org.qingsong.matching.Recommendations;
import org.qingsong.matching.RecommendedJobs;
import org.qingsong.people.People;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Pages of explained recommendations: the jobs recommended to a person (staff, case workers,
 * administrators), to the logged-in resident ({@code /jobs/recommended}), and the people
 * recommended for a posting (its employer, masked; staff and administrators).
 */
@Controller
class RecommendationPageController {
  private final Recommendations recommendations;
  private final People people;
  private final Jobs jobs;
  private final CurrentActor currentActor;

  RecommendationPageController(
      Recommendations recommendations, People people, Jobs jobs, CurrentActor currentActor) {
    this.recommendations = recommendations;
    this.people = people;
    this.jobs = jobs;
    this.currentActor = currentActor;
  }

  @GetMapping("/people/{id}/recommended-jobs")
  String forPerson(@PathVariable long id, Model model) {
    jobsInto(model, id);
    model.addAttribute(
        "personName", people.lookup(id).map(p -> p.name()).orElse(String.valueOf(id)));
    model.addAttribute("personId", id);
    model.addAttribute("own", false);
    return "matching/recommended-jobs";
  }

  @GetMapping("/jobs/recommended")
  String own(Model model) {
    Actor actor = currentActor.get();
    model.addAttribute("own", true);
    if (actor.personId() == null) {
      model.addAttribute("noProfile", true);
      return "matching/recommended-jobs";
    }
    jobsInto(model, actor.personId());
    return "matching/recommended-jobs";
  }

  @GetMapping("/jobs/{id}/recommended-people")
  String forPosting(@PathVariable long id, Model model) {
    Posting posting = jobs.get(id);
    model.addAttribute("posting", posting);
    model.addAttribute("result", recommendations.forPosting(id, Recommendations.DEFAULT_LIMIT));
    return "matching/recommended-people";
  }

  private void jobsInto(Model model, long personId) {
    try {
      RecommendedJobs result = recommendations.forPerson(personId, Recommendations.DEFAULT_LIMIT);
      model.addAttribute("result", result);
    } catch (DomainException e) {
      if (e.kind() == DomainException.Kind.NOT_FOUND && "matching.noProfile".equals(e.code())) {
        model.addAttribute("noProfile", true);
      } else {
        throw e;
      }
    }
  }
}
