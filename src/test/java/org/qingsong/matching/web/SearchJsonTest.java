package org.qingsong.matching.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingsong.common.Money;
import org.qingsong.jobs.JobKind;
import org.qingsong.matching.JobSearchHit;
import org.qingsong.matching.JobSearchResult;
import org.qingsong.matching.SearchFacetValue;
import org.qingsong.occupations.PayUnit;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The streamed search answer against the same document built as records and serialised by a mapper
 * set up as the application's (absent values left out): the same bytes for whole and fractional
 * yuan, missing amounts, times with and without fractions of a second, in any offset, with and
 * without a distance, in both languages.
 */
class SearchJsonTest {
  private final JsonMapper mapper =
      JsonMapper.builder()
          .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
          .build();

  /** Labels without the bundles: the facet, the language and the value. */
  private final FacetLabels labels =
      new FacetLabels(null, null, null) {
        @Override
        String label(String facet, String value, Locale locale) {
          return facet + "/" + locale.getLanguage() + "/" + value + "·标签";
        }
      };

  @Test
  void theStreamedAnswerIsTheMappersDocumentByteForByte() {
    JobSearchResult result =
        new JobSearchResult(
            List.of(
                hit(
                    1,
                    580_000,
                    610_000L,
                    OffsetDateTime.parse("2026-11-27T10:54:23.733+08:00"),
                    1.25),
                hit(2, 3_550, 4_001L, OffsetDateTime.parse("2026-11-27T10:54:23+08:00"), null),
                hit(3, 0, 1_999_999L, OffsetDateTime.parse("2026-01-02T03:04:05.123456789Z"), 0.0),
                hit(
                    4,
                    10,
                    100L,
                    OffsetDateTime.of(2026, 5, 6, 7, 8, 0, 0, ZoneOffset.ofHours(-5)),
                    3.5),
                new JobSearchHit(
                    5,
                    "无名",
                    9,
                    null,
                    "X",
                    "无",
                    "None",
                    null,
                    new Money(0),
                    new Money(0),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    false)),
            2,
            20,
            45,
            Map.of(
                "kind", List.of(new SearchFacetValue("FULL_TIME", 30)),
                "payBand", List.of(new SearchFacetValue("3000_5000", 12)),
                "district",
                    List.of(new SearchFacetValue("430202", 7), new SearchFacetValue("430203", 2))));
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      String expected = mapper.writeValueAsString(SearchJson.of(result, locale, labels));
      assertThat(streamed(result, locale)).isEqualTo(expected);
    }
    assertThat(streamed(result, Locale.SIMPLIFIED_CHINESE))
        .contains("\"min\":5800,\"max\":6100,", "\"min\":35.5,\"max\":40.01,")
        .contains("\"publishedAt\":\"2026-11-27T10:54:23.733+08:00\"")
        .contains("\"publishedAt\":\"2026-11-27T10:54:23+08:00\"")
        .contains("\"name\":\"住家保姆\"")
        .contains("\"occupation\":[]");
    assertThat(streamed(result, Locale.ENGLISH)).contains("\"name\":\"Live-in nanny\"");
  }

  private String streamed(JobSearchResult result, Locale locale) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = mapper.createGenerator(out)) {
      SearchJson.write(result, locale, labels, g);
    }
    return out.toString();
  }

  private static JobSearchHit hit(
      long id, long minFen, Long maxFen, OffsetDateTime published, Double distanceKm) {
    return new JobSearchHit(
        id,
        "住家保姆 " + id,
        100 + id,
        "株洲\"家政\"服务有限公司",
        "HS002",
        "住家保姆",
        "Live-in nanny",
        JobKind.FULL_TIME,
        new Money(minFen),
        maxFen == null ? null : new Money(maxFen),
        PayUnit.MONTH,
        "430203005",
        "庆云街道",
        "430203",
        published,
        distanceKm,
        id % 2 == 0);
  }
}
