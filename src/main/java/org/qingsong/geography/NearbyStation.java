package org.qingsong.geography;

/** A station with the walking distance and time to it from a given point. */
public record NearbyStation(
    Station station, long walkingMeters, double walkingMinutes, boolean withinTenMinutes) {}
