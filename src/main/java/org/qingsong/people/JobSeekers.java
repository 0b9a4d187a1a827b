package org.qingsong.people;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.GeoPoint;
import org.qingsong.common.InvalidValueException;
import org.qingsong.common.Money;
import org.qingsong.geography.Division;
import org.qingsong.geography.Divisions;
import org.qingsong.identity.Actor;
import org.qingsong.identity.AuditTrail;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.qingsong.occupations.Occupation;
import org.qingsong.occupations.Occupations;
import org.qingsong.occupations.PayUnit;
import org.qingsong.people.store.JobSeekerStore;
import org.qingsong.people.store.PersonStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' job-seeking profiles. Anyone who may see a person may read their profile; the person
 * themselves, staff of their street and administrators may set it. {@link #forEachActive} streams
 * every active profile in person-id order for city-wide batch work.
 */
@Service
public class JobSeekers {
  static final int MAX_OCCUPATIONS = 10;
  static final double MAX_DISTANCE_KM = 100;
  private static final int PAGE = 5_000;

  private final JobSeekerStore store;
  private final PersonStore persons;
  private final Occupations occupations;
  private final Divisions divisions;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  JobSeekers(
      JobSeekerStore store,
      PersonStore persons,
      Occupations occupations,
      Divisions divisions,
      CurrentActor currentActor,
      AuditTrail audit,
      Clock clock,
      ApplicationEventPublisher events) {
    this.store = store;
    this.persons = persons;
    this.occupations = occupations;
    this.divisions = divisions;
    this.currentActor = currentActor;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
  }

  /** The profile of a person the caller may see; 404 when there is none. */
  @Transactional(readOnly = true)
  public JobSeekerView get(long personId) {
    visible(personId, currentActor.get());
    return view(
        store
            .find(personId)
            .orElseThrow(() -> DomainException.notFound("seeker.notFound", personId)));
  }

  /** The profile of a person the caller may see, if they have one. */
  @Transactional(readOnly = true)
  public Optional<JobSeekerView> find(long personId) {
    visible(personId, currentActor.get());
    return store.find(personId).map(this::view);
  }

  /** The stored profile, if any, without access checks: for modules that apply their own. */
  @Transactional(readOnly = true)
  public Optional<SeekerProfile> profile(long personId) {
    return store.find(personId);
  }

  /** Creates or replaces the profile; audited. */
  @Transactional
  public JobSeekerView put(long personId, JobSeekerForm form) {
    Actor actor = currentActor.get();
    Person person = visible(personId, actor);
    if (!actor.is(Role.ADMIN, Role.STAFF, Role.RESIDENT)) {
      throw DomainException.forbidden("seeker.edit.forbidden");
    }
    SeekerProfile profile = validate(person, form, actor);
    store.lockPerson(personId);
    boolean existed = store.find(personId).isPresent();
    store.save(profile);
    audit.record(
        existed ? "UPDATE" : "CREATE",
        "JOB_SEEKER",
        personId,
        (profile.active() ? "active " : "inactive ") + String.join(",", profile.occupationCodes()));
    events.publishEvent(new JobSeekerChanged(personId));
    return view(store.find(personId).orElseThrow());
  }

  /**
   * Calls {@code action} for every active profile in person-id order, reading {@value #PAGE} at a
   * time by key (never an offset), each page in its own short read; memory stays flat for any
   * number of seekers. Returns how many were passed.
   */
  public long forEachActive(Consumer<SeekerProfile> action) {
    long after = 0;
    long seen = 0;
    while (true) {
      List<SeekerProfile> page = page(after, PAGE);
      for (SeekerProfile p : page) {
        action.accept(p);
      }
      seen += page.size();
      if (page.size() < PAGE) {
        return seen;
      }
      after = page.get(page.size() - 1).personId();
    }
  }

  /** Up to {@code limit} active profiles with a person id above {@code afterId}, in id order. */
  @Transactional(readOnly = true)
  public List<SeekerProfile> page(long afterId, int limit) {
    if (limit < 1 || limit > 50_000) {
      throw new IllegalArgumentException("limit must be 1 to 50000, was " + limit);
    }
    return store.page(afterId, limit, true);
  }

  @Transactional(readOnly = true)
  public long countActive() {
    return store.countActive();
  }

  /**
   * Stores generated profiles of persons that have none, in multi-row batches; for the demo
   * generator. Occupation codes must exist (the database checks).
   */
  @Transactional
  public int saveAll(List<SeekerProfile> profiles, String note) {
    store.insertAll(profiles);
    audit.record("GENERATE", "JOB_SEEKER", null, profiles.size() + " " + note);
    return profiles.size();
  }

  /** The default home point of a person: their community's point, else their street's. */
  public Optional<GeoPoint> defaultHome(String streetCode, String communityCode) {
    Optional<Division> at = divisions.find(communityCode).filter(d -> d.lat() != null);
    if (at.isEmpty()) {
      at = divisions.find(streetCode).filter(d -> d.lat() != null);
    }
    return at.map(d -> new GeoPoint(d.lat(), d.lng()));
  }

  private Person visible(long id, Actor actor) {
    if (actor.is(Role.EMPLOYER)) {
      throw DomainException.forbidden("seeker.read.forbidden");
    }
    Person p = persons.find(id).orElseThrow(() -> DomainException.notFound("person.notFound", id));
    boolean inScope =
        switch (actor.role()) {
          case ADMIN, AUDITOR -> true;
          case STAFF -> p.streetCode().equals(actor.streetCode());
          case CASEWORKER -> Objects.equals(p.districtCode(), actor.districtCode());
          case RESIDENT -> actor.personId() != null && actor.personId() == id;
          case EMPLOYER -> false;
        };
    if (!inScope) {
      throw DomainException.notFound("person.notFound", id);
    }
    return p;
  }

  private SeekerProfile validate(Person person, JobSeekerForm form, Actor actor) {
    FieldErrors errors = new FieldErrors();
    List<String> codes = new ArrayList<>();
    List<String> rawCodes = form.occupationCodes() == null ? List.of() : form.occupationCodes();
    if (rawCodes.isEmpty()) {
      errors.add("occupationCodes", "field.required");
    }
    for (int i = 0; i < rawCodes.size(); i++) {
      String raw = rawCodes.get(i);
      Optional<Occupation> o = occupations.find(raw);
      if (o.isEmpty()) {
        errors.add("occupationCodes[" + i + "]", "seeker.occupation.unknown", String.valueOf(raw));
      } else if (!codes.contains(o.get().code())) {
        codes.add(o.get().code());
      }
    }
    if (codes.size() > MAX_OCCUPATIONS) {
      errors.add("occupationCodes", "seeker.occupations.tooMany", MAX_OCCUPATIONS);
    }
    Money minPay = errors.parse("minPay", form.minPay(), Money::ofYuan);
    PayUnit unit = errors.parse("payUnit", form.payUnit(), PayUnit::parse);
    Double distance = form.maxDistanceKm();
    if (distance == null) {
      errors.add("maxDistanceKm", "field.required");
    } else if (distance.isNaN() || distance <= 0 || distance > MAX_DISTANCE_KM) {
      errors.add("maxDistanceKm", "seeker.distance.range", (int) MAX_DISTANCE_KM);
    }
    Set<WorkKind> kinds = EnumSet.noneOf(WorkKind.class);
    List<String> rawKinds = form.kinds() == null ? List.of() : form.kinds();
    if (rawKinds.isEmpty()) {
      errors.add("kinds", "field.required");
    }
    for (int i = 0; i < rawKinds.size(); i++) {
      String raw = rawKinds.get(i);
      try {
        kinds.add(WorkKind.valueOf(String.valueOf(raw).strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        errors.add("kinds[" + i + "]", "seeker.kind.unknown", String.valueOf(raw));
      }
    }
    WeeklyAvailability availability =
        WeeklyAvailability.parse(form.availability(), "availability", errors);
    if (form.availability() == null || form.availability().isEmpty()) {
      errors.add("availability", "field.required");
    } else if (availability.isEmpty() && errors.isEmpty()) {
      errors.add("availability", "seeker.availability.empty");
    }
    GeoPoint home = null;
    if (form.lat() != null || form.lng() != null) {
      if (form.lat() == null || form.lng() == null) {
        errors.add(form.lat() == null ? "lat" : "lng", "seeker.location.both");
      } else {
        try {
          home = new GeoPoint(form.lat(), form.lng());
        } catch (InvalidValueException e) {
          errors.add("lat", e.code(), e.args());
        }
      }
    } else {
      home = defaultHome(person.streetCode(), person.communityCode()).orElse(null);
      if (home == null) {
        errors.add("lat", "seeker.location.unknown");
      }
    }
    errors.throwIfAny();
    return new SeekerProfile(
        person.id(),
        form.active() == null || form.active(),
        codes,
        minPay,
        unit,
        distance,
        availability,
        kinds,
        home.lat(),
        home.lng(),
        person.streetCode(),
        person.priorityGroups(),
        person.certificates().stream().map(Certificate::name).toList(),
        OffsetDateTime.now(clock),
        actor.username());
  }

  private JobSeekerView view(SeekerProfile p) {
    List<JobSeekerView.OccupationRef> refs = new ArrayList<>();
    for (String code : p.occupationCodes()) {
      Occupation o = occupations.find(code).orElse(null);
      refs.add(
          new JobSeekerView.OccupationRef(
              code, o == null ? code : o.nameZh(), o == null ? code : o.nameEn()));
    }
    List<WorkKind> kinds = new ArrayList<>(p.kinds());
    kinds.sort(null);
    return new JobSeekerView(
        p.personId(),
        p.active(),
        refs,
        p.minPay().yuan(),
        p.payUnit(),
        p.maxDistanceKm(),
        kinds,
        p.availability().ranges(),
        p.availability().hours(),
        p.lat(),
        p.lng(),
        p.updatedAt(),
        p.updatedBy());
  }
}
