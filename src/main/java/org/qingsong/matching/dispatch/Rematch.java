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
 * The best way to hand on the rest of every day at once. Every worker's day is cut at one time:
 * each worker keeps the visits that start before it and takes the visits from then on of one worker
 * (their own, another's, or none), chosen for all workers together by an exact minimum-cost flow
 * (OR-Tools) over the pairs that keep the hard rules. A cut before the first visit trades whole
 * days: who should do which round, by where they live. The cost of a pair is the part of the score
 * it decides: travel from home to the first visit, from the last kept visit to the first taken one
 * and from the last visit home; the worker's minutes squared; the reward for a worker of a priority
 * group; carers new to a recipient, and a recipient's visits on both sides of the cut with one
 * worker or with two. The other parts of the score do not change with the choice, so the flow's
 * best is the best of all such hand-overs, and the search takes it in one step where swaps of two
 * days at a time would have to pass through worse plans.
 */
final class Rematch {
  private final List<DispatchWorker> workers;

  /** For each visit (by its number), its workers as bits of their numbers. */
  private final long[][] candidateBits;

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
    List<DispatchVisit> visits = schedule.getVisits();
    candidateBits = new long[visits.size()][];
    for (DispatchVisit v : visits) {
      long[] bits = new long[words];
      for (DispatchWorker w : v.getCandidates()) {
        bits[w.index() >>> 6] |= 1L << w.index();
      }
      candidateBits[v.index()] = bits;
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
   * The hand-over at {@code cut} (minutes from midnight), as a move that gives each visit that
   * changes hands its new worker, or null when the day is best as it is.
   */
  ReassignMove plan(int cut, Occupancy days) {
    int n = workers.size();
    DispatchVisit[][] tails = new DispatchVisit[n][];
    DispatchVisit[] headFirst = new DispatchVisit[n];
    DispatchVisit[] headLast = new DispatchVisit[n];
    int[] headMinutes = new int[n];
    int[] tailMinutes = new int[n];
    int[] tailOwners = new int[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      List<DispatchVisit> day = days.of(workers.get(i));
      DispatchVisit[] sorted = day.toArray(new DispatchVisit[0]);
      Arrays.sort(sorted, BY_START);
      int k = 0;
      while (k < sorted.length && sorted[k].getStart() < cut) {
        headMinutes[i] += sorted[k].getMinutes();
        k++;
      }
      if (k > 0) {
        headFirst[i] = sorted[0];
        headLast[i] = sorted[k - 1];
      }
      tails[i] = Arrays.copyOfRange(sorted, k, sorted.length);
      for (DispatchVisit v : tails[i]) {
        tailMinutes[i] += v.getMinutes();
      }
      if (tails[i].length > 0) {
        tailOwners[m++] = i;
      }
    }
    lastGain = 0;
    if (m == 0) {
      return null;
    }
    boolean[] crossed = new boolean[n];
    Map<Long, Integer> across = acrossTheCut(cut, tails, n, crossed);
    // Nodes: source, one per worker (row), one per day's rest (column), sink. A worker who takes
    // no rest costs its day without one; the arc to a rest costs the difference.
    int source = 0;
    int sink = 1 + n + m;
    MinCostFlow flow = new MinCostFlow(n + m + 2, n + m + 16 * m);
    try {
      long[] alone = new long[n];
      for (int w = 0; w < n; w++) {
        alone[w] = cost(w, headFirst[w], headLast[w], headMinutes[w], null, 0, 0);
        flow.addArcWithCapacityAndUnitCost(source, 1 + w, 1, 0);
      }
      List<int[]> pairs = new ArrayList<>(16 * m);
      long asItIs = 0;
      long[] tailBits = new long[words];
      for (int c = 0; c < m; c++) {
        int u = tailOwners[c];
        DispatchVisit[] tail = tails[u];
        boolean pinned = false;
        Arrays.fill(tailBits, -1L);
        for (DispatchVisit v : tail) {
          pinned |= v.isPinned();
          long[] bits = candidateBits[v.index()];
          for (int k = 0; k < words; k++) {
            tailBits[k] &= bits[k];
          }
        }
        int column = 1 + n + c;
        flow.addArcWithCapacityAndUnitCost(column, sink, 1, 0);
        // Its own worker may always keep it (the plan as it is keeps the hard rules).
        long own =
            cost(u, headFirst[u], headLast[u], headMinutes[u], tail, tailMinutes[u], u)
                - across.getOrDefault(key(u, u, n), 0) * (long) DispatchConstraints.SPLIT_CARERS;
        asItIs += own - alone[u];
        pairs.add(
            new int[] {u, c, flow.addArcWithCapacityAndUnitCost(1 + u, column, 1, own - alone[u])});
        if (pinned) {
          continue;
        }
        for (int k = 0; k < words; k++) {
          long bits = tailBits[k];
          while (bits != 0) {
            int w = (k << 6) + Long.numberOfTrailingZeros(bits);
            bits &= bits - 1;
            if (w == u || !fits(w, headLast[w], headMinutes[w], tail, tailMinutes[u])) {
              continue;
            }
            long c2 = cost(w, headFirst[w], headLast[w], headMinutes[w], tail, tailMinutes[u], u);
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
        int u = tailOwners[p[1]];
        if (w != u && flow.getFlow(p[2]) > 0) {
          for (DispatchVisit v : tails[u]) {
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
   * Whether worker {@code w}, keeping the visits before the cut (the last one {@code headLast}),
   * may take {@code tail}: travel from the last kept visit to the first taken one, the daily hours
   * and the fixed bookings. (Qualification and availability: {@code w} is a worker of every visit
   * of the tail.)
   */
  private boolean fits(
      int w, DispatchVisit headLast, int headMinutes, DispatchVisit[] tail, int tailMinutes) {
    DispatchWorker worker = workers.get(w);
    if (worker.fixedMinutes() + headMinutes + tailMinutes > worker.maxMinutes()) {
      return false;
    }
    // Read from the first taken visit's row of the tables: the same row for every worker tried.
    if (headLast != null && DispatchVisit.clash(tail[0], headLast)) {
      return false;
    }
    for (FixedBooking b : fixed.get(w)) {
      for (DispatchVisit v : tail) {
        if (v.getStart() < b.blockedUntil() && b.blockedFrom() < v.getBlockedUntil()) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The parts of worker {@code w}'s score that depend on which rest of a day they take: travel from
   * home, from the last kept visit to the first taken one and home again, the minutes squared, the
   * priority reward for the taken visits and new carers among them (the taken rest was {@code
   * owner}'s: new carers count only when it changes hands).
   */
  private long cost(
      int w,
      DispatchVisit headFirst,
      DispatchVisit headLast,
      int headMinutes,
      DispatchVisit[] tail,
      int tailMinutes,
      int owner) {
    DispatchWorker worker = workers.get(w);
    boolean hasTail = tail != null && tail.length > 0;
    long cost = 0;
    DispatchVisit first = headFirst != null ? headFirst : hasTail ? tail[0] : null;
    DispatchVisit last = hasTail ? tail[tail.length - 1] : headLast;
    if (first != null) {
      cost += first.metersFromHome(worker) + last.metersFromHome(worker);
    }
    if (headLast != null && hasTail) {
      cost += tail[0].metersTo(headLast);
    }
    long total = worker.fixedMinutes() + headMinutes + tailMinutes;
    cost += total * total / DispatchConstraints.FAIRNESS_DIVISOR;
    if (worker.priority()) {
      cost -= (long) tailMinutes * DispatchConstraints.PRIORITY_PER_MINUTE;
    }
    if (hasTail) {
      for (DispatchVisit v : tail) {
        if (!v.formerCarers().isEmpty() && !v.formerCarers().contains(worker.id())) {
          cost += DispatchConstraints.NEW_CARER;
        }
      }
    }
    return cost;
  }

  /**
   * For each pair of workers (w, u), how many pairs of one recipient's visits have one visit among
   * w's kept visits and the other among u's visits after the cut: those pairs share a carer exactly
   * when w takes u's rest. Marks in {@code crossed} the workers whose rest has such a pair.
   */
  private Map<Long, Integer> acrossTheCut(
      int cut, DispatchVisit[][] tails, int n, boolean[] crossed) {
    Map<Long, Integer> across = new HashMap<>();
    for (int u = 0; u < n; u++) {
      for (DispatchVisit b : tails[u]) {
        DispatchVisit[] ofRecipient = siblings[b.index()];
        if (ofRecipient == null) {
          continue;
        }
        for (DispatchVisit a : ofRecipient) {
          if (a != b && a.getWorker() != null && a.getStart() < cut) {
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
