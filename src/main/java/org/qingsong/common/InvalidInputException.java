package org.qingsong.common;

import java.util.List;

/** A request whose fields failed validation; answered with 400 and one entry per field. */
public class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<FieldViolation> violations;

  public InvalidInputException(List<FieldViolation> violations) {
    super("invalid input: " + violations);
    this.violations = List.copyOf(violations);
  }

  public static InvalidInputException of(String field, String code, Object... args) {
    return new InvalidInputException(List.of(FieldViolation.of(field, code, args)));
  }

  public List<FieldViolation> violations() {
    return violations;
  }
}
