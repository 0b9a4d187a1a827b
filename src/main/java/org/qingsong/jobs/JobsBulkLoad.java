package org.qingsong.jobs;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.qingsong.identity.AuditTrail;
import org.qingsong.jobs.store.PostingBulkStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores generated postings in multi-row batches, published at once: the demo generator's path to a
 * city of a hundred thousand postings. Ids are given here and the identity column is moved past
 * them by {@link #finish()}. No events are published per posting; a search index built from the
 * database must be rebuilt after a bulk load.
 */
@Service
public class JobsBulkLoad {
  private final PostingBulkStore store;
  private final AuditTrail audit;
  private final Clock clock;

  JobsBulkLoad(PostingBulkStore store, AuditTrail audit, Clock clock) {
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public long nextFreeId() {
    return store.maxId() + 1;
  }

  /** Inserts the postings with ids {@code firstId}, {@code firstId + 1}, …, as published. */
  @Transactional
  public void publishAll(long firstId, List<GeneratedPosting> postings, String by) {
    store.insert(firstId, postings, OffsetDateTime.now(clock), by);
    audit.record("GENERATE", "JOB_POSTING", null, postings.size() + " published postings");
  }

  @Transactional
  public void finish() {
    store.restartIdentity();
  }
}
