package org.qingsong.gigs;

import java.time.LocalDate;
import java.util.List;

/**
 * A change to a worker's weekly hours on one date: no ranges means the worker is not available that
 * day at all; ranges are extra hours on top of the week's.
 */
public record DateException(LocalDate date, List<TimeRange> ranges) {
  public DateException {
    ranges = List.copyOf(ranges);
  }

  public boolean dayOff() {
    return ranges.isEmpty();
  }
}
