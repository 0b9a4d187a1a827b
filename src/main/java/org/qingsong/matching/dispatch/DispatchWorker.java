package org.qingsong.matching.dispatch;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import java.util.List;
import org.qingsong.common.GeoPoint;

/**
 * A worker as the solver sees them on the day: home, the minute ranges they are available (from
 * midnight of the day), the most minutes they work a day, the minutes already booked that day
 * outside the problem, and whether they belong to a priority group (hard to employ).
 */
public final class DispatchWorker {
  private final long id;
  private final GeoPoint home;
  private final List<int[]> available;
  private final int maxMinutes;
  private final int fixedMinutes;
  private final boolean priority;
  private int index = -1;

  public DispatchWorker(
      long id,
      GeoPoint home,
      List<int[]> available,
      int maxMinutes,
      int fixedMinutes,
      boolean priority) {
    this.id = id;
    this.home = home;
    this.available = List.copyOf(available);
    this.maxMinutes = maxMinutes;
    this.fixedMinutes = fixedMinutes;
    this.priority = priority;
  }

  @PlanningId
  public Long getId() {
    return id;
  }

  /** {@link #getId()} unboxed. */
  long id() {
    return id;
  }

  public GeoPoint home() {
    return home;
  }

  public int maxMinutes() {
    return maxMinutes;
  }

  public int fixedMinutes() {
    return fixedMinutes;
  }

  public boolean priority() {
    return priority;
  }

  /** The worker's number in the problem's travel table (−1: none). */
  int index() {
    return index;
  }

  void setIndex(int number) {
    this.index = number;
  }

  /** Whether one available range holds the whole of {@code [from, to)}. */
  public boolean availableFor(int from, int to) {
    for (int[] r : available) {
      if (r[0] <= from && to <= r[1]) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "worker " + id;
  }
}
