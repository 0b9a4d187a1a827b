package org.qingsong.common;

import java.util.List;

/**
 * Thrown by a value type's constructor when the raw input is not a valid value. Carries a message
 * code (resolved against {@code messages*.properties}) rather than text, so that the caller's
 * language decides the wording.
 */
public class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final transient List<Object> args;

  public InvalidValueException(String code, Object... args) {
    super(code);
    this.code = code;
    this.args = List.of(args);
  }

  public String code() {
    return code;
  }

  public Object[] args() {
    return args.toArray();
  }
}
