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
import org.qingsong.identity.Role;
import org.qingsong.matching.PeopleSearch;
import org.qingsong.matching.PeopleSearchHit;
import org.qingsong.matching.PeopleSearchQuery;
import org.qingsong.matching.PeopleSearchResult;
import org.qingsong.matching.web.SearchPages.FacetGroup;
import org.qingsong.matching.web.SearchPages.FacetLink;
import org.qingsong.matching.web.SearchPages.Place;
import org.qingsong.occupations.Occupations;
import org.qingsong.people.PriorityGroup;
import org.qingsong.people.WorkKind;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff's page for finding job seekers: words, wanted occupation, priority group, kind of work,
 * where they live and "near" a street with a radius, facets as links that narrow the search, and
 * pages of results that open the person's page. Within the caller's scope (own street, own
 * district, or the city); names masked.
 */
@Controller
class PeopleSearchPageController {
  private final PeopleSearch search;
  private final Occupations occupations;
  private final Divisions divisions;
  private final FacetLabels labels;
  private final MessageSource messages;

  PeopleSearchPageController(
      PeopleSearch search,
      Occupations occupations,
      Divisions divisions,
      FacetLabels labels,
      MessageSource messages) {
    this.search = search;
    this.occupations = occupations;
    this.divisions = divisions;
    this.labels = labels;
    this.messages = messages;
  }

  @GetMapping("/people/search")
  @PreAuthorize("hasAnyRole('ADMIN','STAFF','CASEWORKER')")
  String page(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String occupation,
      @RequestParam(required = false) String group,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String area,
      @RequestParam(required = false) String near,
      @RequestParam(required = false) String radiusKm,
      @RequestParam(required = false) String page,
      Model model) {
    Actor actor = search.requireSearcher();
    Locale locale = LocaleContextHolder.getLocale();
    Map<Division, List<Division>> streets = streetsInScope(actor);
    String home = actor.is(Role.STAFF) && actor.streetCode() != null ? actor.streetCode() : "";
    String nearCode = near == null ? home : near.strip();
    Division nearStreet = nearCode.isEmpty() ? null : divisions.street(nearCode).orElse(null);
    Place place =
        Place.of(
            nearStreet,
            blank(area) || actor.is(Role.STAFF) ? null : divisions.find(area.strip()).orElse(null));
    String lat = place.lat();
    Map<String, String> errors = new LinkedHashMap<>();
    PeopleSearchResult result =
        SearchPages.run(
            () ->
                search.search(
                    PeopleSearchQuery.parse(
                        q,
                        lat,
                        place.lng(),
                        lat == null ? null : radiusKm,
                        occupation,
                        group,
                        kind,
                        place.district(),
                        place.street(),
                        page,
                        null)),
            errors,
            model,
            messages,
            locale);
    Map<String, String> params = new LinkedHashMap<>();
    params.put("q", value(q));
    params.put("occupation", value(occupation));
    params.put("group", value(group));
    params.put("kind", value(kind));
    params.put("area", actor.is(Role.STAFF) ? "" : value(area));
    params.put("near", nearCode);
    params.put("radiusKm", value(radiusKm));
    model.addAttribute("params", params);
    model.addAttribute(
        "filtersOpen", SearchPages.filtersOpen(params, Map.of("near", home), errors));
    model.addAttribute("result", result);
    model.addAttribute("scopeText", scopeText(actor, locale));
    model.addAttribute("items", result == null ? List.of() : cards(result, locale));
    model.addAttribute(
        "facets",
        result == null ? List.of() : facets(result, params, !actor.is(Role.STAFF), locale));
    model.addAttribute("pageBase", "/people/search?" + query(params, null, null));
    model.addAttribute("groups", PriorityGroup.values());
    model.addAttribute("kinds", WorkKind.values());
    model.addAttribute("radii", SearchPages.RADII);
    model.addAttribute("occupationsByCategory", occupationsByCategory(occupations));
    model.addAttribute("streetsByDistrict", streets);
    model.addAttribute("canChooseArea", !actor.is(Role.STAFF));
    return "matching/people-search";
  }

  /** A seeker as the page shows them. */
  record Card(
      long personId,
      String name,
      String age,
      String street,
      String wants,
      String groups,
      String kinds,
      String pay,
      String distance) {}

  private List<Card> cards(PeopleSearchResult result, Locale locale) {
    boolean english = "en".equals(locale.getLanguage());
    String separator = english ? ", " : "、";
    List<Card> out = new ArrayList<>();
    for (PeopleSearchHit h : result.items()) {
      String age =
          h.ageBand().to() == null
              ? messages.getMessage(
                  "matching.people-search.ageBand.open", new Object[] {h.ageBand().from()}, locale)
              : messages.getMessage(
                  "matching.people-search.ageBand",
                  new Object[] {h.ageBand().from(), h.ageBand().to()},
                  locale);
      String wants =
          String.join(
              separator,
              h.occupations().stream().map(o -> english ? o.nameEn() : o.nameZh()).toList());
      String groups =
          String.join(
              separator,
              h.groups().stream().map(g -> labels.label("group", g.name(), locale)).toList());
      String kinds =
          String.join(
              separator,
              h.kinds().stream().map(k -> labels.label("workKind", k.name(), locale)).toList());
      String pay =
          messages.getMessage(
              "matching.people-search.minPay." + h.payUnit().name(),
              new Object[] {yuan(h.minPay().yuan())},
              locale);
      String distance =
          h.distanceKm() == null
              ? null
              : messages.getMessage(
                  "matching.people-search.distance",
                  new Object[] {String.format(Locale.ROOT, "%.1f", h.distanceKm())},
                  locale);
      out.add(
          new Card(
              h.personId(),
              h.maskedName(),
              age,
              h.streetName(),
              wants,
              groups.isEmpty() ? null : groups,
              kinds,
              pay,
              distance));
    }
    return out;
  }

  private List<FacetGroup> facets(
      PeopleSearchResult result, Map<String, String> params, boolean byArea, Locale locale) {
    List<FacetGroup> out = new ArrayList<>();
    for (String name : PeopleSearchJson.FACETS) {
      String param = "district".equals(name) ? "area" : name;
      if ("area".equals(param) && !byArea) {
        continue;
      }
      List<FacetLink> links = new ArrayList<>();
      for (var v : result.facets().getOrDefault(name, List.of())) {
        boolean active = v.value().equals(params.get(param));
        String href = "/people/search?" + query(params, param, active ? "" : v.value());
        links.add(new FacetLink(labels.label(name, v.value(), locale), v.count(), href, active));
      }
      if (!links.isEmpty()) {
        out.add(
            new FacetGroup(
                name,
                messages.getMessage("matching.people-search.facet." + name, null, name, locale),
                links));
      }
    }
    return out;
  }

  private String scopeText(Actor actor, Locale locale) {
    String where =
        switch (actor.role()) {
          case STAFF -> divisions.find(actor.streetCode()).map(Division::name).orElse("");
          case CASEWORKER -> divisions.find(actor.districtCode()).map(Division::name).orElse("");
          default -> "";
        };
    return messages.getMessage(
        "matching.people-search.scope." + actor.role().name(), new Object[] {where}, "", locale);
  }

  /** The streets the caller may search, by district. */
  private Map<Division, List<Division>> streetsInScope(Actor actor) {
    Map<Division, List<Division>> all = divisions.streetsByDistrict();
    if (actor.is(Role.ADMIN)) {
      return all;
    }
    Map<Division, List<Division>> out = new LinkedHashMap<>();
    all.forEach(
        (d, streets) -> {
          if (actor.is(Role.CASEWORKER) && d.code().equals(actor.districtCode())) {
            out.put(d, streets);
          } else if (actor.is(Role.STAFF)) {
            List<Division> own =
                streets.stream().filter(s -> s.code().equals(actor.streetCode())).toList();
            if (!own.isEmpty()) {
              out.put(d, own);
            }
          }
        });
    return out;
  }
}
