package org.qingsong.assistance;

/**
 * A new version of a threshold: {@code areaCode} a district or county (blank for city-wide), {@code
 * figure} a number in the threshold's unit, {@code effectiveFrom} an ISO date, {@code basis}
 * optional. Unchecked until {@link Thresholds#put}.
 */
public record ThresholdForm(String areaCode, String figure, String effectiveFrom, String basis) {}
