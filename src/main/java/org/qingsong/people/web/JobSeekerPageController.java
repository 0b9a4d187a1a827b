package org.qingsong.people.web;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qingsong.common.FieldViolation;
import org.qingsong.common.InvalidInputException;
import org.qingsong.occupations.Occupation;
import org.qingsong.occupations.OccupationCategory;
import org.qingsong.occupations.Occupations;
import org.qingsong.occupations.PayUnit;
import org.qingsong.people.JobSeekers;
import org.qingsong.people.People;
import org.qingsong.people.WorkKind;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The job-seeking form of the person page, for station staff and administrators. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','STAFF')")
class JobSeekerPageController {
  private final JobSeekers seekers;
  private final People people;
  private final Occupations occupations;
  private final MessageSource messages;

  JobSeekerPageController(
      JobSeekers seekers, People people, Occupations occupations, MessageSource messages) {
    this.seekers = seekers;
    this.people = people;
    this.occupations = occupations;
    this.messages = messages;
  }

  @GetMapping("/people/{id}/job-seeker")
  String form(@PathVariable long id, Model model) {
    SeekerPageForm form = seekers.find(id).map(SeekerPageForm::of).orElse(SeekerPageForm.empty());
    return render(id, model, form, Map.of(), null);
  }

  @PostMapping("/people/{id}/job-seeker")
  String save(
      @PathVariable long id,
      @ModelAttribute SeekerPageForm form,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    try {
      seekers.put(id, form.toForm());
      redirect.addFlashAttribute("seekerSaved", true);
      return "redirect:/people/" + id;
    } catch (InvalidInputException e) {
      return render(id, model, form, fieldMessages(e.violations(), locale), null);
    }
  }

  private String render(
      long id, Model model, SeekerPageForm form, Map<String, String> errors, String formError) {
    model.addAttribute("person", people.get(id));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("formError", formError);
    model.addAttribute("days", Arrays.stream(DayOfWeek.values()).map(Enum::name).toList());
    model.addAttribute("units", List.of(PayUnit.values()));
    model.addAttribute("kinds", List.of(WorkKind.values()));
    Map<OccupationCategory, List<Occupation>> byCategory = new LinkedHashMap<>();
    for (Occupation o : occupations.all()) {
      byCategory.computeIfAbsent(o.category(), k -> new java.util.ArrayList<>()).add(o);
    }
    model.addAttribute("occupationsByCategory", byCategory);
    return "people/seeker-form";
  }

  private Map<String, String> fieldMessages(List<FieldViolation> violations, Locale locale) {
    Map<String, String> out = new LinkedHashMap<>();
    for (FieldViolation v : violations) {
      String field = v.field().replaceAll("\\[.*$", "");
      out.putIfAbsent(field, messages.getMessage(v.code(), v.args().toArray(), v.code(), locale));
    }
    return out;
  }
}
