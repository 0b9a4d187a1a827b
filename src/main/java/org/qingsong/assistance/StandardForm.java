package org.qingsong.assistance;

/**
 * A new version of a standard as an administrator sends it: {@code areaType} URBAN or RURAL, {@code
 * monthlyAmount} in yuan per person, {@code effectiveFrom} an ISO date, {@code basis} optional (the
 * notice it comes from). Unchecked until {@link Standards#put}.
 */
public record StandardForm(
    String areaType, String monthlyAmount, String effectiveFrom, String basis) {}
