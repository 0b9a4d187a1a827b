package org.qingsong.identity;

import java.time.OffsetDateTime;

/** A user account as listed to administrators (never with its password hash). */
public record UserAccount(
    long id,
    String username,
    Role role,
    String displayName,
    Long stationId,
    String streetCode,
    String districtCode,
    Long employerId,
    Long personId,
    boolean enabled,
    OffsetDateTime createdAt) {}
