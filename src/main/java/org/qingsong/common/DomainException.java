package org.qingsong.common;

import java.util.List;

/**
 * A request that is well formed but cannot be carried out. The kind decides the HTTP status (404,
 * 409, 403); the message code and arguments decide the localised text.
 */
public class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, in the terms of RFC 9457 problem types. */
  public enum Kind {
    NOT_FOUND,
    CONFLICT,
    FORBIDDEN
  }

  private final Kind kind;
  private final String code;
  private final transient List<Object> args;

  public DomainException(Kind kind, String code, Object... args) {
    super(code);
    this.kind = kind;
    this.code = code;
    this.args = List.of(args);
  }

  public static DomainException notFound(String code, Object... args) {
    return new DomainException(Kind.NOT_FOUND, code, args);
  }

  public static DomainException conflict(String code, Object... args) {
    return new DomainException(Kind.CONFLICT, code, args);
  }

  public static DomainException forbidden(String code, Object... args) {
    return new DomainException(Kind.FORBIDDEN, code, args);
  }

  public Kind kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  public Object[] args() {
    return args.toArray();
  }
}
