package org.qingsong.people;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.qingsong.common.Gender;
import org.qingsong.common.IdNumber;
import org.qingsong.common.PhoneNumber;

/** A registered resident, with the personal numbers as value types (never serialised raw). */
public record Person(
    long id,
    String name,
    IdNumber idNumber,
    PhoneNumber phone,
    Gender gender,
    LocalDate birthDate,
    String streetCode,
    String streetName,
    String districtCode,
    String communityCode,
    List<PriorityGroup> priorityGroups,
    List<String> skills,
    List<Certificate> certificates,
    OffsetDateTime registeredAt,
    String registeredBy) {

  public Person {
    priorityGroups = List.copyOf(priorityGroups);
    skills = List.copyOf(skills);
    certificates = List.copyOf(certificates);
  }
}
