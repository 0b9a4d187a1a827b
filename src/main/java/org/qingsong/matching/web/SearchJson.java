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
import org.qingsong.matching.SearchFacetValue;
import org.qingsong.occupations.PayUnit;
import tools.jackson.core.JsonGenerator;

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

  /**
   * Writes the same document as {@link #of} serialised by the application's mapper, field for field
   * and in the same order (absent values left out), straight from the result: the job search's
   * busiest path spends no time building the records and looking up their serialisers.
   */
  static void write(JobSearchResult r, Locale locale, FacetLabels labels, JsonGenerator g) {
    boolean english = locale != null && "en".equals(locale.getLanguage());
    g.writeStartObject();
    g.writeName("items");
    g.writeStartArray();
    for (JobSearchHit h : r.items()) {
      g.writeStartObject();
      g.writeNumberProperty("id", h.id());
      string(g, "title", h.title());
      g.writeName("employer");
      g.writeStartObject();
      g.writeNumberProperty("id", h.employerId());
      string(g, "name", h.employerName());
      g.writeEndObject();
      g.writeName("occupation");
      g.writeStartObject();
      string(g, "code", h.occupationCode());
      string(g, "name", english ? h.occupationNameEn() : h.occupationNameZh());
      g.writeEndObject();
      if (h.kind() != null) {
        g.writeStringProperty("kind", h.kind().name());
      }
      g.writeName("pay");
      g.writeStartObject();
      if (h.payMin() != null) {
        g.writeName("min");
        g.writeNumber(h.payMin().yuan());
      }
      if (h.payMax() != null) {
        g.writeName("max");
        g.writeNumber(h.payMax().yuan());
      }
      if (h.payUnit() != null) {
        g.writeStringProperty("unit", h.payUnit().name());
      }
      g.writeEndObject();
      g.writeName("street");
      g.writeStartObject();
      string(g, "code", h.streetCode());
      string(g, "name", h.streetName());
      g.writeEndObject();
      string(g, "districtCode", h.districtCode());
      if (h.publishedAt() != null) {
        g.writeName("publishedAt");
        g.writePOJO(h.publishedAt());
      }
      if (h.distanceKm() != null) {
        g.writeName("distanceKm");
        g.writeNumber(h.distanceKm());
        g.writeBooleanProperty("locationApproximate", h.locationApproximate());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberProperty("page", r.page());
    g.writeNumberProperty("size", r.size());
    g.writeNumberProperty("total", r.total());
    g.writeName("facets");
    g.writeStartObject();
    for (String name : FACETS) {
      g.writeName(name);
      g.writeStartArray();
      for (SearchFacetValue v : r.facets().getOrDefault(name, List.of())) {
        g.writeStartObject();
        string(g, "value", v.value());
        string(g, "label", labels.label(name, v.value(), locale));
        g.writeNumberProperty("count", v.count());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void string(JsonGenerator g, String name, String value) {
    if (value != null) {
      g.writeStringProperty(name, value);
    }
  }
}
