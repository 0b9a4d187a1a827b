package org.qingsong.matching.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidate generation for postings: rows bucketed by occupation and a grid cell of about {@value
 * #CELL_KM} km. Each bucket keeps the best pay, the kinds and the relaxations of its rows, so a
 * query can bound the best score any row of the bucket could reach. {@link Recommender} visits the
 * buckets of the seeker's occupations (and the other occupations of their groups) within their
 * commute in order of that bound and stops when the bound falls below the tenth best score found:
 * the result is exactly the exhaustive top-k, without a full scan.
 */
public final class PostingIndex {
  public static final double CELL_KM = 2.0;
  private static final double KM_PER_DEGREE = 111.195;
  private static final double EARTH_KM = 6371.0088;
  private static final int[] NONE = new int[0];

  /** Keeps cell numbers positive in the sort key (cells reach about ±10,000 on Earth). */
  private static final int OFFSET = 1 << 20;

  final double refCos;

  /** Rows ordered by bucket; bucket b holds rows[start[b]..start[b+1]). */
  final int[] rows;

  final int[] start;
  final int[] cellX;
  final int[] cellY;
  final int[] occupation;

  /** Cosine of the largest absolute latitude of a bucket's cell. */
  final double[] cellCos;

  final long[] maxPay;
  final int[] kinds;
  final int[] relaxations;

  /** Buckets of an occupation id: occStart[o]..occStart[o+1] (ids beyond the table: none). */
  final int[] occStart;

  /** Occupation ids of a group id. */
  private final Map<Integer, int[]> groupOccupations;

  private PostingIndex(
      double refCos,
      int[] rows,
      int[] start,
      int[] cellX,
      int[] cellY,
      int[] occupation,
      long[] maxPay,
      int[] kinds,
      int[] relaxations,
      int[] occStart,
      Map<Integer, int[]> groupOccupations) {
    this.refCos = refCos;
    this.rows = rows;
    this.start = start;
    this.cellX = cellX;
    this.cellY = cellY;
    this.occupation = occupation;
    this.cellCos = new double[occupation.length];
    for (int b = 0; b < occupation.length; b++) {
      double latLo = cellY[b] * CELL_KM / KM_PER_DEGREE;
      double latHi = (cellY[b] + 1) * CELL_KM / KM_PER_DEGREE;
      cellCos[b] =
          Math.cos(Math.toRadians(Math.min(90, Math.max(Math.abs(latLo), Math.abs(latHi)))));
    }
    this.maxPay = maxPay;
    this.kinds = kinds;
    this.relaxations = relaxations;
    this.occStart = occStart;
    this.groupOccupations = groupOccupations;
  }

  public static PostingIndex of(PostingTable t) {
    int n = t.size();
    double refLat = 0;
    int maxOcc = -1;
    for (int i = 0; i < n; i++) {
      refLat += t.lat[i];
      maxOcc = Math.max(maxOcc, t.occupation[i]);
    }
    refLat = n == 0 ? 0 : refLat / n;
    double refCos = Math.cos(Math.toRadians(refLat));
    long[] keys = new long[n];
    int[] cx = new int[n];
    int[] cy = new int[n];
    for (int i = 0; i < n; i++) {
      cx[i] = cell(t.lng[i] * KM_PER_DEGREE * refCos);
      cy[i] = cell(t.lat[i] * KM_PER_DEGREE);
      // occupation (high), cell x, cell y, row (low 20 bits are not enough: sort by key then row)
      keys[i] = ((long) t.occupation[i] << 42) | ((long) (cx[i] + OFFSET) << 21) | (cy[i] + OFFSET);
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // Within a bucket, the best-paid first: a query can stop inside a bucket once pay bounds it.
    Arrays.sort(
        order,
        (a, b) ->
            keys[a] != keys[b]
                ? Long.compare(keys[a], keys[b])
                : t.payMaxMonth[a] != t.payMaxMonth[b]
                    ? Long.compare(t.payMaxMonth[b], t.payMaxMonth[a])
                    : Integer.compare(a, b));
    int[] rows = new int[n];
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows[i] = order[i];
      if (i == 0 || keys[order[i]] != keys[order[i - 1]]) {
        starts.add(i);
      }
    }
    int buckets = starts.size();
    int[] start = new int[buckets + 1];
    int[] bx = new int[buckets];
    int[] by = new int[buckets];
    int[] bo = new int[buckets];
    long[] pay = new long[buckets];
    int[] kinds = new int[buckets];
    int[] relax = new int[buckets];
    for (int b = 0; b < buckets; b++) {
      start[b] = starts.get(b);
    }
    start[buckets] = n;
    for (int b = 0; b < buckets; b++) {
      int first = rows[start[b]];
      bx[b] = cx[first];
      by[b] = cy[first];
      bo[b] = t.occupation[first];
      for (int i = start[b]; i < start[b + 1]; i++) {
        int r = rows[i];
        pay[b] = Math.max(pay[b], t.payMaxMonth[r]);
        kinds[b] |= t.kind[r];
        relax[b] |= t.relaxations[r];
      }
    }
    int[] occStart = new int[maxOcc + 2];
    Arrays.fill(occStart, buckets);
    for (int b = buckets - 1; b >= 0; b--) {
      occStart[bo[b]] = b;
    }
    for (int o = maxOcc; o >= 0; o--) {
      if (occStart[o] > occStart[o + 1]) {
        occStart[o] = occStart[o + 1];
      }
    }
    Map<Integer, List<Integer>> groups = new HashMap<>();
    boolean[] seen = new boolean[maxOcc + 1];
    for (int i = 0; i < n; i++) {
      int o = t.occupation[i];
      if (!seen[o]) {
        seen[o] = true;
        groups.computeIfAbsent(t.group[i], g -> new ArrayList<>()).add(o);
      }
    }
    Map<Integer, int[]> groupOccupations = new HashMap<>();
    groups.forEach(
        (g, list) ->
            groupOccupations.put(g, list.stream().mapToInt(Integer::intValue).sorted().toArray()));
    return new PostingIndex(
        refCos, rows, start, bx, by, bo, pay, kinds, relax, occStart, groupOccupations);
  }

  public int buckets() {
    return start.length - 1;
  }

  /** The occupation ids of a group that some posting has. */
  int[] occupationsOf(int group) {
    return groupOccupations.getOrDefault(group, NONE);
  }

  int firstBucket(int occupation) {
    return occupation < 0 || occupation >= occStart.length - 1 ? 0 : occStart[occupation];
  }

  int endBucket(int occupation) {
    return occupation < 0 || occupation >= occStart.length - 1 ? 0 : occStart[occupation + 1];
  }

  /**
   * The first bucket of an occupation whose cell column may hold points within {@code radiusKm} of
   * the point (buckets of an occupation are ordered by cell column, then row).
   */
  int firstBucketNear(int occupation, double lat, double lng, double radiusKm) {
    int lo = firstBucket(occupation);
    int hi = endBucket(occupation);
    int from = cellColumn(lng - spanDegrees(lat, radiusKm)) - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cellX[mid] < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The last cell column that may hold points within {@code radiusKm} of the point. */
  int lastColumnNear(double lat, double lng, double radiusKm) {
    return cellColumn(lng + spanDegrees(lat, radiusKm)) + 1;
  }

  /** Degrees of longitude that {@code km} can span near a latitude (generously). */
  private static double spanDegrees(double lat, double km) {
    double maxLat = Math.min(89, Math.abs(lat) + km / KM_PER_DEGREE + 0.1);
    return km / (KM_PER_DEGREE * Math.cos(Math.toRadians(maxLat))) + 1e-6;
  }

  private int cellColumn(double lng) {
    return cell(lng * KM_PER_DEGREE * refCos);
  }

  /**
   * A lower bound of the distance in km from a point to any point of a bucket's cell, as {@link
   * Scorer#distanceKm} measures it: the smaller of the cell's and the point's latitude cosines
   * bounds the east-west part from below. {@code cosLat} is the cosine of the point's latitude.
   */
  double minDistanceKm(int bucket, double lat, double lng, double cosLat) {
    double lngLo = cellX[bucket] * CELL_KM / (KM_PER_DEGREE * refCos);
    double lngHi = (cellX[bucket] + 1) * CELL_KM / (KM_PER_DEGREE * refCos);
    double latLo = cellY[bucket] * CELL_KM / KM_PER_DEGREE;
    double latHi = (cellY[bucket] + 1) * CELL_KM / KM_PER_DEGREE;
    double dLng = lng < lngLo ? lngLo - lng : lng > lngHi ? lng - lngHi : 0;
    double dLat = lat < latLo ? latLo - lat : lat > latHi ? lat - latHi : 0;
    double x = Math.toRadians(dLng) * Math.min(cellCos[bucket], cosLat);
    double y = Math.toRadians(dLat);
    return Math.max(0, EARTH_KM * Math.sqrt(x * x + y * y) * 0.999 - 1e-6);
  }

  private static int cell(double km) {
    return (int) Math.floor(km / CELL_KM);
  }
}
