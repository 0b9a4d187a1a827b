package org.qingsong.matching.web;

import static org.qingsong.matching.web.SearchPages.blank;
import static org.qingsong.matching.web.SearchPages.occupationsByCategory;
import static org.qingsong.matching.web.SearchPages.query;
import static org.qingsong.matching.web.SearchPages.value;
import static org.qingsong.matching.web.SearchPages.yuan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qingsong.geography.Division;
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
import org.qingsong.matching.web.SearchPages.FacetGroup;
import org.qingsong.matching.web.SearchPages.FacetLink;
import org.qingsong.matching.web.SearchPages.Place;
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
    String home = homeStreet();
    String nearCode = near == null ? home : near.strip();
    Division nearStreet =
        nearCode == null || nearCode.isEmpty() ? null : divisions.street(nearCode).orElse(null);
    Place place =
        Place.of(nearStreet, blank(area) ? null : divisions.find(area.strip()).orElse(null));
    String lat = place.lat();
    Map<String, String> errors = new LinkedHashMap<>();
    JobSearchResult result =
        SearchPages.run(
            () ->
                search.search(
                    JobSearchQuery.parse(
                        q,
                        lat,
                        place.lng(),
                        lat == null ? null : radiusKm,
                        kind,
                        occupation,
                        place.district(),
                        place.street(),
                        payMin,
                        payUnit,
                        blank(sort) || (lat == null && "DISTANCE".equalsIgnoreCase(sort))
                            ? null
                            : sort,
                        page,
                        null)),
            errors,
            model,
            messages,
            locale);
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
    model.addAttribute(
        "filtersOpen",
        SearchPages.filtersOpen(params, Map.of("near", home == null ? "" : home), errors));
    model.addAttribute("result", result);
    model.addAttribute("items", result == null ? List.of() : cards(result, locale));
    model.addAttribute("facets", result == null ? List.of() : facets(result, params, locale));
    model.addAttribute("pageBase", "/jobs/search?" + query(params, null, null));
    model.addAttribute("kinds", JobKind.values());
    model.addAttribute("payUnits", PayUnit.values());
    model.addAttribute("radii", SearchPages.RADII);
    model.addAttribute("occupationsByCategory", occupationsByCategory(occupations));
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

  private List<Card> cards(JobSearchResult result, Locale locale) {
    List<Card> out = new ArrayList<>();
    for (JobSearchHit h : result.items()) {
      String min = yuan(h.payMin().yuan());
      String max = yuan(h.payMax().yuan());
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
}
