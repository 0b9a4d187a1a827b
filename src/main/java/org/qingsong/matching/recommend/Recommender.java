package org.qingsong.matching.recommend;

/**
 * Top-k postings for a seeker: candidates from the {@link CandidateIndex} (the seeker's occupation
 * groups within their commute), the hard filters, the score, a bounded heap. {@link #exhaustive}
 * scores every row of the table, for checking and for the recall benchmark. One instance per thread
 * (it holds the heap).
 */
public final class Recommender {
  private final Scorer scorer;
  private final TopK heap;

  public Recommender(Scorer scorer, int k) {
    this.scorer = scorer;
    this.heap = new TopK(k);
  }

  /**
   * Fills {@code outRows}/{@code outScores} with the best postings, best first; returns how many.
   */
  public int top(
      SeekerFeatures s, PostingTable t, CandidateIndex index, int[] outRows, double[] outScores) {
    heap.clear();
    int[] groups = s.groups();
    for (int g = 0; g < groups.length; g++) {
      index.forEach(groups[g], s.lat(), s.lng(), s.maxDistanceKm(), row -> consider(s, t, row));
    }
    return heap.drainBestFirst(outRows, outScores);
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
    if (scorer.failed(s, t, row) != 0) {
      return;
    }
    heap.offer(row, t.id[row], scorer.score(s, t, row, null));
  }
}
