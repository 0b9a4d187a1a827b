package org.qingsong.people;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import org.qingsong.common.Gender;

/** A person as lists and pages show them: the ID number and phone masked. */
public record PersonView(
    long id,
    String name,
    String idNumber,
    String phone,
    Gender gender,
    LocalDate birthDate,
    int age,
    String streetCode,
    String streetName,
    String communityCode,
    List<PriorityGroup> priorityGroups,
    List<String> skills,
    List<Certificate> certificates,
    OffsetDateTime registeredAt,
    String registeredBy) {

  public static PersonView of(Person p, LocalDate today) {
    return new PersonView(
        p.id(),
        p.name(),
        p.idNumber().masked(),
        p.phone().masked(),
        p.gender(),
        p.birthDate(),
        Period.between(p.birthDate(), today).getYears(),
        p.streetCode(),
        p.streetName(),
        p.communityCode(),
        p.priorityGroups(),
        p.skills(),
        p.certificates(),
        p.registeredAt(),
        p.registeredBy());
  }
}
