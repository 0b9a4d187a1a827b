package org.qingsong.people.web;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qingsong.common.Blank;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldViolation;
import org.qingsong.common.IdNumber;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.InvalidValueException;
import org.qingsong.common.PageRequest;
import org.qingsong.geography.Division;
import org.qingsong.geography.Divisions;
import org.qingsong.identity.Actor;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.qingsong.people.JobSeekers;
import org.qingsong.people.People;
import org.qingsong.people.PersonQuery;
import org.qingsong.people.PersonView;
import org.qingsong.people.PriorityGroup;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The people pages: the list, the counter registration form and a person's page. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','STAFF','CASEWORKER','AUDITOR')")
class PersonPageController {
  private final People people;
  private final JobSeekers seekers;
  private final Divisions divisions;
  private final CurrentActor currentActor;
  private final MessageSource messages;

  PersonPageController(
      People people,
      JobSeekers seekers,
      Divisions divisions,
      CurrentActor currentActor,
      MessageSource messages) {
    this.people = people;
    this.seekers = seekers;
    this.divisions = divisions;
    this.currentActor = currentActor;
    this.messages = messages;
  }

  @ModelAttribute("groups")
  List<PriorityGroup> groups() {
    return List.of(PriorityGroup.values());
  }

  @GetMapping("/people")
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String priorityGroup,
      @RequestParam(required = false) String streetCode,
      @RequestParam(required = false) Integer page,
      Model model) {
    Actor actor = currentActor.get();
    PriorityGroup group = null;
    if (Blank.toNull(priorityGroup) != null) {
      group = PersonController.group(priorityGroup);
    }
    String street = actor.is(Role.STAFF) ? null : Blank.toNull(streetCode);
    model.addAttribute(
        "people",
        people.find(
            new PersonQuery(street, null, group, Blank.toNull(q)), PageRequest.of(page, 20)));
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("priorityGroup", priorityGroup == null ? "" : priorityGroup);
    model.addAttribute("streetCode", street == null ? "" : street);
    model.addAttribute("canChooseStreet", !actor.is(Role.STAFF));
    model.addAttribute("streetsByDistrict", divisions.streetsByDistrict());
    model.addAttribute(
        "pageBase",
        "/people?q="
            + encode(q)
            + "&priorityGroup="
            + encode(priorityGroup)
            + "&streetCode="
            + encode(street));
    return "people/list";
  }

  @GetMapping("/people/new")
  @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
  String form(Model model) {
    Actor actor = currentActor.get();
    return renderForm(model, PersonPageForm.empty(actor.streetCode()), Map.of(), null);
  }

  @PostMapping("/people")
  @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
  String register(
      @ModelAttribute PersonPageForm form,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    try {
      PersonView created = people.register(form.toForm());
      redirect.addFlashAttribute("registered", true);
      return "redirect:/people/" + created.id();
    } catch (InvalidInputException e) {
      return renderForm(model, form, fieldMessages(e.violations(), locale), null);
    } catch (DomainException e) {
      return renderForm(
          model, form, Map.of(), messages.getMessage(e.code(), e.args(), e.code(), locale));
    }
  }

  @PostMapping("/people/id-check")
  @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
  String idCheck(@RequestParam(required = false) String idNumber, Model model, Locale locale) {
    if (idNumber == null || idNumber.isBlank()) {
      return "people/form :: idCheck";
    }
    try {
      IdNumber id = people.checkIdNumber(idNumber);
      model.addAttribute("idBirthDate", id.birthDate());
      model.addAttribute("idGender", id.gender());
      model.addAttribute("idAge", Period.between(id.birthDate(), LocalDate.now()).getYears());
    } catch (InvalidValueException e) {
      model.addAttribute("idError", messages.getMessage(e.code(), e.args(), e.code(), locale));
    }
    return "people/form :: idCheck";
  }

  @GetMapping("/people/communities")
  String communities(@RequestParam(required = false) String streetCode, Model model) {
    model.addAttribute("communities", communitiesOf(streetCode));
    model.addAttribute("communityCode", "");
    return "people/form :: communityOptions";
  }

  @GetMapping("/people/{id}")
  String detail(@PathVariable long id, Model model) {
    model.addAttribute("person", people.get(id));
    model.addAttribute("seeker", seekers.find(id).orElse(null));
    return "people/detail";
  }

  /** Shows the full numbers; a POST because every view is written to the audit trail. */
  @PostMapping("/people/{id}/identity")
  @PreAuthorize("hasAnyRole('ADMIN','STAFF','CASEWORKER')")
  String identity(@PathVariable long id, Model model) {
    model.addAttribute("person", people.get(id));
    model.addAttribute("identity", people.identity(id));
    model.addAttribute("seeker", seekers.find(id).orElse(null));
    return "people/detail";
  }

  private String renderForm(
      Model model, PersonPageForm form, Map<String, String> errors, String formError) {
    Actor actor = currentActor.get();
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("formError", formError);
    model.addAttribute("fixedStreet", actor.is(Role.STAFF));
    model.addAttribute(
        "staffStreet",
        actor.is(Role.STAFF) ? divisions.find(actor.streetCode()).orElse(null) : null);
    model.addAttribute("streetsByDistrict", divisions.streetsByDistrict());
    model.addAttribute("communities", communitiesOf(form.streetCode()));
    model.addAttribute("communityCode", form.communityCode() == null ? "" : form.communityCode());
    return "people/form";
  }

  private Map<String, String> fieldMessages(List<FieldViolation> violations, Locale locale) {
    Map<String, String> out = new LinkedHashMap<>();
    for (FieldViolation v : violations) {
      String field = v.field().replaceAll("\\[.*$", "");
      out.putIfAbsent(field, messages.getMessage(v.code(), v.args().toArray(), v.code(), locale));
    }
    return out;
  }

  private List<Division> communitiesOf(String streetCode) {
    if (Blank.toNull(streetCode) == null || divisions.street(streetCode).isEmpty()) {
      return List.of();
    }
    return divisions.children(streetCode);
  }

  private static String encode(String s) {
    return s == null ? "" : java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
