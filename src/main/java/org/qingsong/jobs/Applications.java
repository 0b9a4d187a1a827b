package org.qingsong.jobs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qingsong.common.DomainException;
import org.qingsong.identity.Actor;
import org.qingsong.identity.AuditTrail;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.qingsong.jobs.store.ApplicationStore;
import org.qingsong.people.Certificate;
import org.qingsong.people.People;
import org.qingsong.people.Person;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications from "applied" to "hired". A person applies to a posting once — the database refuses
 * a second row, so a double click creates one application. Every change is audited, and a hire
 * records a placement for the outcome statistics.
 */
@Service
public class Applications {
  /** Who may move an application where: the employer's moves, then the applicant's. */
  private static final Map<ApplicationStatus, Set<ApplicationStatus>> EMPLOYER_MOVES =
      Map.of(
          ApplicationStatus.APPLIED,
              Set.of(ApplicationStatus.INTERVIEW, ApplicationStatus.REJECTED),
          ApplicationStatus.INTERVIEW, Set.of(ApplicationStatus.OFFER, ApplicationStatus.REJECTED),
          ApplicationStatus.OFFER, Set.of(ApplicationStatus.HIRED, ApplicationStatus.REJECTED));

  private final ApplicationStore store;
  private final Jobs jobs;
  private final People people;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Applications(
      ApplicationStore store,
      Jobs jobs,
      People people,
      CurrentActor currentActor,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.jobs = jobs;
    this.people = people;
    this.currentActor = currentActor;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /**
   * A resident applies for themselves; station staff (or an administrator) apply on a person's
   * behalf, naming them.
   */
  @Transactional
  public Application apply(long postingId, Long personId) {
    Actor actor = currentActor.get();
    long person;
    if (actor.is(Role.RESIDENT)) {
      if (actor.personId() == null || (personId != null && !personId.equals(actor.personId()))) {
        throw DomainException.forbidden("application.onlyYourself");
      }
      person = actor.personId();
    } else if (actor.is(Role.STAFF, Role.ADMIN)) {
      if (personId == null) {
        throw org.qingsong.common.InvalidInputException.of("personId", "field.required");
      }
      people.get(personId);
      person = personId;
    } else {
      throw DomainException.forbidden("application.forbidden");
    }
    Posting posting = jobs.get(postingId);
    if (posting.status() != PostingStatus.PUBLISHED) {
      throw DomainException.conflict("application.postingClosed");
    }
    long id;
    try {
      id = store.insert(postingId, person, actor.username(), now());
    } catch (DuplicateKeyException e) {
      throw DomainException.conflict("application.duplicate");
    }
    audit.record("APPLY", "JOB_APPLICATION", id, "posting " + postingId + " person " + person);
    return store.find(id).orElseThrow();
  }

  /** The employer's (or staff's) move: interview, offer, hire or reject. */
  @Transactional
  public Application move(long applicationId, ApplicationStatus to) {
    Actor actor = currentActor.get();
    Application a = require(applicationId);
    Posting posting = jobs.lookup(a.postingId()).orElseThrow();
    boolean employerSide =
        jobs.owns(actor, posting)
            || actor.is(Role.ADMIN)
            || (actor.is(Role.STAFF) && posting.streetCode().equals(actor.streetCode()));
    if (to == ApplicationStatus.WITHDRAWN) {
      return withdraw(a, actor);
    }
    if (!employerSide) {
      throw DomainException.forbidden("application.move.forbidden");
    }
    if (!EMPLOYER_MOVES.getOrDefault(a.status(), Set.of()).contains(to)) {
      throw DomainException.conflict("application.badMove", a.status(), to);
    }
    if (to == ApplicationStatus.HIRED && posting.status() != PostingStatus.PUBLISHED) {
      throw DomainException.conflict("application.postingClosed");
    }
    if (!store.transition(applicationId, a.status(), to, now())) {
      throw DomainException.conflict("application.changed");
    }
    audit.record("APPLICATION_" + to, "JOB_APPLICATION", applicationId, a.status() + " -> " + to);
    if (to == ApplicationStatus.HIRED) {
      hire(a, posting);
    }
    return require(applicationId);
  }

  /** The applicant accepts an interview; from then on the employer sees their phone. */
  @Transactional
  public Application acceptInterview(long applicationId) {
    Actor actor = currentActor.get();
    Application a = require(applicationId);
    requireApplicantSide(a, actor);
    if (!store.acceptInterview(applicationId, now())) {
      throw DomainException.conflict("application.noInterview");
    }
    audit.record("ACCEPT_INTERVIEW", "JOB_APPLICATION", applicationId, null);
    return require(applicationId);
  }

  @Transactional(readOnly = true)
  public Application get(long applicationId) {
    Actor actor = currentActor.get();
    Application a = require(applicationId);
    Posting posting = jobs.lookup(a.postingId()).orElseThrow();
    boolean allowed =
        actor.is(Role.ADMIN, Role.AUDITOR)
            || jobs.owns(actor, posting)
            || (actor.is(Role.RESIDENT) && Long.valueOf(a.personId()).equals(actor.personId()))
            || (actor.is(Role.STAFF) && posting.streetCode().equals(actor.streetCode()));
    if (!allowed) {
      throw DomainException.notFound("application.notFound", applicationId);
    }
    return a;
  }

  /** The employer's applicant board for one posting. */
  @Transactional(readOnly = true)
  public List<Applicant> board(long postingId) {
    Actor actor = currentActor.get();
    Posting posting = jobs.get(postingId);
    boolean allowed =
        jobs.owns(actor, posting)
            || actor.is(Role.ADMIN)
            || (actor.is(Role.STAFF) && posting.streetCode().equals(actor.streetCode()));
    if (!allowed) {
      throw DomainException.forbidden("application.board.forbidden");
    }
    LocalDate today = LocalDate.now(clock);
    return store.forPosting(postingId).stream()
        .map(
            a -> {
              Person p = people.lookup(a.personId()).orElseThrow();
              boolean revealed = a.interviewAccepted() || !actor.is(Role.EMPLOYER);
              return new Applicant(
                  a.id(),
                  p.id(),
                  p.name(),
                  p.gender(),
                  Period.between(p.birthDate(), today).getYears(),
                  revealed ? p.phone().value() : p.phone().masked(),
                  revealed,
                  p.skills(),
                  p.certificates().stream().map(Certificate::name).toList(),
                  a.status(),
                  a.interviewAccepted());
            })
        .toList();
  }

  /** A resident's own applications (or a person's, for staff of their street). */
  @Transactional(readOnly = true)
  public List<Application> ofPerson(long personId) {
    Actor actor = currentActor.get();
    if (actor.is(Role.RESIDENT)) {
      if (!Long.valueOf(personId).equals(actor.personId())) {
        throw DomainException.forbidden("application.onlyYourself");
      }
    } else {
      people.get(personId);
    }
    return store.forPerson(personId);
  }

  @Transactional(readOnly = true)
  public List<Placement> placements(LocalDate from, LocalDate to, int limit) {
    Actor actor = currentActor.get();
    if (!actor.is(Role.ADMIN, Role.STAFF, Role.AUDITOR)) {
      throw DomainException.forbidden("placement.forbidden");
    }
    return store.placements(from, to, limit);
  }

  private Application withdraw(Application a, Actor actor) {
    requireApplicantSide(a, actor);
    if (a.status().isFinal()) {
      throw DomainException.conflict(
          "application.badMove", a.status(), ApplicationStatus.WITHDRAWN);
    }
    if (!store.transition(a.id(), a.status(), ApplicationStatus.WITHDRAWN, now())) {
      throw DomainException.conflict("application.changed");
    }
    audit.record("APPLICATION_WITHDRAWN", "JOB_APPLICATION", a.id(), a.status() + " -> WITHDRAWN");
    return require(a.id());
  }

  private void hire(Application a, Posting posting) {
    Person person = people.lookup(a.personId()).orElseThrow();
    store.insertPlacement(
        new Placement(
            0,
            a.id(),
            a.personId(),
            posting.employerId(),
            posting.id(),
            posting.occupationCode(),
            LocalDate.now(clock),
            person.priorityGroups()));
    audit.record("PLACEMENT", "PERSON", a.personId(), "posting " + posting.id());
    events.publishEvent(
        new PlacementRecorded(
            a.personId(),
            posting.employerId(),
            posting.id(),
            posting.occupationCode(),
            LocalDate.now(clock),
            posting.payMin(),
            posting.payUnit()));
    if (store.countHired(posting.id()) >= posting.positions()) {
      jobs.markFilled(posting.id());
    }
  }

  private void requireApplicantSide(Application a, Actor actor) {
    boolean self = actor.is(Role.RESIDENT) && Long.valueOf(a.personId()).equals(actor.personId());
    boolean staff = actor.is(Role.STAFF, Role.ADMIN);
    if (!self && !staff) {
      throw DomainException.forbidden("application.onlyYourself");
    }
    if (actor.is(Role.STAFF)) {
      people.get(a.personId());
    }
  }

  private Application require(long id) {
    return store.find(id).orElseThrow(() -> DomainException.notFound("application.notFound", id));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
