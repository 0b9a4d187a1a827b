package org.qingsong.gigs;

/** How well a care recipient gets about, so that the worker comes prepared. */
public enum Mobility {
  INDEPENDENT,
  WALKING_AID,
  WHEELCHAIR,
  BEDRIDDEN
}
