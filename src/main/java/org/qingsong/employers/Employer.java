package org.qingsong.employers;

import java.time.OffsetDateTime;
import org.qingsong.common.CreditCode;
import org.qingsong.common.PhoneNumber;

/**
 * A registered employer. {@code address}, {@code contactName} and {@code contactPhone} are null
 * when not given; the phone is a value type so that it is never serialised raw.
 */
public record Employer(
    long id,
    String name,
    CreditCode creditCode,
    EmployerKind kind,
    String streetCode,
    String streetName,
    String districtCode,
    String address,
    String contactName,
    PhoneNumber contactPhone,
    Verification verification,
    OffsetDateTime registeredAt,
    String registeredBy) {}
