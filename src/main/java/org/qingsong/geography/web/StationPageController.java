package org.qingsong.geography.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qingsong.common.Blank;
import org.qingsong.common.FieldViolation;
import org.qingsong.common.InvalidInputException;
import org.qingsong.geography.Division;
import org.qingsong.geography.Divisions;
import org.qingsong.geography.Station;
import org.qingsong.geography.StationDraft;
import org.qingsong.geography.StationKind;
import org.qingsong.geography.Stations;
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

/**
 * Administrators add and edit stations. The form is shown again after an invalid submission with a
 * message at each field that needs changing, in the user's language.
 */
@Controller
@RequestMapping("/stations")
@PreAuthorize("hasRole('ADMIN')")
class StationPageController {
  /** The fields in the order the form shows them, for the error summary. */
  static final List<String> FIELDS =
      List.of(
          "name",
          "kind",
          "streetCode",
          "communityCode",
          "address",
          "lat",
          "lng",
          "openingHours",
          "phone");

  private final Stations stations;
  private final Divisions divisions;
  private final MapData mapData;
  private final MessageSource messages;

  StationPageController(
      Stations stations, Divisions divisions, MapData mapData, MessageSource messages) {
    this.stations = stations;
    this.divisions = divisions;
    this.mapData = mapData;
    this.messages = messages;
  }

  /** The form as a browser posts it: every field as typed, coordinates included. */
  record StationForm(
      String name,
      String kind,
      String streetCode,
      String communityCode,
      String address,
      String lat,
      String lng,
      String openingHours,
      String phone) {

    static StationForm empty() {
      return new StationForm("", "", "", "", "", "", "", "", "");
    }

    static StationForm of(Station s) {
      return new StationForm(
          s.name(),
          s.kind().name(),
          s.streetCode(),
          s.communityCode() == null ? "" : s.communityCode(),
          s.address(),
          Double.toString(s.lat()),
          Double.toString(s.lng()),
          s.openingHours() == null ? "" : s.openingHours(),
          s.phone() == null ? "" : s.phone());
    }
  }

  @GetMapping("/new")
  String createForm(Model model) {
    return showForm(null, StationForm.empty(), Map.of(), model);
  }

  @PostMapping
  String create(
      @ModelAttribute("form") StationForm form,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Map<String, String> errors = new LinkedHashMap<>();
    StationDraft draft = draft(form, errors, locale);
    try {
      Station created = stations.create(draft);
      redirect.addFlashAttribute("saved", "created");
      return "redirect:/stations/" + created.id();
    } catch (InvalidInputException e) {
      addViolations(e.violations(), errors, locale);
    }
    return showForm(null, form, errors, model);
  }

  @GetMapping("/{id:\\d+}/edit")
  String editForm(@PathVariable long id, Model model) {
    Station station = stations.get(id);
    return showForm(station, StationForm.of(station), Map.of(), model);
  }

  @PostMapping("/{id:\\d+}")
  String update(
      @PathVariable long id,
      @ModelAttribute("form") StationForm form,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Station station = stations.get(id);
    Map<String, String> errors = new LinkedHashMap<>();
    StationDraft draft = draft(form, errors, locale);
    try {
      stations.update(id, draft);
      redirect.addFlashAttribute("saved", "updated");
      return "redirect:/stations/" + id;
    } catch (InvalidInputException e) {
      addViolations(e.violations(), errors, locale);
    }
    return showForm(station, form, errors, model);
  }

  /** The communities of a street, as the options of the community select (used by htmx). */
  @GetMapping("/communities")
  String communities(@RequestParam(required = false) String streetCode, Model model) {
    model.addAttribute("communities", communitiesOf(streetCode));
    model.addAttribute("form", StationForm.empty());
    return "geography/form :: communityOptions";
  }

  private String showForm(
      Station station, StationForm form, Map<String, String> errors, Model model) {
    model.addAttribute("station", station);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("fields", FIELDS);
    model.addAttribute("kinds", StationKind.values());
    model.addAttribute("districts", mapData.streetsByDistrict());
    model.addAttribute("communities", communitiesOf(form.streetCode()));
    return "geography/form";
  }

  /**
   * The draft the service validates. Coordinates that are not numbers are reported here (and passed
   * on as missing, so the service checks every other field in the same round).
   */
  private StationDraft draft(StationForm form, Map<String, String> errors, Locale locale) {
    return new StationDraft(
        form.name(),
        form.kind(),
        form.streetCode(),
        Blank.toNull(form.communityCode()),
        form.address(),
        number("lat", form.lat(), errors, locale),
        number("lng", form.lng(), errors, locale),
        form.openingHours(),
        form.phone());
  }

  private Double number(String field, String raw, Map<String, String> errors, Locale locale) {
    String value = Blank.toNull(raw);
    if (value == null) {
      return null;
    }
    try {
      double number = Double.parseDouble(value);
      if (Double.isNaN(number) || Double.isInfinite(number)) {
        throw new NumberFormatException(value);
      }
      return number;
    } catch (NumberFormatException e) {
      errors.put(field, text("field.wrongType", new Object[0], locale));
      return null;
    }
  }

  private void addViolations(
      List<FieldViolation> violations, Map<String, String> errors, Locale locale) {
    for (FieldViolation v : violations) {
      errors.putIfAbsent(v.field(), text(v.code(), v.args().toArray(), locale));
    }
  }

  private List<Division> communitiesOf(String streetCode) {
    if (Blank.toNull(streetCode) == null || divisions.street(streetCode.strip()).isEmpty()) {
      return List.of();
    }
    return divisions.children(streetCode.strip());
  }

  private String text(String code, Object[] args, Locale locale) {
    return messages.getMessage(code, args, code, locale);
  }
}
