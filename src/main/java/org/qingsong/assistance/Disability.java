package org.qingsong.assistance;

/** A member's disability as declared (the grade on the disability card, in two bands). */
public enum Disability {
  NONE,
  MILD,
  SEVERE
}
