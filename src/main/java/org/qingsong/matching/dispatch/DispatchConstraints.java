package org.qingsong.matching.dispatch;

import static ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ONE_HARD;
import static ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ONE_MEDIUM;
import static ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ONE_SOFT;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import java.util.function.Function;

/**
 * The dispatch rules, one method each. Hard: qualified (service and certificate), available, no two
 * visits of a worker closer than travel allows, no visit against a fixed booking, the daily hours.
 * Medium: every visit left without a worker. Soft, in metres of travel or their equivalent: travel
 * from home, between visits and back; a carer new to a recipient who had one; two carers for one
 * recipient on one day; an uneven spread of work (minutes squared); and a reward for work given to
 * workers of a priority group.
 */
public class DispatchConstraints implements ConstraintProvider {
  /** A carer the recipient has not had before, when they had one: like 1.5 km more travel. */
  public static final int NEW_CARER = 1500;

  /** Two carers for one recipient on one day: like 1.5 km more travel. */
  public static final int SPLIT_CARERS = 1500;

  /** Work spread: a worker's minutes squared, divided by this. */
  public static final int FAIRNESS_DIVISOR = 60;

  /** Work for a worker of a priority group: this much per minute. */
  public static final int PRIORITY_PER_MINUTE = 5;

  @Override
  public Constraint[] defineConstraints(ConstraintFactory f) {
    return new Constraint[] {
      qualified(f),
      available(f),
      noOverlap(f),
      noOverlapWithFixedBookings(f),
      dailyHours(f),
      unassigned(f),
      travelFromHome(f),
      travelBetweenVisits(f),
      travelBackHome(f),
      newCarer(f),
      splitCarers(f),
      fairSpread(f),
      priorityWorkers(f)
    };
  }

  Constraint qualified(ConstraintFactory f) {
    return f.forEach(DispatchVisit.class)
        .filter(v -> !v.qualifies(v.getWorker()))
        .penalize(ONE_HARD)
        .asConstraint("service and certificate");
  }

  Constraint available(ConstraintFactory f) {
    return f.forEach(DispatchVisit.class)
        .filter(v -> !v.getWorker().availableFor(v.getStart(), v.getEnd()))
        .penalize(ONE_HARD)
        .asConstraint("availability");
  }

  /** The visit's worker: one instance, so that the streams grouping by it share one node. */
  private static final Function<DispatchVisit, DispatchWorker> WORKER = DispatchVisit::getWorker;

  /** Each worker with their day, kept up to date as visits come and go. */
  private static BiConstraintStream<DispatchWorker, WorkerDay> days(ConstraintFactory f) {
    return f.forEach(DispatchVisit.class).groupBy(WORKER, WorkerDay.COLLECTOR);
  }

  Constraint noOverlap(ConstraintFactory f) {
    return days(f)
        .filter((w, day) -> day.clashes() > 0)
        .penalize(ONE_HARD, (w, day) -> day.clashes())
        .asConstraint("no overlap including travel");
  }

  Constraint noOverlapWithFixedBookings(ConstraintFactory f) {
    return f.forEach(DispatchVisit.class)
        // Joined on the worker only, then filtered: an index on the times as well costs every
        // move two ordered-map updates, and a worker has at most a few fixed bookings a day.
        .join(FixedBooking.class, Joiners.equal(v -> v.getWorker().getId(), FixedBooking::workerId))
        .filter((v, b) -> v.getStart() < b.blockedUntil() && b.blockedFrom() < v.getBlockedUntil())
        .penalize(ONE_HARD)
        .asConstraint("no overlap with fixed bookings");
  }

  Constraint dailyHours(ConstraintFactory f) {
    return days(f)
        .filter((w, day) -> w.fixedMinutes() + day.minutes() > w.maxMinutes())
        .penalizeLong(ONE_HARD, (w, day) -> w.fixedMinutes() + day.minutes() - w.maxMinutes())
        .asConstraint("daily hours");
  }

  Constraint unassigned(ConstraintFactory f) {
    return f.forEachIncludingUnassigned(DispatchVisit.class)
        .filter(v -> v.getWorker() == null)
        .penalize(ONE_MEDIUM)
        .asConstraint("unassigned visit");
  }

  Constraint travelFromHome(ConstraintFactory f) {
    return days(f)
        .penalizeLong(ONE_SOFT, (w, day) -> day.fromHome())
        .asConstraint("travel from home");
  }

  Constraint travelBetweenVisits(ConstraintFactory f) {
    return days(f)
        .penalizeLong(ONE_SOFT, (w, day) -> day.between())
        .asConstraint("travel between visits");
  }

  Constraint travelBackHome(ConstraintFactory f) {
    return days(f)
        .penalizeLong(ONE_SOFT, (w, day) -> day.backHome())
        .asConstraint("travel back home");
  }

  Constraint newCarer(ConstraintFactory f) {
    return f.forEach(DispatchVisit.class)
        .filter(
            v -> !v.formerCarers().isEmpty() && !v.formerCarers().contains(v.getWorker().getId()))
        .penalize(ONE_SOFT, v -> NEW_CARER)
        .asConstraint("same carer for the recipient");
  }

  Constraint splitCarers(ConstraintFactory f) {
    return f.forEachUniquePair(DispatchVisit.class, Joiners.equal(DispatchVisit::getRecipientId))
        .filter((a, b) -> a.getRecipientId() != 0 && a.getWorker() != b.getWorker())
        .penalize(ONE_SOFT, (a, b) -> SPLIT_CARERS)
        .asConstraint("one carer a day for a recipient");
  }

  Constraint fairSpread(ConstraintFactory f) {
    return days(f)
        .penalizeLong(
            ONE_SOFT,
            (w, day) -> {
              long total = w.fixedMinutes() + day.minutes();
              return total * total / FAIRNESS_DIVISOR;
            })
        .asConstraint("fair spread of work");
  }

  Constraint priorityWorkers(ConstraintFactory f) {
    return f.forEach(DispatchVisit.class)
        .filter(v -> v.getWorker().priority())
        .reward(ONE_SOFT, v -> v.getMinutes() * PRIORITY_PER_MINUTE)
        .asConstraint("work for priority groups");
  }
}
