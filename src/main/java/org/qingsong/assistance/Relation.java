package org.qingsong.assistance;

/** A member's relation to the applicant. */
public enum Relation {
  SELF,
  SPOUSE,
  CHILD,
  PARENT,
  SIBLING,
  OTHER
}
