package org.qingsong.geography;

/** The fields of a station as an administrator enters them; validated by {@link Stations}. */
public record StationDraft(
    String name,
    String kind,
    String streetCode,
    String communityCode,
    String address,
    Double lat,
    Double lng,
    String openingHours,
    String phone) {}
