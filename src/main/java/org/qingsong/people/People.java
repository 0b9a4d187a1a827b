package org.qingsong.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.IdNumber;
import org.qingsong.common.InvalidValueException;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.common.PhoneNumber;
import org.qingsong.geography.Division;
import org.qingsong.geography.DivisionLevel;
import org.qingsong.geography.Divisions;
import org.qingsong.identity.Actor;
import org.qingsong.identity.AuditTrail;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.qingsong.people.store.PersonStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering and finding residents, within the scope of the acting user: station staff work on
 * their own street, case workers on their own district, a resident on their own record.
 */
@Service
public class People {
  static final int MAX_SKILLS = 20;
  static final int MAX_CERTIFICATES = 20;

  private final PersonStore store;
  private final Divisions divisions;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  People(
      PersonStore store,
      Divisions divisions,
      CurrentActor currentActor,
      AuditTrail audit,
      Clock clock,
      ApplicationEventPublisher events) {
    this.store = store;
    this.divisions = divisions;
    this.currentActor = currentActor;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
  }

  @Transactional
  public PersonView register(PersonForm form) {
    Actor actor = currentActor.get();
    if (!actor.is(Role.ADMIN, Role.STAFF)) {
      throw DomainException.forbidden("person.register.forbidden");
    }
    Registration row = validate(form, actor);
    if (actor.is(Role.STAFF) && !row.streetCode().equals(actor.streetCode())) {
      throw DomainException.forbidden("person.street.outOfScope");
    }
    if (store.existsByIdNumber(row.idNumber())) {
      throw DomainException.conflict("person.duplicate", row.idNumber().masked());
    }
    long id = store.insert(row);
    audit.record("CREATE", "PERSON", id, row.idNumber().masked());
    return view(store.find(id).orElseThrow());
  }

  @Transactional
  public PersonView update(long id, PersonForm form) {
    Actor actor = currentActor.get();
    if (!actor.is(Role.ADMIN, Role.STAFF)) {
      throw DomainException.forbidden("person.register.forbidden");
    }
    Person existing = visible(id, actor);
    Registration row = validate(form, actor);
    if (!row.idNumber().equals(existing.idNumber())) {
      throw DomainException.conflict("person.idNumber.immutable");
    }
    if (actor.is(Role.STAFF) && !row.streetCode().equals(actor.streetCode())) {
      throw DomainException.forbidden("person.street.outOfScope");
    }
    store.update(id, row);
    audit.record("UPDATE", "PERSON", id, existing.idNumber().masked());
    events.publishEvent(new JobSeekerChanged(id));
    return view(store.find(id).orElseThrow());
  }

  @Transactional(readOnly = true)
  public PageResult<PersonView> find(PersonQuery query, PageRequest page) {
    Actor actor = currentActor.get();
    PersonQuery scoped =
        switch (actor.role()) {
          case ADMIN, AUDITOR -> query;
          case STAFF -> {
            if (query.streetCode() != null && !query.streetCode().equals(actor.streetCode())) {
              throw DomainException.forbidden("person.street.outOfScope");
            }
            yield new PersonQuery(
                actor.streetCode(), query.districtCode(), query.priorityGroup(), query.text());
          }
          case CASEWORKER -> {
            if (query.districtCode() != null
                && !query.districtCode().equals(actor.districtCode())) {
              throw DomainException.forbidden("person.street.outOfScope");
            }
            yield new PersonQuery(
                query.streetCode(), actor.districtCode(), query.priorityGroup(), query.text());
          }
          case EMPLOYER, RESIDENT -> throw DomainException.forbidden("person.list.forbidden");
        };
    LocalDate today = LocalDate.now(clock);
    return store.find(scoped, page).map(p -> PersonView.of(p, today));
  }

  @Transactional(readOnly = true)
  public PersonView get(long id) {
    return view(visible(id, currentActor.get()));
  }

  /** The full ID number and phone; allowed to the roles that serve the person, and audited. */
  @Transactional
  public PersonIdentity identity(long id) {
    Actor actor = currentActor.get();
    if (actor.is(Role.AUDITOR, Role.EMPLOYER)) {
      throw DomainException.forbidden("person.identity.forbidden");
    }
    Person p = visible(id, actor);
    audit.record("VIEW_IDENTITY", "PERSON", id, p.idNumber().masked());
    return new PersonIdentity(p.id(), p.name(), p.idNumber().value(), p.phone().value());
  }

  /**
   * A person regardless of who is asking, for modules that apply their own access rules (an
   * employer sees its applicants, masked until they accept an interview).
   */
  @Transactional(readOnly = true)
  public java.util.Optional<Person> lookup(long id) {
    return store.find(id);
  }

  /**
   * The persons with these ids that exist (unknown ids are left out), regardless of who is asking:
   * for modules that apply their own access rules to many people at once.
   */
  @Transactional(readOnly = true)
  public List<Person> lookupAll(java.util.Collection<Long> ids) {
    return store.findAll(ids);
  }

  /**
   * Birth dates and genders of the given persons (unknown ids are left out), for modules that apply
   * legal age rules to many people at once; no access checks.
   */
  @Transactional(readOnly = true)
  public List<PersonAge> ages(java.util.Collection<Long> ids) {
    return store.ages(ids);
  }

  /**
   * Inserts generated residents in one batch and returns their ids in order; used by the demo
   * generator only.
   */
  @Transactional
  public List<Long> registerAll(List<Registration> rows, String note) {
    List<Long> ids = store.insertAll(rows);
    audit.record("GENERATE", "PERSON", null, rows.size() + " " + note);
    return ids;
  }

  /** The first free person id, for {@link #registerAllWithIds}. */
  @Transactional(readOnly = true)
  public long nextFreeId() {
    return store.maxId() + 1;
  }

  /**
   * Inserts generated residents with ids {@code firstId}, {@code firstId + 1}, … in multi-row
   * batches: the demo generator's fast path for a city of a million. Call {@link
   * #finishRegisteringWithIds()} after the last batch.
   */
  @Transactional
  public void registerAllWithIds(long firstId, List<Registration> rows, String note) {
    store.insertWithIds(firstId, rows);
    audit.record("GENERATE", "PERSON", null, rows.size() + " " + note);
  }

  /** Lets the database's own ids continue after those given by {@link #registerAllWithIds}. */
  @Transactional
  public void finishRegisteringWithIds() {
    store.restartIdentity();
  }

  @Transactional(readOnly = true)
  public long count() {
    return store.count();
  }

  /** Checks a typed or card-read ID number and says what it encodes, for the counter form. */
  public IdNumber checkIdNumber(String raw) {
    IdNumber id = new IdNumber(raw);
    if (id.birthDate().isAfter(LocalDate.now(clock))) {
      throw new InvalidValueException("idNumber.birthInFuture");
    }
    return id;
  }

  private Person visible(long id, Actor actor) {
    Person p = store.find(id).orElseThrow(() -> DomainException.notFound("person.notFound", id));
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

  private PersonView view(Person p) {
    return PersonView.of(p, LocalDate.now(clock));
  }

  private Registration validate(PersonForm form, Actor actor) {
    FieldErrors errors = new FieldErrors();
    String name = errors.text("name", form.name(), 50);
    if (name != null && !name.matches("[\\p{IsHan}\\p{L}·•. \\-]+")) {
      errors.add("name", "person.name.format");
    }
    IdNumber idNumber = errors.parse("idNumber", form.idNumber(), this::checkIdNumber);
    PhoneNumber phone = errors.parse("phone", form.phone(), PhoneNumber::new);
    String street = form.streetCode();
    if ((street == null || street.isBlank()) && actor.is(Role.STAFF)) {
      street = actor.streetCode();
    }
    street = errors.text("streetCode", street, 12);
    if (street != null && divisions.street(street).isEmpty()) {
      errors.add("streetCode", "division.notStreet", street);
    }
    String community = errors.optionalText("communityCode", form.communityCode(), 12);
    if (community != null) {
      Division c = divisions.find(community).orElse(null);
      if (c == null || c.level() != DivisionLevel.COMMUNITY || !c.parentCode().equals(street)) {
        errors.add("communityCode", "division.notCommunityOfStreet", community);
      }
    }
    List<PriorityGroup> groups = new ArrayList<>();
    for (String g : nullToEmpty(form.priorityGroups())) {
      try {
        PriorityGroup group = PriorityGroup.valueOf(g.strip());
        if (!groups.contains(group)) {
          groups.add(group);
        }
      } catch (IllegalArgumentException | NullPointerException e) {
        errors.add("priorityGroups", "person.priorityGroup.unknown", String.valueOf(g));
      }
    }
    LinkedHashSet<String> skills = new LinkedHashSet<>();
    for (String s : nullToEmpty(form.skills())) {
      String skill = errors.optionalText("skills", s, 50);
      if (skill != null) {
        skills.add(skill);
      }
    }
    if (skills.size() > MAX_SKILLS) {
      errors.add("skills", "person.skills.tooMany", MAX_SKILLS);
    }
    List<Certificate> certificates = new ArrayList<>();
    List<PersonForm.CertificateForm> certificateForms = nullToEmpty(form.certificates());
    for (int i = 0; i < certificateForms.size(); i++) {
      PersonForm.CertificateForm c = certificateForms.get(i);
      String field = "certificates[" + i + "]";
      if (c == null) {
        errors.add(field, "field.required");
        continue;
      }
      String certName = errors.text(field + ".name", c.name(), 100);
      LocalDate issuedOn =
          errors.parseOptional(field + ".issuedOn", c.issuedOn(), People::date).orElse(null);
      if (certName != null && certificates.stream().noneMatch(x -> x.name().equals(certName))) {
        certificates.add(new Certificate(certName, issuedOn));
      }
    }
    if (certificates.size() > MAX_CERTIFICATES) {
      errors.add("certificates", "person.certificates.tooMany", MAX_CERTIFICATES);
    }
    errors.throwIfAny();
    return new Registration(
        name,
        idNumber,
        phone,
        street,
        community,
        groups,
        List.copyOf(skills),
        certificates,
        OffsetDateTime.now(clock),
        actor.username());
  }

  private static LocalDate date(String raw) {
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException("field.date");
    }
  }

  private static <T> List<T> nullToEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
