package org.qingsong.gigs;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One day's dispatch: the visits to plan (waiting or assigned but not started; some pinned), the
 * workers who could take them, the bookings the plan cannot change (visits outside the problem:
 * started ones, other streets', neighbouring days), and the travel buffer between two visits; the
 * workers who served each recipient in the weeks before ({@code formerCarers}, by recipient id),
 * and the time a searching dispatcher may take ({@code timeBudget}, null for its own default).
 */
public record DispatchProblem(
    LocalDate date,
    List<VisitSlot> visits,
    List<Worker> workers,
    List<Booking> fixedBookings,
    Duration travelBuffer,
    Map<Long, Set<Long>> formerCarers,
    Duration timeBudget) {

  public DispatchProblem {
    visits = List.copyOf(visits);
    workers = List.copyOf(workers);
    fixedBookings = List.copyOf(fixedBookings);
    Map<Long, Set<Long>> carers = new HashMap<>();
    formerCarers.forEach((recipient, ids) -> carers.put(recipient, Set.copyOf(ids)));
    formerCarers = Map.copyOf(carers);
  }

  /** A problem without carer history, for the dispatcher's own time budget. */
  public DispatchProblem(
      LocalDate date,
      List<VisitSlot> visits,
      List<Worker> workers,
      List<Booking> fixedBookings,
      Duration travelBuffer) {
    this(date, visits, workers, fixedBookings, travelBuffer, Map.of(), null);
  }
}
