package org.qingsong.matching.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Properties of scoring and candidate generation over random cities: scores stay within 0..1, the
 * parts' contributions add up to the score, a posting failing a filter is never recommended, and
 * the indexed top ten equal the exhaustive top ten.
 */
class RecommenderProperties {

  @Property(tries = 200)
  void scoresAreWithinBoundsAndThePartsAddUpToTheScore(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll @DoubleRange(min = 0, max = 5) double w1,
      @ForAll @DoubleRange(min = 0, max = 5) double w2,
      @ForAll @DoubleRange(min = 0.01, max = 5) double w3) {
    ScoringWeights weights = new ScoringWeights(w1, w2, w3, w1 / 2, w2 / 3);
    Scorer scorer = new Scorer(weights);
    SplittableRandom r = new SplittableRandom(seed);
    City city = City.random(r, 200);
    double[] parts = new double[Part.COUNT];
    for (SeekerFeatures s : city.seekers(r, 10)) {
      for (int row = 0; row < city.table().size(); row++) {
        double score = scorer.score(s, city.table(), row, parts);
        assertThat(score).isBetween(0.0, 1.0);
        double sum = 0;
        for (Part p : Part.values()) {
          assertThat(parts[p.ordinal()]).isBetween(0.0, 1.0);
          sum += parts[p.ordinal()] * weights.of(p) / weights.sum();
        }
        assertThat(sum).isCloseTo(score, org.assertj.core.data.Offset.offset(1e-9));
      }
    }
  }

  @Property(tries = 100)
  void filteredPostingsAreNeverRecommendedAndTheIndexFindsTheExhaustiveTopTen(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 600) int postings) {
    Scorer scorer = new Scorer(ScoringWeights.DEFAULT);
    SplittableRandom r = new SplittableRandom(seed);
    City city = City.random(r, postings);
    PostingTable t = city.table();
    PostingIndex index = PostingIndex.of(t);
    Recommender rec = new Recommender(scorer, 10);
    int[] rows = new int[10];
    double[] scores = new double[10];
    int[] rows2 = new int[10];
    double[] scores2 = new double[10];
    for (SeekerFeatures s : city.seekers(r, 20)) {
      int n = rec.top(s, t, index, rows, scores);
      for (int i = 0; i < n; i++) {
        assertThat(scorer.failed(s, t, rows[i])).isZero();
        if (i > 0) {
          assertThat(scores[i]).isLessThanOrEqualTo(scores[i - 1]);
        }
      }
      int m = rec.exhaustive(s, t, rows2, scores2);
      assertThat(n).isEqualTo(m);
      assertThat(Arrays.copyOf(rows, n)).containsExactly(Arrays.copyOf(rows2, m));
      // Nothing left out scores better than the last one kept, unless it was filtered.
      long passing = 0;
      for (int row = 0; row < t.size(); row++) {
        assertThat(scorer.passes(s, t, row)).isEqualTo(scorer.failed(s, t, row) == 0);
        if (scorer.failed(s, t, row) == 0) {
          passing++;
        }
      }
      assertThat(n).isEqualTo((int) Math.min(10, passing));
    }
  }

  /** A random small city: postings and seekers around one point, few occupations, few certs. */
  record City(PostingTable table) {
    static City random(SplittableRandom r, int n) {
      PostingTable.Builder b = PostingTable.builder(n);
      for (int i = 0; i < n; i++) {
        int occupation = r.nextInt(8);
        int[] certs = r.nextInt(4) == 0 ? new int[] {100 + r.nextInt(3)} : new int[0];
        b.add(
            i + 1,
            occupation,
            50 + occupation / 3,
            27.8 + r.nextDouble() * 0.3,
            113.0 + r.nextDouble() * 0.3,
            100_000,
            100_000 + r.nextInt(900_000),
            r.nextInt(3) == 0 ? 0 : 10 + r.nextInt(40),
            1 << r.nextInt(3),
            r.nextInt(64),
            certs,
            r.nextInt(10) != 0);
      }
      return new City(b.build());
    }

    SeekerFeatures[] seekers(SplittableRandom r, int n) {
      SeekerFeatures[] out = new SeekerFeatures[n];
      for (int i = 0; i < n; i++) {
        int o1 = r.nextInt(8);
        int o2 = r.nextInt(8);
        int[] groups =
            50 + o1 / 3 == 50 + o2 / 3
                ? new int[] {50 + o1 / 3}
                : new int[] {50 + o1 / 3, 50 + o2 / 3};
        out[i] =
            new SeekerFeatures(
                1000 + i,
                new int[] {o1, o2},
                groups,
                27.8 + r.nextDouble() * 0.3,
                113.0 + r.nextDouble() * 0.3,
                1 + r.nextDouble() * 30,
                r.nextInt(800_000),
                r.nextLong(),
                r.nextLong(),
                r.nextLong() & ((1L << 40) - 1),
                1 + r.nextInt(7),
                r.nextInt(64),
                r.nextInt(2) == 0 ? new int[] {100} : new int[] {100, 101},
                14 + r.nextInt(60),
                r.nextBoolean());
      }
      return out;
    }
  }
}
