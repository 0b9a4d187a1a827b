package org.qingsong.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One rule as it stood on the assessment date: its name ({@code STANDARD_URBAN}, {@code
 * STANDARD_RURAL} or a {@link ThresholdName}), the area it was set for (a district or county, or
 * the city for city-wide thresholds), the date it took effect and its figure (yuan for a standard).
 */
public record RuleVersion(
    String rule, String areaCode, LocalDate effectiveFrom, BigDecimal figure) {}
