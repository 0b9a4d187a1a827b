package org.qingsong.matching.batch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import org.qingsong.matching.recommend.FeatureLoader;
import org.qingsong.matching.recommend.PostingCatalog;
import org.qingsong.matching.recommend.Scorer;
import org.qingsong.matching.recommend.SeekerFeatures;
import org.qingsong.people.JobSeekers;
import org.qingsong.people.SeekerProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Executes a batch run: reads active seekers in person-id order a chunk at a time, scores each
 * chunk on all cores against the posting table (loaded once per run), and stores every chunk with
 * its checkpoint in one transaction. A resumed run skips the person-id ranges of finished chunks,
 * so no seeker is stored twice; when every seeker is done the run writes its results in posting
 * order, becomes the current one and deletes the runs it replaced.
 */
@Component
public class BatchEngine {
  private static final Logger log = LoggerFactory.getLogger(BatchEngine.class);
  private static final Duration LOG_EVERY = Duration.ofSeconds(2);

  /** Results in posting order written or deleted per transaction. */
  private static final int ORDER_ROWS = 20_000;

  private final BatchStore store;
  private final JobSeekers seekers;
  private final FeatureLoader features;
  private final PostingCatalog postings;
  private final Scorer scorer;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final AtomicBoolean busy = new AtomicBoolean();
  private final Map<Long, Progress> progress = new ConcurrentHashMap<>();

  BatchEngine(
      BatchStore store,
      JobSeekers seekers,
      FeatureLoader features,
      PostingCatalog postings,
      Scorer scorer,
      TransactionTemplate tx,
      Clock clock) {
    this.store = store;
    this.seekers = seekers;
    this.features = features;
    this.postings = postings;
    this.scorer = scorer;
    this.tx = tx;
    this.clock = clock;
  }

  /** What this process has measured of a run it is executing or executed. */
  public record Progress(long processedAtStart, Instant since, long processed, Instant at) {
    public Double ratePerSecond() {
      double secs = Duration.between(since, at).toMillis() / 1000.0;
      long done = processed - processedAtStart;
      return secs <= 0 || done <= 0 ? null : done / secs;
    }
  }

  public Optional<Progress> progress(long runId) {
    return Optional.ofNullable(progress.get(runId));
  }

  /** Whether a run is executing here or deleting what it replaced. */
  public boolean busy() {
    return busy.get();
  }

  /** Claims the engine for one run; false when a run is already executing here. */
  public boolean claim() {
    return busy.compareAndSet(false, true);
  }

  public void release() {
    busy.set(false);
  }

  /**
   * Runs a claimed run until it is complete, {@code maxChunks} chunks were stored in this go (then
   * INTERRUPTED), the thread is interrupted (INTERRUPTED) or something fails (FAILED). Releases the
   * claim. Returns the final status.
   */
  public String execute(long runId, Integer maxChunks) {
    try {
      return doExecute(runId, maxChunks);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      store.stop(runId, "INTERRUPTED", "interrupted", now());
      log.warn("batch run {} interrupted; it can be resumed", runId);
      return "INTERRUPTED";
    } catch (RuntimeException e) {
      log.error("batch run {} failed; it can be resumed", runId, e);
      store.stop(runId, "FAILED", e.toString(), now());
      return "FAILED";
    } finally {
      release();
    }
  }

  private String doExecute(long runId, Integer maxChunks) throws InterruptedException {
    BatchStore.RunRow run = store.find(runId).orElseThrow();
    PostingCatalog.Snapshot snap = postings.reload();
    store.setPostings(runId, snap.table().size());
    TreeMap<Long, Long> finished = store.finishedChunks(runId);
    Instant since = clock.instant();
    progress.put(runId, new Progress(run.processed(), since, run.processed(), since));
    log.info(
        "batch run {}: {} active seekers x {} postings, {} chunks already done, {} threads",
        runId,
        run.totalSeekers(),
        snap.table().size(),
        finished.size(),
        Runtime.getRuntime().availableProcessors());
    ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    try {
      ChunkScorer chunkScorer = new ChunkScorer(scorer, run.topK(), pool);
      long processed = run.processed();
      long after = 0;
      int chunks = 0;
      Instant lastLog = Instant.EPOCH;
      while (true) {
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedException();
        }
        if (maxChunks != null && chunks >= maxChunks) {
          store.stop(runId, "INTERRUPTED", "stopped after " + chunks + " chunks", now());
          log.info(
              "batch run {}: stopped after {} chunks as asked; it can be resumed", runId, chunks);
          return "INTERRUPTED";
        }
        Map.Entry<Long, Long> next = finished.higherEntry(after);
        List<SeekerProfile> page = seekers.page(after, run.chunkSize());
        List<SeekerProfile> chunk = new ArrayList<>(page.size());
        for (SeekerProfile p : page) {
          if (next != null && p.personId() >= next.getKey()) {
            break;
          }
          chunk.add(p);
        }
        if (chunk.isEmpty()) {
          if (next == null) {
            break;
          }
          after = next.getValue();
          continue;
        }
        List<SeekerFeatures> feats = features.seekers(chunk);
        ChunkResult result = chunkScorer.score(feats, snap.table(), snap.index());
        tx.executeWithoutResult(s -> store.saveChunk(runId, result, now()));
        processed += result.seekers();
        chunks++;
        after = result.lastPersonId();
        Instant at = clock.instant();
        progress.put(runId, new Progress(run.processed(), since, processed, at));
        if (Duration.between(lastLog, at).compareTo(LOG_EVERY) >= 0) {
          lastLog = at;
          logProgress(runId, processed, run.totalSeekers(), progress.get(runId));
        }
      }
      tx.executeWithoutResult(s -> store.orderingStarted(runId, now()));
      writePostingOrder(runId);
      tx.executeWithoutResult(s -> store.complete(runId, now()));
      Progress p = progress.get(runId);
      log.info(
          "batch run {} completed: {} seekers in {} s; now serving recommendations",
          runId,
          processed,
          Duration.between(since, p.at()).toMillis() / 1000.0);
      deleteSuperseded(runId);
      return "COMPLETED";
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Writes the run's results in posting order (what "people for a posting" reads), sorted, so they
   * are appended in key order, {@link #ORDER_ROWS} a transaction; rows of a go that was stopped are
   * deleted first.
   */
  private void writePostingOrder(long runId) throws InterruptedException {
    Instant started = clock.instant();
    while (deletePostingOrder(runId) > 0) {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedException();
      }
    }
    BatchStore.PostingOrder order = store.readPostingOrder(runId);
    Instant lastLog = started;
    for (int from = 0; from < order.size(); from += ORDER_ROWS) {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedException();
      }
      int first = from;
      int to = Math.min(order.size(), from + ORDER_ROWS);
      tx.executeWithoutResult(s -> store.insertPostingOrder(runId, order, first, to));
      Instant at = clock.instant();
      if (Duration.between(lastLog, at).compareTo(LOG_EVERY) >= 0) {
        lastLog = at;
        log.info("batch run {}: results in posting order, {}/{}", runId, to, order.size());
      }
    }
    log.info(
        "batch run {}: {} results in posting order in {} s",
        runId,
        order.size(),
        Duration.between(started, clock.instant()).toMillis() / 1000.0);
  }

  private int deletePostingOrder(long runId) {
    Integer deleted = tx.execute(s -> store.deletePostingOrder(runId, ORDER_ROWS));
    return deleted == null ? 0 : deleted;
  }

  /**
   * Deletes the runs that {@code runId} replaced, a chunk per transaction: one transaction for a
   * whole run's rows (2 million at city scale) made the switch itself take minutes. Readers no
   * longer see these runs. What an interruption or a failure leaves is deleted after the next run.
   */
  private void deleteSuperseded(long runId) {
    try {
      for (long old : store.superseded(runId)) {
        TreeMap<Long, Long> chunks = store.finishedChunks(old);
        Instant started = clock.instant();
        Instant lastLog = started;
        int done = 0;
        for (Map.Entry<Long, Long> c : chunks.entrySet()) {
          if (stopped(runId, old)) {
            return;
          }
          tx.executeWithoutResult(s -> store.deleteChunk(old, c.getKey(), c.getValue()));
          done++;
          Instant at = clock.instant();
          if (Duration.between(lastLog, at).compareTo(LOG_EVERY) >= 0) {
            lastLog = at;
            log.info(
                "batch run {}: deleting replaced run {}, {}/{} chunks",
                runId,
                old,
                done,
                chunks.size());
          }
        }
        while (deletePostingOrder(old) > 0) {
          if (stopped(runId, old)) {
            return;
          }
        }
        tx.executeWithoutResult(s -> store.deleteRun(old));
        log.info(
            "batch run {}: replaced run {} deleted ({} chunks) in {} s",
            runId,
            old,
            chunks.size(),
            Duration.between(started, clock.instant()).toMillis() / 1000.0);
      }
    } catch (RuntimeException e) {
      log.warn(
          "batch run {}: deleting the runs it replaced failed; they go after the next run",
          runId,
          e);
    }
  }

  private static boolean stopped(long runId, long old) {
    if (!Thread.currentThread().isInterrupted()) {
      return false;
    }
    log.warn(
        "batch run {}: interrupted while deleting run {}; the rest goes after the next run",
        runId,
        old);
    return true;
  }

  private static void logProgress(long runId, long processed, long total, Progress p) {
    Double rate = p.ratePerSecond();
    long eta = rate == null ? -1 : Math.round(Math.max(0, total - processed) / rate);
    log.info(
        "batch run {}: {}/{} seekers ({}%), {} seekers/s, ETA {} s",
        runId,
        processed,
        total,
        total == 0 ? 100 : Math.round(processed * 1000.0 / total) / 10.0,
        rate == null ? "-" : Math.round(rate),
        eta < 0 ? "-" : eta);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
