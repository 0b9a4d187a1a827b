package org.qingsong.assistance;

/** A member's employment situation as declared or as monitoring learnt it. */
public enum Employment {
  EMPLOYED,
  UNEMPLOYED,
  STUDENT,
  RETIRED,
  UNABLE
}
