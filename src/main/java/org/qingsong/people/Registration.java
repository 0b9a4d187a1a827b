package org.qingsong.people;

import java.time.OffsetDateTime;
import java.util.List;
import org.qingsong.common.IdNumber;
import org.qingsong.common.PhoneNumber;

/** A validated registration of a person, ready to store: everything but the generated id. */
public record Registration(
    String name,
    IdNumber idNumber,
    PhoneNumber phone,
    String streetCode,
    String communityCode,
    List<PriorityGroup> priorityGroups,
    List<String> skills,
    List<Certificate> certificates,
    OffsetDateTime at,
    String by) {

  public Registration {
    priorityGroups = List.copyOf(priorityGroups);
    skills = List.copyOf(skills);
    certificates = List.copyOf(certificates);
  }
}
