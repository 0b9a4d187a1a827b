package org.qingsong.gigs;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.GeoPoint;
import org.qingsong.common.InvalidValueException;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.geography.Station;
import org.qingsong.geography.Stations;
import org.qingsong.gigs.store.WorkerStore;
import org.qingsong.identity.Actor;
import org.qingsong.identity.AuditTrail;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.qingsong.people.People;
import org.qingsong.people.Person;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gig workers: a registered resident becomes a worker at a station, with the services they offer,
 * certificates, weekly hours and home. Staff manage the workers of their street's stations; a
 * worker sees their own record. A login is a worker's when its person is the worker's person.
 */
@Service
public class GigWorkers {
  static final int DEFAULT_MAX_MINUTES = 8 * 60;

  private final WorkerStore store;
  private final ServiceCatalogue catalogue;
  private final People people;
  private final Stations stations;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final Clock clock;

  GigWorkers(
      WorkerStore store,
      ServiceCatalogue catalogue,
      People people,
      Stations stations,
      CurrentActor currentActor,
      AuditTrail audit,
      Clock clock) {
    this.store = store;
    this.catalogue = catalogue;
    this.people = people;
    this.stations = stations;
    this.currentActor = currentActor;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public Worker register(WorkerForm form) {
    Actor actor = currentActor.get();
    requireManager(actor);
    WorkerStore.Draft draft = validate(form, actor);
    long id;
    try {
      id = store.insert(draft, actor.username(), OffsetDateTime.now(clock));
    } catch (DuplicateKeyException e) {
      throw DomainException.conflict("gig.worker.duplicate", draft.personId());
    }
    audit.record("CREATE", "GIG_WORKER", id, "person " + draft.personId());
    return require(id);
  }

  @Transactional
  public Worker update(long id, WorkerForm form) {
    Actor actor = currentActor.get();
    requireManager(actor);
    Worker existing = visible(id, actor);
    WorkerStore.Draft draft = validate(form, actor);
    if (draft.personId() != existing.personId()) {
      throw org.qingsong.common.InvalidInputException.of("personId", "gig.worker.personFixed");
    }
    store.update(id, draft, OffsetDateTime.now(clock));
    audit.record("UPDATE", "GIG_WORKER", id, "person " + draft.personId());
    return require(id);
  }

  @Transactional(readOnly = true)
  public Worker get(long id) {
    return visible(id, currentActor.get());
  }

  /** The worker record of the logged-in resident (their person is the worker's person). */
  @Transactional(readOnly = true)
  public Optional<Worker> mine() {
    Actor actor = currentActor.get();
    if (actor.personId() == null) {
      return Optional.empty();
    }
    return store.findByPerson(actor.personId()).map(this::toWorker);
  }

  /** Workers in the caller's scope: staff see their street's stations, admin and auditor all. */
  @Transactional(readOnly = true)
  public PageResult<Worker> find(Long stationId, String serviceCode, PageRequest page) {
    Actor actor = currentActor.get();
    List<Long> scope;
    if (actor.is(Role.ADMIN, Role.AUDITOR)) {
      scope = stationId == null ? null : List.of(stationId);
    } else if (actor.is(Role.STAFF)) {
      scope = stationIdsOf(actor.streetCode());
      if (stationId != null) {
        if (!scope.contains(stationId)) {
          throw DomainException.forbidden("gig.worker.outOfScope");
        }
        scope = List.of(stationId);
      }
    } else {
      throw DomainException.forbidden("gig.worker.list.forbidden");
    }
    List<Worker> items =
        store.find(scope, serviceCode, false, page.size(), page.offset()).stream()
            .map(this::toWorker)
            .toList();
    return PageResult.of(items, page, store.count(scope, serviceCode, false));
  }

  /** A worker regardless of who asks, for the module's own rules (assignment, dispatch). */
  @Transactional(readOnly = true)
  public Optional<Worker> lookup(long id) {
    return store.find(id).map(this::toWorker);
  }

  /** Active workers, for candidate lists and dispatch. */
  @Transactional(readOnly = true)
  public List<Worker> active(String serviceCode) {
    List<Worker> all = new ArrayList<>();
    int offset = 0;
    while (true) {
      List<WorkerStore.Row> rows = store.find(null, serviceCode, true, 500, offset);
      rows.stream().map(this::toWorker).forEach(all::add);
      if (rows.size() < 500) {
        return all;
      }
      offset += rows.size();
    }
  }

  /** Whether the actor may manage workers of the station (admin, or staff of its street). */
  boolean manages(Actor actor, long stationId) {
    if (actor.is(Role.ADMIN)) {
      return true;
    }
    if (!actor.is(Role.STAFF)) {
      return false;
    }
    return stationIdsOf(actor.streetCode()).contains(stationId);
  }

  List<Long> stationIdsOf(String streetCode) {
    if (streetCode == null) {
      return List.of();
    }
    return stations.list(streetCode, null, null, null, PageRequest.of(0, 100)).items().stream()
        .map(Station::id)
        .toList();
  }

  private Worker visible(long id, Actor actor) {
    Worker w = require(id);
    boolean self = actor.personId() != null && actor.personId() == w.personId();
    boolean staff = actor.is(Role.STAFF) && w.streetCode().equals(actor.streetCode());
    if (!(self || staff || actor.is(Role.ADMIN, Role.AUDITOR))) {
      throw DomainException.notFound("gig.worker.notFound", id);
    }
    return w;
  }

  private Worker require(long id) {
    return store
        .find(id)
        .map(this::toWorker)
        .orElseThrow(() -> DomainException.notFound("gig.worker.notFound", id));
  }

  private static void requireManager(Actor actor) {
    if (!actor.is(Role.ADMIN, Role.STAFF)) {
      throw DomainException.forbidden("gig.worker.forbidden");
    }
  }

  Worker toWorker(WorkerStore.Row r) {
    Person p = people.lookup(r.personId()).orElseThrow();
    Station s = stations.get(r.stationId());
    List<WorkerCertificate> certs =
        r.certificates().stream()
            .map(
                c -> {
                  CertificateKind k =
                      catalogue
                          .kind(c.kind())
                          .orElse(new CertificateKind(c.kind(), c.kind(), c.kind()));
                  return new WorkerCertificate(
                      c.kind(), k.nameZh(), k.nameEn(), c.number(), c.validUntil());
                })
            .toList();
    return new Worker(
        r.id(),
        r.personId(),
        p.name(),
        p.phone().masked(),
        p.idNumber().masked(),
        r.stationId(),
        s.name(),
        s.streetCode(),
        new GeoPoint(r.homeLat(), r.homeLng()),
        r.maxMinutesPerDay(),
        r.active(),
        r.services(),
        certs,
        new Availability(r.weekly(), r.exceptions()),
        r.createdAt(),
        r.createdBy());
  }

  private WorkerStore.Draft validate(WorkerForm f, Actor actor) {
    FieldErrors errors = new FieldErrors();
    if (f.personId() == null) {
      errors.add("personId", "field.required");
    } else if (people.lookup(f.personId()).isEmpty()) {
      errors.add("personId", "gig.worker.personUnknown", f.personId());
    }
    Station station = null;
    if (f.stationId() == null) {
      errors.add("stationId", "field.required");
    } else {
      try {
        station = stations.get(f.stationId());
      } catch (DomainException e) {
        errors.add("stationId", "gig.worker.stationUnknown", f.stationId());
      }
    }
    List<String> services = new ArrayList<>();
    if (f.services() == null || f.services().isEmpty()) {
      errors.add("services", "gig.worker.servicesRequired");
    } else {
      for (int i = 0; i < f.services().size(); i++) {
        String code = f.services().get(i) == null ? "" : f.services().get(i).strip();
        if (catalogue.find(code).isEmpty()) {
          errors.add("services[" + i + "]", "gig.service.unknown", code);
        } else if (!services.contains(code)) {
          services.add(code);
        }
      }
    }
    List<WorkerStore.Certificate> certs = new ArrayList<>();
    Set<String> kinds = new HashSet<>();
    List<WorkerForm.CertificateForm> certForms =
        f.certificates() == null ? List.of() : f.certificates();
    for (int i = 0; i < certForms.size(); i++) {
      WorkerForm.CertificateForm c = certForms.get(i);
      String at = "certificates[" + i + "]";
      if (c == null) {
        errors.add(at, "field.required");
        continue;
      }
      String kind = errors.text(at + ".kind", c.kind(), 30);
      if (kind != null && catalogue.kind(kind).isEmpty()) {
        errors.add(at + ".kind", "gig.certificate.kindUnknown", kind);
        kind = null;
      } else if (kind != null && !kinds.add(kind)) {
        errors.add(at + ".kind", "gig.certificate.duplicate", kind);
        kind = null;
      }
      String number = errors.text(at + ".number", c.number(), 50);
      LocalDate until = errors.parse(at + ".validUntil", c.validUntil(), GigWorkers::date);
      if (kind != null && number != null && until != null) {
        certs.add(new WorkerStore.Certificate(kind, number, until));
      }
    }
    Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
    if (f.availability() != null) {
      for (Map.Entry<String, List<String>> e : f.availability().entrySet()) {
        DayOfWeek day;
        try {
          day = DayOfWeek.valueOf(e.getKey().strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException ex) {
          errors.add("availability." + e.getKey(), "gig.weekday.unknown", e.getKey());
          continue;
        }
        List<String> raw = e.getValue() == null ? List.of() : e.getValue();
        for (int i = 0; i < raw.size(); i++) {
          TimeRange r =
              errors.parse("availability." + day + "[" + i + "]", raw.get(i), TimeRange::parse);
          if (r != null) {
            weekly.computeIfAbsent(day, k -> new ArrayList<>()).add(r);
          }
        }
      }
    }
    List<DateException> exceptions = new ArrayList<>();
    Map<LocalDate, Integer> seen = new HashMap<>();
    List<WorkerForm.ExceptionForm> exForms = f.exceptions() == null ? List.of() : f.exceptions();
    for (int i = 0; i < exForms.size(); i++) {
      WorkerForm.ExceptionForm e = exForms.get(i);
      String at = "exceptions[" + i + "]";
      if (e == null) {
        errors.add(at, "field.required");
        continue;
      }
      LocalDate date = errors.parse(at + ".date", e.date(), GigWorkers::date);
      List<TimeRange> ranges = new ArrayList<>();
      List<String> raw = e.ranges() == null ? List.of() : e.ranges();
      for (int j = 0; j < raw.size(); j++) {
        TimeRange r = errors.parse(at + ".ranges[" + j + "]", raw.get(j), TimeRange::parse);
        if (r != null) {
          ranges.add(r);
        }
      }
      if (date != null && seen.put(date, i) != null) {
        errors.add(at + ".date", "gig.exception.duplicate", date.toString());
      } else if (date != null) {
        exceptions.add(new DateException(date, ranges));
      }
    }
    if (f.homeLat() == null) {
      errors.add("homeLat", "field.required");
    } else if (f.homeLat() < -90 || f.homeLat() > 90) {
      errors.add("homeLat", "geo.lat");
    }
    if (f.homeLng() == null) {
      errors.add("homeLng", "field.required");
    } else if (f.homeLng() < -180 || f.homeLng() > 180) {
      errors.add("homeLng", "geo.lng");
    }
    int maxMinutes = DEFAULT_MAX_MINUTES;
    if (f.maxHoursPerDay() != null) {
      double h = f.maxHoursPerDay();
      if (Double.isNaN(h) || h < 0.5 || h > 12) {
        errors.add("maxHoursPerDay", "gig.worker.maxHours");
      } else {
        maxMinutes = (int) Math.round(h * 60);
      }
    }
    errors.throwIfAny();
    if (!actor.is(Role.ADMIN) && !station.streetCode().equals(actor.streetCode())) {
      throw DomainException.forbidden("gig.worker.outOfScope");
    }
    return new WorkerStore.Draft(
        f.personId(),
        station.id(),
        f.homeLat(),
        f.homeLng(),
        maxMinutes,
        f.active() == null || f.active(),
        services,
        certs,
        weekly,
        exceptions);
  }

  static LocalDate date(String raw) {
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException("gig.date");
    }
  }
}
