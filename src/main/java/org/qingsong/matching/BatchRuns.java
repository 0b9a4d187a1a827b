package org.qingsong.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.identity.Actor;
import org.qingsong.identity.AuditTrail;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.qingsong.matching.batch.BatchEngine;
import org.qingsong.matching.batch.BatchStore;
import org.qingsong.matching.recommend.ScoringWeights;
import org.qingsong.people.JobSeekers;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * City-wide batch runs: the top postings of every active seeker, started by administrators (API),
 * nightly or by the {@code recommend} command; one run at a time per instance. A run that stopped
 * (asked to stop after some chunks, the application stopped, a failure) can be resumed and skips
 * its finished chunks.
 */
@Service
public class BatchRuns implements DisposableBean {
  public static final int TOP_K = 10;
  public static final int MAX_CHUNK_SIZE = 50_000;

  private final BatchEngine engine;
  private final BatchStore store;
  private final JobSeekers seekers;
  private final ScoringWeights weights;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final int defaultChunkSize;
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "matching-batch");
            t.setDaemon(true);
            return t;
          });

  BatchRuns(
      BatchEngine engine,
      BatchStore store,
      JobSeekers seekers,
      ScoringWeights weights,
      CurrentActor currentActor,
      AuditTrail audit,
      TransactionTemplate tx,
      Clock clock,
      @Value("${qingsong.matching.batch.chunk-size:2000}") int defaultChunkSize) {
    this.engine = engine;
    this.store = store;
    this.seekers = seekers;
    this.weights = weights;
    this.currentActor = currentActor;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
    this.defaultChunkSize = defaultChunkSize;
  }

  /** Starts a new run in the background; 409 while another is executing here. */
  public BatchRun start(BatchRequest request) {
    requireAdmin();
    int chunkSize = validate(request);
    if (!engine.claim()) {
      throw DomainException.conflict("matching.batch.busy");
    }
    try {
      long id = create("API", chunkSize);
      executor.submit(() -> engine.execute(id, request.maxChunks()));
      return get(id);
    } catch (RuntimeException e) {
      engine.release();
      throw e;
    }
  }

  /** Resumes a stopped run in the background; 409 unless it is INTERRUPTED or FAILED. */
  public BatchRun resume(long id, BatchRequest request) {
    requireAdmin();
    validate(request);
    store.find(id).orElseThrow(() -> DomainException.notFound("matching.batch.notFound", id));
    if (!engine.claim()) {
      throw DomainException.conflict("matching.batch.busy");
    }
    try {
      // A newer run has completed: this one's results would replace fresher ones, and it is
      // deleted with the other replaced runs.
      Long current = store.currentRunId().orElse(null);
      if (superseded(id, current)) {
        throw DomainException.conflict(
            "matching.batch.superseded", String.valueOf(id), String.valueOf(current));
      }
      restart(id);
      executor.submit(() -> engine.execute(id, request.maxChunks()));
      return get(id);
    } catch (RuntimeException e) {
      engine.release();
      throw e;
    }
  }

  /**
   * Runs to the end in the calling thread (the {@code recommend} command and the nightly job):
   * resumes the latest stopped run when {@code resume} and there is one, else starts a new run.
   * Returns the run as it ended.
   */
  public BatchRun runHere(String via, boolean resume, BatchRequest request) {
    int chunkSize = validate(request);
    if (!engine.claim()) {
      throw DomainException.conflict("matching.batch.busy");
    }
    long id;
    try {
      var stopped =
          resume ? store.latestUnfinished() : java.util.Optional.<BatchStore.RunRow>empty();
      if (stopped.isPresent()) {
        id = stopped.get().id();
        restart(id);
      } else {
        id = create(via, chunkSize);
      }
    } catch (RuntimeException e) {
      engine.release();
      throw e;
    }
    engine.execute(id, request.maxChunks());
    return get(id);
  }

  public BatchRun get(long id) {
    Actor actor = currentActor.get();
    if (!actor.is(Role.ADMIN, Role.STAFF, Role.AUDITOR)) {
      throw DomainException.forbidden("matching.batch.forbidden");
    }
    return view(
        store.find(id).orElseThrow(() -> DomainException.notFound("matching.batch.notFound", id)),
        store.currentRunId().orElse(null));
  }

  public PageResult<BatchRun> list(PageRequest page) {
    Actor actor = currentActor.get();
    if (!actor.is(Role.ADMIN, Role.STAFF, Role.AUDITOR)) {
      throw DomainException.forbidden("matching.batch.forbidden");
    }
    Long currentId = store.currentRunId().orElse(null);
    return PageResult.of(
        store.page(page).stream().map(r -> view(r, currentId)).toList(), page, store.count());
  }

  private long create(String via, int chunkSize) {
    String by = currentActor.get().username();
    long total = seekers.countActive();
    return tx.execute(
        s -> {
          long id =
              store.insert(
                  via,
                  by,
                  OffsetDateTime.now(clock),
                  chunkSize,
                  TOP_K,
                  total,
                  weights.occupation()
                      + ","
                      + weights.distance()
                      + ","
                      + weights.pay()
                      + ","
                      + weights.hours()
                      + ","
                      + weights.priority());
          audit.record("START", "MATCHING_BATCH_RUN", id, via + " " + total + " seekers");
          return id;
        });
  }

  private void restart(long id) {
    tx.executeWithoutResult(
        s -> {
          if (!store.restart(id, OffsetDateTime.now(clock))) {
            throw DomainException.conflict("matching.batch.notResumable", id);
          }
          audit.record("RESUME", "MATCHING_BATCH_RUN", id, null);
        });
  }

  private void requireAdmin() {
    if (!currentActor.get().is(Role.ADMIN)) {
      throw DomainException.forbidden("matching.batch.start.forbidden");
    }
  }

  private int validate(BatchRequest request) {
    FieldErrors errors = new FieldErrors();
    if (request.chunkSize() != null
        && (request.chunkSize() < 1 || request.chunkSize() > MAX_CHUNK_SIZE)) {
      errors.add("chunkSize", "matching.batch.chunkSize", MAX_CHUNK_SIZE);
    }
    if (request.maxChunks() != null && request.maxChunks() < 1) {
      errors.add("maxChunks", "matching.batch.maxChunks");
    }
    errors.throwIfAny();
    return request.chunkSize() == null ? defaultChunkSize : request.chunkSize();
  }

  /** Seekers per chunk when a run does not say. */
  public int defaultChunkSize() {
    return defaultChunkSize;
  }

  /** Whether a run is executing or deleting the runs it replaced (a start is then refused). */
  public boolean busy() {
    return engine.busy();
  }

  /**
   * Whether a newer run than this one is in use: a stopped run is then not resumed (its results
   * would replace fresher ones) and is deleted with the runs the next completed run replaces. The
   * store's {@code latestUnfinished} asks the same in SQL.
   */
  private static boolean superseded(long id, Long currentId) {
    return currentId != null && currentId > id;
  }

  private BatchRun view(BatchStore.RunRow r, Long currentId) {
    boolean resumable =
        ("INTERRUPTED".equals(r.status()) || "FAILED".equals(r.status()))
            && !superseded(r.id(), currentId);
    OffsetDateTime end = r.finishedAt() != null ? r.finishedAt() : OffsetDateTime.now(clock);
    Double rate =
        engine
            .progress(r.id())
            .filter(p -> "RUNNING".equals(r.status()))
            .map(BatchEngine.Progress::ratePerSecond)
            .orElseGet(
                () -> {
                  double secs = Duration.between(r.startedAt(), end).toMillis() / 1000.0;
                  return secs <= 0 || r.processed() == 0 ? null : r.processed() / secs;
                });
    String phase =
        !"RUNNING".equals(r.status())
            ? null
            : r.orderingStartedAt() == null ? BatchRun.SCORING : BatchRun.ORDERING;
    Long eta =
        "COMPLETED".equals(r.status())
            ? Long.valueOf(0)
            : rate == null || BatchRun.ORDERING.equals(phase)
                ? null
                : Math.round(Math.max(0, r.totalSeekers() - r.processed()) / rate);
    double percent =
        r.totalSeekers() == 0
            ? ("COMPLETED".equals(r.status()) ? 100 : 0)
            : Math.min(100, Math.round(r.processed() * 1000.0 / r.totalSeekers()) / 10.0);
    return new BatchRun(
        r.id(),
        r.status(),
        phase,
        r.startedVia(),
        r.startedBy(),
        r.startedAt(),
        r.finishedAt(),
        r.chunkSize(),
        r.topK(),
        r.totalSeekers(),
        r.processed(),
        r.chunksDone(),
        r.postings(),
        percent,
        rate == null ? null : Math.round(rate * 10) / 10.0,
        eta,
        r.current(),
        resumable,
        r.failure());
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
