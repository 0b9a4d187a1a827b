package org.qingsong.matching.batch;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.qingsong.matching.recommend.Part;
import org.qingsong.matching.recommend.PostingIndex;
import org.qingsong.matching.recommend.PostingTable;
import org.qingsong.matching.recommend.Recommender;
import org.qingsong.matching.recommend.Scorer;
import org.qingsong.matching.recommend.SeekerFeatures;

/**
 * Scores a chunk of seekers against the posting table in parallel on a fork-join pool: each worker
 * thread keeps its own {@link Recommender} and scratch arrays and writes into disjoint slices of
 * the chunk's flat output arrays, so the hot loop allocates nothing per posting.
 */
public final class ChunkScorer {
  private final Scorer scorer;
  private final int k;
  private final ForkJoinPool pool;
  private final ThreadLocal<Scratch> scratch;

  public ChunkScorer(Scorer scorer, int k, ForkJoinPool pool) {
    this.scorer = scorer;
    this.k = k;
    this.pool = pool;
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(new Recommender(scorer, k), k));
  }

  private record Scratch(Recommender recommender, int[] rows, double[] scores, double[] parts) {
    Scratch(Recommender recommender, int k) {
      this(recommender, new int[k], new double[k], new double[Part.COUNT]);
    }
  }

  public ChunkResult score(List<SeekerFeatures> seekers, PostingTable t, PostingIndex index)
      throws InterruptedException {
    int n = seekers.size();
    int[] counts = new int[n];
    long[] postingIds = new long[n * k];
    double[] scores = new double[n * k];
    short[] parts = new short[n * k * Part.COUNT];
    int[] meters = new int[n * k];
    Runnable work =
        () ->
            IntStream.range(0, n)
                .parallel()
                .forEach(
                    i -> {
                      Scratch s = scratch.get();
                      SeekerFeatures f = seekers.get(i);
                      int c = s.recommender().top(f, t, index, s.rows(), s.scores());
                      counts[i] = c;
                      for (int j = 0; j < c; j++) {
                        int row = s.rows()[j];
                        int at = i * k + j;
                        postingIds[at] = t.id(row);
                        scores[at] = scorer.score(f, t, row, s.parts());
                        for (int p = 0; p < Part.COUNT; p++) {
                          parts[at * Part.COUNT + p] = (short) Math.round(s.parts()[p] * 10_000);
                        }
                        meters[at] =
                            (int)
                                Math.round(
                                    Scorer.distanceKm(f.lat(), f.lng(), t.lat(row), t.lng(row))
                                        * 1000);
                      }
                    });
    try {
      pool.submit(work).get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("scoring a chunk failed", e.getCause());
    }
    int rows = 0;
    for (int c : counts) {
      rows += c;
    }
    long[] personIds = new long[rows];
    int[] places = new int[rows];
    long[] outPostings = new long[rows];
    double[] outScores = new double[rows];
    short[] outParts = new short[rows * Part.COUNT];
    int[] outMeters = new int[rows];
    int r = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < counts[i]; j++) {
        int at = i * k + j;
        personIds[r] = seekers.get(i).personId();
        places[r] = j + 1;
        outPostings[r] = postingIds[at];
        outScores[r] = scores[at];
        System.arraycopy(parts, at * Part.COUNT, outParts, r * Part.COUNT, Part.COUNT);
        outMeters[r] = meters[at];
        r++;
      }
    }
    return new ChunkResult(
        seekers.get(0).personId(),
        seekers.get(n - 1).personId(),
        n,
        rows,
        personIds,
        places,
        outPostings,
        outScores,
        outParts,
        outMeters);
  }
}
