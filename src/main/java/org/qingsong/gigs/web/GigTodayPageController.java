package org.qingsong.gigs.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.DomainException;
import org.qingsong.common.InvalidInputException;
import org.qingsong.gigs.GigVisits;
import org.qingsong.gigs.GigWorkers;
import org.qingsong.gigs.Incident;
import org.qingsong.gigs.ServiceCatalogue;
import org.qingsong.gigs.Visit;
import org.qingsong.gigs.Worker;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The worker's phone page: the day's visits with address, care notes and a map link, the check-in
 * (the phone's location fills the form when it may; otherwise the worker types it) and the
 * check-out with the care log.
 */
@Controller
@PreAuthorize("hasRole('RESIDENT')")
class GigTodayPageController {
  private final GigVisits visits;
  private final GigWorkers workers;
  private final ServiceCatalogue catalogue;
  private final Clock clock;

  GigTodayPageController(
      GigVisits visits, GigWorkers workers, ServiceCatalogue catalogue, Clock clock) {
    this.visits = visits;
    this.workers = workers;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  @GetMapping("/gigs/today")
  String today(
      @RequestParam(required = false) String date,
      @ModelAttribute("gw") GigPageWording gw,
      Model model) {
    return render(model, gw, date, null, Map.of(), null);
  }

  private String render(
      Model model,
      GigPageWording gw,
      String date,
      Long errorVisit,
      Map<String, String> errors,
      GigPageForms.CheckOutPage form) {
    Worker me =
        workers.mine().orElseThrow(() -> DomainException.forbidden("gig.worker.notAWorker"));
    LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
    LocalDate day = today;
    if (date != null && !date.isBlank()) {
      try {
        day = LocalDate.parse(date.strip());
      } catch (DateTimeParseException e) {
        model.addAttribute("problem", gw.message("gig.date"));
      }
    }
    List<Visit> mine = visits.mine(day);
    model.addAttribute("worker", me);
    model.addAttribute("day", day);
    model.addAttribute("today", today);
    model.addAttribute("visits", mine);
    model.addAttribute(
        "tasksByVisit",
        mine.stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    Visit::id, v -> catalogue.get(v.serviceCode()).tasks())));
    model.addAttribute("severities", List.of(Incident.Severity.values()));
    model.addAttribute("errorVisit", errorVisit);
    model.addAttribute("errors", errors);
    model.addAttribute("form", form);
    return "gigs/today";
  }

  @PostMapping("/gigs/today/visits/{id:\\d+}/check-in")
  String checkIn(
      @PathVariable long id,
      @RequestParam(required = false) String lat,
      @RequestParam(required = false) String lng,
      @RequestParam(required = false) String date,
      @ModelAttribute("gw") GigPageWording gw,
      RedirectAttributes redirect) {
    try {
      Visit v = visits.checkIn(id, GigPageForms.decimal(lat), GigPageForms.decimal(lng));
      redirect.addFlashAttribute(
          "notice",
          v.checkIn().far()
              ? gw.message("gigpages.today.checkedInFar", v.checkIn().metersAway())
              : gw.message("gigpages.today.checkedIn", gw.time(v.checkIn().at())));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("checkInVisit", id);
      redirect.addFlashAttribute("checkInErrors", gw.fieldErrors(e.violations()));
      redirect.addFlashAttribute("checkInLat", lat);
      redirect.addFlashAttribute("checkInLng", lng);
    } catch (DomainException e) {
      redirect.addFlashAttribute("problem", gw.message(e));
    }
    return redirectToday(date, id);
  }

  @PostMapping("/gigs/today/visits/{id:\\d+}/check-out")
  String checkOut(
      @PathVariable long id,
      @ModelAttribute("checkOut") GigPageForms.CheckOutPage form,
      @RequestParam(required = false) String date,
      @ModelAttribute("gw") GigPageWording gw,
      Model model,
      RedirectAttributes redirect) {
    try {
      visits.checkOut(id, form.toForm());
      redirect.addFlashAttribute("notice", gw.message("gigpages.today.checkedOut"));
      return redirectToday(date, id);
    } catch (InvalidInputException e) {
      return render(model, gw, date, id, gw.fieldErrors(e.violations()), form);
    } catch (DomainException e) {
      redirect.addFlashAttribute("problem", gw.message(e));
      return redirectToday(date, id);
    }
  }

  private static String redirectToday(String date, long id) {
    String q = date == null || date.isBlank() ? "" : "?date=" + date.strip();
    return "redirect:/gigs/today" + q + "#visit-" + id;
  }
}
