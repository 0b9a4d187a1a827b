package org.qingsong.employers;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.qingsong.common.CreditCode;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.common.PhoneNumber;
import org.qingsong.employers.store.EmployerStore;
import org.qingsong.geography.Divisions;
import org.qingsong.identity.Actor;
import org.qingsong.identity.AuditTrail;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, finding and verifying employers. Administrators and station staff register and
 * verify (staff in their own street only); station staff read their own street's employers,
 * auditors and case workers the whole city's; an employer account sees its own record only.
 */
@Service
public class Employers {
  static final int MAX_NAME = 100;
  static final int MAX_ADDRESS = 200;
  static final int MAX_CONTACT_NAME = 50;

  private final EmployerStore store;
  private final Divisions divisions;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final Clock clock;

  Employers(
      EmployerStore store,
      Divisions divisions,
      CurrentActor currentActor,
      AuditTrail audit,
      Clock clock) {
    this.store = store;
    this.divisions = divisions;
    this.currentActor = currentActor;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public EmployerView register(EmployerForm form) {
    Actor actor = currentActor.get();
    if (!actor.is(Role.ADMIN, Role.STAFF)) {
      throw DomainException.forbidden("employer.register.forbidden");
    }
    NewEmployer row = validate(form, actor);
    if (actor.is(Role.STAFF) && !row.streetCode().equals(actor.streetCode())) {
      throw DomainException.forbidden("employer.street.outOfScope");
    }
    if (store.existsByCreditCode(row.creditCode())) {
      throw DomainException.conflict("employer.duplicate", row.creditCode().value());
    }
    long id = store.insert(row, OffsetDateTime.now(clock), actor.username());
    audit.record("CREATE", "EMPLOYER", id, row.creditCode().value() + " " + row.name());
    return EmployerView.of(store.find(id).orElseThrow());
  }

  /**
   * One employer: any for administrators, auditors and case workers, one of their own street for
   * station staff, its own record for an employer account.
   */
  @Transactional(readOnly = true)
  public EmployerView get(long id) {
    return EmployerView.of(visible(id, currentActor.get()));
  }

  /**
   * Employers matching the query: administrators, auditors and case workers see the whole city,
   * station staff the employers of their own street (asking for another street is refused).
   */
  @Transactional(readOnly = true)
  public PageResult<EmployerView> find(EmployerQuery query, PageRequest page) {
    Actor actor = currentActor.get();
    if (!actor.is(Role.ADMIN, Role.STAFF, Role.AUDITOR, Role.CASEWORKER)) {
      throw DomainException.forbidden("employer.list.forbidden");
    }
    EmployerQuery scoped = query;
    if (actor.is(Role.STAFF)) {
      if (query.streetCode() != null && !query.streetCode().equals(actor.streetCode())) {
        throw DomainException.forbidden("employer.list.outOfScope");
      }
      scoped =
          new EmployerQuery(
              actor.streetCode(),
              query.districtCode(),
              query.kind(),
              query.verification(),
              query.text());
    }
    return store.find(scoped, page).map(EmployerView::of);
  }

  /** Records the outcome of checking an employer against its licence. */
  @Transactional
  public EmployerView verify(long id, Verification verification) {
    Actor actor = currentActor.get();
    if (!actor.is(Role.ADMIN, Role.STAFF)) {
      throw DomainException.forbidden("employer.verify.forbidden");
    }
    if (verification == null) {
      throw InvalidInputException.of("verification", "field.required");
    }
    Employer existing = visible(id, actor);
    if (existing.verification() != verification) {
      store.updateVerification(id, verification, OffsetDateTime.now(clock));
      audit.record("VERIFY", "EMPLOYER", id, existing.verification() + " -> " + verification);
    }
    return EmployerView.of(store.find(id).orElseThrow());
  }

  /** Inserts generated employers in one batch; used by the demo generator only. */
  @Transactional
  public List<Long> registerAll(List<NewEmployer> rows) {
    List<Long> ids =
        store.insertAll(rows, OffsetDateTime.now(clock), currentActor.get().username());
    audit.record("GENERATE", "EMPLOYER", null, rows.size() + " employers");
    return ids;
  }

  @Transactional(readOnly = true)
  public long count() {
    return store.count();
  }

  /**
   * An employer regardless of who is asking, for modules that apply their own access rules (job
   * screening needs the verification state of any posting's employer).
   */
  @Transactional(readOnly = true)
  public Optional<Employer> lookup(long id) {
    return store.find(id);
  }

  private Employer visible(long id, Actor actor) {
    Employer e =
        store.find(id).orElseThrow(() -> DomainException.notFound("employer.notFound", id));
    switch (actor.role()) {
      case ADMIN, AUDITOR, CASEWORKER -> {}
      case STAFF -> {
        if (!e.streetCode().equals(actor.streetCode())) {
          throw DomainException.forbidden("employer.street.outOfScope");
        }
      }
      case EMPLOYER -> {
        if (actor.employerId() == null || actor.employerId() != id) {
          throw DomainException.forbidden("employer.outOfScope");
        }
      }
      case RESIDENT -> throw DomainException.forbidden("employer.outOfScope");
    }
    return e;
  }

  private NewEmployer validate(EmployerForm form, Actor actor) {
    FieldErrors errors = new FieldErrors();
    String name = errors.text("name", form.name(), MAX_NAME);
    CreditCode creditCode = errors.parse("creditCode", form.creditCode(), CreditCode::new);
    EmployerKind kind = errors.parse("kind", form.kind(), EmployerKind::parse);
    String street = form.streetCode();
    if ((street == null || street.isBlank()) && actor.is(Role.STAFF)) {
      street = actor.streetCode();
    }
    street = errors.text("streetCode", street, 12);
    if (street != null && divisions.street(street).isEmpty()) {
      errors.add("streetCode", "division.notStreet", street);
    }
    String address = errors.optionalText("address", form.address(), MAX_ADDRESS);
    String contactName = errors.optionalText("contactName", form.contactName(), MAX_CONTACT_NAME);
    PhoneNumber phone =
        errors.parseOptional("contactPhone", form.contactPhone(), PhoneNumber::new).orElse(null);
    errors.throwIfAny();
    return new NewEmployer(
        name, creditCode, kind, street, address, contactName, phone, Verification.PENDING);
  }
}
