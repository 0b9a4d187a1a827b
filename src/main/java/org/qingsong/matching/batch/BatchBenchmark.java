package org.qingsong.matching.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.qingsong.matching.recommend.PostingIndex;
import org.qingsong.matching.recommend.PostingTable;
import org.qingsong.matching.recommend.Recommender;
import org.qingsong.matching.recommend.Scorer;
import org.qingsong.matching.recommend.ScoringWeights;
import org.qingsong.matching.recommend.SeekerFeatures;
import org.qingsong.matching.recommend.TopK;

/**
 * The batch benchmark ({@code bench/batch.sh}): on a {@link SyntheticCity} (200,000 seekers ×
 * 100,000 postings by default, seed 42) it times the batch (every seeker's top ten, chunks of 2,000
 * scored on all cores, exactly as a batch run scores them, without the database reads and writes)
 * and the baseline, a loop of per-seeker Lucene queries over an in-memory index of the same
 * postings (occupation group terms and a distance query; every hit scored with the same scorer into
 * a top ten), run on a sample of seekers on all cores and extrapolated. Recall@10 compares the
 * batch's top ten with exhaustive exact scoring on a sample. Prints one {@code name: value} line
 * per figure.
 */
public final class BatchBenchmark {
  private static final int K = 10;
  private static final int CHUNK = 2_000;

  private BatchBenchmark() {}

  public static void main(String[] args) throws Exception {
    run(args, System.out);
  }

  public static void run(String[] args, PrintStream out) throws Exception {
    Map<String, String> o = options(args);
    int seekers = Integer.parseInt(o.getOrDefault("seekers", "200000"));
    int postings = Integer.parseInt(o.getOrDefault("postings", "100000"));
    int sample = Math.min(seekers, Integer.parseInt(o.getOrDefault("sample", "2000")));
    int baselineSample =
        Math.min(seekers, Integer.parseInt(o.getOrDefault("baseline-sample", "" + sample)));
    long seed = Long.parseLong(o.getOrDefault("seed", "42"));
    int cores = Runtime.getRuntime().availableProcessors();

    long t0 = System.nanoTime();
    SyntheticCity.City city = SyntheticCity.generate(seed, seekers, postings);
    PostingTable table = city.postings();
    List<SeekerFeatures> all = city.seekers();
    out.println("batch_source: synthetic (in-process generator, seed " + seed + ")");
    out.println("batch_generate_seconds: " + secs(System.nanoTime() - t0));
    out.println("batch_cores: " + cores);

    Scorer scorer = new Scorer(ScoringWeights.DEFAULT);
    // The batch: index once, then chunks of seekers scored on all cores.
    ForkJoinPool pool = new ForkJoinPool(cores);
    Set<Integer> sampled = new HashSet<>();
    int step = Math.max(1, seekers / sample);
    for (int i = 0; i < seekers && sampled.size() < sample; i += step) {
      sampled.add(i);
    }
    Map<Integer, long[]> batchTop = new HashMap<>();
    long t1 = System.nanoTime();
    PostingIndex index = PostingIndex.of(table);
    ChunkScorer chunks = new ChunkScorer(scorer, K, pool);
    long rows = 0;
    for (int from = 0; from < seekers; from += CHUNK) {
      int to = Math.min(seekers, from + CHUNK);
      ChunkResult r = chunks.score(all.subList(from, to), table, index);
      rows += r.rows();
      collect(r, from, sampled, batchTop, all);
    }
    long batchNanos = System.nanoTime() - t1;
    pool.shutdown();

    // The baseline: one Lucene query per seeker, on a sample, on all cores; extrapolated.
    long t2 = System.nanoTime();
    LuceneBaseline baseline = new LuceneBaseline(table);
    long indexNanos = System.nanoTime() - t2;
    int bstep = Math.max(1, seekers / baselineSample);
    int[] bsample =
        IntStream.iterate(0, i -> i < seekers, i -> i + bstep).limit(baselineSample).toArray();
    AtomicLong hits = new AtomicLong();
    ForkJoinPool bpool = new ForkJoinPool(cores);
    long t3 = System.nanoTime();
    bpool
        .submit(
            () ->
                IntStream.of(bsample)
                    .parallel()
                    .forEach(i -> hits.addAndGet(baseline.top(all.get(i), scorer))))
        .get();
    long sampleNanos = System.nanoTime() - t3;
    bpool.shutdown();
    double baselineSeconds = (indexNanos + sampleNanos * ((double) seekers / bsample.length)) / 1e9;

    // Recall@10 against exhaustive exact scoring.
    Recommender exact = new Recommender(scorer, K);
    int[] er = new int[K];
    double[] es = new double[K];
    long relevant = 0;
    long found = 0;
    for (int i : sampled) {
      int n = exact.exhaustive(all.get(i), table, er, es);
      Set<Long> truth = new HashSet<>();
      for (int j = 0; j < n; j++) {
        truth.add(table.id(er[j]));
      }
      relevant += truth.size();
      for (long id : batchTop.getOrDefault(i, new long[0])) {
        if (truth.contains(id)) {
          found++;
        }
      }
    }
    double batchSeconds = batchNanos / 1e9;
    out.println("batch_seekers: " + seekers);
    out.println("batch_postings: " + postings);
    out.println("batch_results: " + rows);
    out.println("batch_seconds: " + fmt(batchSeconds));
    out.println("batch_seekers_per_second: " + Math.round(seekers / batchSeconds));
    out.println("batch_baseline_sample: " + bsample.length);
    out.println("batch_baseline_sample_seconds: " + secs(sampleNanos));
    out.println("batch_baseline_index_seconds: " + secs(indexNanos));
    out.println(
        "batch_baseline_seconds: "
            + fmt(baselineSeconds)
            + " (extrapolated from "
            + bsample.length
            + " seekers)");
    out.println(
        "batch_ratio: "
            + String.format(java.util.Locale.ROOT, "%.3f", batchSeconds / baselineSeconds));
    out.println("batch_recall_sample: " + sampled.size());
    out.println(
        "batch_recall_at_10: "
            + String.format(
                java.util.Locale.ROOT, "%.4f", relevant == 0 ? 1.0 : (double) found / relevant));
  }

  private static void collect(
      ChunkResult r,
      int from,
      Set<Integer> sampled,
      Map<Integer, long[]> top,
      List<SeekerFeatures> all) {
    Map<Long, List<Long>> byPerson = new HashMap<>();
    for (int j = 0; j < r.rows(); j++) {
      byPerson.computeIfAbsent(r.personIds()[j], x -> new ArrayList<>()).add(r.postingIds()[j]);
    }
    for (int i = from; i < from + r.seekers(); i++) {
      if (sampled.contains(i)) {
        List<Long> ids = byPerson.getOrDefault(all.get(i).personId(), List.of());
        top.put(i, ids.stream().mapToLong(Long::longValue).toArray());
      }
    }
  }

  /** Postings in an in-memory Lucene index: group term, occupation term, point, row number. */
  static final class LuceneBaseline {
    private final PostingTable table;
    private final IndexSearcher searcher;

    LuceneBaseline(PostingTable table) throws IOException {
      this.table = table;
      ByteBuffersDirectory dir = new ByteBuffersDirectory();
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setRAMBufferSizeMB(128))) {
        for (int row = 0; row < table.size(); row++) {
          Document d = new Document();
          d.add(new StringField("group", Integer.toString(table.group(row)), Field.Store.NO));
          d.add(
              new StringField(
                  "occupation", Integer.toString(table.occupation(row)), Field.Store.NO));
          d.add(new LatLonPoint("location", table.lat(row), table.lng(row)));
          d.add(new NumericDocValuesField("row", row));
          w.addDocument(d);
        }
        w.forceMerge(1);
      }
      searcher = new IndexSearcher(DirectoryReader.open(dir));
    }

    /** The seeker's top ten by the exact score over the Lucene hits; returns the hit count. */
    long top(SeekerFeatures s, Scorer scorer) {
      List<BytesRef> groups = new ArrayList<>();
      for (int g : s.groups()) {
        groups.add(new BytesRef(Integer.toString(g)));
      }
      Query q =
          new BooleanQuery.Builder()
              .add(new TermInSetQuery("group", groups), BooleanClause.Occur.FILTER)
              .add(
                  LatLonPoint.newDistanceQuery(
                      "location", s.lat(), s.lng(), s.maxDistanceKm() * 1000),
                  BooleanClause.Occur.FILTER)
              .build();
      TopK heap = new TopK(K);
      long[] count = new long[1];
      try {
        searcher.search(
            q,
            new CollectorManager<SimpleCollector, Void>() {
              @Override
              public SimpleCollector newCollector() {
                return new SimpleCollector() {
                  private NumericDocValues rows;

                  @Override
                  protected void doSetNextReader(LeafReaderContext context) throws IOException {
                    rows = context.reader().getNumericDocValues("row");
                  }

                  @Override
                  public void collect(int doc) throws IOException {
                    rows.advanceExact(doc);
                    int row = (int) rows.longValue();
                    count[0]++;
                    if (scorer.failed(s, table, row) == 0) {
                      heap.offer(row, table.id(row), scorer.score(s, table, row, null));
                    }
                  }

                  @Override
                  public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                  }
                };
              }

              @Override
              public Void reduce(java.util.Collection<SimpleCollector> collectors) {
                return null;
              }
            });
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      return count[0];
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        continue;
      }
      String name = a.substring(2);
      if (name.contains("=")) {
        o.put(name.substring(0, name.indexOf('=')), name.substring(name.indexOf('=') + 1));
      } else if (i + 1 < args.length) {
        o.put(name, args[++i]);
      }
    }
    return o;
  }

  private static String secs(long nanos) {
    return fmt(nanos / 1e9);
  }

  private static String fmt(double seconds) {
    return String.format(java.util.Locale.ROOT, "%.2f", seconds);
  }
}
