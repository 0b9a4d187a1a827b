package org.qingsong.matching.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qingsong.common.Money;
import org.qingsong.jobs.JobKind;
import org.qingsong.matching.JobSearchHit;
import org.qingsong.matching.JobSearchResult;
import org.qingsong.matching.SearchFacetValue;
import org.qingsong.occupations.PayUnit;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

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
   * busiest path spends no time building the records and looking up their serialisers. Names are
   * encoded once; the time is formatted as the mapper formats it ({@link
   * DateTimeFormatter#ISO_OFFSET_DATE_TIME}, the zone kept); whole yuan are written as integers.
   */
  static void write(JobSearchResult r, Locale locale, FacetLabels labels, JsonGenerator g) {
    boolean english = locale != null && "en".equals(locale.getLanguage());
    g.writeStartObject();
    g.writeName(ITEMS);
    g.writeStartArray();
    for (JobSearchHit h : r.items()) {
      g.writeStartObject();
      g.writeName(ID);
      g.writeNumber(h.id());
      string(g, TITLE, h.title());
      g.writeName(EMPLOYER);
      g.writeStartObject();
      g.writeName(ID);
      g.writeNumber(h.employerId());
      string(g, NAME, h.employerName());
      g.writeEndObject();
      g.writeName(OCCUPATION);
      g.writeStartObject();
      string(g, CODE, h.occupationCode());
      string(g, NAME, english ? h.occupationNameEn() : h.occupationNameZh());
      g.writeEndObject();
      if (h.kind() != null) {
        string(g, KIND, h.kind().name());
      }
      g.writeName(PAY);
      g.writeStartObject();
      money(g, MIN, h.payMin());
      money(g, MAX, h.payMax());
      if (h.payUnit() != null) {
        string(g, UNIT, h.payUnit().name());
      }
      g.writeEndObject();
      g.writeName(STREET);
      g.writeStartObject();
      string(g, CODE, h.streetCode());
      string(g, NAME, h.streetName());
      g.writeEndObject();
      string(g, DISTRICT_CODE, h.districtCode());
      if (h.publishedAt() != null) {
        string(g, PUBLISHED_AT, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(h.publishedAt()));
      }
      if (h.distanceKm() != null) {
        g.writeName(DISTANCE_KM);
        g.writeNumber(h.distanceKm());
        g.writeName(LOCATION_APPROXIMATE);
        g.writeBoolean(h.locationApproximate());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeName(PAGE);
    g.writeNumber(r.page());
    g.writeName(SIZE);
    g.writeNumber(r.size());
    g.writeName(TOTAL);
    g.writeNumber(r.total());
    g.writeName(FACETS_NAME);
    g.writeStartObject();
    for (int f = 0; f < FACETS.size(); f++) {
      String name = FACETS.get(f);
      g.writeName(FACET_NAMES[f]);
      g.writeStartArray();
      for (SearchFacetValue v : r.facets().getOrDefault(name, List.of())) {
        g.writeStartObject();
        string(g, VALUE, v.value());
        string(g, LABEL, labels.label(name, v.value(), locale));
        g.writeName(COUNT);
        g.writeNumber(v.count());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static final SerializableString ITEMS = new SerializedString("items");
  private static final SerializableString ID = new SerializedString("id");
  private static final SerializableString TITLE = new SerializedString("title");
  private static final SerializableString EMPLOYER = new SerializedString("employer");
  private static final SerializableString NAME = new SerializedString("name");
  private static final SerializableString OCCUPATION = new SerializedString("occupation");
  private static final SerializableString CODE = new SerializedString("code");
  private static final SerializableString KIND = new SerializedString("kind");
  private static final SerializableString PAY = new SerializedString("pay");
  private static final SerializableString MIN = new SerializedString("min");
  private static final SerializableString MAX = new SerializedString("max");
  private static final SerializableString UNIT = new SerializedString("unit");
  private static final SerializableString STREET = new SerializedString("street");
  private static final SerializableString DISTRICT_CODE = new SerializedString("districtCode");
  private static final SerializableString PUBLISHED_AT = new SerializedString("publishedAt");
  private static final SerializableString DISTANCE_KM = new SerializedString("distanceKm");
  private static final SerializableString LOCATION_APPROXIMATE =
      new SerializedString("locationApproximate");
  private static final SerializableString PAGE = new SerializedString("page");
  private static final SerializableString SIZE = new SerializedString("size");
  private static final SerializableString TOTAL = new SerializedString("total");
  private static final SerializableString FACETS_NAME = new SerializedString("facets");
  private static final SerializableString VALUE = new SerializedString("value");
  private static final SerializableString LABEL = new SerializedString("label");
  private static final SerializableString COUNT = new SerializedString("count");
  private static final SerializableString[] FACET_NAMES =
      FACETS.stream().map(SerializedString::new).toArray(SerializableString[]::new);

  /** An amount in yuan, as the mapper writes {@link Money#yuan()}: whole yuan without decimals. */
  private static void money(JsonGenerator g, SerializableString name, Money amount) {
    if (amount == null) {
      return;
    }
    g.writeName(name);
    if (amount.fen() % 100 == 0) {
      g.writeNumber(amount.fen() / 100);
    } else {
      g.writeNumber(amount.yuan());
    }
  }

  private static void string(JsonGenerator g, SerializableString name, String value) {
    if (value != null) {
      g.writeName(name);
      g.writeString(value);
    }
  }
}
