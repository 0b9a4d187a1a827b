package org.qingsong.matching.recommend;

/**
 * The best {@code k} rows by score in a bounded min-heap of primitive arrays; ties go to the lower
 * id so results are deterministic. Reusable: {@link #clear} between queries.
 */
public final class TopK {
  private final int k;
  private final int[] rows;
  private final long[] ids;
  private final double[] scores;
  private int size;

  public TopK(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1");
    }
    this.k = k;
    rows = new int[k];
    ids = new long[k];
    scores = new double[k];
  }

  public void clear() {
    size = 0;
  }

  public int size() {
    return size;
  }

  /** The score a row must beat to enter (negative infinity while not full). */
  public double threshold() {
    return size < k ? Double.NEGATIVE_INFINITY : scores[0];
  }

  public void offer(int row, long id, double score) {
    if (size < k) {
      rows[size] = row;
      ids[size] = id;
      scores[size] = score;
      up(size++);
    } else if (better(score, id, scores[0], ids[0])) {
      rows[0] = row;
      ids[0] = id;
      scores[0] = score;
      down(0);
    }
  }

  /**
   * Empties the heap into the arrays best first; returns how many were written.
   *
   * @param outRows rows, length at least {@link #size()}
   * @param outScores scores, the same length
   */
  public int drainBestFirst(int[] outRows, double[] outScores) {
    int n = size;
    for (int i = n - 1; i >= 0; i--) {
      outRows[i] = rows[0];
      outScores[i] = scores[0];
      size--;
      if (size > 0) {
        rows[0] = rows[size];
        ids[0] = ids[size];
        scores[0] = scores[size];
        down(0);
      }
    }
    return n;
  }

  /** Whether (s1, id1) ranks above (s2, id2). */
  private static boolean better(double s1, long id1, double s2, long id2) {
    return s1 > s2 || (s1 == s2 && id1 < id2);
  }

  private void up(int i) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (better(scores[parent], ids[parent], scores[i], ids[i])) {
        swap(i, parent);
        i = parent;
      } else {
        return;
      }
    }
  }

  private void down(int i) {
    while (true) {
      int l = 2 * i + 1;
      int r = l + 1;
      int worst = i;
      if (l < size && better(scores[worst], ids[worst], scores[l], ids[l])) {
        worst = l;
      }
      if (r < size && better(scores[worst], ids[worst], scores[r], ids[r])) {
        worst = r;
      }
      if (worst == i) {
        return;
      }
      swap(i, worst);
      i = worst;
    }
  }

  private void swap(int a, int b) {
    int tr = rows[a];
    rows[a] = rows[b];
    rows[b] = tr;
    long ti = ids[a];
    ids[a] = ids[b];
    ids[b] = ti;
    double ts = scores[a];
    scores[a] = scores[b];
    scores[b] = ts;
  }
}
