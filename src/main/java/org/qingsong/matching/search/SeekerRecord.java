package org.qingsong.matching.search;

import java.time.OffsetDateTime;
import java.util.List;
import org.qingsong.people.PriorityGroup;
import org.qingsong.people.WorkKind;

/**
 * An active job seeker as the index needs them: the profile joined with the parts of the person
 * record staff search by. No name, ID number, phone or birth date: the index never holds them.
 * {@code lat}/{@code lng} are the profile's home point (the person's own, else their community's or
 * street's representative point).
 */
public record SeekerRecord(
    long personId,
    List<String> occupationCodes,
    List<WorkKind> kinds,
    List<PriorityGroup> groups,
    List<String> skills,
    List<String> certificates,
    String streetCode,
    String streetName,
    String districtCode,
    double lat,
    double lng,
    long minPayFen,
    String payUnit,
    OffsetDateTime updatedAt) {}
