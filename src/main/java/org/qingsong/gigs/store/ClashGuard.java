package org.qingsong.gigs.store;

import java.sql.DatabaseMetaData;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Books a worker into a visit so that no two of the worker's visits overlap, travel buffer
 * included, even when assigners race.
 *
 * <ul>
 *   <li>PostgreSQL: the exclusion constraint {@code gig_visit_no_overlap} (migration V8_1) refuses
 *       the second of two overlapping bookings; a concurrent booker waits for the first to commit
 *       and then fails. The failure is caught at a savepoint and answered with the visit that won.
 *   <li>H2 (no exclusion constraints): the worker's row is locked ({@code SELECT … FOR UPDATE})
 *       before the overlap is looked up, so that bookings of one worker run one after the other and
 *       each sees the one before.
 * </ul>
 */
@Component
public class ClashGuard {
  static final String CONSTRAINT = "gig_visit_no_overlap";

  /** The outcome of a booking attempt. */
  public sealed interface Outcome {
    /** The worker is booked. */
    record Booked() implements Outcome {}

    /** Another visit of the worker is in the way. */
    record Clash(VisitStore.Booked other) implements Outcome {}

    /** The visit is no longer waiting for a worker (someone else assigned it first). */
    record Taken() implements Outcome {}
  }

  private final DataSource dataSource;
  private final VisitStore visits;
  private final WorkerStore workers;
  private volatile Boolean exclusionConstraint;

  ClashGuard(DataSource dataSource, VisitStore visits, WorkerStore workers) {
    this.dataSource = dataSource;
    this.visits = visits;
    this.workers = workers;
  }

  /**
   * Serialises the worker's bookings where the database cannot enforce the rule itself. Call first
   * in the assigning transaction, after locking the visit.
   */
  public void lockWorker(long workerId) {
    if (!usesExclusionConstraint()) {
      workers.lock(workerId);
    }
  }

  /** Books the worker into the visit for the blocked range {@code [from, until)}. */
  public Outcome book(
      long visitId,
      long workerId,
      OffsetDateTime from,
      OffsetDateTime until,
      boolean pinned,
      String by,
      OffsetDateTime now) {
    Optional<VisitStore.Booked> clash = visits.clash(workerId, from, until, visitId);
    if (clash.isPresent()) {
      return new Outcome.Clash(clash.get());
    }
    TransactionStatus tx = TransactionAspectSupport.currentTransactionStatus();
    Object savepoint = tx.createSavepoint();
    try {
      boolean done = visits.assign(visitId, workerId, from, until, pinned, by, now);
      tx.releaseSavepoint(savepoint);
      return done ? new Outcome.Booked() : new Outcome.Taken();
    } catch (DataIntegrityViolationException e) {
      if (!String.valueOf(e.getMessage()).contains(CONSTRAINT)) {
        throw e;
      }
      tx.rollbackToSavepoint(savepoint);
      Optional<VisitStore.Booked> winner = visits.clash(workerId, from, until, visitId);
      if (winner.isEmpty()) {
        throw e;
      }
      return new Outcome.Clash(winner.get());
    }
  }

  /** Whether the database enforces the rule with an exclusion constraint (PostgreSQL). */
  public boolean usesExclusionConstraint() {
    Boolean known = exclusionConstraint;
    if (known == null) {
      try {
        String product =
            JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        known = product != null && product.toLowerCase(java.util.Locale.ROOT).contains("postgres");
      } catch (MetaDataAccessException e) {
        known = false;
      }
      exclusionConstraint = known;
    }
    return known;
  }
}
