package org.qingsong.matching.web;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.qingsong.common.FieldViolation;
import org.qingsong.common.InvalidInputException;
import org.qingsong.geography.Division;
import org.qingsong.geography.DivisionLevel;
import org.qingsong.matching.SearchUnavailableException;
import org.qingsong.occupations.Occupation;
import org.qingsong.occupations.OccupationCategory;
import org.qingsong.occupations.Occupations;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/**
 * What the job search page and the people search page share: reading "near" and "area" into the
 * query's terms, running the search with its errors shown on the page, facet links, and the query
 * strings those links and the pager use.
 */
final class SearchPages {
  static final List<Integer> RADII = List.of(1, 3, 5, 10, 20, 50);

  private SearchPages() {}

  /** One facet value as a link that narrows the search. */
  record FacetLink(String label, long count, String href, boolean active) {}

  /** A facet with its heading. */
  record FacetGroup(String name, String heading, List<FacetLink> links) {}

  /**
   * The query's place terms: the point of the "near" street (null without one or without
   * coordinates) and the district or street that {@code area} names.
   */
  record Place(String lat, String lng, String district, String street) {
    static Place of(Division nearStreet, Division area) {
      return new Place(
          nearStreet == null || nearStreet.lat() == null ? null : nearStreet.lat().toString(),
          nearStreet == null || nearStreet.lng() == null ? null : nearStreet.lng().toString(),
          area != null && area.level() == DivisionLevel.DISTRICT ? area.code() : null,
          area != null && area.level() == DivisionLevel.STREET ? area.code() : null);
    }
  }

  /**
   * Runs {@code search}, collects its field errors (field to localised text) in {@code errors}, and
   * puts them, {@code unavailable} and, while the index is being built, {@code unavailableText}
   * into the model; null when the search could not run.
   */
  static <R> R run(
      Supplier<R> search,
      Map<String, String> errors,
      Model model,
      MessageSource messages,
      Locale locale) {
    R result = null;
    boolean unavailable = false;
    try {
      result = search.get();
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
    model.addAttribute("errors", errors);
    model.addAttribute("unavailable", unavailable);
    return result;
  }

  /**
   * Whether the filter panel, which folds away on a phone, starts open: while a filter differs from
   * its default ({@code defaults}, blank where missing) or has an error. The words ({@code q})
   * stand outside the panel and the pay unit only qualifies the lowest pay, so neither counts.
   */
  static boolean filtersOpen(
      Map<String, String> params, Map<String, String> defaults, Map<String, String> errors) {
    if (errors.keySet().stream().anyMatch(field -> !"q".equals(field))) {
      return true;
    }
    return params.entrySet().stream()
        .filter(e -> !"q".equals(e.getKey()) && !"payUnit".equals(e.getKey()))
        .anyMatch(e -> !e.getValue().equals(defaults.getOrDefault(e.getKey(), "")));
  }

  /**
   * The query string of {@code params}, with {@code name} replaced by {@code value}; a link that
   * sets the lowest pay leaves the pay unit out (it adds its own).
   */
  static String query(Map<String, String> params, String name, String value) {
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

  static Map<OccupationCategory, List<Occupation>> occupationsByCategory(Occupations occupations) {
    Map<OccupationCategory, List<Occupation>> out = new EnumMap<>(OccupationCategory.class);
    for (Occupation o : occupations.all()) {
      out.computeIfAbsent(o.category(), c -> new ArrayList<>()).add(o);
    }
    return out;
  }

  static String yuan(BigDecimal amount) {
    return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))
        .format(amount);
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static String value(String s) {
    return s == null ? "" : s.strip();
  }
}
