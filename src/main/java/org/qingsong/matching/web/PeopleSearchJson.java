package org.qingsong.matching.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qingsong.matching.PeopleSearchHit;
import org.qingsong.matching.PeopleSearchResult;
import org.qingsong.occupations.PayUnit;

/**
 * The job-seeker search's JSON: the masked name and an age band only, names of occupations, groups
 * and kinds of work in the caller's language, pay in yuan, facets with labels.
 */
final class PeopleSearchJson {
  private PeopleSearchJson() {}

  record AgeBand(int from, Integer to) {}

  record Street(String code, String name) {}

  record Labelled(String code, String name) {}

  record Pay(BigDecimal min, PayUnit unit) {}

  record Item(
      long personId,
      String name,
      AgeBand ageBand,
      Street street,
      String districtCode,
      List<Labelled> occupations,
      List<Labelled> groups,
      List<Labelled> kinds,
      Pay pay,
      OffsetDateTime updatedAt,
      Double distanceKm) {

    static Item of(PeopleSearchHit h, Locale locale, FacetLabels labels) {
      boolean english = locale != null && "en".equals(locale.getLanguage());
      return new Item(
          h.personId(),
          h.maskedName(),
          new AgeBand(h.ageBand().from(), h.ageBand().to()),
          new Street(h.streetCode(), h.streetName()),
          h.districtCode(),
          h.occupations().stream()
              .map(o -> new Labelled(o.code(), english ? o.nameEn() : o.nameZh()))
              .toList(),
          h.groups().stream()
              .map(g -> new Labelled(g.name(), labels.label("group", g.name(), locale)))
              .toList(),
          h.kinds().stream()
              .map(k -> new Labelled(k.name(), labels.label("workKind", k.name(), locale)))
              .toList(),
          new Pay(h.minPay().yuan(), h.payUnit()),
          h.updatedAt(),
          h.distanceKm());
    }
  }

  record Page(
      List<Item> items,
      int page,
      int size,
      long total,
      Map<String, List<SearchJson.FacetValue>> facets) {}

  /** Facet names in a stable order. */
  static final List<String> FACETS = List.of("occupation", "group", "district");

  static Page of(PeopleSearchResult r, Locale locale, FacetLabels labels) {
    Map<String, List<SearchJson.FacetValue>> facets = new LinkedHashMap<>();
    for (String name : FACETS) {
      facets.put(
          name,
          r.facets().getOrDefault(name, List.of()).stream()
              .map(
                  v ->
                      new SearchJson.FacetValue(
                          v.value(), labels.label(name, v.value(), locale), v.count()))
              .toList());
    }
    return new Page(
        r.items().stream().map(h -> Item.of(h, locale, labels)).toList(),
        r.page(),
        r.size(),
        r.total(),
        facets);
  }
}
