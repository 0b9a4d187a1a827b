package org.qingsong.assistance;

/**
 * A member's disability as on the disability card: {@code SEVERE} is grade 1 or 2, {@code MILD}
 * grade 3 or 4. A severe disability counts as no ability to work.
 */
public enum DisabilityLevel {
  NONE,
  MILD,
  SEVERE
}
