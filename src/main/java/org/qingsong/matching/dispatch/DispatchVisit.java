package org.qingsong.matching.dispatch;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;
import java.util.Set;
import org.qingsong.common.GeoPoint;

/**
 * A visit to plan: when (minutes from midnight of the day), where, for whom, which workers are
 * qualified (active, offer the service, hold its certificates valid that day), which of them could
 * take it at all (qualified and available for the whole window: the value range), who served the
 * recipient before, and the worker chosen (none when unassigned). Pinned visits keep their worker.
 */
@PlanningEntity(difficultyComparatorClass = VisitDifficulty.class)
public class DispatchVisit {
  private Long id;
  private int start;
  private int end;
  private int travelBuffer;
  private GeoPoint location;
  private long recipientId;

  /** The ids of the qualified workers, sorted: looked up on every score update. */
  private long[] qualifiedIds;

  private List<DispatchWorker> candidates;
  private Set<Long> formerCarers;
  private boolean pinned;
  private TravelMatrix travel;
  private int index = -1;

  /**
   * The qualified workers and the candidates as bits of the workers' numbers (null until the visit
   * is numbered): both are asked on every move.
   */
  private long[] qualifiedBits;

  private long[] candidateBits;

  /**
   * The most minutes this visit needs before or after another one of the problem (its farthest
   * journey or the travel buffer): visits further apart in time never clash with it.
   */
  private int reach = NO_REACH;

  /** A reach for visits without a travel table: a day and a half, more than any two visits need. */
  private static final int NO_REACH = 2_160;

  @PlanningVariable(valueRangeProviderRefs = "candidates", allowsUnassigned = true)
  private DispatchWorker worker;

  /** For the solver's cloning. */
  public DispatchVisit() {}

  public DispatchVisit(
      long id,
      int start,
      int end,
      int travelBuffer,
      GeoPoint location,
      long recipientId,
      Set<Long> qualified,
      List<DispatchWorker> candidates,
      Set<Long> formerCarers,
      DispatchWorker worker,
      boolean pinned) {
    this.id = id;
    this.start = start;
    this.end = end;
    this.travelBuffer = travelBuffer;
    this.location = location;
    this.recipientId = recipientId;
    this.qualifiedIds = qualified.stream().mapToLong(Long::longValue).sorted().toArray();
    this.candidates = List.copyOf(candidates);
    this.formerCarers = Set.copyOf(formerCarers);
    this.worker = worker;
    this.pinned = pinned;
  }

  /** A copy with the same worker, for {@link ScheduleCloner}. */
  DispatchVisit copy() {
    DispatchVisit c = new DispatchVisit();
    c.id = id;
    c.start = start;
    c.end = end;
    c.travelBuffer = travelBuffer;
    c.location = location;
    c.recipientId = recipientId;
    c.qualifiedIds = qualifiedIds;
    c.candidates = candidates;
    c.formerCarers = formerCarers;
    c.pinned = pinned;
    c.travel = travel;
    c.index = index;
    c.qualifiedBits = qualifiedBits;
    c.candidateBits = candidateBits;
    c.reach = reach;
    c.worker = worker;
    return c;
  }

  @PlanningId
  public Long getId() {
    return id;
  }

  @PlanningPin
  public boolean isPinned() {
    return pinned;
  }

  @ValueRangeProvider(id = "candidates")
  public List<DispatchWorker> getCandidates() {
    return candidates;
  }

  public DispatchWorker getWorker() {
    return worker;
  }

  public void setWorker(DispatchWorker worker) {
    this.worker = worker;
  }

  public int getStart() {
    return start;
  }

  public int getEnd() {
    return end;
  }

  /** The end of the visit plus the travel buffer: where its blocked range ends. */
  public int getBlockedUntil() {
    return end + travelBuffer;
  }

  /** The least minutes between two visits of one worker, whatever the journey. */
  public int travelBuffer() {
    return travelBuffer;
  }

  public int getMinutes() {
    return end - start;
  }

  public long getRecipientId() {
    return recipientId;
  }

  public GeoPoint location() {
    return location;
  }

  public boolean qualifies(DispatchWorker w) {
    int i = w.index();
    if (qualifiedBits != null && i >= 0 && i >>> 6 < qualifiedBits.length) {
      return (qualifiedBits[i >>> 6] & 1L << i) != 0;
    }
    return java.util.Arrays.binarySearch(qualifiedIds, w.id()) >= 0;
  }

  /** Whether {@code w} is in the visit's value range. */
  boolean isCandidate(DispatchWorker w) {
    int i = w.index();
    if (candidateBits != null && i >= 0 && i >>> 6 < candidateBits.length) {
      return (candidateBits[i >>> 6] & 1L << i) != 0;
    }
    return candidates.contains(w);
  }

  /** The candidates as bits of the workers' numbers (null until the visit is numbered). */
  long[] candidateBits() {
    return candidateBits;
  }

  /** Sets the bits of the qualified workers and candidates among {@code workers} (numbered). */
  void numberWorkers(List<DispatchWorker> workers) {
    long[] qualified = new long[(workers.size() + 63) / 64];
    for (DispatchWorker w : workers) {
      if (java.util.Arrays.binarySearch(qualifiedIds, w.id()) >= 0) {
        qualified[w.index() >>> 6] |= 1L << w.index();
      }
    }
    long[] range = new long[qualified.length];
    for (DispatchWorker w : candidates) {
      if (w.index() < 0 || workers.get(w.index()) != w) {
        return;
      }
      range[w.index() >>> 6] |= 1L << w.index();
    }
    qualifiedBits = qualified;
    candidateBits = range;
  }

  public Set<Long> formerCarers() {
    return formerCarers;
  }

  /** Hands the visit its problem's travel table and its number in it. */
  void attach(TravelMatrix matrix, int number) {
    // The number is the visit's place in the schedule's list (clones keep the order).
    this.travel = matrix;
    this.index = number;
    this.reach =
        matrix == null ? Integer.MAX_VALUE : Math.max(travelBuffer, matrix.farthestMinutes(number));
  }

  /** The visit's place in the schedule's list of visits (−1: not numbered). */
  int index() {
    return index;
  }

  /** Metres from this visit to {@code next}: from the table when there is one. */
  public long metersTo(DispatchVisit next) {
    if (travel != null && next.travel == travel) {
      return travel.meters(index, next.index);
    }
    return TravelModel.meters(location, next.location);
  }

  /** Metres between the worker's home and this visit: from the table when there is one. */
  public long metersFromHome(DispatchWorker w) {
    if (travel != null && w.index() >= 0) {
      return travel.metersFromHome(w.index(), index);
    }
    return TravelModel.meters(w.home(), location);
  }

  /** The least minutes between the end of this visit and the start of {@code next}. */
  public int gapBefore(DispatchVisit next) {
    if (travel != null && next.travel == travel) {
      return Math.max(travelBuffer, travel.minutes(index, next.index));
    }
    return Math.max(travelBuffer, TravelMatrix.minutes(metersTo(next)));
  }

  /** Whether two visits are too close for one worker, travel between them included. */
  public static boolean clash(DispatchVisit a, DispatchVisit b) {
    int buffer = a.travelBuffer;
    if (a.start < b.end + buffer && b.start < a.end + buffer) {
      return true;
    }
    // Further apart than the longest journey from a: no need to look the journey up.
    if (a.start >= b.end + a.reach || b.start >= a.end + a.reach) {
      return false;
    }
    int gap = a.gapBefore(b);
    return a.start < b.end + gap && b.start < a.end + gap;
  }

  @Override
  public String toString() {
    return "visit " + id + " " + start + "-" + end + " " + worker;
  }
}
