package org.qingsong.common;

import java.util.List;

/** One invalid field of a request: the field's name and a message code with its arguments. */
public record FieldViolation(String field, String code, List<Object> args) {
  public FieldViolation {
    args = List.copyOf(args);
  }

  public static FieldViolation of(String field, String code, Object... args) {
    return new FieldViolation(field, code, List.of(args));
  }
}
