package org.qingsong.jobs.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.qingsong.common.Blank;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.Money;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.employers.EmployerQuery;
import org.qingsong.employers.EmployerView;
import org.qingsong.employers.Employers;
import org.qingsong.geography.Division;
import org.qingsong.geography.DivisionLevel;
import org.qingsong.geography.Divisions;
import org.qingsong.identity.Actor;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.qingsong.jobs.Applications;
import org.qingsong.jobs.JobKind;
import org.qingsong.jobs.Jobs;
import org.qingsong.jobs.Posting;
import org.qingsong.jobs.PostingFlag;
import org.qingsong.jobs.PostingQuery;
import org.qingsong.jobs.PostingStatus;
import org.qingsong.jobs.Relaxation;
import org.qingsong.occupations.Occupation;
import org.qingsong.occupations.OccupationCategory;
import org.qingsong.occupations.Occupations;
import org.qingsong.occupations.PayUnit;
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
 * The public side of the jobs: the search page and a posting's page (open to everyone), applying
 * and reporting (logged in), and the posting form for employers and station staff.
 */
@Controller
class JobPageController {
  private static final int PAGE_SIZE = 12;

  private final Jobs jobs;
  private final Applications applications;
  private final Occupations occupations;
  private final Divisions divisions;
  private final Employers employers;
  private final CurrentActor currentActor;
  private final Clock clock;

  JobPageController(
      Jobs jobs,
      Applications applications,
      Occupations occupations,
      Divisions divisions,
      Employers employers,
      CurrentActor currentActor,
      Clock clock) {
    this.jobs = jobs;
    this.applications = applications;
    this.occupations = occupations;
    this.divisions = divisions;
    this.employers = employers;
    this.currentActor = currentActor;
    this.clock = clock;
  }

  @ModelAttribute("kinds")
  List<JobKind> kinds() {
    return List.of(JobKind.values());
  }

  @ModelAttribute("payUnits")
  List<PayUnit> payUnits() {
    return List.of(PayUnit.values());
  }

  @ModelAttribute("relaxationList")
  List<Relaxation> relaxations() {
    return List.of(Relaxation.values());
  }

  @GetMapping("/jobs")
  String search(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String occupation,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String area,
      @RequestParam(required = false) String minPay,
      @RequestParam(required = false) String payUnit,
      @RequestParam(required = false) String relaxation,
      @RequestParam(required = false) Integer page,
      @ModelAttribute("wording") JobWording wording,
      Model model) {
    FieldErrors errors = new FieldErrors();
    JobKind k = errors.parseOptional("kind", kind, Jobs::kind).orElse(null);
    Money pay = errors.parseOptional("minPay", minPay, Money::ofYuan).orElse(null);
    PayUnit unit = errors.parseOptional("payUnit", payUnit, Jobs::payUnit).orElse(null);
    Relaxation r =
        errors.parseOptional("relaxation", relaxation, JobController::relaxation).orElse(null);
    Division place = Blank.toNull(area) == null ? null : divisions.find(area).orElse(null);
    String street = place != null && place.level() == DivisionLevel.STREET ? place.code() : null;
    String district = place != null && place.level() != DivisionLevel.STREET ? place.code() : null;
    Map<String, String> fieldErrors = Map.of();
    try {
      errors.throwIfAny();
    } catch (InvalidInputException e) {
      fieldErrors = wording.fieldErrors(e.violations());
    }
    PostingQuery query =
        new PostingQuery(
            Blank.toNull(q),
            Blank.toNull(occupation),
            k,
            street,
            district,
            pay,
            pay == null ? null : (unit == null ? PayUnit.MONTH : unit),
            r,
            PostingStatus.PUBLISHED,
            null);
    PageResult<Posting> found =
        jobs.find(query, PageRequest.of(page == null ? 0 : Math.max(page, 0), PAGE_SIZE));
    model.addAttribute("postings", found);
    model.addAttribute("errors", fieldErrors);
    model.addAttribute("q", nullToEmpty(q));
    model.addAttribute("occupation", nullToEmpty(occupation));
    model.addAttribute("kind", nullToEmpty(kind));
    model.addAttribute("area", nullToEmpty(area));
    model.addAttribute("minPay", nullToEmpty(minPay));
    model.addAttribute("payUnit", Blank.toNull(payUnit) == null ? "MONTH" : payUnit);
    model.addAttribute("relaxation", nullToEmpty(relaxation));
    model.addAttribute(
        "filtersOpen",
        !fieldErrors.isEmpty()
            || Stream.of(occupation, kind, area, minPay, relaxation)
                .anyMatch(v -> Blank.toNull(v) != null));
    model.addAttribute("occupationsByCategory", occupationsByCategory());
    model.addAttribute("streetsByDistrict", divisions.streetsByDistrict());
    model.addAttribute("canPost", canPost());
    model.addAttribute(
        "pageBase",
        "/jobs?q=%s&occupation=%s&kind=%s&area=%s&minPay=%s&payUnit=%s&relaxation=%s"
            .formatted(
                encode(q),
                encode(occupation),
                encode(kind),
                encode(area),
                encode(minPay),
                encode(payUnit),
                encode(relaxation)));
    return "jobs/search";
  }

  @GetMapping("/jobs/{id:\\d+}")
  String detail(@PathVariable long id, Model model) {
    Actor actor = currentActor.get();
    Posting posting = jobs.get(id);
    boolean employerSide = employerSide(actor, posting);
    boolean privileged = employerSide || actor.is(Role.AUDITOR);
    model.addAttribute("posting", posting);
    model.addAttribute("employerSide", employerSide);
    model.addAttribute("privileged", privileged);
    model.addAttribute("flags", privileged ? jobs.flags(id) : List.<PostingFlag>of());
    model.addAttribute("loggedIn", currentActor.find().isPresent());
    boolean resident = actor.is(Role.RESIDENT) && actor.personId() != null;
    model.addAttribute("canApply", resident && posting.status() == PostingStatus.PUBLISHED);
    model.addAttribute(
        "myApplication",
        resident
            ? applications.ofPerson(actor.personId()).stream()
                .filter(a -> a.postingId() == id)
                .findFirst()
                .orElse(null)
            : null);
    model.addAttribute("canReview", actor.is(Role.ADMIN, Role.STAFF));
    return "jobs/detail";
  }

  @PostMapping("/jobs/{id:\\d+}/apply")
  String apply(
      @PathVariable long id,
      @ModelAttribute("wording") JobWording wording,
      RedirectAttributes redirect) {
    try {
      applications.apply(id, null);
      redirect.addFlashAttribute("applied", true);
    } catch (DomainException e) {
      redirect.addFlashAttribute("applyError", wording.message(e));
    }
    return "redirect:/jobs/" + id;
  }

  /** A report sends a published posting back to review, so the reporter returns to the search. */
  @PostMapping("/jobs/{id:\\d+}/report")
  String report(
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      @ModelAttribute("wording") JobWording wording,
      RedirectAttributes redirect) {
    try {
      Posting posting = jobs.report(id, reason);
      redirect.addFlashAttribute("reported", posting.title());
      return "redirect:/jobs";
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute(
          "reportError", wording.fieldErrors(e.violations()).values().iterator().next());
      redirect.addFlashAttribute("reportReason", reason == null ? "" : reason);
      return "redirect:/jobs/" + id + "#report";
    }
  }

  @GetMapping("/jobs/new")
  @PreAuthorize("hasAnyRole('ADMIN','STAFF','EMPLOYER')")
  String form(Model model) {
    Actor actor = currentActor.get();
    String street = actor.is(Role.STAFF) ? actor.streetCode() : "";
    if (actor.is(Role.EMPLOYER) && actor.employerId() != null) {
      street = employers.lookup(actor.employerId()).map(e -> e.streetCode()).orElse("");
    }
    PostingPageForm empty =
        PostingPageForm.empty(street, LocalDate.now(clock).plusDays(30).toString());
    return renderForm(model, empty, Map.of(), null);
  }

  @PostMapping("/jobs")
  @PreAuthorize("hasAnyRole('ADMIN','STAFF','EMPLOYER')")
  String create(
      @ModelAttribute PostingPageForm form,
      @ModelAttribute("wording") JobWording wording,
      Model model,
      RedirectAttributes redirect) {
    try {
      Posting created = jobs.create(form.toForm(), true);
      redirect.addFlashAttribute("created", true);
      if (created.status() == PostingStatus.SCREENING) {
        redirect.addFlashAttribute(
            "heldReasons", jobs.flags(created.id()).stream().map(wording::reason).toList());
      }
      return "redirect:/jobs/" + created.id();
    } catch (InvalidInputException e) {
      return renderForm(model, form, wording.fieldErrors(e.violations()), null);
    } catch (DomainException e) {
      return renderForm(model, form, Map.of(), wording.message(e));
    }
  }

  private String renderForm(
      Model model, PostingPageForm form, Map<String, String> errors, String formError) {
    Actor actor = currentActor.get();
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("formError", formError);
    model.addAttribute("occupationsByCategory", occupationsByCategory());
    model.addAttribute("choosesEmployer", !actor.is(Role.EMPLOYER));
    model.addAttribute("employerChoices", employerChoices(actor));
    model.addAttribute("fixedStreet", actor.is(Role.STAFF));
    model.addAttribute(
        "staffStreet",
        actor.is(Role.STAFF) ? divisions.find(actor.streetCode()).orElse(null) : null);
    model.addAttribute("streetsByDistrict", divisions.streetsByDistrict());
    return "jobs/form";
  }

  /** Staff post for the employers of their street; an administrator for any. */
  private List<EmployerView> employerChoices(Actor actor) {
    if (actor.is(Role.EMPLOYER)) {
      return List.of();
    }
    String street = actor.is(Role.STAFF) ? actor.streetCode() : null;
    return employers
        .find(
            new EmployerQuery(street, null, null, null, null),
            PageRequest.of(0, PageRequest.MAX_SIZE))
        .items();
  }

  private boolean canPost() {
    return currentActor.find().map(a -> a.is(Role.ADMIN, Role.STAFF, Role.EMPLOYER)).orElse(false);
  }

  /** The employer itself, station staff of the posting's street, or an administrator. */
  static boolean employerSide(Actor actor, Posting posting) {
    return actor.is(Role.ADMIN)
        || (actor.is(Role.EMPLOYER)
            && actor.employerId() != null
            && actor.employerId() == posting.employerId())
        || (actor.is(Role.STAFF) && posting.streetCode().equals(actor.streetCode()));
  }

  private Map<OccupationCategory, List<Occupation>> occupationsByCategory() {
    Map<OccupationCategory, List<Occupation>> out = new EnumMap<>(OccupationCategory.class);
    for (Occupation o : occupations.all()) {
      out.computeIfAbsent(o.category(), c -> new ArrayList<>()).add(o);
    }
    return out;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String encode(String s) {
    return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
