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
import org.qingsong.identity.Role;
import org.qingsong.matching.PeopleSearch;
import org.qingsong.matching.PeopleSearchHit;
import org.qingsong.matching.PeopleSearchQuery;
import org.qingsong.matching.PeopleSearchResult;
import org.qingsong.matching.SearchUnavailableException;
import org.qingsong.occupations.Occupation;
import org.qingsong.occupations.OccupationCategory;
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
    String nearCode =
        near == null ? (actor.is(Role.STAFF) ? actor.streetCode() : "") : near.strip();
    Division nearStreet = nearCode.isEmpty() ? null : divisions.street(nearCode).orElse(null);
    Division place =
        blank(area) || actor.is(Role.STAFF) ? null : divisions.find(area.strip()).orElse(null);
    String district =
        place != null && place.level() == DivisionLevel.DISTRICT ? place.code() : null;
    String street = place != null && place.level() == DivisionLevel.STREET ? place.code() : null;
    String lat =
        nearStreet == null || nearStreet.lat() == null ? null : nearStreet.lat().toString();
    String lng =
        nearStreet == null || nearStreet.lng() == null ? null : nearStreet.lng().toString();
    Map<String, String> errors = new LinkedHashMap<>();
    PeopleSearchResult result = null;
    boolean unavailable = false;
    try {
      PeopleSearchQuery query =
          PeopleSearchQuery.parse(
              q,
              lat,
              lng,
              lat == null ? null : radiusKm,
              occupation,
              group,
              kind,
              district,
              street,
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
          messages.getMessage(e.code(), new Object[] {e.indexed(), e.toIndex()}, locale));
    }
    Map<String, String> params = new LinkedHashMap<>();
    params.put("q", value(q));
    params.put("occupation", value(occupation));
    params.put("group", value(group));
    params.put("kind", value(kind));
    params.put("area", actor.is(Role.STAFF) ? "" : value(area));
    params.put("near", nearCode);
    params.put("radiusKm", value(radiusKm));
    model.addAttribute("params", params);
    model.addAttribute("errors", errors);
    model.addAttribute("result", result);
    model.addAttribute("unavailable", unavailable);
    model.addAttribute("scopeText", scopeText(actor, locale));
    model.addAttribute("items", result == null ? List.of() : cards(result, locale));
    model.addAttribute(
        "facets",
        result == null ? List.of() : facets(result, params, !actor.is(Role.STAFF), locale));
    model.addAttribute("pageBase", "/people/search?" + query(params, null, null));
    model.addAttribute("groups", PriorityGroup.values());
    model.addAttribute("kinds", WorkKind.values());
    model.addAttribute("radii", SearchPageController.RADII);
    model.addAttribute("occupationsByCategory", occupationsByCategory());
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

  /** One facet value as a link that narrows the search. */
  record FacetLink(String label, long count, String href, boolean active) {}

  /** A facet with its heading. */
  record FacetGroup(String name, String heading, List<FacetLink> links) {}

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

  /** The query string of {@code params}, with {@code name} replaced by {@code value}. */
  private static String query(Map<String, String> params, String name, String value) {
    StringBuilder b = new StringBuilder();
    params.forEach(
        (k, v) -> {
          String use = k.equals(name) ? value : v;
          if (use != null && (!use.isEmpty() || "near".equals(k))) {
            if (b.length() > 0) {
              b.append('&');
            }
            b.append(k).append('=').append(URLEncoder.encode(use, StandardCharsets.UTF_8));
          }
        });
    return b.toString();
  }

  private Map<OccupationCategory, List<Occupation>> occupationsByCategory() {
    Map<OccupationCategory, List<Occupation>> out = new EnumMap<>(OccupationCategory.class);
    for (Occupation o : occupations.all()) {
      out.computeIfAbsent(o.category(), c -> new ArrayList<>()).add(o);
    }
    return out;
  }

  private static String yuan(BigDecimal amount) {
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
