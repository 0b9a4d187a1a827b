package org.qingsong.gigs.web;

import org.qingsong.gigs.GigWorkers;
import org.qingsong.gigs.ServiceCatalogue;
import org.qingsong.identity.Actor;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The gig market's front page: the service catalogue with guide prices and certificates, open to
 * everyone, and the way on for each kind of user (families order, workers see their day, station
 * staff dispatch).
 */
@Controller
class GigHomePageController {
  private final ServiceCatalogue catalogue;
  private final GigWorkers workers;
  private final CurrentActor currentActor;

  GigHomePageController(ServiceCatalogue catalogue, GigWorkers workers, CurrentActor currentActor) {
    this.catalogue = catalogue;
    this.workers = workers;
    this.currentActor = currentActor;
  }

  @GetMapping("/gigs")
  String home(Model model) {
    Actor actor = currentActor.find().orElse(null);
    boolean resident = actor != null && actor.is(Role.RESIDENT) && actor.personId() != null;
    model.addAttribute("services", catalogue.services());
    model.addAttribute("loggedIn", actor != null);
    model.addAttribute("family", resident);
    model.addAttribute("worker", resident && workers.mine().isPresent());
    model.addAttribute("staff", actor != null && actor.is(Role.STAFF, Role.ADMIN));
    return "gigs/home";
  }
}
