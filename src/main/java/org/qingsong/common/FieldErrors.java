package org.qingsong.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Collects the invalid fields of one request so that the user hears about all of them at once, not
 * one per round trip.
 */
public final class FieldErrors {
  private final List<FieldViolation> violations = new ArrayList<>();

  /** Parses a required field with a value type's constructor; records why it failed, if it did. */
  public <T> T parse(String field, String raw, Function<String, T> parser) {
    if (raw == null || raw.isBlank()) {
      violations.add(FieldViolation.of(field, "field.required"));
      return null;
    }
    return parseOptional(field, raw, parser).orElse(null);
  }

  /** Parses an optional field: blank is no value, anything else must be valid. */
  public <T> Optional<T> parseOptional(String field, String raw, Function<String, T> parser) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(raw));
    } catch (InvalidValueException e) {
      violations.add(new FieldViolation(field, e.code(), List.of(e.args())));
      return Optional.empty();
    }
  }

  /** A required text, trimmed, of at most {@code max} characters. */
  public String text(String field, String raw, int max) {
    if (raw == null || raw.isBlank()) {
      violations.add(FieldViolation.of(field, "field.required"));
      return null;
    }
    return optionalText(field, raw, max);
  }

  /** An optional text, trimmed, of at most {@code max} characters; blank becomes null. */
  public String optionalText(String field, String raw, int max) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String value = raw.strip();
    if (value.codePointCount(0, value.length()) > max) {
      violations.add(FieldViolation.of(field, "field.tooLong", max));
      return null;
    }
    return value;
  }

  public void add(String field, String code, Object... args) {
    violations.add(FieldViolation.of(field, code, args));
  }

  public boolean isEmpty() {
    return violations.isEmpty();
  }

  public boolean has(String field) {
    return violations.stream().anyMatch(v -> v.field().equals(field));
  }

  /** Throws when any field was invalid; call it before acting on the parsed values. */
  public void throwIfAny() {
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }
}
