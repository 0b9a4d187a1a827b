package org.qingsong.geography;

/** The tiers of administrative division the city uses. */
public enum DivisionLevel {
  PROVINCE,
  CITY,
  DISTRICT,
  STREET,
  COMMUNITY
}
