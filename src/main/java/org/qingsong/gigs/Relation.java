package org.qingsong.gigs;

/** Who the care recipient is to the customer who orders for them. */
public enum Relation {
  SELF,
  PARENT,
  GRANDPARENT,
  SPOUSE,
  CHILD,
  RELATIVE,
  OTHER
}
