package org.qingsong.gigs;

/**
 * How a service's guide price is meant: per hour of the visit, or per visit whatever its length.
 */
public enum PriceUnit {
  HOUR,
  VISIT
}
