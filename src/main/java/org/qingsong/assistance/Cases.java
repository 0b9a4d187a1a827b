package org.qingsong.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.qingsong.assistance.store.CaseStore;
import org.qingsong.assistance.store.MonitoringStore;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.InvalidValueException;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.identity.Actor;
import org.qingsong.identity.AuditTrail;
import org.qingsong.identity.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workflow after assessment: review, approval or rejection, publicity with objections, the
 * start of payment, and closing. Each step checks the case's status (a step out of order is a 409
 * conflict), writes the case's history and the audit trail in the same transaction.
 */
@Service
public class Cases {
  private static final Set<CaseStatus> CLOSABLE =
      Set.of(
          CaseStatus.SUBMITTED,
          CaseStatus.VERIFYING,
          CaseStatus.ASSESSED,
          CaseStatus.REVIEWED,
          CaseStatus.ACTIVE,
          CaseStatus.GRADUAL_EXIT);

  private final CaseStore store;
  private final MonitoringStore monitoring;
  private final Referrals referrals;
  private final AssistanceSettings settings;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final Clock clock;

  Cases(
      CaseStore store,
      MonitoringStore monitoring,
      Referrals referrals,
      AssistanceSettings settings,
      CurrentActor currentActor,
      AuditTrail audit,
      Clock clock) {
    this.store = store;
    this.monitoring = monitoring;
    this.referrals = referrals;
    this.settings = settings;
    this.currentActor = currentActor;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public PageResult<AssistanceCase> find(CaseStore.Query query, PageRequest page) {
    Actor actor = currentActor.get();
    String district = CaseAccess.district(actor, query.districtCode());
    return store.find(
        new CaseStore.Query(
            district,
            query.streetCode(),
            query.status(),
            query.kind(),
            query.category(),
            query.text(),
            query.supportedOnly()),
        page);
  }

  @Transactional(readOnly = true)
  public AssistanceCase get(long id) {
    return visible(id, currentActor.get());
  }

  @Transactional(readOnly = true)
  public List<CaseEvent> history(long id) {
    visible(id, currentActor.get());
    return store.events(id);
  }

  @Transactional(readOnly = true)
  public List<Objection> objections(long id) {
    visible(id, currentActor.get());
    return monitoring.objections(id);
  }

  /**
   * The public publicity list (公示): every case in its publicity period, of one district or of the
   * whole city, with masked names.
   */
  @Transactional(readOnly = true)
  public List<PublicityEntry> publicity(String districtCode) {
    return store
        .find(
            new CaseStore.Query(districtCode, null, CaseStatus.PUBLICISED, null, null, null, false),
            PageRequest.of(0, PageRequest.MAX_SIZE))
        .items()
        .stream()
        .map(
            c ->
                new PublicityEntry(
                    c.receiptNo(),
                    maskedName(c.applicantName()),
                    c.streetName(),
                    c.kind(),
                    c.members().size(),
                    c.assessedAmount(),
                    c.publicityFrom(),
                    c.publicityUntil()))
        .toList();
  }

  /** A name as the publicity list shows it: the surname, the rest starred (张*, 欧阳**). */
  static String maskedName(String name) {
    if (name == null || name.isEmpty()) {
      return "";
    }
    int first = name.offsetByCodePoints(0, 1);
    int rest = name.codePointCount(first, name.length());
    return name.substring(0, first) + "*".repeat(Math.max(rest, 1));
  }

  /** The reviewer's check of the assessment (审核), with an optional note. */
  @Transactional
  public AssistanceCase review(long id, String note) {
    FieldErrors errors = new FieldErrors();
    String text = errors.optionalText("note", note, 500);
    errors.throwIfAny();
    AssistanceCase c = writable(id);
    move(c, CaseStatus.ASSESSED, CaseStatus.REVIEWED, text);
    return store.find(id).orElseThrow();
  }

  /** Approval or rejection (审批); a rejection needs its reason. */
  @Transactional
  public AssistanceCase decide(long id, String decision, String reason) {
    FieldErrors errors = new FieldErrors();
    String d = errors.parse("decision", decision, Cases::decision);
    String text = errors.optionalText("reason", reason, 500);
    if ("REJECT".equals(d) && text == null && !errors.has("reason")) {
      errors.add("reason", "field.required");
    }
    errors.throwIfAny();
    AssistanceCase c = writable(id);
    if ("APPROVE".equals(d)) {
      if (c.status() == CaseStatus.REVIEWED
          && c.kind().monthly()
          && c.assessment() != null
          && "NONE".equals(c.assessment().category())) {
        throw DomainException.conflict("assistance.decision.notEligible", c.receiptNo());
      }
      move(c, CaseStatus.REVIEWED, CaseStatus.APPROVED, text);
    } else {
      move(c, CaseStatus.REVIEWED, CaseStatus.REJECTED, text);
    }
    store.setDecisionNote(id, text);
    return store.find(id).orElseThrow();
  }

  /**
   * Publishes the decision for the publicity period (masked names), from {@code startOn} (today by
   * default; an earlier day for decisions posted on paper, never a future one).
   */
  @Transactional
  public AssistanceCase publicise(long id, String startOn) {
    FieldErrors errors = new FieldErrors();
    LocalDate today = today();
    LocalDate from = errors.parseOptional("startOn", startOn, Parse::date).orElse(today);
    if (from.isAfter(today)) {
      errors.add("startOn", "assistance.date.future");
    }
    errors.throwIfAny();
    AssistanceCase c = writable(id);
    if (from.isBefore(c.receivedOn())) {
      throw InvalidInputException.of("startOn", "assistance.date.beforeReceived", c.receivedOn());
    }
    LocalDate until = from.plusDays(settings.publicityDays() - 1L);
    move(c, CaseStatus.APPROVED, CaseStatus.PUBLICISED, from + " – " + until);
    store.setPublicity(id, from, until);
    return store.find(id).orElseThrow();
  }

  /** Records an objection raised during publicity. */
  @Transactional
  public Objection object(long id, String detail) {
    FieldErrors errors = new FieldErrors();
    String text = errors.text("detail", detail, 500);
    errors.throwIfAny();
    AssistanceCase c = writable(id);
    if (c.status() != CaseStatus.PUBLICISED) {
      throw DomainException.conflict("assistance.objection.notPublicised", c.status());
    }
    long oid = monitoring.insertObjection(id, text, today(), currentActor.get().username());
    audit.record("ASSISTANCE_OBJECTION", "ASSISTANCE_CASE", id, text);
    return monitoring.objection(oid).orElseThrow();
  }

  /**
   * Resolves an objection: dismissed, the case goes on; upheld, the decision is withdrawn and the
   * case is rejected with the resolution as reason.
   */
  @Transactional
  public Objection resolve(long id, long objectionId, Boolean upheld, String resolution) {
    FieldErrors errors = new FieldErrors();
    String text = errors.text("resolution", resolution, 500);
    if (upheld == null) {
      errors.add("upheld", "field.required");
    }
    errors.throwIfAny();
    AssistanceCase c = writable(id);
    Objection o =
        monitoring
            .objection(objectionId)
            .filter(x -> x.caseId() == id)
            .orElseThrow(
                () -> DomainException.notFound("assistance.objection.notFound", objectionId));
    if (o.upheld() != null || !monitoring.resolveObjection(objectionId, upheld, text)) {
      throw DomainException.conflict("assistance.objection.resolved", objectionId);
    }
    audit.record(
        "ASSISTANCE_OBJECTION_" + (upheld ? "UPHELD" : "DISMISSED"), "ASSISTANCE_CASE", id, text);
    if (upheld) {
      move(c, CaseStatus.PUBLICISED, CaseStatus.REJECTED, text);
      store.setDecisionNote(id, text);
    }
    return monitoring.objection(objectionId).orElseThrow();
  }

  /**
   * Starts payment once publicity has ended without an open objection: the case enters the
   * low-income database in its category, gets its periodic-review date, and its able-bodied
   * unemployed members are referred to their station's employment services.
   */
  @Transactional
  public AssistanceCase activate(long id) {
    AssistanceCase c = writable(id);
    if (c.status() == CaseStatus.PUBLICISED) {
      if (!today().isAfter(c.publicityUntil())) {
        throw DomainException.conflict("assistance.publicity.running", c.publicityUntil());
      }
      if (monitoring.openObjections(id) > 0) {
        throw DomainException.conflict("assistance.objection.open");
      }
    }
    LowIncomeCategory category = category(c);
    move(c, CaseStatus.PUBLICISED, CaseStatus.ACTIVE, category.name());
    LocalDate from = c.publicityUntil().plusDays(1);
    store.setCategory(id, category);
    store.setPaid(id, c.assessedAmount());
    store.setActive(id, from, from.plusMonths(settings.reviewMonths(category)));
    referrals.referAbleMembers(store.find(id).orElseThrow(), today());
    return store.find(id).orElseThrow();
  }

  /** Closes a case (the household moved away, asked to stop, or no longer qualifies). */
  @Transactional
  public AssistanceCase close(long id, String reason) {
    FieldErrors errors = new FieldErrors();
    String text = errors.text("reason", reason, 500);
    errors.throwIfAny();
    AssistanceCase c = writable(id);
    if (!CLOSABLE.contains(c.status())) {
      throw DomainException.conflict("assistance.badMove", c.status(), CaseStatus.CLOSED);
    }
    move(c, c.status(), CaseStatus.CLOSED, text);
    store.setClosed(id, today(), text);
    referrals.closeOpen(id);
    return store.find(id).orElseThrow();
  }

  /** The low-income category a supported case belongs to, from its assessment and kind. */
  static LowIncomeCategory category(AssistanceCase c) {
    String assessed = c.assessment() == null ? "NONE" : c.assessment().category();
    return switch (assessed) {
      case "MINIMUM_LIVING" -> LowIncomeCategory.A;
      case "EXTREME_HARDSHIP" -> LowIncomeCategory.B;
      case "EDGE" -> LowIncomeCategory.C;
      default -> LowIncomeCategory.D;
    };
  }

  /** Moves a case between statuses, or answers 409 when it is not where the step starts. */
  void move(AssistanceCase c, CaseStatus from, CaseStatus to, String note) {
    if (c.status() != from) {
      throw DomainException.conflict("assistance.badMove", c.status(), to);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (!store.transition(c.id(), from, to, now)) {
      throw DomainException.conflict("assistance.changed");
    }
    String by = currentActor.get().username();
    store.event(c.id(), from, to, note, now, by);
    audit.record(
        "ASSISTANCE_" + to, "ASSISTANCE_CASE", c.id(), from + " -> " + to + noteSuffix(note));
  }

  private static String noteSuffix(String note) {
    return note == null ? "" : ": " + note;
  }

  AssistanceCase visible(long id, Actor actor) {
    CaseAccess.requireReader(actor);
    AssistanceCase c =
        store.find(id).orElseThrow(() -> DomainException.notFound("assistance.case.notFound", id));
    if (!CaseAccess.inScope(actor, c.districtCode())) {
      throw DomainException.notFound("assistance.case.notFound", id);
    }
    return c;
  }

  private AssistanceCase writable(long id) {
    Actor actor = currentActor.get();
    AssistanceCase c = visible(id, actor);
    CaseAccess.requireWriter(actor);
    return c;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  static String decision(String raw) {
    String v = raw.strip().toUpperCase(Locale.ROOT);
    if (!v.equals("APPROVE") && !v.equals("REJECT")) {
      throw new InvalidValueException("assistance.decision.unknown");
    }
    return v;
  }
}
