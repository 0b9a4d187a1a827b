package org.qingsong.employers;

import java.util.Objects;
import org.qingsong.common.CreditCode;
import org.qingsong.common.PhoneNumber;

/**
 * A validated employer, ready to store: everything but the generated id and the registration stamp.
 * {@code address}, {@code contactName} and {@code contactPhone} may be null.
 */
public record NewEmployer(
    String name,
    CreditCode creditCode,
    EmployerKind kind,
    String streetCode,
    String address,
    String contactName,
    PhoneNumber contactPhone,
    Verification verification) {

  public NewEmployer {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(creditCode, "creditCode");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(streetCode, "streetCode");
    Objects.requireNonNull(verification, "verification");
    if (name.isBlank() || name.codePointCount(0, name.length()) > Employers.MAX_NAME) {
      throw new IllegalArgumentException("name must be 1 to " + Employers.MAX_NAME + " characters");
    }
  }
}
