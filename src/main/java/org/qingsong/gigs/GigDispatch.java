package org.qingsong.gigs;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.DomainException;
import org.qingsong.gigs.store.VisitStore;
import org.qingsong.identity.Actor;
import org.qingsong.identity.AuditTrail;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Assign all of a day": gathers the day's visits in the caller's scope (staff: their street;
 * admin: all), asks the {@link GigDispatcher} for a plan, and books it visit by visit through
 * {@link GigAssignments}, each in its own transaction under the same hard rules as a manual
 * assignment. Pinned visits are never touched; a plan that moves one is refused as a dispatcher
 * fault.
 */
@Service
public class GigDispatch {
  private final GigDispatcher dispatcher;
  private final GigAssignments assignments;
  private final GigVisits gigVisits;
  private final GigWorkers workers;
  private final VisitStore visits;
  private final VisitAssembler assembler;
  private final GigSettings settings;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final TransactionTemplate tx;
  private final Clock clock;

  GigDispatch(
      GigDispatcher dispatcher,
      GigAssignments assignments,
      GigVisits gigVisits,
      GigWorkers workers,
      VisitStore visits,
      VisitAssembler assembler,
      GigSettings settings,
      CurrentActor currentActor,
      AuditTrail audit,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.dispatcher = dispatcher;
    this.assignments = assignments;
    this.gigVisits = gigVisits;
    this.workers = workers;
    this.visits = visits;
    this.assembler = assembler;
    this.settings = settings;
    this.currentActor = currentActor;
    this.audit = audit;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** How far back a recipient's former carers are looked up. */
  static final int CARER_HISTORY_DAYS = 28;

  /** Dispatches a day (tomorrow when {@code date} is null). */
  public DispatchReport run(LocalDate date) {
    return run(date, null);
  }

  /**
   * Dispatches a day (tomorrow when {@code date} is null), letting a searching dispatcher take
   * {@code timeBudget} (null: its own default).
   */
  public DispatchReport run(LocalDate date, Duration timeBudget) {
    long start = System.nanoTime();
    Actor actor = currentActor.get();
    if (!actor.is(Role.ADMIN, Role.STAFF)) {
      throw DomainException.forbidden("gig.dispatch.forbidden");
    }
    LocalDate day =
        date != null ? date : LocalDate.now(clock.withZone(BusinessTime.ZONE)).plusDays(1);
    String street = actor.is(Role.STAFF) ? actor.streetCode() : null;
    List<Visit> open =
        assembler
            .toVisits(
                visits.find(
                    new VisitStore.Filter(day, day, null, null, null, null, street, null),
                    10_000,
                    0))
            .stream()
            .filter(v -> v.status() == VisitStatus.REQUESTED || v.status() == VisitStatus.ASSIGNED)
            .toList();
    Map<Long, Visit> byId = new HashMap<>();
    List<VisitSlot> slots = new ArrayList<>();
    for (Visit v : open) {
      byId.put(v.id(), v);
      slots.add(assignments.slot(v));
    }
    Set<Long> inProblem = new HashSet<>(byId.keySet());
    List<Booking> fixed =
        visits.bookings(null, day.minusDays(1), day.plusDays(1)).stream()
            .filter(b -> !inProblem.contains(b.id()))
            .map(GigAssignments::booking)
            .toList();
    List<Worker> pool = workers.active(null);
    Map<Long, Set<Long>> formerCarers = new HashMap<>();
    for (VisitStore.Row r :
        visits.find(
            new VisitStore.Filter(
                day.minusDays(CARER_HISTORY_DAYS),
                day.minusDays(1),
                null,
                null,
                null,
                null,
                street,
                null),
            10_000,
            0)) {
      if (r.workerId() != null && !VisitStatus.CANCELLED.name().equals(r.status())) {
        formerCarers.computeIfAbsent(r.recipientId(), k -> new HashSet<>()).add(r.workerId());
      }
    }
    DispatchPlan plan =
        dispatcher.plan(
            new DispatchProblem(
                day, slots, pool, fixed, settings.travelBuffer(), formerCarers, timeBudget));
    Map<Long, String> names = new HashMap<>();
    pool.forEach(w -> names.put(w.id(), w.name()));

    int pinned = 0;
    int kept = 0;
    int assigned = 0;
    int moved = 0;
    List<DispatchReport.Left> left = new ArrayList<>();
    // Visits that change worker come off their old worker first, so that two visits swapping
    // workers do not clash with each other's old booking.
    Set<Long> released = new HashSet<>();
    for (VisitSlot s : slots) {
      Long target = plan.workerFor(s.visitId()).orElse(null);
      if (!s.pinned() && s.currentWorkerId() != null && !s.currentWorkerId().equals(target)) {
        try {
          assignments.unassign(s.visitId());
          released.add(s.visitId());
        } catch (DomainException e) {
          // Changed meanwhile (started or cancelled): the second pass reports it.
        }
      }
    }
    for (VisitSlot s : slots) {
      Long target = plan.workerFor(s.visitId()).orElse(null);
      if (s.pinned()) {
        if (!s.currentWorkerId().equals(target)) {
          throw new IllegalStateException(dispatcher.name() + " moved pinned visit " + s.visitId());
        }
        pinned++;
        continue;
      }
      if (target != null && target.equals(s.currentWorkerId())) {
        kept++;
        continue;
      }
      try {
        if (s.currentWorkerId() != null && !released.contains(s.visitId())) {
          assignments.unassign(s.visitId());
        }
        if (target != null) {
          assignments.assign(s.visitId(), target, false);
          if (s.currentWorkerId() != null) {
            moved++;
          } else {
            assigned++;
          }
          continue;
        }
      } catch (DomainException e) {
        left.add(
            left(byId.get(s.visitId()), target, names, Check.Rule.NO_CLASH, e.code(), e.args()));
        continue;
      }
      DispatchPlan.Unassigned why =
          plan.unassigned().stream()
              .filter(u -> u.visitId() == s.visitId())
              .findFirst()
              .orElse(
                  new DispatchPlan.Unassigned(
                      s.visitId(), null, Check.Rule.ACTIVE, "gig.dispatch.noWorkers", List.of()));
      left.add(
          left(
              byId.get(s.visitId()),
              why.closestWorkerId(),
              names,
              why.rule(),
              why.code(),
              why.args().toArray()));
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    DispatchReport report =
        new DispatchReport(
            day, dispatcher.name(), slots.size(), pinned, kept, assigned, moved, left, millis);
    tx.executeWithoutResult(
        status ->
            audit.record(
                "DISPATCH",
                "GIG_DAY",
                day,
                report.dispatcher()
                    + ": "
                    + report.considered()
                    + " visits, "
                    + report.assigned()
                    + " assigned, "
                    + report.moved()
                    + " moved, "
                    + report.unassigned().size()
                    + " left"));
    return report;
  }

  private static DispatchReport.Left left(
      Visit v,
      Long workerId,
      Map<Long, String> names,
      Check.Rule rule,
      String code,
      Object[] args) {
    List<String> texts = new ArrayList<>();
    for (Object a : args) {
      texts.add(String.valueOf(a));
    }
    return new DispatchReport.Left(
        v.id(),
        v.startsAt(),
        v.serviceCode(),
        v.recipient().name(),
        workerId,
        workerId == null ? null : names.get(workerId),
        rule,
        code,
        texts);
  }
}
