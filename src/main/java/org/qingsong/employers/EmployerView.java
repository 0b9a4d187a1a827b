package org.qingsong.employers;

import java.time.OffsetDateTime;

/** An employer as lists, pages and the API show it: the contact phone masked. */
public record EmployerView(
    long id,
    String name,
    String creditCode,
    EmployerKind kind,
    String streetCode,
    String streetName,
    String districtCode,
    String address,
    String contactName,
    String contactPhone,
    Verification verification,
    OffsetDateTime registeredAt,
    String registeredBy) {

  public static EmployerView of(Employer e) {
    return new EmployerView(
        e.id(),
        e.name(),
        e.creditCode().value(),
        e.kind(),
        e.streetCode(),
        e.streetName(),
        e.districtCode(),
        e.address(),
        e.contactName(),
        e.contactPhone() == null ? null : e.contactPhone().masked(),
        e.verification(),
        e.registeredAt(),
        e.registeredBy());
  }
}
