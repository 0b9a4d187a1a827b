package org.qingsong.matching.recommend;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Candidate generation for the seekers of a posting: rows (seekers) bucketed by occupation group
 * and a grid cell of about {@value #CELL_KM} km, so that a query touches only the rows of its
 * groups in the cells its radius reaches — never a full scan. Cells are squares on an
 * equirectangular grid about a reference latitude.
 */
public final class CandidateIndex {
  public static final double CELL_KM = 2.0;
  private static final double KM_PER_DEGREE = 111.195;

  private final double refCos;
  private final Map<Long, int[]> buckets;

  private CandidateIndex(double refLat, Map<Long, int[]> buckets) {
    this.refCos = Math.cos(Math.toRadians(refLat));
    this.buckets = buckets;
  }

  public static Builder builder(double refLat) {
    return new Builder(refLat);
  }

  /**
   * Calls {@code visitor} with every row of {@code group} in a cell that a circle of {@code
   * radiusKm} around the point may reach (a superset of the rows within the radius; each row at
   * most once per group). Returns how many rows were visited.
   */
  public int forEach(int group, double lat, double lng, double radiusKm, RowVisitor visitor) {
    int cx = cellX(lng);
    int cy = cellY(lat);
    // 10% more than the radius covers the grid's scale error away from the reference latitude.
    int r = (int) Math.ceil(radiusKm * 1.1 / CELL_KM) + 1;
    int visited = 0;
    for (int x = cx - r; x <= cx + r; x++) {
      for (int y = cy - r; y <= cy + r; y++) {
        int[] rows = buckets.get(key(group, x, y));
        if (rows == null) {
          continue;
        }
        for (int row : rows) {
          visitor.visit(row);
        }
        visited += rows.length;
      }
    }
    return visited;
  }

  public int buckets() {
    return buckets.size();
  }

  private int cellX(double lng) {
    return (int) Math.floor(lng * KM_PER_DEGREE * refCos / CELL_KM);
  }

  private int cellY(double lat) {
    return (int) Math.floor(lat * KM_PER_DEGREE / CELL_KM);
  }

  private static long key(int group, int x, int y) {
    return ((long) group << 48) ^ ((long) (x & 0xFFFFFF) << 24) ^ (y & 0xFFFFFF);
  }

  /** Receives candidate rows. */
  @FunctionalInterface
  public interface RowVisitor {
    void visit(int row);
  }

  /** Collects rows into buckets. */
  public static final class Builder {
    private final double refLat;
    private final CandidateIndex shape;
    private final Map<Long, int[]> open = new HashMap<>();
    private final Map<Long, Integer> sizes = new HashMap<>();

    private Builder(double refLat) {
      this.refLat = refLat;
      this.shape = new CandidateIndex(refLat, Map.of());
    }

    public Builder add(int group, double lat, double lng, int row) {
      long key = key(group, shape.cellX(lng), shape.cellY(lat));
      int[] rows = open.get(key);
      int n = sizes.getOrDefault(key, 0);
      if (rows == null) {
        rows = new int[4];
      } else if (n == rows.length) {
        rows = Arrays.copyOf(rows, n * 2);
      }
      rows[n] = row;
      open.put(key, rows);
      sizes.put(key, n + 1);
      return this;
    }

    public CandidateIndex build() {
      Map<Long, int[]> done = new HashMap<>(open.size() * 2);
      for (Map.Entry<Long, int[]> e : open.entrySet()) {
        done.put(e.getKey(), Arrays.copyOf(e.getValue(), sizes.get(e.getKey())));
      }
      return new CandidateIndex(refLat, done);
    }
  }
}
