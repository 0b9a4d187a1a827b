package org.qingsong.matching.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qingsong.jobs.JobKind;
import org.qingsong.matching.JobSearchHit;
import org.qingsong.matching.JobSearchResult;
import org.qingsong.occupations.PayUnit;

/** The search API's JSON: pay in yuan, names in the caller's language, facets with labels. */
final class SearchJson {
  private SearchJson() {}

  record Employer(long id, String name) {}

  record Occupation(String code, String name) {}

  record Pay(BigDecimal min, BigDecimal max, PayUnit unit) {}

  record Street(String code, String name) {}

  record Item(
      long id,
      String title,
      Employer employer,
      Occupation occupation,
      JobKind kind,
      Pay pay,
      Street street,
      String districtCode,
      OffsetDateTime publishedAt,
      Double distanceKm,
      Boolean locationApproximate) {

    static Item of(JobSearchHit h, Locale locale) {
      boolean english = locale != null && "en".equals(locale.getLanguage());
      return new Item(
          h.id(),
          h.title(),
          new Employer(h.employerId(), h.employerName()),
          new Occupation(h.occupationCode(), english ? h.occupationNameEn() : h.occupationNameZh()),
          h.kind(),
          new Pay(h.payMin().yuan(), h.payMax().yuan(), h.payUnit()),
          new Street(h.streetCode(), h.streetName()),
          h.districtCode(),
          h.publishedAt(),
          h.distanceKm(),
          h.distanceKm() == null ? null : h.locationApproximate());
    }
  }

  record FacetValue(String value, String label, long count) {}

  record Page(
      List<Item> items, int page, int size, long total, Map<String, List<FacetValue>> facets) {}

  /** Facet names in a stable order. */
  static final List<String> FACETS = List.of("kind", "occupation", "district", "payBand");

  static Page of(JobSearchResult r, Locale locale, FacetLabels labels) {
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (String name : FACETS) {
      facets.put(
          name,
          r.facets().getOrDefault(name, List.of()).stream()
              .map(v -> new FacetValue(v.value(), labels.label(name, v.value(), locale), v.count()))
              .toList());
    }
    return new Page(
        r.items().stream().map(h -> Item.of(h, locale)).toList(),
        r.page(),
        r.size(),
        r.total(),
        facets);
  }
}
