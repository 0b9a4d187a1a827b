package org.qingsong.gigs;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.DomainException;
import org.qingsong.common.InvalidInputException;
import org.qingsong.geography.WalkingModel;
import org.qingsong.gigs.store.ClashGuard;
import org.qingsong.gigs.store.VisitStore;
import org.qingsong.identity.Actor;
import org.qingsong.identity.AuditTrail;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff give visits to workers: the candidate list (eligible workers ranked, the others with the
 * rule they fail), assignment under the hard rule that a worker never has two visits within the
 * travel buffer of each other, and unassignment.
 */
@Service
public class GigAssignments {
  /** At most this many candidates are listed. */
  public static final int MAX_CANDIDATES = 100;

  private final VisitStore visits;
  private final ClashGuard guard;
  private final GigVisits gigVisits;
  private final GigWorkers workers;
  private final ServiceCatalogue catalogue;
  private final GigSettings settings;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final Clock clock;

  GigAssignments(
      VisitStore visits,
      ClashGuard guard,
      GigVisits gigVisits,
      GigWorkers workers,
      ServiceCatalogue catalogue,
      GigSettings settings,
      CurrentActor currentActor,
      AuditTrail audit,
      Clock clock) {
    this.visits = visits;
    this.guard = guard;
    this.gigVisits = gigVisits;
    this.workers = workers;
    this.catalogue = catalogue;
    this.settings = settings;
    this.currentActor = currentActor;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Workers for a visit: those offering its service, and those of stations in the recipient's
   * street; eligible ones first, ranked, then the others by how far they got through the rules.
   */
  @Transactional(readOnly = true)
  public List<Candidate> candidates(long visitId, int limit) {
    Actor actor = currentActor.get();
    Visit visit = gigVisits.require(visitId);
    requireDispatcher(actor, visit);
    VisitSlot slot = slot(visit);
    Map<Long, Worker> pool = new HashMap<>();
    workers.active(visit.serviceCode()).forEach(w -> pool.put(w.id(), w));
    workers.stationIdsOf(visit.recipient().streetCode()).stream()
        .flatMap(
            s -> workers.find(s, null, org.qingsong.common.PageRequest.of(0, 100)).items().stream())
        .forEach(w -> pool.putIfAbsent(w.id(), w));
    Map<Long, List<Booking>> bookings = bookingsByWorker(pool.keySet(), slot);
    List<Candidate> all = new ArrayList<>();
    for (Worker w : pool.values()) {
      List<Booking> theirs = bookings.getOrDefault(w.id(), List.of());
      List<Check> checks = Eligibility.check(w, slot, theirs, settings.travelBuffer());
      long meters = Eligibility.walkingMeters(w, slot);
      all.add(
          new Candidate(
              w.id(),
              w.name(),
              w.phone(),
              w.stationName(),
              Eligibility.eligible(checks),
              null,
              meters,
              WalkingModel.walkingMinutes(meters),
              Eligibility.minutesThatDay(slot, theirs),
              w.maxMinutesPerDay(),
              checks));
    }
    all.sort(
        Comparator.comparing((Candidate c) -> !c.eligible())
            .thenComparing(c -> -passedBeforeFirstFailure(c.checks()))
            .thenComparingLong(Candidate::walkingMeters)
            .thenComparingInt(Candidate::minutesThatDay)
            .thenComparingLong(Candidate::workerId));
    List<Candidate> ranked = new ArrayList<>();
    int rank = 0;
    for (Candidate c : all.subList(0, Math.min(Math.max(1, limit), all.size()))) {
      ranked.add(
          c.eligible()
              ? new Candidate(
                  c.workerId(),
                  c.name(),
                  c.phone(),
                  c.stationName(),
                  true,
                  ++rank,
                  c.walkingMeters(),
                  c.walkingMinutes(),
                  c.minutesThatDay(),
                  c.maxMinutesPerDay(),
                  c.checks())
              : c);
    }
    return ranked;
  }

  /**
   * Gives the visit to the worker. 409 when the visit is not waiting for a worker, when the worker
   * fails a rule (the reasons say which), or when another of the worker's visits is within the
   * travel buffer ({@link VisitClash}, naming that visit).
   */
  @Transactional
  public Visit assign(long visitId, Long workerId, boolean pinned) {
    Actor actor = currentActor.get();
    if (workerId == null) {
      throw InvalidInputException.of("workerId", "field.required");
    }
    VisitStore.Row row =
        visits
            .lock(visitId)
            .orElseThrow(() -> DomainException.notFound("gig.visit.notFound", visitId));
    Visit visit = gigVisits.require(row.id());
    requireDispatcher(actor, visit);
    if (visit.status() != VisitStatus.REQUESTED) {
      if (visit.status() == VisitStatus.ASSIGNED) {
        throw DomainException.conflict("gig.visit.alreadyAssigned", visit.workerName());
      }
      throw DomainException.conflict("gig.visit.badTransition", visit.status().name(), "assign");
    }
    Worker worker =
        workers
            .lookup(workerId)
            .orElseThrow(
                () -> InvalidInputException.of("workerId", "gig.worker.unknown", workerId));
    guard.lockWorker(worker.id());
    VisitSlot slot = slot(visit);
    List<Booking> theirs =
        bookingsByWorker(List.of(worker.id()), slot).getOrDefault(worker.id(), List.of());
    List<Check> checks = Eligibility.check(worker, slot, theirs, settings.travelBuffer());
    for (Check c : checks) {
      if (!c.passed() && c.rule() != Check.Rule.NO_CLASH) {
        throw new DomainException(DomainException.Kind.CONFLICT, c.code(), c.args().toArray());
      }
    }
    OffsetDateTime until = Eligibility.blockedUntil(visit.endsAt(), settings.travelBuffer());
    ClashGuard.Outcome outcome =
        guard.book(
            visit.id(),
            worker.id(),
            visit.startsAt(),
            until,
            pinned,
            actor.username(),
            BusinessTime.local(OffsetDateTime.now(clock)));
    if (outcome instanceof ClashGuard.Outcome.Clash clash) {
      throw new VisitClash(
          worker.id(), clash.other().id(), clash.other().startsAt(), clash.other().endsAt());
    }
    if (outcome instanceof ClashGuard.Outcome.Taken) {
      throw DomainException.conflict("gig.visit.changed");
    }
    audit.record(
        "ASSIGN", "GIG_VISIT", visit.id(), "worker " + worker.id() + (pinned ? " (pinned)" : ""));
    return gigVisits.require(visit.id());
  }

  /** Takes the worker off a visit that has not started; it waits for a worker again. */
  @Transactional
  public Visit unassign(long visitId) {
    Actor actor = currentActor.get();
    visits.lock(visitId).orElseThrow(() -> DomainException.notFound("gig.visit.notFound", visitId));
    Visit visit = gigVisits.require(visitId);
    requireDispatcher(actor, visit);
    if (visit.status() != VisitStatus.ASSIGNED) {
      throw DomainException.conflict("gig.visit.badTransition", visit.status().name(), "unassign");
    }
    if (!visits.unassign(visitId, BusinessTime.local(OffsetDateTime.now(clock)))) {
      throw DomainException.conflict("gig.visit.changed");
    }
    audit.record("UNASSIGN", "GIG_VISIT", visitId, "worker " + visit.workerId());
    return gigVisits.require(visitId);
  }

  VisitSlot slot(Visit v) {
    return new VisitSlot(
        v.id(),
        catalogue.get(v.serviceCode()),
        v.date(),
        v.startsAt(),
        v.endsAt(),
        v.recipient().location(),
        v.workerId(),
        v.pinned(),
        v.recipient().id());
  }

  Map<Long, List<Booking>> bookingsByWorker(java.util.Collection<Long> workerIds, VisitSlot slot) {
    Map<Long, List<Booking>> out = new HashMap<>();
    if (workerIds.isEmpty()) {
      return out;
    }
    for (VisitStore.Booked b :
        visits.bookings(workerIds, slot.date().minusDays(1), slot.date().plusDays(1))) {
      out.computeIfAbsent(b.workerId(), k -> new ArrayList<>()).add(booking(b));
    }
    return out;
  }

  static Booking booking(VisitStore.Booked b) {
    return new Booking(
        b.id(), b.workerId(), b.startsAt(), b.endsAt(), b.blockedFrom(), b.blockedUntil());
  }

  static void requireDispatcher(Actor actor, Visit v) {
    boolean allowed =
        actor.is(Role.ADMIN)
            || (actor.is(Role.STAFF) && v.recipient().streetCode().equals(actor.streetCode()));
    if (!allowed) {
      if (actor.is(Role.STAFF, Role.AUDITOR) || GigVisits.serves(actor, v)) {
        throw DomainException.forbidden("gig.assignment.forbidden");
      }
      throw DomainException.notFound("gig.visit.notFound", v.id());
    }
  }

  private static int passedBeforeFirstFailure(List<Check> checks) {
    int n = 0;
    for (Check c : checks) {
      if (!c.passed()) {
        return n;
      }
      n++;
    }
    return n;
  }
}
