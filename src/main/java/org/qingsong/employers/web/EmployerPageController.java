package org.qingsong.employers.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.qingsong.common.Blank;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldViolation;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.InvalidValueException;
import org.qingsong.common.PageRequest;
import org.qingsong.employers.EmployerForm;
import org.qingsong.employers.EmployerKind;
import org.qingsong.employers.EmployerQuery;
import org.qingsong.employers.EmployerView;
import org.qingsong.employers.Employers;
import org.qingsong.employers.Verification;
import org.qingsong.geography.Division;
import org.qingsong.geography.DivisionLevel;
import org.qingsong.geography.Divisions;
import org.qingsong.identity.Actor;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The employer pages: the filtered list, the registration form that station staff fill in at the
 * counter (re-shown with a message at each invalid field), and an employer's detail page with its
 * verification.
 */
@Controller
@RequestMapping("/employers")
@PreAuthorize("hasAnyRole('ADMIN','STAFF','AUDITOR')")
class EmployerPageController {
  static final int PAGE_SIZE = 20;

  private final Employers employers;
  private final Divisions divisions;
  private final CurrentActor currentActor;
  private final MessageSource messages;

  EmployerPageController(
      Employers employers, Divisions divisions, CurrentActor currentActor, MessageSource messages) {
    this.employers = employers;
    this.divisions = divisions;
    this.currentActor = currentActor;
    this.messages = messages;
  }

  /** The streets of one district, for a select grouped by district. */
  record DistrictStreets(Division district, List<Division> streets) {}

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String districtCode,
      @RequestParam(required = false) String streetCode,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String verification,
      @RequestParam(required = false) Integer page,
      Model model) {
    EmployerKind k = lenient(kind, EmployerKind::parse);
    Verification v = lenient(verification, Verification::parse);
    EmployerQuery query =
        new EmployerQuery(
            Blank.toNull(streetCode), Blank.toNull(districtCode), k, v, Blank.toNull(q));
    int pageNumber = page == null ? 0 : Math.max(0, page);
    model.addAttribute("employers", employers.find(query, new PageRequest(pageNumber, PAGE_SIZE)));
    model.addAttribute("query", query);
    Actor actor = currentActor.get();
    boolean staff = actor.is(Role.STAFF);
    model.addAttribute("districts", streetsByDistrict(staff ? actor.streetCode() : null));
    model.addAttribute(
        "ownStreet",
        staff
            ? divisions.find(actor.streetCode()).map(Division::name).orElse(actor.streetCode())
            : null);
    model.addAttribute("kinds", EmployerKind.values());
    model.addAttribute("verifications", Verification.values());
    model.addAttribute("base", base(query));
    model.addAttribute(
        "filtered",
        query.streetCode() != null
            || query.districtCode() != null
            || k != null
            || v != null
            || query.text() != null);
    model.addAttribute("canRegister", currentActor.get().is(Role.ADMIN, Role.STAFF));
    return "employers/list";
  }

  @GetMapping("/new")
  @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
  String form(Model model) {
    Actor actor = currentActor.get();
    String street = actor.is(Role.STAFF) ? actor.streetCode() : null;
    return showForm(new EmployerForm(null, null, null, street, null, null, null), Map.of(), model);
  }

  @PostMapping
  @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
  String register(
      @ModelAttribute("form") EmployerForm form,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Map<String, String> errors = new LinkedHashMap<>();
    try {
      EmployerView created = employers.register(form);
      redirect.addFlashAttribute("registered", true);
      return "redirect:/employers/" + created.id();
    } catch (InvalidInputException e) {
      for (FieldViolation v : e.violations()) {
        errors.putIfAbsent(v.field(), text(v.code(), v.args().toArray(), locale));
      }
    } catch (DomainException e) {
      if (e.kind() != DomainException.Kind.CONFLICT) {
        throw e;
      }
      errors.put("creditCode", text(e.code(), e.args(), locale));
    }
    return showForm(form, errors, model);
  }

  @GetMapping("/{id}")
  String detail(@PathVariable long id, Model model) {
    EmployerView employer = employers.get(id);
    Actor actor = currentActor.get();
    model.addAttribute("employer", employer);
    model.addAttribute(
        "canVerify",
        actor.is(Role.ADMIN)
            || (actor.is(Role.STAFF) && employer.streetCode().equals(actor.streetCode())));
    model.addAttribute("verifications", Verification.values());
    return "employers/detail";
  }

  @PostMapping("/{id}/verification")
  @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
  String verify(
      @PathVariable long id, @RequestParam String verification, RedirectAttributes redirect) {
    Verification v = lenient(verification, Verification::parse);
    if (v != null) {
      employers.verify(id, v);
      redirect.addFlashAttribute("verified", true);
    }
    return "redirect:/employers/" + id;
  }

  private String showForm(EmployerForm form, Map<String, String> errors, Model model) {
    Actor actor = currentActor.get();
    boolean staff = actor.is(Role.STAFF);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", EmployerKind.values());
    model.addAttribute("districts", streetsByDistrict(staff ? actor.streetCode() : null));
    model.addAttribute("streetFixed", staff);
    return "employers/form";
  }

  /** Every district with its streets; only the one street when {@code onlyStreet} is given. */
  private List<DistrictStreets> streetsByDistrict(String onlyStreet) {
    Map<String, List<Division>> streets = new LinkedHashMap<>();
    for (Division street : divisions.ofLevel(DivisionLevel.STREET)) {
      if (onlyStreet == null || street.code().equals(onlyStreet)) {
        streets.computeIfAbsent(street.parentCode(), c -> new ArrayList<>()).add(street);
      }
    }
    List<DistrictStreets> result = new ArrayList<>();
    for (Division district : divisions.ofLevel(DivisionLevel.DISTRICT)) {
      List<Division> own = streets.get(district.code());
      if (own != null) {
        result.add(new DistrictStreets(district, List.copyOf(own)));
      }
    }
    return result;
  }

  private static String base(EmployerQuery query) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/employers");
    Optional.ofNullable(query.text()).ifPresent(t -> uri.queryParam("q", t));
    Optional.ofNullable(query.districtCode()).ifPresent(d -> uri.queryParam("districtCode", d));
    Optional.ofNullable(query.streetCode()).ifPresent(s -> uri.queryParam("streetCode", s));
    Optional.ofNullable(query.kind()).ifPresent(k -> uri.queryParam("kind", k.name()));
    Optional.ofNullable(query.verification())
        .ifPresent(v -> uri.queryParam("verification", v.name()));
    return uri.encode().build().toUriString();
  }

  /** A filter value of a page link: anything unknown means "no filter", not an error page. */
  private static <T> T lenient(String raw, Function<String, T> parser) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return parser.apply(raw);
    } catch (InvalidValueException e) {
      return null;
    }
  }

  private String text(String code, Object[] args, Locale locale) {
    return messages.getMessage(code, args, code, locale);
  }
}
