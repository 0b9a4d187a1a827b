package org.qingsong.gigs.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldViolation;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.geography.Station;
import org.qingsong.geography.StationKind;
import org.qingsong.geography.Stations;
import org.qingsong.gigs.GigWorkers;
import org.qingsong.gigs.ServiceCatalogue;
import org.qingsong.gigs.TimeRange;
import org.qingsong.gigs.Worker;
import org.qingsong.gigs.WorkerForm;
import org.qingsong.identity.Actor;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.qingsong.people.People;
import org.qingsong.people.PersonQuery;
import org.qingsong.people.PersonView;
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
 * Station staff register residents as gig workers and keep their record: services, certificates
 * with their expiry, weekly hours, home and the most hours a day. The resident is found by their ID
 * number in the people register.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','STAFF')")
class GigWorkerPageController {
  static final int CERTIFICATE_ROWS = 3;
  static final int PAGE_SIZE = 20;

  private final GigWorkers workers;
  private final ServiceCatalogue catalogue;
  private final Stations stations;
  private final People people;
  private final CurrentActor currentActor;

  GigWorkerPageController(
      GigWorkers workers,
      ServiceCatalogue catalogue,
      Stations stations,
      People people,
      CurrentActor currentActor) {
    this.workers = workers;
    this.catalogue = catalogue;
    this.stations = stations;
    this.people = people;
    this.currentActor = currentActor;
  }

  @GetMapping("/gigs/workers")
  String list(@RequestParam(required = false) Integer page, Model model) {
    PageResult<Worker> found =
        workers.find(null, null, PageRequest.of(page == null ? 0 : Math.max(page, 0), PAGE_SIZE));
    model.addAttribute("workers", found);
    return "gigs/workers";
  }

  @GetMapping("/gigs/workers/new")
  String newForm(Model model) {
    List<Station> choices = stationChoices();
    String station = choices.isEmpty() ? "" : Long.toString(choices.get(0).id());
    Actor actor = currentActor.get();
    if (actor.stationId() != null && choices.stream().anyMatch(s -> s.id() == actor.stationId())) {
      station = Long.toString(actor.stationId());
    }
    return render(model, GigPageForms.WorkerPage.empty(station), null, Map.of(), null);
  }

  @PostMapping("/gigs/workers")
  String create(
      @ModelAttribute("form") GigPageForms.WorkerPage form,
      @ModelAttribute("gw") GigPageWording gw,
      Model model,
      RedirectAttributes redirect) {
    List<FieldViolation> own = new ArrayList<>();
    Long personId = personOf(form.idNumber(), own);
    try {
      Worker w = workers.register(form.toForm(personId, stationOf(form), home(form), List.of()));
      if (!own.isEmpty()) {
        throw new IllegalStateException("registered a worker without a person");
      }
      redirect.addFlashAttribute("notice", gw.message("gigpages.workers.registered", w.name()));
      return "redirect:/gigs/workers#worker-" + w.id();
    } catch (InvalidInputException e) {
      List<FieldViolation> all = new ArrayList<>(own);
      e.violations().stream()
          .filter(v -> !(v.field().equals("personId") && !own.isEmpty()))
          .map(v -> v.field().equals("personId") ? rename(v, "idNumber") : v)
          .forEach(all::add);
      return render(model, form, null, gw.fieldErrors(all), null);
    } catch (DomainException e) {
      return render(model, form, null, Map.of(), gw.message(e));
    }
  }

  @GetMapping("/gigs/workers/{id:\\d+}/edit")
  String editForm(@PathVariable long id, Model model) {
    Worker w = workers.get(id);
    return render(model, GigPageForms.WorkerPage.of(w), w, Map.of(), null);
  }

  @PostMapping("/gigs/workers/{id:\\d+}")
  String update(
      @PathVariable long id,
      @ModelAttribute("form") GigPageForms.WorkerPage form,
      @ModelAttribute("gw") GigPageWording gw,
      Model model,
      RedirectAttributes redirect) {
    Worker existing = workers.get(id);
    try {
      List<WorkerForm.ExceptionForm> kept =
          existing.availability().exceptions().stream()
              .map(
                  x ->
                      new WorkerForm.ExceptionForm(
                          x.date().toString(),
                          x.ranges().stream().map(TimeRange::toString).toList()))
              .toList();
      Worker w =
          workers.update(id, form.toForm(existing.personId(), stationOf(form), home(form), kept));
      redirect.addFlashAttribute("notice", gw.message("gigpages.workers.saved", w.name()));
      return "redirect:/gigs/workers#worker-" + w.id();
    } catch (InvalidInputException e) {
      return render(model, form, existing, gw.fieldErrors(e.violations()), null);
    } catch (DomainException e) {
      return render(model, form, existing, Map.of(), gw.message(e));
    }
  }

  private String render(
      Model model,
      GigPageForms.WorkerPage form,
      Worker existing,
      Map<String, String> errors,
      String formError) {
    model.addAttribute("form", form);
    model.addAttribute("existing", existing);
    model.addAttribute("errors", errors);
    model.addAttribute("formError", formError);
    model.addAttribute("stations", stationChoices());
    model.addAttribute("services", catalogue.services());
    model.addAttribute("kinds", catalogue.certificateKinds());
    model.addAttribute("weekdayNames", GigFamilyPageController.WEEKDAYS);
    return "gigs/worker";
  }

  /** The gig stations of the staff member's street (all of them for an administrator). */
  private List<Station> stationChoices() {
    Actor actor = currentActor.get();
    String street = actor.is(Role.ADMIN) ? null : actor.streetCode();
    return stations.list(street, null, StationKind.GIG, null, PageRequest.of(0, 100)).items();
  }

  private static Long stationOf(GigPageForms.WorkerPage form) {
    return GigPageForms.whole(form.stationId());
  }

  /** Where the worker starts from when the form leaves it out: their station. */
  private Station home(GigPageForms.WorkerPage form) {
    Long id = stationOf(form);
    if (id == null || id < 0) {
      return null;
    }
    try {
      return stations.get(id);
    } catch (DomainException e) {
      return null;
    }
  }

  /** The person with this ID number in the staff member's scope, or a violation saying why not. */
  private Long personOf(String idNumber, List<FieldViolation> own) {
    if (idNumber == null || idNumber.isBlank()) {
      own.add(FieldViolation.of("idNumber", "field.required"));
      return null;
    }
    String id = idNumber.strip().toUpperCase(java.util.Locale.ROOT);
    List<PersonView> found =
        people.find(new PersonQuery(null, null, null, id), PageRequest.of(0, 2)).items();
    if (found.size() != 1) {
      own.add(FieldViolation.of("idNumber", "gigpages.workers.personNotFound"));
      return null;
    }
    return found.get(0).id();
  }

  private static FieldViolation rename(FieldViolation v, String field) {
    return new FieldViolation(field, v.code(), v.args());
  }
}
