package org.qingsong.assistance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.qingsong.common.Money;

/**
 * One version of the minimum-living-allowance standard (低保标准) of a district or county: so much per
 * person per month under the urban or the rural standard, from a date until the next version.
 *
 * @param basis where the figure comes from (a notice's number, or "project default")
 */
public record AllowanceStandard(
    long id,
    String areaCode,
    AreaType areaType,
    Money monthlyAmount,
    LocalDate effectiveFrom,
    String basis,
    OffsetDateTime recordedAt,
    String recordedBy) {

  RuleVersion version() {
    return new RuleVersion(
        "STANDARD_" + areaType.name(), areaCode, effectiveFrom, monthlyAmount.yuan());
  }
}
