package org.qingsong.gigs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A simple pass: existing assignments stay; the waiting visits, earliest first, each go to the
 * eligible worker nearest on foot (then the one with the fewest hours booked that day), and that
 * booking counts for the visits after it. Quick and explainable, not optimal: an early visit may
 * take the only worker a later one could have had.
 */
public class GreedyDispatcher implements GigDispatcher {

  @Override
  public String name() {
    return "greedy";
  }

  @Override
  public DispatchPlan plan(DispatchProblem problem) {
    Map<Long, List<Booking>> booked = new HashMap<>();
    for (Booking b : problem.fixedBookings()) {
      booked.computeIfAbsent(b.workerId(), k -> new ArrayList<>()).add(b);
    }
    List<DispatchPlan.Assignment> assignments = new ArrayList<>();
    for (VisitSlot v : problem.visits()) {
      if (v.currentWorkerId() != null) {
        assignments.add(new DispatchPlan.Assignment(v.visitId(), v.currentWorkerId()));
        booked
            .computeIfAbsent(v.currentWorkerId(), k -> new ArrayList<>())
            .add(booking(v, v.currentWorkerId(), problem));
      }
    }
    List<DispatchPlan.Unassigned> unassigned = new ArrayList<>();
    List<VisitSlot> waiting =
        problem.visits().stream()
            .filter(v -> v.currentWorkerId() == null)
            .sorted(Comparator.comparing(VisitSlot::startsAt).thenComparingLong(VisitSlot::visitId))
            .toList();
    for (VisitSlot v : waiting) {
      Worker best = null;
      long bestMeters = Long.MAX_VALUE;
      int bestMinutes = Integer.MAX_VALUE;
      Worker closest = null;
      Check closestFailure = null;
      int closestPassed = -1;
      for (Worker w : problem.workers()) {
        List<Booking> theirs = booked.getOrDefault(w.id(), List.of());
        List<Check> checks = Eligibility.check(w, v, theirs, problem.travelBuffer());
        if (Eligibility.eligible(checks)) {
          long meters = Eligibility.walkingMeters(w, v);
          int minutes = Eligibility.minutesThatDay(v, theirs);
          if (meters < bestMeters
              || (meters == bestMeters && minutes < bestMinutes)
              || (meters == bestMeters && minutes == bestMinutes && w.id() < best.id())) {
            best = w;
            bestMeters = meters;
            bestMinutes = minutes;
          }
        } else {
          int passed = 0;
          Check failure = null;
          for (Check c : checks) {
            if (!c.passed()) {
              failure = c;
              break;
            }
            passed++;
          }
          if (passed > closestPassed) {
            closestPassed = passed;
            closest = w;
            closestFailure = failure;
          }
        }
      }
      if (best != null) {
        assignments.add(new DispatchPlan.Assignment(v.visitId(), best.id()));
        booked
            .computeIfAbsent(best.id(), k -> new ArrayList<>())
            .add(booking(v, best.id(), problem));
      } else if (closest == null) {
        unassigned.add(
            new DispatchPlan.Unassigned(
                v.visitId(), null, Check.Rule.ACTIVE, "gig.dispatch.noWorkers", List.of()));
      } else if (closestFailure.rule() == Check.Rule.SERVICE) {
        unassigned.add(
            new DispatchPlan.Unassigned(
                v.visitId(),
                null,
                Check.Rule.SERVICE,
                "gig.dispatch.nobodyOffers",
                List.of(v.service().nameZh(), v.service().nameEn())));
      } else {
        unassigned.add(
            new DispatchPlan.Unassigned(
                v.visitId(),
                closest.id(),
                closestFailure.rule(),
                closestFailure.code(),
                closestFailure.args()));
      }
    }
    return new DispatchPlan(assignments, unassigned);
  }

  private static Booking booking(VisitSlot v, long workerId, DispatchProblem p) {
    return new Booking(
        v.visitId(),
        workerId,
        v.startsAt(),
        v.endsAt(),
        v.startsAt(),
        Eligibility.blockedUntil(v.endsAt(), p.travelBuffer()));
  }
}
