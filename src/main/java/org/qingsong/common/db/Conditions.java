package org.qingsong.common.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A WHERE clause made of only the filters a list query was given, their values bound as named
 * parameters. Catch-all conditions such as {@code (:x IS NULL OR col = :x)} keep H2 and
 * PostgreSQL's generic plans from using indexes; a clause built from the filters present does not.
 * Conditions are fixed SQL text written by the caller; values are never put into the text.
 */
public final class Conditions {
  private final List<String> parts = new ArrayList<>();
  private final Map<String, Object> params = new LinkedHashMap<>();

  /** Adds {@code condition} with {@code value} bound to {@code :name}, unless the value is null. */
  public Conditions add(String condition, String name, Object value) {
    if (value != null) {
      parts.add(condition);
      params.put(name, value);
    }
    return this;
  }

  /**
   * Adds a condition that needs no parameter, or whose parameters are bound with {@link #param}.
   */
  public Conditions add(String condition) {
    parts.add(condition);
    return this;
  }

  /** Binds a parameter that a condition added with {@link #add(String)} refers to. */
  public Conditions param(String name, Object value) {
    params.put(name, value);
    return this;
  }

  /** Whether any condition was added. */
  public boolean isEmpty() {
    return parts.isEmpty();
  }

  /** {@code " WHERE a AND b "}, or a single space when there is no condition. */
  public String where() {
    return parts.isEmpty() ? " " : " WHERE " + String.join(" AND ", parts) + " ";
  }

  /** {@code " AND a AND b "}, for appending to a WHERE clause of fixed conditions. */
  public String and() {
    return parts.isEmpty() ? " " : " AND " + String.join(" AND ", parts) + " ";
  }

  /** The statement with this clause's parameters bound. */
  public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
    return params.isEmpty() ? spec : spec.params(params);
  }
}
