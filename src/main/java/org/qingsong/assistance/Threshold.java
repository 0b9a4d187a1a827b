package org.qingsong.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One version of a threshold, city-wide (area code of the city) or for one district or county.
 *
 * @param basis where the figure comes from (a notice's number, or "project default")
 */
public record Threshold(
    long id,
    ThresholdName name,
    String areaCode,
    BigDecimal figure,
    LocalDate effectiveFrom,
    String basis,
    OffsetDateTime recordedAt,
    String recordedBy) {

  RuleVersion version() {
    return new RuleVersion(name.name(), areaCode, effectiveFrom, figure.stripTrailingZeros());
  }
}
