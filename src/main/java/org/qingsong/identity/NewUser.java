package org.qingsong.identity;

/** A user account to create; the binding fields that its role needs must be set. */
public record NewUser(
    String username,
    String password,
    Role role,
    String displayName,
    Long stationId,
    String streetCode,
    String districtCode,
    Long employerId,
    Long personId) {}
