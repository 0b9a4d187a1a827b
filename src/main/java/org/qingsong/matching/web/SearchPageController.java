package org.qingsong.matching.web;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qingsong.common.FieldViolation;
import org.qingsong.common.InvalidInputException;
import org.qingsong.geography.Division;
import org.qingsong.geography.DivisionLevel;
import org.qingsong.geography.Divisions;
import org.qingsong.identity.Actor;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.qingsong.jobs.JobKind;
import org.qingsong.matching.JobSearch;
import org.qingsong.matching.JobSearchHit;
import org.qingsong.matching.JobSearchQuery;
import org.qingsong.matching.JobSearchResult;
import org.qingsong.matching.SearchPay;
import org.qingsong.matching.SearchUnavailableException;
import org.qingsong.occupations.Occupation;
import org.qingsong.occupations.OccupationCategory;
import org.qingsong.occupations.Occupations;
import org.qingsong.occupations.PayUnit;
import org.qingsong.people.People;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The residents' job search page: words, filters, "near" a street (the signed-in resident's own
 * street by default, a station's staff their station's street) with a radius, facets as links that
 * narrow the search, and pages of results. Public, like the job list.
 */
@Controller
class SearchPageController {
  static final List<Integer> RADII = List.of(1, 3, 5, 10, 20, 50);

  private final JobSearch search;
  private final Occupations occupations;
  private final Divisions divisions;
  private final CurrentActor currentActor;
  private final People people;
  private final FacetLabels labels;
  private final MessageSource messages;

  SearchPageController(
      JobSearch search,
      Occupations occupations,
      Divisions divisions,
      CurrentActor currentActor,
      People people,
      FacetLabels labels,
      MessageSource messages) {
    this.search = search;
    this.occupations = occupations;
    this.divisions = divisions;
    this.currentActor = currentActor;
    this.people = people;
    this.labels = labels;
    this.messages = messages;
  }

  @GetMapping("/jobs/search")
  String page(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String occupation,
      @RequestParam(required = false) String area,
      @RequestParam(required = false) String payMin,
      @RequestParam(required = false) String payUnit,
      @RequestParam(required = false) String near,
      @RequestParam(required = false) String radiusKm,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String page,
      Model model) {
    Locale locale = LocaleContextHolder.getLocale();
    String nearCode = near == null ? homeStreet() : near.strip();
    Division nearStreet =
        nearCode == null || nearCode.isEmpty() ? null : divisions.street(nearCode).orElse(null);
    Division place = blank(area) ? null : divisions.find(area.strip()).orElse(null);
    String district =
        place != null && place.level() == DivisionLevel.DISTRICT ? place.code() : null;
    String street = place != null && place.level() == DivisionLevel.STREET ? place.code() : null;
    String lat =
        nearStreet == null || nearStreet.lat() == null ? null : nearStreet.lat().toString();
    String lng =
        nearStreet == null || nearStreet.lng() == null ? null : nearStreet.lng().toString();
    Map<String, String> errors = new LinkedHashMap<>();
    JobSearchResult result = null;
    boolean unavailable = false;
    try {
      JobSearchQuery query =
          JobSearchQuery.parse(
              q,
              lat,
              lng,
              lat == null ? null : radiusKm,
              kind,
              occupation,
              district,
              street,
              payMin,
              payUnit,
              blank(sort) || (lat == null && "DISTANCE".equalsIgnoreCase(sort)) ? null : sort,
              page,
              null);
      result = search.search(query);
    } catch (InvalidInputException e) {
      for (FieldViolation v : e.violations()) {
        errors.putIfAbsent(
            v.field(), messages.getMessage(v.code(), v.args().toArray(), v.code(), locale));
      }
    } catch (SearchUnavailableException e) {
      unavailable = true;
      model.addAttribute(
          "unavailableText",
          messages.getMessage(
              "matching.search.unavailable", new Object[] {e.indexed(), e.toIndex()}, locale));
    }
    Map<String, String> params = new LinkedHashMap<>();
    params.put("q", value(q));
    params.put("kind", value(kind));
    params.put("occupation", value(occupation));
    params.put("area", value(area));
    params.put("payMin", value(payMin));
    params.put("payUnit", value(payUnit));
    params.put("near", nearCode == null ? "" : nearCode);
    params.put("radiusKm", value(radiusKm));
    params.put("sort", value(sort));
    model.addAttribute("params", params);
    model.addAttribute("errors", errors);
    model.addAttribute("result", result);
    model.addAttribute("unavailable", unavailable);
    model.addAttribute("items", result == null ? List.of() : cards(result, locale));
    model.addAttribute("facets", result == null ? List.of() : facets(result, params, locale));
    model.addAttribute("pageBase", "/jobs/search?" + query(params, null, null));
    model.addAttribute("kinds", JobKind.values());
    model.addAttribute("payUnits", PayUnit.values());
    model.addAttribute("radii", RADII);
    model.addAttribute("occupationsByCategory", occupationsByCategory());
    model.addAttribute("streetsByDistrict", divisions.streetsByDistrict());
    model.addAttribute("hasLocation", lat != null);
    return "matching/search";
  }

  /** A result as the page shows it. */
  record Card(
      long id,
      String title,
      String pay,
      String employer,
      String street,
      String kindAndOccupation,
      String distance) {}

  /** One facet value as a link that narrows the search. */
  record FacetLink(String label, long count, String href, boolean active) {}

  /** A facet with its heading. */
  record FacetGroup(String name, String heading, List<FacetLink> links) {}

  private List<Card> cards(JobSearchResult result, Locale locale) {
    List<Card> out = new ArrayList<>();
    for (JobSearchHit h : result.items()) {
      String min = yuan(h.payMin().yuan(), locale);
      String max = yuan(h.payMax().yuan(), locale);
      String pay =
          messages.getMessage(
              "matching.page.pay." + h.payUnit().name(),
              new Object[] {min.equals(max) ? min : min + "–" + max},
              locale);
      String occupation =
          "en".equals(locale.getLanguage()) ? h.occupationNameEn() : h.occupationNameZh();
      String distance =
          h.distanceKm() == null
              ? null
              : messages.getMessage(
                  h.locationApproximate()
                      ? "matching.page.distance.approx"
                      : "matching.page.distance",
                  new Object[] {String.format(Locale.ROOT, "%.1f", h.distanceKm())},
                  locale);
      out.add(
          new Card(
              h.id(),
              h.title(),
              pay,
              h.employerName(),
              h.streetName(),
              labels.label("kind", h.kind().name(), locale) + " · " + occupation,
              distance));
    }
    return out;
  }

  private List<FacetGroup> facets(
      JobSearchResult result, Map<String, String> params, Locale locale) {
    List<FacetGroup> groups = new ArrayList<>();
    for (String name : SearchJson.FACETS) {
      List<FacetLink> links = new ArrayList<>();
      for (var v : result.facets().getOrDefault(name, List.of())) {
        String param;
        String value;
        switch (name) {
          case "district" -> {
            param = "area";
            value = v.value();
          }
          case "payBand" -> {
            param = "payMin";
            value = Long.toString(lowerYuan(v.value()));
          }
          default -> {
            param = name;
            value = v.value();
          }
        }
        boolean active = value.equals(params.get(param));
        String href =
            "/jobs/search?"
                + query(params, param, active ? "" : value)
                + ("payMin".equals(param) ? "&payUnit=MONTH" : "");
        links.add(new FacetLink(labels.label(name, v.value(), locale), v.count(), href, active));
      }
      if (!links.isEmpty()) {
        groups.add(
            new FacetGroup(
                name,
                messages.getMessage("matching.page.facet." + name, null, name, locale),
                links));
      }
    }
    return groups;
  }

  private static long lowerYuan(String band) {
    for (int i = 0; i < SearchPay.BANDS.length; i++) {
      if (SearchPay.BANDS[i].equals(band)) {
        return SearchPay.BAND_LOWER_YUAN[i];
      }
    }
    return 0;
  }

  /** The query string of {@code params}, with {@code name} replaced by {@code value}. */
  private static String query(Map<String, String> params, String name, String value) {
    StringBuilder b = new StringBuilder();
    params.forEach(
        (k, v) -> {
          String use = k.equals(name) ? value : v;
          if ("payUnit".equals(k) && "payMin".equals(name)) {
            return;
          }
          if (use != null && (!use.isEmpty() || "near".equals(k))) {
            if (b.length() > 0) {
              b.append('&');
            }
            b.append(k).append('=').append(URLEncoder.encode(use, StandardCharsets.UTF_8));
          }
        });
    return b.toString();
  }

  /** The signed-in resident's street, or the staff member's station street; null otherwise. */
  private String homeStreet() {
    Actor actor = currentActor.find().orElse(null);
    if (actor == null) {
      return null;
    }
    if (actor.is(Role.RESIDENT) && actor.personId() != null) {
      return people.lookup(actor.personId()).map(p -> p.streetCode()).orElse(null);
    }
    if (actor.is(Role.STAFF)) {
      return actor.streetCode();
    }
    return null;
  }

  private Map<OccupationCategory, List<Occupation>> occupationsByCategory() {
    Map<OccupationCategory, List<Occupation>> out = new EnumMap<>(OccupationCategory.class);
    for (Occupation o : occupations.all()) {
      out.computeIfAbsent(o.category(), c -> new ArrayList<>()).add(o);
    }
    return out;
  }

  private static String yuan(BigDecimal amount, Locale locale) {
    return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))
        .format(amount);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String value(String s) {
    return s == null ? "" : s.strip();
  }
}
