package org.qingsong.geography;

/**
 * An administrative division. {@code lat}/{@code lng} is a representative point (null when none is
 * known); {@code locationSynthetic} says the point was generated, not surveyed.
 */
public record Division(
    String code,
    String name,
    DivisionLevel level,
    String parentCode,
    Double lat,
    Double lng,
    boolean locationSynthetic) {}
