package org.qingsong.gigs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.DomainException;
import org.qingsong.gigs.store.ClashGuard;
import org.qingsong.gigs.store.OrderStore;
import org.qingsong.gigs.store.VisitStore;
import org.qingsong.identity.AuditTrail;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits from a station's own records — done on paper before the platform, or made by the demo
 * generator: a one-off order with its visit, already assigned, and done when a care log is given.
 * Administrators only. The worker's row is locked and the overlap rule checked as for any
 * assignment (and, on PostgreSQL, enforced by the database).
 */
@Service
public class GigHistory {
  /** A recorded visit; {@code tasks}/{@code observations} make it done, {@code rating} rated. */
  public record RecordedVisit(
      long recipientId,
      String serviceCode,
      LocalDate date,
      int startMinute,
      int minutes,
      long workerId,
      List<String> tasks,
      String observations,
      Integer rating,
      String ratingComment) {}

  private final OrderStore orders;
  private final VisitStore visits;
  private final ClashGuard guard;
  private final GigRecipients recipients;
  private final GigWorkers workers;
  private final ServiceCatalogue catalogue;
  private final GigSettings settings;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final Clock clock;

  GigHistory(
      OrderStore orders,
      VisitStore visits,
      ClashGuard guard,
      GigRecipients recipients,
      GigWorkers workers,
      ServiceCatalogue catalogue,
      GigSettings settings,
      CurrentActor currentActor,
      AuditTrail audit,
      Clock clock) {
    this.orders = orders;
    this.visits = visits;
    this.guard = guard;
    this.recipients = recipients;
    this.workers = workers;
    this.catalogue = catalogue;
    this.settings = settings;
    this.currentActor = currentActor;
    this.audit = audit;
    this.clock = clock;
  }

  /** Records one visit; answers its id. */
  @Transactional
  public long record(RecordedVisit r) {
    var actor = currentActor.get();
    if (!actor.is(Role.ADMIN)) {
      throw DomainException.forbidden("gig.history.forbidden");
    }
    Recipient recipient =
        recipients
            .lookup(r.recipientId())
            .orElseThrow(() -> DomainException.notFound("gig.recipient.notFound", r.recipientId()));
    HouseholdService service = catalogue.get(r.serviceCode());
    workers
        .lookup(r.workerId())
        .orElseThrow(() -> DomainException.notFound("gig.worker.notFound", r.workerId()));
    OffsetDateTime now = BusinessTime.local(OffsetDateTime.now(clock));
    OffsetDateTime starts = GigOrders.startOf(r.date(), r.startMinute());
    OffsetDateTime ends = starts.plusMinutes(r.minutes());
    boolean done = r.observations() != null || (r.tasks() != null && !r.tasks().isEmpty());
    if (done && ends.isAfter(now)) {
      throw DomainException.conflict("gig.history.notYetDone");
    }
    long price = service.priceFor(r.minutes()).fen();
    long orderId =
        orders.insert(
            new OrderStore.Row(
                0,
                recipient.customerId(),
                recipient.id(),
                service.code(),
                r.date(),
                r.startMinute(),
                r.minutes(),
                Recurrence.NONE.name(),
                null,
                null,
                null,
                price,
                null,
                now,
                actor.username(),
                null,
                null,
                null));
    guard.lockWorker(r.workerId());
    OffsetDateTime until = Eligibility.blockedUntil(ends, settings.travelBuffer());
    visits
        .clash(r.workerId(), starts, until, -1)
        .ifPresent(
            b -> {
              throw new VisitClash(r.workerId(), b.id(), b.startsAt(), b.endsAt());
            });
    String status = !done ? "ASSIGNED" : r.rating() != null ? "RATED" : "CHECKED_OUT";
    long id =
        visits.insertRecorded(
            orderId,
            r.date(),
            starts,
            ends,
            price,
            r.workerId(),
            until,
            status,
            done ? ends : null,
            r.observations(),
            done ? r.rating() : null,
            done ? r.ratingComment() : null,
            actor.username(),
            now);
    if (done && r.tasks() != null) {
      for (String t : r.tasks()) {
        if (service.hasTask(t)) {
          visits.addTask(id, t);
        }
      }
    }
    audit.record("RECORD", "GIG_VISIT", id, status + " worker " + r.workerId());
    return id;
  }
}
