package org.qingsong.gigs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.GeoPoint;
import org.qingsong.common.InvalidValueException;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.gigs.store.VisitStore;
import org.qingsong.gigs.store.WorkerStore;
import org.qingsong.identity.Actor;
import org.qingsong.identity.AuditTrail;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits from the worker's arrival to the family's rating: check-in with the place it happened,
 * check-out with the care log, rating by the customer, and cancellation before check-in. Every step
 * is audited; a step that does not follow from the visit's status is a conflict.
 */
@Service
public class GigVisits {
  static final int MAX_INCIDENTS = 10;

  private final VisitStore store;
  private final WorkerStore workers;
  private final VisitAssembler assembler;
  private final ServiceCatalogue catalogue;
  private final GigSettings settings;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final Clock clock;

  GigVisits(
      VisitStore store,
      WorkerStore workers,
      VisitAssembler assembler,
      ServiceCatalogue catalogue,
      GigSettings settings,
      CurrentActor currentActor,
      AuditTrail audit,
      Clock clock) {
    this.store = store;
    this.workers = workers;
    this.assembler = assembler;
    this.catalogue = catalogue;
    this.settings = settings;
    this.currentActor = currentActor;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Visit get(long id) {
    Actor actor = currentActor.get();
    Visit v = require(id);
    if (!(actor.is(Role.AUDITOR) || serves(actor, v) || isWorker(actor, v))) {
      throw DomainException.notFound("gig.visit.notFound", id);
    }
    return v;
  }

  /**
   * Visits in the caller's scope: staff see their street's, a resident those they ordered or work,
   * admin and auditor all. Null filters do not filter.
   */
  @Transactional(readOnly = true)
  public PageResult<Visit> find(
      LocalDate from,
      LocalDate to,
      VisitStatus status,
      Long workerId,
      Long orderId,
      PageRequest page) {
    Actor actor = currentActor.get();
    String street = null;
    Long person = null;
    if (actor.is(Role.STAFF)) {
      street = actor.streetCode();
    } else if (actor.is(Role.RESIDENT)) {
      if (actor.personId() == null) {
        throw DomainException.forbidden("gig.visit.forbidden");
      }
      person = actor.personId();
    } else if (!actor.is(Role.ADMIN, Role.AUDITOR)) {
      throw DomainException.forbidden("gig.visit.forbidden");
    }
    VisitStore.Filter filter =
        new VisitStore.Filter(
            from,
            to,
            status == null ? null : status.name(),
            workerId,
            orderId,
            null,
            street,
            person);
    List<Visit> items = assembler.toVisits(store.find(filter, page.size(), page.offset()));
    return PageResult.of(items, page, store.count(filter));
  }

  /** The logged-in worker's visits on a date (not cancelled), earliest first. */
  @Transactional(readOnly = true)
  public List<Visit> mine(LocalDate date) {
    Actor actor = currentActor.get();
    Optional<WorkerStore.Row> worker =
        actor.personId() == null ? Optional.empty() : workers.findByPerson(actor.personId());
    if (worker.isEmpty()) {
      throw DomainException.forbidden("gig.worker.notAWorker");
    }
    return assembler
        .toVisits(
            store.find(
                new VisitStore.Filter(date, date, null, worker.get().id(), null, null, null, null),
                100,
                0))
        .stream()
        .filter(v -> v.status() != VisitStatus.CANCELLED)
        .toList();
  }

  /** The worker arrives: time and place recorded, flagged when far from the recipient's address. */
  @Transactional
  public Visit checkIn(long id, Double lat, Double lng) {
    Actor actor = currentActor.get();
    FieldErrors errors = new FieldErrors();
    if (lat == null) {
      errors.add("lat", "field.required");
    } else if (lat < -90 || lat > 90) {
      errors.add("lat", "geo.lat");
    }
    if (lng == null) {
      errors.add("lng", "field.required");
    } else if (lng < -180 || lng > 180) {
      errors.add("lng", "geo.lng");
    }
    errors.throwIfAny();
    Visit v = require(id);
    requireWorker(actor, v);
    requireStatus(v, VisitStatus.ASSIGNED, "checkIn");
    OffsetDateTime now = now();
    if (now.isBefore(v.startsAt().minus(settings.checkInEarly()))) {
      throw DomainException.conflict(
          "gig.visit.tooEarly", v.startsAt().toLocalDateTime().toString());
    }
    if (now.isAfter(v.endsAt().plus(settings.checkInEarly()))) {
      throw DomainException.conflict("gig.visit.tooLate");
    }
    GeoPoint at = new GeoPoint(lat, lng);
    int meters = (int) Math.round(at.metersTo(v.recipient().location()));
    boolean far = meters > settings.checkInFarMeters();
    if (!store.checkIn(id, now, lat, lng, meters, far)) {
      throw DomainException.conflict("gig.visit.changed");
    }
    audit.record(
        "CHECK_IN", "GIG_VISIT", id, meters + " m from the address" + (far ? ", far" : ""));
    return require(id);
  }

  /** The worker leaves, with the care log: tasks of the service's checklist, notes, incidents. */
  @Transactional
  public Visit checkOut(long id, CheckOutForm form) {
    Actor actor = currentActor.get();
    Visit v = require(id);
    HouseholdService service = catalogue.get(v.serviceCode());
    FieldErrors errors = new FieldErrors();
    List<String> tasks = new ArrayList<>();
    List<String> rawTasks = form.tasks() == null ? List.of() : form.tasks();
    for (int i = 0; i < rawTasks.size(); i++) {
      String t = rawTasks.get(i) == null ? "" : rawTasks.get(i).strip();
      if (!service.hasTask(t)) {
        errors.add("tasks[" + i + "]", "gig.visit.taskUnknown", t);
      } else if (!tasks.contains(t)) {
        tasks.add(t);
      }
    }
    String observations = errors.optionalText("observations", form.observations(), 2000);
    if (rawTasks.isEmpty() && observations == null && !errors.has("observations")) {
      errors.add("tasks", "gig.visit.careLogEmpty");
    }
    List<VisitStore.StoredIncident> incidents = new ArrayList<>();
    List<CheckOutForm.IncidentForm> rawIncidents =
        form.incidents() == null ? List.of() : form.incidents();
    if (rawIncidents.size() > MAX_INCIDENTS) {
      errors.add("incidents", "gig.visit.tooManyIncidents", MAX_INCIDENTS);
    } else {
      for (int i = 0; i < rawIncidents.size(); i++) {
        CheckOutForm.IncidentForm inc = rawIncidents.get(i);
        String at = "incidents[" + i + "]";
        if (inc == null) {
          errors.add(at, "field.required");
          continue;
        }
        Incident.Severity severity =
            errors.parse(at + ".severity", inc.severity(), GigVisits::severity);
        String description = errors.text(at + ".description", inc.description(), 1000);
        if (severity != null && description != null) {
          incidents.add(new VisitStore.StoredIncident(severity.name(), description));
        }
      }
    }
    errors.throwIfAny();
    requireWorker(actor, v);
    requireStatus(v, VisitStatus.CHECKED_IN, "checkOut");
    if (!store.checkOut(id, now(), observations, tasks, incidents)) {
      throw DomainException.conflict("gig.visit.changed");
    }
    audit.record(
        "CHECK_OUT", "GIG_VISIT", id, tasks.size() + " tasks, " + incidents.size() + " incidents");
    return require(id);
  }

  /** The customer rates a completed visit, once. */
  @Transactional
  public Visit rate(long id, Integer score, String comment) {
    Actor actor = currentActor.get();
    FieldErrors errors = new FieldErrors();
    if (score == null) {
      errors.add("score", "field.required");
    } else if (score < 1 || score > 5) {
      errors.add("score", "gig.visit.score");
    }
    String text = errors.optionalText("comment", comment, 500);
    errors.throwIfAny();
    Visit v = require(id);
    if (actor.personId() == null || actor.personId() != v.recipient().customerId()) {
      if (serves(actor, v) || isWorker(actor, v) || actor.is(Role.AUDITOR)) {
        throw DomainException.forbidden("gig.visit.onlyCustomerRates");
      }
      throw DomainException.notFound("gig.visit.notFound", id);
    }
    if (v.status() == VisitStatus.RATED) {
      throw DomainException.conflict("gig.visit.alreadyRated");
    }
    requireStatus(v, VisitStatus.CHECKED_OUT, "rate");
    if (!store.rate(id, score, text, now())) {
      throw DomainException.conflict("gig.visit.changed");
    }
    audit.record("RATE", "GIG_VISIT", id, score + "/5");
    return require(id);
  }

  /**
   * Cancels a visit before check-in: by its customer, staff of the recipient's street (or admin),
   * or the assigned worker. The worker's time is free again.
   */
  @Transactional
  public Visit cancel(long id, String reasonRaw, String noteRaw) {
    Actor actor = currentActor.get();
    FieldErrors errors = new FieldErrors();
    CancelReason reason = errors.parse("reason", reasonRaw, GigVisits::reason);
    String note = errors.optionalText("note", noteRaw, 500);
    if (reason == CancelReason.OTHER && note == null && !errors.has("note")) {
      errors.add("note", "gig.visit.noteRequired");
    }
    errors.throwIfAny();
    Visit v = require(id);
    String as;
    if (actor.personId() != null && actor.personId() == v.recipient().customerId()) {
      as = "CUSTOMER";
    } else if (actor.is(Role.ADMIN, Role.STAFF) && serves(actor, v)) {
      as = "STAFF";
    } else if (isWorker(actor, v)) {
      as = "WORKER";
    } else if (actor.is(Role.AUDITOR)) {
      throw DomainException.forbidden("gig.visit.forbidden");
    } else {
      throw DomainException.notFound("gig.visit.notFound", id);
    }
    return cancel(v, reason, note, as, actor);
  }

  Visit cancel(Visit v, CancelReason reason, String note, String as, Actor actor) {
    if (v.status() != VisitStatus.REQUESTED && v.status() != VisitStatus.ASSIGNED) {
      throw DomainException.conflict("gig.visit.badTransition", v.status().name(), "cancel");
    }
    if (!store.cancel(
        v.id(), v.status().name(), now(), actor.username(), as, reason.name(), note)) {
      throw DomainException.conflict("gig.visit.changed");
    }
    audit.record(
        "CANCEL", "GIG_VISIT", v.id(), as + " " + reason + (note == null ? "" : ": " + note));
    return require(v.id());
  }

  static boolean serves(Actor actor, Visit v) {
    return GigRecipients.serves(actor, v.recipient());
  }

  private boolean isWorker(Actor actor, Visit v) {
    if (v.workerId() == null || actor.personId() == null) {
      return false;
    }
    return workers.find(v.workerId()).map(w -> w.personId() == actor.personId()).orElse(false);
  }

  private void requireWorker(Actor actor, Visit v) {
    if (!isWorker(actor, v)) {
      if (actor.is(Role.AUDITOR) || serves(actor, v)) {
        throw DomainException.forbidden("gig.visit.onlyWorker");
      }
      throw DomainException.notFound("gig.visit.notFound", v.id());
    }
  }

  private static void requireStatus(Visit v, VisitStatus expected, String action) {
    if (v.status() != expected) {
      throw DomainException.conflict("gig.visit.badTransition", v.status().name(), action);
    }
  }

  Visit require(long id) {
    return store
        .find(id)
        .map(assembler::toVisit)
        .orElseThrow(() -> DomainException.notFound("gig.visit.notFound", id));
  }

  private OffsetDateTime now() {
    return BusinessTime.local(OffsetDateTime.now(clock));
  }

  static Incident.Severity severity(String raw) {
    try {
      return Incident.Severity.valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("gig.incident.severity");
    }
  }

  static CancelReason reason(String raw) {
    try {
      return CancelReason.valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("gig.cancel.reason");
    }
  }
}
