package org.qingsong.matching.dispatch;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.GeoPoint;
import org.qingsong.gigs.Booking;
import org.qingsong.gigs.DispatchPlan;
import org.qingsong.gigs.DispatchProblem;
import org.qingsong.gigs.TimeRange;
import org.qingsong.gigs.VisitSlot;
import org.qingsong.gigs.Worker;

/**
 * Turns the gig module's {@link DispatchProblem} into the solver's {@link DispatchSchedule}: times
 * as minutes from midnight of the day, each visit's qualified and possible workers worked out once,
 * pinned visits with their worker, the others started from a warm-start plan.
 */
public final class ScheduleBuilder {
  private ScheduleBuilder() {}

  public static DispatchSchedule build(
      DispatchProblem problem, Set<Long> priorityWorkerIds, DispatchPlan warmStart) {
    OffsetDateTime midnight = problem.date().atStartOfDay(BusinessTime.ZONE).toOffsetDateTime();
    int buffer = (int) problem.travelBuffer().toMinutes();
    Map<Long, Integer> bookedThatDay = new HashMap<>();
    List<FixedBooking> fixed = new ArrayList<>();
    for (Booking b : problem.fixedBookings()) {
      fixed.add(
          new FixedBooking(
              b.visitId(),
              b.workerId(),
              minute(midnight, b.blockedFrom()),
              minute(midnight, b.blockedUntil())));
      if (b.startsAt().atZoneSameInstant(BusinessTime.ZONE).toLocalDate().equals(problem.date())) {
        bookedThatDay.merge(b.workerId(), b.minutes(), Integer::sum);
      }
    }
    Map<Long, DispatchWorker> workers = new HashMap<>();
    List<DispatchWorker> workerList = new ArrayList<>();
    for (Worker w : problem.workers()) {
      List<int[]> ranges = new ArrayList<>();
      for (TimeRange r : w.availability().on(problem.date())) {
        ranges.add(new int[] {r.fromMinute(), r.toMinute()});
      }
      DispatchWorker dw =
          new DispatchWorker(
              w.id(),
              w.home(),
              ranges,
              w.maxMinutesPerDay(),
              bookedThatDay.getOrDefault(w.id(), 0),
              priorityWorkerIds.contains(w.id()));
      workers.put(w.id(), dw);
      workerList.add(dw);
    }
    List<DispatchVisit> visits = new ArrayList<>();
    for (VisitSlot v : problem.visits()) {
      int start = minute(midnight, v.startsAt());
      int end = minute(midnight, v.endsAt());
      Set<Long> qualified = new HashSet<>();
      List<DispatchWorker> possible = new ArrayList<>();
      for (Worker w : problem.workers()) {
        if (w.active() && w.offers(v.service().code()) && w.qualifiedOn(v.service(), v.date())) {
          qualified.add(w.id());
          DispatchWorker dw = workers.get(w.id());
          if (dw.availableFor(start, end) && end - start + dw.fixedMinutes() <= dw.maxMinutes()) {
            possible.add(dw);
          }
        }
      }
      Long chosen =
          v.pinned() ? v.currentWorkerId() : warmStart.workerFor(v.visitId()).orElse(null);
      List<DispatchWorker> candidates =
          withinReach(
              possible, v.location(), end - start, chosen == null ? null : workers.get(chosen));
      visits.add(
          new DispatchVisit(
              v.visitId(),
              start,
              end,
              buffer,
              v.location(),
              v.recipientId(),
              qualified,
              candidates,
              problem.formerCarers().getOrDefault(v.recipientId(), Set.of()),
              chosen == null ? null : workers.get(chosen),
              v.pinned() && chosen != null && workers.containsKey(chosen)));
    }
    dropTravelClashes(visits);
    TravelMatrix.attach(workerList, visits);
    return new DispatchSchedule(workerList, fixed, visits);
  }

  /**
   * The workers a visit may go to: those living within {@link #REACH_METERS} of it, and in any case
   * the {@link #NEAREST} nearest, nearest first, plus the worker it starts with. Sending a worker
   * across the city for an hour's visit is never a good plan, and a short list lets the search try
   * the plans that are.
   */
  static List<DispatchWorker> withinReach(
      List<DispatchWorker> possible, GeoPoint where, int minutes, DispatchWorker current) {
    long reach = Math.max(REACH_METERS, minutes * REACH_METERS_PER_MINUTE);
    int nearest = NEAREST + minutes / NEAREST_MINUTES;
    int n = possible.size();
    long[] keyed = new long[n];
    for (int i = 0; i < n; i++) {
      keyed[i] = TravelModel.meters(possible.get(i).home(), where) << 20 | i;
    }
    java.util.Arrays.sort(keyed);
    List<DispatchWorker> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long meters = keyed[i] >>> 20;
      if (i >= nearest && meters > reach) {
        break;
      }
      out.add(possible.get((int) (keyed[i] & 0xFFFFF)));
    }
    if (current != null && !out.contains(current)) {
      out.add(current);
    }
    return out;
  }

  /** How far from a worker's home a visit may be (street distance), unless among the nearest. */
  public static final long REACH_METERS = 6_000;

  /** A long visit is worth a longer journey: this many metres of reach per minute of it. */
  public static final long REACH_METERS_PER_MINUTE = 25;

  /** And more of the nearest workers: one more per this many minutes of it. */
  public static final int NEAREST_MINUTES = 10;

  /** How many of the nearest possible workers a visit may always go to, however far. */
  public static final int NEAREST = 12;

  /**
   * The warm start obeys the booking rules, which know only the travel buffer; where two of a
   * worker's visits are too far apart for that, the later one starts without a worker.
   */
  static void dropTravelClashes(List<DispatchVisit> visits) {
    Map<DispatchWorker, List<DispatchVisit>> byWorker = new HashMap<>();
    List<DispatchVisit> ordered = new ArrayList<>(visits);
    ordered.sort(
        java.util.Comparator.comparing((DispatchVisit v) -> !v.isPinned())
            .thenComparingInt(DispatchVisit::getStart));
    for (DispatchVisit v : ordered) {
      if (v.getWorker() == null) {
        continue;
      }
      List<DispatchVisit> kept = byWorker.computeIfAbsent(v.getWorker(), k -> new ArrayList<>());
      if (!v.isPinned() && kept.stream().anyMatch(k -> DispatchVisit.clash(k, v))) {
        v.setWorker(null);
      } else {
        kept.add(v);
      }
    }
  }

  static int minute(OffsetDateTime midnight, OffsetDateTime t) {
    return (int) Duration.between(midnight, t).toMinutes();
  }
}
