package org.qingsong.matching.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.qingsong.common.Languages;
import org.qingsong.geography.Division;
import org.qingsong.geography.DivisionLevel;
import org.qingsong.geography.Divisions;
import org.qingsong.occupations.Occupation;
import org.qingsong.occupations.Occupations;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names for facet values: job kinds, pay bands, priority groups and seekers' kinds of work from the
 * bundles, the rest from reference data.
 */
@Component
class FacetLabels {
  private final MessageSource messages;
  private final Occupations occupations;
  private final Divisions divisions;

  FacetLabels(MessageSource messages, Occupations occupations, Divisions divisions) {
    this.messages = messages;
    this.occupations = occupations;
    this.divisions = divisions;
  }

  /**
   * Labels of the values that come from the bundles and the occupation list, by language, facet and
   * value: a few hundred at most, fixed while the application runs. Looking one up in fourteen
   * bundles cost more per search than writing the whole answer.
   */
  private final Map<Locale, Map<String, Map<String, String>>> fixed = new ConcurrentHashMap<>();

  String label(String facet, String value, Locale locale) {
    if ("district".equals(facet)) {
      return districtNames().getOrDefault(value, value);
    }
    // Only the supported languages are kept: any other locale a cookie names is looked up each
    // time, so the map cannot grow with what clients send.
    if (!Languages.SUPPORTED.contains(locale)) {
      return lookUp(facet, value, locale);
    }
    Map<String, String> known =
        fixed
            .computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
            .computeIfAbsent(facet, f -> new ConcurrentHashMap<>());
    String label = known.get(value);
    if (label == null) {
      label = lookUp(facet, value, locale);
      if (!label.equals(value)) { // a value without a name yet is asked again next time
        known.put(value, label);
      }
    }
    return label;
  }

  private String lookUp(String facet, String value, Locale locale) {
    return switch (facet) {
      case "kind" -> messages.getMessage("matching.search.kind." + value, null, value, locale);
      case "payBand" ->
          messages.getMessage("matching.search.payBand." + value, null, value, locale);
      case "group" -> messages.getMessage("people.group." + value, null, value, locale);
      case "workKind" -> messages.getMessage("people.seeker.kind." + value, null, value, locale);
      case "occupation" -> occupations.find(value).map(o -> o.name(locale)).orElse(value);
      case "district" -> districtNames().getOrDefault(value, value);
      default -> value;
    };
  }

  private static final long DISTRICTS_TTL_NANOS = 300_000_000_000L;
  private volatile java.util.Map<String, String> districts;
  private volatile long districtsRead;

  /** District names, re-read from the database at most every five minutes. */
  private java.util.Map<String, String> districtNames() {
    java.util.Map<String, String> current = districts;
    if (current == null || System.nanoTime() - districtsRead > DISTRICTS_TTL_NANOS) {
      current =
          divisions.ofLevel(DivisionLevel.DISTRICT).stream()
              .collect(java.util.stream.Collectors.toMap(Division::code, Division::name));
      districts = current;
      districtsRead = System.nanoTime();
    }
    return current;
  }

  String occupation(String code, Locale locale) {
    return occupations.find(code).map((Occupation o) -> o.name(locale)).orElse(code);
  }
}
