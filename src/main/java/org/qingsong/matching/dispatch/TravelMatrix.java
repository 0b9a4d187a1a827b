package org.qingsong.matching.dispatch;

import java.util.List;

/**
 * Travel between the visits of one problem, and from each worker's home to each visit, worked out
 * once as metres in {@code int} arrays, so that the score does no geometry while the solver
 * searches. Problems larger than {@value #MAX_VISITS} visits are not tabulated (their visits work
 * travel out as they go).
 */
public final class TravelMatrix {
  /** The most visits tabulated: 4,000² metres take 64 MB. */
  public static final int MAX_VISITS = 4_000;

  private final int visitCount;
  private final int workerCount;
  private final int[] between;

  /** Metres from every home, visit by visit (a visit's workers side by side). */
  private final int[] fromHome;

  /**
   * The minutes between every two visits, unsigned, when none is over 255 (else null): a quarter of
   * the metres' size, so that the moves' many clash checks find it in the processor's cache.
   */
  private final byte[] minutesBetween;

  /** For each visit, the most minutes from it to any other visit. */
  private final int[] farthest;

  private TravelMatrix(
      int visitCount, int workerCount, int[] between, int[] fromHome, byte[] minutesBetween) {
    this.visitCount = visitCount;
    this.workerCount = workerCount;
    this.between = between;
    this.fromHome = fromHome;
    this.minutesBetween = minutesBetween;
    this.farthest = new int[visitCount];
    for (int i = 0; i < visitCount; i++) {
      int most = 0;
      for (int j = 0; j < visitCount; j++) {
        most = Math.max(most, minutes(between[i * visitCount + j]));
      }
      farthest[i] = most;
    }
  }

  /**
   * Numbers the workers and visits in list order, works out the metres between every two visits and
   * from every home to every visit, and hands the table to the visits. Above {@link #MAX_VISITS}
   * visits it only numbers them.
   */
  public static void attach(List<DispatchWorker> workers, List<DispatchVisit> visits) {
    int n = visits.size();
    for (int i = 0; i < workers.size(); i++) {
      workers.get(i).setIndex(i);
    }
    for (DispatchVisit v : visits) {
      v.numberWorkers(workers);
    }
    if (n > MAX_VISITS) {
      for (int i = 0; i < n; i++) {
        visits.get(i).attach(null, i);
      }
      return;
    }
    int[] between = new int[n * n];
    byte[] minutes = new byte[n * n];
    boolean shortTrips = true;
    for (int i = 0; i < n; i++) {
      DispatchVisit a = visits.get(i);
      for (int j = i + 1; j < n; j++) {
        int m = (int) TravelModel.meters(a.location(), visits.get(j).location());
        between[i * n + j] = m;
        between[j * n + i] = m;
        int t = minutes(m);
        shortTrips &= t <= 255;
        minutes[i * n + j] = (byte) t;
        minutes[j * n + i] = (byte) t;
      }
    }
    int workerCount = workers.size();
    int[] fromHome = new int[workerCount * n];
    for (int i = 0; i < n; i++) {
      for (int w = 0; w < workerCount; w++) {
        fromHome[i * workerCount + w] =
            (int) TravelModel.meters(workers.get(w).home(), visits.get(i).location());
      }
    }
    TravelMatrix matrix =
        new TravelMatrix(n, workerCount, between, fromHome, shortTrips ? minutes : null);
    for (int i = 0; i < n; i++) {
      visits.get(i).attach(matrix, i);
    }
  }

  int meters(int fromVisit, int toVisit) {
    return between[fromVisit * visitCount + toVisit];
  }

  /** Minutes from one visit to another, as {@link #minutes(long)} of their metres. */
  int minutes(int fromVisit, int toVisit) {
    return minutesBetween != null
        ? minutesBetween[fromVisit * visitCount + toVisit] & 0xFF
        : minutes(meters(fromVisit, toVisit));
  }

  /** The most minutes from {@code visit} to any other visit of the problem. */
  int farthestMinutes(int visit) {
    return farthest[visit];
  }

  int metersFromHome(int worker, int visit) {
    return fromHome[visit * workerCount + worker];
  }

  /** Minutes for {@code meters} at {@link TravelModel#METERS_PER_MINUTE}, rounded up. */
  static int minutes(long meters) {
    return (int) Math.ceil(meters / TravelModel.METERS_PER_MINUTE);
  }
}
