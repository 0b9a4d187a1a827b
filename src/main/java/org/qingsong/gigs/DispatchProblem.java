package org.qingsong.gigs;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * One day's dispatch: the visits to plan (waiting or assigned but not started; some pinned), the
 * workers who could take them, the bookings the plan cannot change (visits outside the problem:
 * started ones, other streets', neighbouring days), and the travel buffer between two visits.
 */
public record DispatchProblem(
    LocalDate date,
    List<VisitSlot> visits,
    List<Worker> workers,
    List<Booking> fixedBookings,
    Duration travelBuffer) {

  public DispatchProblem {
    visits = List.copyOf(visits);
    workers = List.copyOf(workers);
    fixedBookings = List.copyOf(fixedBookings);
  }
}
