package org.qingsong.geography;

/** An employment service station or gig station, with its public contact details. */
public record Station(
    long id,
    String name,
    StationKind kind,
    String streetCode,
    String streetName,
    String communityCode,
    String address,
    double lat,
    double lng,
    String openingHours,
    String phone) {}
