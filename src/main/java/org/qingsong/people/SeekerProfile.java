package org.qingsong.people;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.qingsong.common.Money;
import org.qingsong.occupations.PayUnit;

/**
 * A job seeker as matching sees them (DESIGN §6): wanted occupations (codes of the occupation list,
 * most wanted first), the least pay they accept, how far they travel, the hours of the week they
 * can work, the kinds of work they take, where they live; plus, from their person record, the
 * street, priority groups and certificate names. Returned by {@link JobSeekers#get} and streamed by
 * {@link JobSeekers#forEachActive}.
 */
public record SeekerProfile(
    long personId,
    boolean active,
    List<String> occupationCodes,
    Money minPay,
    PayUnit payUnit,
    double maxDistanceKm,
    WeeklyAvailability availability,
    Set<WorkKind> kinds,
    double lat,
    double lng,
    String streetCode,
    List<PriorityGroup> priorityGroups,
    List<String> certificates,
    OffsetDateTime updatedAt,
    String updatedBy) {

  public SeekerProfile {
    occupationCodes = List.copyOf(occupationCodes);
    kinds = Set.copyOf(kinds);
    priorityGroups = List.copyOf(priorityGroups);
    certificates = List.copyOf(certificates);
  }

  public boolean accepts(WorkKind kind) {
    return kinds.contains(kind);
  }
}
