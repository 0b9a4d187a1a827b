package org.qingsong.jobs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.FieldViolation;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.InvalidValueException;
import org.qingsong.common.Money;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.employers.Employer;
import org.qingsong.employers.Employers;
import org.qingsong.employers.Verification;
import org.qingsong.geography.Divisions;
import org.qingsong.identity.Actor;
import org.qingsong.identity.AuditTrail;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.qingsong.jobs.screening.FraudFlag;
import org.qingsong.jobs.screening.FraudScreen;
import org.qingsong.jobs.screening.PostingText;
import org.qingsong.jobs.screening.ScreeningResult;
import org.qingsong.jobs.store.PostingStore;
import org.qingsong.occupations.Occupation;
import org.qingsong.occupations.Occupations;
import org.qingsong.occupations.PayUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Job postings from draft to publication and beyond. Submitting runs the fraud screen: a clean
 * posting of a verified employer is published at once; anything flagged waits for station staff,
 * who see the reasons and approve or reject with a note.
 */
@Service
public class Jobs {
  static final int MAX_REQUIREMENTS = 10;

  private final PostingStore store;
  private final Employers employers;
  private final Occupations occupations;
  private final Divisions divisions;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final FraudScreen screen = new FraudScreen();
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Jobs(
      PostingStore store,
      Employers employers,
      Occupations occupations,
      Divisions divisions,
      CurrentActor currentActor,
      AuditTrail audit,
      Clock clock,
      ApplicationEventPublisher events) {
    this.store = store;
    this.events = events;
    this.employers = employers;
    this.occupations = occupations;
    this.divisions = divisions;
    this.currentActor = currentActor;
    this.audit = audit;
    this.clock = clock;
  }

  /** Creates a draft; with {@code submit} it goes straight on to screening. */
  @Transactional
  public Posting create(PostingForm form, boolean submit) {
    Actor actor = currentActor.get();
    PostingStore.Row row = validate(form, actor);
    long id = store.insert(row, PostingStatus.DRAFT, now(), actor.username());
    audit.record("CREATE", "JOB_POSTING", id, row.title());
    changed(id, PostingStatus.DRAFT);
    return submit ? submit(id) : require(id);
  }

  /**
   * Creates and submits a batch of postings collected on paper, all or none: every row is validated
   * first, and if any is invalid nothing is written and the exception lists each bad field as
   * {@code rows[<row>].<field>}. Each posting is screened as {@link #create} screens it.
   */
  @Transactional
  public ImportSummary importAll(List<PostingRow> rows, String source) {
    Actor actor = currentActor.get();
    if (!actor.is(Role.ADMIN, Role.STAFF)) {
      throw DomainException.forbidden("job.import.forbidden");
    }
    List<FieldViolation> violations = new ArrayList<>();
    List<PostingStore.Row> valid = new ArrayList<>();
    for (PostingRow row : rows) {
      List<FieldViolation> found = new ArrayList<>(row.problems());
      try {
        valid.add(validate(row.form(), actor));
      } catch (InvalidInputException e) {
        e.violations().stream().filter(v -> !row.explains(v.field())).forEach(found::add);
      } catch (DomainException e) {
        String field = e.code().equals("job.street.outOfScope") ? "streetCode" : "employerId";
        found.add(new FieldViolation(field, e.code(), List.of(e.args())));
      }
      for (FieldViolation v : found) {
        violations.add(
            new FieldViolation("rows[" + row.row() + "]." + v.field(), v.code(), v.args()));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    int published = 0;
    for (PostingStore.Row row : valid) {
      long id = store.insert(row, PostingStatus.DRAFT, now(), actor.username());
      audit.record("CREATE", "JOB_POSTING", id, row.title());
      if (submit(id).status() == PostingStatus.PUBLISHED) {
        published++;
      }
    }
    ImportSummary summary = new ImportSummary(valid.size(), published, valid.size() - published);
    audit.record(
        "IMPORT",
        "JOB_POSTING",
        null,
        source
            + ": "
            + summary.imported()
            + " imported, "
            + summary.published()
            + " published, "
            + summary.heldForReview()
            + " held for review");
    return summary;
  }

  /** Changes a draft, or a rejected posting before it is submitted again. */
  @Transactional
  public Posting update(long id, PostingForm form) {
    Actor actor = currentActor.get();
    Posting existing = editable(id, actor);
    if (existing.status() != PostingStatus.DRAFT && existing.status() != PostingStatus.REJECTED) {
      throw DomainException.conflict("job.notEditable", existing.status());
    }
    PostingStore.Row row = validate(form, actor);
    store.update(id, row, now());
    store.transition(id, existing.status(), PostingStatus.DRAFT, now());
    audit.record("UPDATE", "JOB_POSTING", id, row.title());
    changed(id, PostingStatus.DRAFT);
    return require(id);
  }

  /** Screens a draft: published when clean and the employer is verified, else held for review. */
  @Transactional
  public Posting submit(long id) {
    Actor actor = currentActor.get();
    Posting p = editable(id, actor);
    if (p.status() != PostingStatus.DRAFT && p.status() != PostingStatus.REJECTED) {
      throw DomainException.conflict("job.notSubmittable", p.status());
    }
    ScreeningResult result = screen(p);
    OffsetDateTime now = now();
    if (result.passed()) {
      store.transition(id, p.status(), PostingStatus.PUBLISHED, now);
      audit.record("PUBLISH", "JOB_POSTING", id, "screening passed");
      changed(id, PostingStatus.PUBLISHED);
    } else {
      for (FraudFlag flag : result.flags()) {
        store.addFlag(
            id,
            new PostingFlag(
                flag.rule(), flag.reason(), String.join("；", flag.evidence()), "screening", now));
      }
      store.transition(id, p.status(), PostingStatus.SCREENING, now);
      audit.record(
          "HOLD_FOR_REVIEW",
          "JOB_POSTING",
          id,
          String.join(",", result.flags().stream().map(FraudFlag::rule).toList()));
      changed(id, PostingStatus.SCREENING);
    }
    return require(id);
  }

  /** Station staff's decision on a held posting: {@code APPROVE} or {@code REJECT}, with a note. */
  @Transactional
  public Posting review(long id, String decision, String note, boolean flagEmployer) {
    Actor actor = currentActor.get();
    if (!actor.is(Role.ADMIN, Role.STAFF)) {
      throw DomainException.forbidden("job.review.forbidden");
    }
    Posting p = require(id);
    if (actor.is(Role.STAFF)) {
      requireOwnStreet(p, actor);
    }
    FieldErrors errors = new FieldErrors();
    String verdict = errors.text("decision", decision, 10);
    if (verdict != null && !verdict.equals("APPROVE") && !verdict.equals("REJECT")) {
      errors.add("decision", "job.review.decision");
    }
    String text = errors.text("note", note, 500);
    errors.throwIfAny();
    boolean approve = verdict.equals("APPROVE");
    if (p.status() != PostingStatus.SCREENING) {
      throw DomainException.conflict("job.notInReview", p.status());
    }
    Employer employer = employers.lookup(p.employerId()).orElseThrow();
    if (approve && employer.verification() != Verification.VERIFIED) {
      throw DomainException.conflict("job.employerNotVerified");
    }
    OffsetDateTime now = now();
    store.addReview(id, approve ? "APPROVED" : "REJECTED", text, actor.username(), now);
    store.transition(
        id,
        PostingStatus.SCREENING,
        approve ? PostingStatus.PUBLISHED : PostingStatus.REJECTED,
        now);
    if (!approve && flagEmployer) {
      store.flagCreditCode(employer.creditCode().value(), text, actor.username(), now);
      audit.record("FLAG_CREDIT_CODE", "EMPLOYER", employer.id(), text);
    }
    audit.record(approve ? "APPROVE" : "REJECT", "JOB_POSTING", id, text);
    changed(id, approve ? PostingStatus.PUBLISHED : PostingStatus.REJECTED);
    return require(id);
  }

  @Transactional
  public Posting withdraw(long id) {
    Actor actor = currentActor.get();
    Posting p = editable(id, actor);
    if (p.status() == PostingStatus.WITHDRAWN
        || p.status() == PostingStatus.FILLED
        || p.status() == PostingStatus.EXPIRED) {
      throw DomainException.conflict("job.notWithdrawable", p.status());
    }
    store.transition(id, p.status(), PostingStatus.WITHDRAWN, now());
    audit.record("WITHDRAW", "JOB_POSTING", id, null);
    changed(id, PostingStatus.WITHDRAWN);
    return require(id);
  }

  /** A resident's (or anyone's) report of a suspicious posting; it goes back to review. */
  @Transactional
  public Posting report(long id, String reason) {
    Actor actor = currentActor.get();
    FieldErrors errors = new FieldErrors();
    String text = errors.text("reason", reason, 500);
    errors.throwIfAny();
    Posting p = visible(id, actor);
    OffsetDateTime now = now();
    store.addFlag(
        id, new PostingFlag("REPORTED", "screening.reported", text, actor.username(), now));
    if (p.status() == PostingStatus.PUBLISHED) {
      store.transition(id, PostingStatus.PUBLISHED, PostingStatus.SCREENING, now);
      changed(id, PostingStatus.SCREENING);
    }
    audit.record("REPORT", "JOB_POSTING", id, text);
    return require(id);
  }

  /**
   * One posting: a published (filled, expired) one for anyone; any other to administrators,
   * auditors and its employer, and to station staff of its own street only (403 for another
   * street's).
   */
  @Transactional(readOnly = true)
  public Posting get(long id) {
    return visible(id, currentActor.get());
  }

  /**
   * Why a posting was held: for administrators, auditors, the posting's own employer and the
   * station staff of its street (staff of another street are refused, published or not).
   */
  @Transactional(readOnly = true)
  public List<PostingFlag> flags(long id) {
    Actor actor = currentActor.get();
    Posting p = visible(id, actor);
    if (actor.is(Role.STAFF)
        && !actor.is(Role.ADMIN, Role.AUDITOR)
        && !p.streetCode().equals(actor.streetCode())) {
      throw DomainException.forbidden("job.flags.outOfStreet");
    }
    if (actor.is(Role.ADMIN, Role.STAFF, Role.AUDITOR) || owns(actor, p)) {
      return store.flags(id);
    }
    throw DomainException.forbidden("job.flags.forbidden");
  }

  /**
   * Postings matching the query. Published postings are public: anyone lists them city-wide. Beyond
   * those, administrators and auditors see every posting; station staff the postings of their own
   * street (asking for another street is refused); an employer their own; everyone else only the
   * published ones.
   */
  @Transactional(readOnly = true)
  public PageResult<Posting> find(PostingQuery query, PageRequest page) {
    Actor actor = currentActor.find().orElse(null);
    PostingQuery scoped = query;
    if (actor != null && actor.is(Role.STAFF) && query.status() != PostingStatus.PUBLISHED) {
      if (query.streetCode() != null && !query.streetCode().equals(actor.streetCode())) {
        throw DomainException.forbidden("job.street.outOfScope");
      }
      scoped =
          new PostingQuery(
              query.text(),
              query.occupationCode(),
              query.kind(),
              actor.streetCode(),
              query.districtCode(),
              query.minPay(),
              query.payUnit(),
              query.relaxation(),
              query.status(),
              query.employerId());
      return store.find(scoped, page);
    }
    boolean privileged = actor != null && actor.is(Role.ADMIN, Role.STAFF, Role.AUDITOR);
    boolean ownPostings =
        actor != null
            && actor.is(Role.EMPLOYER)
            && query.employerId() != null
            && query.employerId().equals(actor.employerId());
    if (!privileged && !ownPostings && query.status() != PostingStatus.PUBLISHED) {
      scoped =
          new PostingQuery(
              query.text(),
              query.occupationCode(),
              query.kind(),
              query.streetCode(),
              query.districtCode(),
              query.minPay(),
              query.payUnit(),
              query.relaxation(),
              PostingStatus.PUBLISHED,
              query.employerId());
    }
    return store.find(scoped, page);
  }

  /** Postings waiting for review, oldest first within the acting staff member's street. */
  @Transactional(readOnly = true)
  public PageResult<Posting> reviewQueue(PageRequest page) {
    Actor actor = currentActor.get();
    if (!actor.is(Role.ADMIN, Role.STAFF)) {
      throw DomainException.forbidden("job.review.forbidden");
    }
    String street = actor.is(Role.STAFF) ? actor.streetCode() : null;
    return store.find(
        new PostingQuery(
            null, null, null, street, null, null, null, null, PostingStatus.SCREENING, null),
        page);
  }

  /** Every published posting past its last day becomes expired. */
  @Transactional
  public int expireOverdue() {
    LocalDate today = LocalDate.now(clock);
    List<Long> overdue = store.overdue(today);
    int n = store.expireOverdue(today, now());
    overdue.forEach(id -> changed(id, PostingStatus.EXPIRED));
    if (n > 0) {
      audit.record("EXPIRE", "JOB_POSTING", null, n + " postings");
    }
    return n;
  }

  /**
   * Up to {@code limit} published postings with an id above {@code afterId}, in id order, read by
   * key so that a caller can stream every open posting (matching loads them this way); no access
   * checks — published postings are public.
   */
  @Transactional(readOnly = true)
  public List<Posting> publishedAfter(long afterId, int limit) {
    if (limit < 1 || limit > 10_000) {
      throw new IllegalArgumentException("limit must be 1 to 10000, was " + limit);
    }
    return store.publishedAfter(afterId, limit);
  }

  /**
   * The title of any posting, whoever asks: for the placement export, whose placements were all
   * made at a posting while it was published (and so its title public), even if it has since
   * closed.
   */
  @Transactional(readOnly = true)
  public Optional<String> title(long id) {
    return store.find(id).map(Posting::title);
  }

  /** For the applications service: a posting regardless of who asks. */
  Optional<Posting> lookup(long id) {
    return store.find(id);
  }

  void markFilled(long id) {
    store.transition(id, PostingStatus.PUBLISHED, PostingStatus.FILLED, now());
    audit.record("FILLED", "JOB_POSTING", id, null);
    changed(id, PostingStatus.FILLED);
  }

  /** Tells other modules (the search index among them) in the same transaction. */
  private void changed(long id, PostingStatus status) {
    events.publishEvent(new PostingChanged(id, status));
  }

  boolean owns(Actor actor, Posting p) {
    return actor.is(Role.EMPLOYER)
        && actor.employerId() != null
        && actor.employerId() == p.employerId();
  }

  private ScreeningResult screen(Posting p) {
    Employer employer = employers.lookup(p.employerId()).orElseThrow();
    PostingText text =
        new PostingText(
            p.title(),
            p.description(),
            p.contact(),
            p.occupationCode(),
            p.payMin().fen(),
            p.payMax().fen(),
            p.payUnit().name(),
            p.weeklyHours() == null ? 0 : p.weeklyHours(),
            employer.verification() == Verification.VERIFIED,
            employer.verification() == Verification.SUSPENDED,
            store.isCreditCodeFlagged(employer.creditCode().value()));
    return screen.screen(text, this::usualPay);
  }

  private Optional<long[]> usualPay(String occupationCode, String payUnit) {
    return occupations
        .find(occupationCode)
        .filter(o -> o.payUnit().name().equals(payUnit))
        .map(o -> new long[] {o.usualPayMinFen(), o.usualPayMaxFen()});
  }

  private Posting require(long id) {
    return store.find(id).orElseThrow(() -> DomainException.notFound("job.notFound", id));
  }

  /**
   * Published (and filled or expired) postings are public; the others only to administrators,
   * auditors, the posting's own employer and the station staff of the posting's street. Staff of
   * another street are refused (403), everyone else is told there is no such posting (404).
   */
  private Posting visible(long id, Actor actor) {
    Posting p = require(id);
    if (p.status() == PostingStatus.PUBLISHED
        || p.status() == PostingStatus.FILLED
        || p.status() == PostingStatus.EXPIRED) {
      return p;
    }
    if (actor.is(Role.STAFF)) {
      requireOwnStreet(p, actor);
      return p;
    }
    if (actor.is(Role.ADMIN, Role.AUDITOR) || owns(actor, p)) {
      return p;
    }
    throw DomainException.notFound("job.notFound", id);
  }

  private static void requireOwnStreet(Posting p, Actor actor) {
    if (!p.streetCode().equals(actor.streetCode())) {
      throw DomainException.forbidden("job.street.outOfScope");
    }
  }

  private Posting editable(long id, Actor actor) {
    Posting p = require(id);
    if (actor.is(Role.STAFF)) {
      requireOwnStreet(p, actor);
      return p;
    }
    if (!actor.is(Role.ADMIN) && !owns(actor, p)) {
      throw DomainException.forbidden("job.edit.forbidden");
    }
    return p;
  }

  private PostingStore.Row validate(PostingForm f, Actor actor) {
    FieldErrors errors = new FieldErrors();
    Long employerId = f.employerId();
    if (actor.is(Role.EMPLOYER)) {
      if (employerId != null && !employerId.equals(actor.employerId())) {
        throw DomainException.forbidden("job.employer.notYours");
      }
      employerId = actor.employerId();
    } else if (!actor.is(Role.ADMIN, Role.STAFF)) {
      throw DomainException.forbidden("job.create.forbidden");
    }
    if (employerId == null) {
      errors.add("employerId", "field.required");
    } else if (employers.lookup(employerId).isEmpty()) {
      errors.add("employerId", "job.employer.unknown", employerId);
    }
    String title = errors.text("title", f.title(), 100);
    String description = errors.text("description", f.description(), 4000);
    String occupationCode = errors.text("occupationCode", f.occupationCode(), 5);
    Occupation occupation = null;
    if (occupationCode != null) {
      occupation = occupations.find(occupationCode).orElse(null);
      if (occupation == null) {
        errors.add("occupationCode", "occupation.notFound", occupationCode);
      }
    }
    JobKind kind = errors.parse("kind", f.kind(), Jobs::kind);
    if (f.positions() == null) {
      errors.add("positions", "field.required");
    } else if (f.positions() < 1 || f.positions() > 999) {
      errors.add("positions", "job.positions.range", 999);
    }
    Money payMin = errors.parse("payMin", f.payMin(), Money::ofYuan);
    Money payMax = errors.parse("payMax", f.payMax(), Money::ofYuan);
    if (payMin != null && payMax != null && payMin.fen() > payMax.fen()) {
      errors.add("payMax", "job.pay.order");
    }
    PayUnit payUnit = errors.parse("payUnit", f.payUnit(), Jobs::payUnit);
    String street = f.streetCode();
    if ((street == null || street.isBlank()) && actor.is(Role.STAFF)) {
      street = actor.streetCode();
    }
    street = errors.text("streetCode", street, 12);
    if (street != null && divisions.street(street).isEmpty()) {
      errors.add("streetCode", "division.notStreet", street);
    } else if (street != null && actor.is(Role.STAFF) && !street.equals(actor.streetCode())) {
      throw DomainException.forbidden("job.street.outOfScope");
    }
    if (f.lat() != null && (f.lat() < -90 || f.lat() > 90)) {
      errors.add("lat", "geo.lat");
    }
    if (f.lng() != null && (f.lng() < -180 || f.lng() > 180)) {
      errors.add("lng", "geo.lng");
    }
    if ((f.lat() == null) != (f.lng() == null)) {
      errors.add(f.lat() == null ? "lat" : "lng", "job.location.pair");
    }
    if (f.weeklyHours() != null && (f.weeklyHours() < 1 || f.weeklyHours() > 84)) {
      errors.add("weeklyHours", "job.weeklyHours.range", 84);
    }
    String contact = errors.text("contact", f.contact(), 200);
    LocalDate validUntil = errors.parse("validUntil", f.validUntil(), Jobs::date);
    LocalDate today = LocalDate.now(clock);
    if (validUntil != null && validUntil.isBefore(today)) {
      errors.add("validUntil", "job.validUntil.past");
    } else if (validUntil != null && validUntil.isAfter(today.plusDays(180))) {
      errors.add("validUntil", "job.validUntil.tooFar", 180);
    }
    List<String> certificates = texts(errors, "certificates", f.certificates());
    List<String> skills = texts(errors, "skills", f.skills());
    List<Relaxation> relaxations = new ArrayList<>();
    for (String r : f.relaxations() == null ? List.<String>of() : f.relaxations()) {
      try {
        Relaxation relaxation = Relaxation.valueOf(String.valueOf(r).strip());
        if (!relaxations.contains(relaxation)) {
          relaxations.add(relaxation);
        }
      } catch (IllegalArgumentException e) {
        errors.add("relaxations", "job.relaxation.unknown", String.valueOf(r));
      }
    }
    errors.throwIfAny();
    return new PostingStore.Row(
        employerId,
        title,
        description,
        occupationCode,
        kind,
        f.positions(),
        payMin,
        payMax,
        payUnit,
        street,
        f.lat(),
        f.lng(),
        f.weeklyHours(),
        contact,
        validUntil,
        certificates,
        skills,
        relaxations);
  }

  private static List<String> texts(FieldErrors errors, String field, List<String> raw) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String s : raw == null ? List.<String>of() : raw) {
      String v = errors.optionalText(field, s, 100);
      if (v != null) {
        out.add(v);
      }
    }
    if (out.size() > MAX_REQUIREMENTS) {
      errors.add(field, "job.requirements.tooMany", MAX_REQUIREMENTS);
    }
    return List.copyOf(out);
  }

  /** Parses a job kind as the API spells it. */
  public static JobKind kind(String raw) {
    try {
      return JobKind.valueOf(raw.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("job.kind.unknown");
    }
  }

  /** Parses a pay unit as the API spells it. */
  public static PayUnit payUnit(String raw) {
    try {
      return PayUnit.valueOf(raw.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("job.payUnit.unknown");
    }
  }

  private static LocalDate date(String raw) {
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException("field.date");
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
