package org.qingsong.matching.dispatch;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One worker's day as the plan stands: the minutes of their visits, the metres from home to the
 * first visit, between consecutive visits and from the last one home, and how many consecutive
 * visits are closer than the journey (or the travel buffer) allows. Checking consecutive visits is
 * enough: travel obeys the triangle inequality, so two visits too close for each other with a third
 * between them make that third too close to one of them.
 */
public record WorkerDay(int minutes, long fromHome, long between, long backHome, int clashes) {

  /**
   * Collects a worker's visits in start order and answers their {@link WorkerDay}; adding or
   * removing a visit costs a walk over that worker's few visits, not over the whole plan.
   */
  public static final UniConstraintCollector<DispatchVisit, Route, WorkerDay> COLLECTOR =
      new UniConstraintCollector<>() {
        @Override
        public Supplier<Route> supplier() {
          return Route::new;
        }

        @Override
        public BiFunction<Route, DispatchVisit, Runnable> accumulator() {
          return Route::add;
        }

        @Override
        public Function<Route, WorkerDay> finisher() {
          return Route::day;
        }
      };

  /** The visits of one worker, in start order (the collector's container). */
  public static final class Route {
    private final List<DispatchVisit> visits = new ArrayList<>(8);
    private DispatchWorker worker;

    Runnable add(DispatchVisit v) {
      // The worker is read when the visit comes in: by the time it leaves, it has another.
      if (worker == null) {
        worker = v.getWorker();
      }
      int i = visits.size();
      while (i > 0 && before(v, visits.get(i - 1))) {
        i--;
      }
      visits.add(i, v);
      return () -> visits.remove(v);
    }

    private static boolean before(DispatchVisit a, DispatchVisit b) {
      return a.getStart() < b.getStart() || (a.getStart() == b.getStart() && a.getId() < b.getId());
    }

    WorkerDay day() {
      int n = visits.size();
      if (n == 0) {
        return new WorkerDay(0, 0, 0, 0, 0);
      }
      int minutes = 0;
      long between = 0;
      int clashes = 0;
      DispatchVisit previous = null;
      for (DispatchVisit v : visits) {
        minutes += v.getMinutes();
        if (previous != null) {
          long meters = previous.metersTo(v);
          between += meters;
          int gap = Math.max(previous.travelBuffer(), TravelMatrix.minutes(meters));
          if (v.getStart() < previous.getEnd() + gap) {
            clashes++;
          }
        }
        previous = v;
      }
      return new WorkerDay(
          minutes,
          visits.get(0).metersFromHome(worker),
          between,
          visits.get(n - 1).metersFromHome(worker),
          clashes);
    }
  }
}
