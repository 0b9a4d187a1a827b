package org.qingsong.matching.dispatch;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The best way to hand on a stretch of every day at once. Every worker's day is cut twice (the
 * second cut may be the end of the day; a first cut before the first visit trades whole days: who
 * should do which round, by where they live): each worker keeps the visits before and after the
 * stretch and takes the visits in it of one worker (their own, another's, or none), chosen for all
 * workers together by an exact minimum-cost flow (OR-Tools) over the pairs that keep the hard
 * rules. The cost of a pair is the part of the score it decides: travel from home to the first
 * visit, across both ends of the stretch and from the last visit home; the worker's minutes
 * squared; the reward for a worker of a priority group; carers new to a recipient, and a
 * recipient's visits inside and outside the stretch with one worker or with two. The other parts of
 * the score do not change with the choice, so the flow's best is the best of all such hand-overs,
 * and the search takes it in one step where swaps of two days at a time would have to pass through
 * worse plans.
 */
final class Rematch {
  private final List<DispatchWorker> workers;

  /** For each worker (by number), their fixed bookings of the day. */
  private final List<List<FixedBooking>> fixed;

  /** For each visit (by its number), the other visits of its recipient (null: none). */
  private final DispatchVisit[][] siblings;

  private final int words;

  /** How much the last plan lowers the score by (soft points; 0 when it returned null). */
  long lastGain;

  private static final Comparator<DispatchVisit> BY_START =
      Comparator.comparingInt(DispatchVisit::getStart).thenComparing(DispatchVisit::getId);

  private static final Logger LOG = LoggerFactory.getLogger(Rematch.class);

  /** Whether OR-Tools' native library loaded (null: not tried yet). */
  private static Boolean available;

  /**
   * Loads OR-Tools' native library (a few seconds the first time, then nothing) and answers whether
   * it is there: where it is not (a platform without it), the search goes on without hand-overs.
   */
  static synchronized boolean load() {
    if (available == null) {
      try {
        Loader.loadNativeLibraries();
        available = true;
      } catch (RuntimeException | LinkageError e) {
        LOG.warn("OR-Tools is not available here; the dispatcher searches without hand-overs", e);
        available = false;
      }
    }
    return available;
  }

  /** For a schedule whose workers and visits are numbered; only where {@link #load()} is true. */
  Rematch(DispatchSchedule schedule, DispatchVisit[][] siblings) {
    this.workers = schedule.getWorkers();
    this.siblings = siblings;
    this.words = (workers.size() + 63) / 64;
    for (DispatchVisit v : schedule.getVisits()) {
      if (v.candidateBits() == null) {
        throw new IllegalStateException("visits not numbered: see TravelMatrix.attach");
      }
    }
    Map<Long, Integer> numbers = new HashMap<>();
    fixed = new ArrayList<>(workers.size());
    for (DispatchWorker w : workers) {
      numbers.put(w.id(), w.index());
      fixed.add(new ArrayList<>(0));
    }
    for (FixedBooking b :
        schedule.getBookings() == null ? List.<FixedBooking>of() : schedule.getBookings()) {
      Integer i = numbers.get(b.workerId());
      if (i != null) {
        fixed.get(i).add(b);
      }
    }
  }

  /**
   * The hand-over of the rest of every day from {@code cut} on: see {@link #plan(int, int,
   * Occupancy)}.
   */
  ReassignMove plan(int cut, Occupancy days) {
    return plan(cut, Integer.MAX_VALUE, days);
  }

  /**
   * The hand-over of the stretch of every day from {@code cut} to {@code end} (minutes from
   * midnight; the visits that start in it): each worker keeps the visits before and after it and
   * takes the stretch of exactly one worker (their own, another's, or none). As a move that gives
   * each visit that changes hands its new worker, or null when the day is best as it is.
   */
  ReassignMove plan(int cut, int end, Occupancy days) {
    int n = workers.size();
    DispatchVisit[][] stretches = new DispatchVisit[n][];
    Day[] kept = new Day[n];
    int[] stretchMinutes = new int[n];
    int[] owners = new int[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      DispatchVisit[] sorted = days.of(workers.get(i)).toArray(new DispatchVisit[0]);
      Arrays.sort(sorted, BY_START);
      int from = 0;
      while (from < sorted.length && sorted[from].getStart() < cut) {
        from++;
      }
      int to = from;
      while (to < sorted.length && sorted[to].getStart() < end) {
        to++;
      }
      kept[i] = new Day(sorted, from, to);
      stretches[i] = Arrays.copyOfRange(sorted, from, to);
      for (DispatchVisit v : stretches[i]) {
        stretchMinutes[i] += v.getMinutes();
      }
      if (stretches[i].length > 0) {
        owners[m++] = i;
      }
    }
    lastGain = 0;
    if (m == 0) {
      return null;
    }
    boolean[] crossed = new boolean[n];
    Map<Long, Integer> across = across(cut, end, stretches, n, crossed);
    // Nodes: source, one per worker (row), one per stretch (column), sink. A worker who takes no
    // stretch costs its day without one; the arc to a stretch costs the difference.
    int source = 0;
    int sink = 1 + n + m;
    MinCostFlow flow = new MinCostFlow(n + m + 2, n + m + 16 * m);
    try {
      long[] alone = new long[n];
      for (int w = 0; w < n; w++) {
        alone[w] = cost(w, kept[w], null, 0);
        flow.addArcWithCapacityAndUnitCost(source, 1 + w, 1, 0);
      }
      List<int[]> pairs = new ArrayList<>(16 * m);
      long asItIs = 0;
      long[] stretchBits = new long[words];
      for (int c = 0; c < m; c++) {
        int u = owners[c];
        DispatchVisit[] stretch = stretches[u];
        boolean pinned = false;
        Arrays.fill(stretchBits, -1L);
        for (DispatchVisit v : stretch) {
          pinned |= v.isPinned();
          long[] bits = v.candidateBits();
          for (int k = 0; k < words; k++) {
            stretchBits[k] &= bits[k];
          }
        }
        int column = 1 + n + c;
        flow.addArcWithCapacityAndUnitCost(column, sink, 1, 0);
        // Its own worker may always keep it (the plan as it is keeps the hard rules).
        long own =
            cost(u, kept[u], stretch, stretchMinutes[u])
                - across.getOrDefault(key(u, u, n), 0) * (long) DispatchConstraints.SPLIT_CARERS;
        asItIs += own - alone[u];
        pairs.add(
            new int[] {u, c, flow.addArcWithCapacityAndUnitCost(1 + u, column, 1, own - alone[u])});
        if (pinned) {
          continue;
        }
        for (int k = 0; k < words; k++) {
          long bits = stretchBits[k];
          while (bits != 0) {
            int w = (k << 6) + Long.numberOfTrailingZeros(bits);
            bits &= bits - 1;
            if (w == u || !fits(w, kept[w], stretch, stretchMinutes[u])) {
              continue;
            }
            long c2 = cost(w, kept[w], stretch, stretchMinutes[u]);
            if (crossed[u]) {
              c2 -= across.getOrDefault(key(w, u, n), 0) * (long) DispatchConstraints.SPLIT_CARERS;
            }
            pairs.add(
                new int[] {
                  w, c, flow.addArcWithCapacityAndUnitCost(1 + w, column, 1, c2 - alone[w])
                });
          }
        }
      }
      flow.setNodeSupply(source, m);
      flow.setNodeSupply(sink, -m);
      if (flow.solve() != MinCostFlowBase.Status.OPTIMAL) {
        return null;
      }
      List<DispatchVisit> visits = new ArrayList<>();
      List<DispatchWorker> to = new ArrayList<>();
      for (int[] p : pairs) {
        int w = p[0];
        int u = owners[p[1]];
        if (w != u && flow.getFlow(p[2]) > 0) {
          for (DispatchVisit v : stretches[u]) {
            visits.add(v);
            to.add(workers.get(w));
          }
        }
      }
      long gain = asItIs - flow.getOptimalCost();
      if (visits.isEmpty() || gain <= 0) {
        return null;
      }
      lastGain = gain;
      // Built keeping every hard rule a move can break, for every worker it touches.
      return new ReassignMove(visits, to, days, true);
    } finally {
      flow.delete();
    }
  }

  /**
   * The visits a worker keeps around a stretch: those before it (the first and the last of them)
   * and those after it (the first and the last), with their minutes.
   */
  private static final class Day {
    final DispatchVisit beforeFirst;
    final DispatchVisit beforeLast;
    final DispatchVisit afterFirst;
    final DispatchVisit afterLast;
    final int minutes;

    Day(DispatchVisit[] sorted, int from, int to) {
      beforeFirst = from > 0 ? sorted[0] : null;
      beforeLast = from > 0 ? sorted[from - 1] : null;
      afterFirst = to < sorted.length ? sorted[to] : null;
      afterLast = to < sorted.length ? sorted[sorted.length - 1] : null;
      int total = 0;
      for (int k = 0; k < sorted.length; k++) {
        if (k < from || k >= to) {
          total += sorted[k].getMinutes();
        }
      }
      minutes = total;
    }
  }

  /**
   * Whether worker {@code w}, keeping {@code day}, may take {@code stretch}: travel from the last
   * visit kept before it and on to the first kept after it, the daily hours and the fixed bookings.
   * (Qualification and availability: {@code w} is a worker of every visit of the stretch.)
   */
  private boolean fits(int w, Day day, DispatchVisit[] stretch, int stretchMinutes) {
    DispatchWorker worker = workers.get(w);
    if (worker.fixedMinutes() + day.minutes + stretchMinutes > worker.maxMinutes()) {
      return false;
    }
    // Read from the stretch's rows of the tables: the same rows for every worker tried.
    if (day.beforeLast != null && DispatchVisit.clash(stretch[0], day.beforeLast)) {
      return false;
    }
    if (day.afterFirst != null
        && DispatchVisit.clash(stretch[stretch.length - 1], day.afterFirst)) {
      return false;
    }
    for (FixedBooking b : fixed.get(w)) {
      for (DispatchVisit v : stretch) {
        if (v.getStart() < b.blockedUntil() && b.blockedFrom() < v.getBlockedUntil()) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The parts of worker {@code w}'s score that depend on which stretch they take ({@code stretch},
   * or none): travel from home, across both ends of the stretch and home again, the minutes
   * squared, the priority reward and new carers for the visits taken.
   */
  private long cost(int w, Day day, DispatchVisit[] stretch, int stretchMinutes) {
    DispatchWorker worker = workers.get(w);
    boolean taken = stretch != null && stretch.length > 0;
    DispatchVisit first =
        day.beforeFirst != null ? day.beforeFirst : taken ? stretch[0] : day.afterFirst;
    DispatchVisit last =
        day.afterLast != null
            ? day.afterLast
            : taken ? stretch[stretch.length - 1] : day.beforeLast;
    long cost = 0;
    if (first != null) {
      cost += first.metersFromHome(worker) + last.metersFromHome(worker);
    }
    if (taken) {
      if (day.beforeLast != null) {
        cost += stretch[0].metersTo(day.beforeLast);
      }
      if (day.afterFirst != null) {
        cost += stretch[stretch.length - 1].metersTo(day.afterFirst);
      }
    } else if (day.beforeLast != null && day.afterFirst != null) {
      cost += day.beforeLast.metersTo(day.afterFirst);
    }
    long total = worker.fixedMinutes() + day.minutes + stretchMinutes;
    cost += total * total / DispatchConstraints.FAIRNESS_DIVISOR;
    if (worker.priority()) {
      cost -= (long) stretchMinutes * DispatchConstraints.PRIORITY_PER_MINUTE;
    }
    if (taken) {
      for (DispatchVisit v : stretch) {
        if (!v.formerCarers().isEmpty() && !v.formerCarers().contains(worker.id())) {
          cost += DispatchConstraints.NEW_CARER;
        }
      }
    }
    return cost;
  }

  /**
   * For each pair of workers (w, u), how many pairs of one recipient's visits have one visit among
   * the visits w keeps (before or after the stretch) and the other in u's stretch: those pairs
   * share a carer exactly when w takes u's stretch. Marks in {@code crossed} the workers whose
   * stretch has such a pair.
   */
  private Map<Long, Integer> across(
      int cut, int end, DispatchVisit[][] stretches, int n, boolean[] crossed) {
    Map<Long, Integer> across = new HashMap<>();
    for (int u = 0; u < n; u++) {
      for (DispatchVisit b : stretches[u]) {
        DispatchVisit[] ofRecipient = siblings[b.index()];
        if (ofRecipient == null) {
          continue;
        }
        for (DispatchVisit a : ofRecipient) {
          if (a != b && a.getWorker() != null && (a.getStart() < cut || a.getStart() >= end)) {
            across.merge(key(a.getWorker().index(), u, n), 1, Integer::sum);
            crossed[u] = true;
          }
        }
      }
    }
    return across;
  }

  private static long key(int w, int u, int n) {
    return (long) w * n + u;
  }
}
