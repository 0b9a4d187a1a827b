package org.qingsong.matching.recommend;

import java.util.Arrays;

/**
 * Top-k postings for a seeker. Candidates come from the {@link PostingIndex}: the buckets (one
 * occupation, one 2 km cell) of the seeker's occupations and of the other occupations of their
 * groups within their commute, each with an upper bound of the score any of its postings can reach;
 * buckets are visited best bound first and the search stops once the bound falls below the k-th
 * best score found, so the result equals the exhaustive top-k ({@link #exhaustive}, kept for checks
 * and the recall benchmark). One instance per thread (it holds the heap and scratch space).
 */
public final class Recommender {
  private static final double QUANTUM = 1e9;

  private final Scorer scorer;
  private final TopK heap;
  private final double[] w;
  private long[] candidates = new long[256];
  private int count;
  private double cosLat;
  private long visitedRows;

  public Recommender(Scorer scorer, int k) {
    this.scorer = scorer;
    this.heap = new TopK(k);
    this.w = new double[Part.COUNT];
    for (Part p : Part.values()) {
      w[p.ordinal()] = scorer.share(p);
    }
  }

  /** Postings scored so far by this instance (for the benchmark's statistics). */
  public long visitedRows() {
    return visitedRows;
  }

  /**
   * Fills {@code outRows}/{@code outScores} with the best postings, best first; returns how many.
   */
  public int top(
      SeekerFeatures s, PostingTable t, PostingIndex index, int[] outRows, double[] outScores) {
    heap.clear();
    count = 0;
    cosLat = Math.cos(Math.toRadians(s.lat()));
    int[] wanted = s.occupations();
    for (int i = 0; i < wanted.length; i++) {
      boolean repeated = false;
      for (int j = 0; j < i; j++) {
        repeated |= wanted[j] == wanted[i];
      }
      if (!repeated) {
        addBuckets(s, index, wanted[i], 1.0);
      }
    }
    int[] groups = s.groups();
    for (int gi = 0; gi < groups.length; gi++) {
      int g = groups[gi];
      boolean repeated = false;
      for (int j = 0; j < gi; j++) {
        repeated |= groups[j] == g;
      }
      if (repeated) {
        continue;
      }
      for (int o : index.occupationsOf(g)) {
        if (!s.wants(o)) {
          addBuckets(s, index, o, Scorer.SAME_GROUP);
        }
      }
    }
    Arrays.sort(candidates, 0, count);
    for (int i = count - 1; i >= 0; i--) {
      long c = candidates[i];
      double bound = (c >>> 32) / QUANTUM;
      if (bound < heap.threshold()) {
        break;
      }
      int b = (int) c;
      double withoutPay = bound(s, index, b, occupationValue(s, index.occupation[b]), false);
      for (int j = index.start[b]; j < index.start[b + 1]; j++) {
        int row = index.rows[j];
        // Rows are ordered by pay, best first: once pay cannot lift a row to the k-th score,
        // none of the rest can.
        if (withoutPay + w[2] * Scorer.payValue(s.minPayMonthFen(), t.payMaxMonth[row]) + 1e-9
            < heap.threshold()) {
          break;
        }
        consider(s, t, row);
      }
    }
    return heap.drainBestFirst(outRows, outScores);
  }

  private void addBuckets(SeekerFeatures s, PostingIndex index, int occupation, double occValue) {
    int end = index.endBucket(occupation);
    double maxKm = s.maxDistanceKm();
    int lastColumn = index.lastColumnNear(s.lat(), s.lng(), maxKm);
    for (int b = index.firstBucketNear(occupation, s.lat(), s.lng(), maxKm); b < end; b++) {
      if (index.cellX[b] > lastColumn) {
        break;
      }
      double d = index.minDistanceKm(b, s.lat(), s.lng(), cosLat);
      if (d > maxKm) {
        continue;
      }
      double bound = boundAt(s, index, b, occValue, d, true);
      long q = (long) Math.ceil(Math.min(1.0, bound) * QUANTUM);
      if (count == candidates.length) {
        candidates = Arrays.copyOf(candidates, count * 2);
      }
      candidates[count++] = (q << 32) | b;
    }
  }

  private double occupationValue(SeekerFeatures s, int occupation) {
    return s.wants(occupation) ? 1.0 : Scorer.SAME_GROUP;
  }

  private double bound(SeekerFeatures s, PostingIndex index, int b, double occValue, boolean pay) {
    return boundAt(s, index, b, occValue, index.minDistanceKm(b, s.lat(), s.lng(), cosLat), pay);
  }

  /** The best score a row of bucket {@code b} can reach (with or without the pay part). */
  private double boundAt(
      SeekerFeatures s, PostingIndex index, int b, double occValue, double d, boolean pay) {
    double maxKm = s.maxDistanceKm();
    return w[0] * occValue
        + w[1] * (maxKm <= 0 ? 0 : Math.max(0, 1 - d / maxKm))
        + (pay ? w[2] * Scorer.payValue(s.minPayMonthFen(), index.maxPay[b]) : 0)
        + w[3] * ((index.kinds[b] & s.kinds()) != 0 ? 1 : 0.5)
        + w[4] * ((index.relaxations[b] & s.relaxations()) != 0 ? 1 : 0);
  }

  /** The same as {@link #top} by scoring every row of the table. */
  public int exhaustive(SeekerFeatures s, PostingTable t, int[] outRows, double[] outScores) {
    heap.clear();
    for (int row = 0; row < t.size(); row++) {
      consider(s, t, row);
    }
    return heap.drainBestFirst(outRows, outScores);
  }

  private void consider(SeekerFeatures s, PostingTable t, int row) {
    visitedRows++;
    if (!scorer.passes(s, t, row)) {
      return;
    }
    heap.offer(row, t.id[row], scorer.score(s, t, row, null));
  }
}
