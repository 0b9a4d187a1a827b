package org.qingsong.assistance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.qingsong.assistance.store.CaseStore;
import org.qingsong.assistance.store.MonitoringStore;
import org.qingsong.assistance.store.TaskStore;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.Money;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.identity.Actor;
import org.qingsong.identity.AuditTrail;
import org.qingsong.identity.CurrentActor;
import org.qingsong.jobs.PlacementRecorded;
import org.qingsong.occupations.PayUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessment of cases and dynamic monitoring of supported households. A case is assessed with the
 * rules of its application date once every department has answered. Afterwards, a declared income
 * change, a placement from the jobs module, a hospital bill or the periodic review each re-assess
 * the household with the rules of that day: the amount follows the household's income; a household
 * whose income rises above the standard because a member found work keeps its allowance for the
 * gradual-exit period (渐退期); an edge household whose income falls below the standard is proposed
 * for 低保 without having to apply (救助找人).
 */
@Service
public class Monitoring {
  /** Hours in a working day and working days in a month, to turn day or hour pay into a month. */
  static final BigDecimal HOURS_A_DAY = BigDecimal.valueOf(8);

  static final BigDecimal DAYS_A_MONTH = new BigDecimal("21.75");

  private final CaseStore cases;
  private final TaskStore tasks;
  private final MonitoringStore store;
  private final Cases workflow;
  private final Referrals referrals;
  private final Assessments assessments;
  private final Intake intake;
  private final AssistanceSettings settings;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final Money hospitalBillProposal;
  private final Clock clock;

  Monitoring(
      CaseStore cases,
      TaskStore tasks,
      MonitoringStore store,
      Cases workflow,
      Referrals referrals,
      Assessments assessments,
      Intake intake,
      AssistanceSettings settings,
      CurrentActor currentActor,
      AuditTrail audit,
      @Value("${qingsong.assistance.hospital-bill-proposal-yuan:5000}") long hospitalBillYuan,
      Clock clock) {
    this.cases = cases;
    this.tasks = tasks;
    this.store = store;
    this.workflow = workflow;
    this.referrals = referrals;
    this.assessments = assessments;
    this.intake = intake;
    this.settings = settings;
    this.currentActor = currentActor;
    this.audit = audit;
    this.hospitalBillProposal = Money.ofYuan(hospitalBillYuan);
    this.clock = clock;
  }

  /** Assesses a case whose verification is complete, with the rules of its application date. */
  @Transactional
  public AssistanceCase assess(long id) {
    Actor actor = currentActor.get();
    AssistanceCase c = workflow.visible(id, actor);
    CaseAccess.requireWriter(actor);
    if (c.status() != CaseStatus.VERIFYING) {
      throw DomainException.conflict("assistance.badMove", c.status(), CaseStatus.ASSESSED);
    }
    long open = tasks.countOpen(id);
    if (open > 0) {
      throw DomainException.conflict("assistance.assess.tasksOpen", open);
    }
    AssessmentSnapshot snapshot = snapshot(c, c.receivedOn(), null);
    cases.saveAssessment(id, snapshot);
    workflow.move(
        c,
        CaseStatus.VERIFYING,
        CaseStatus.ASSESSED,
        snapshot.category() + " " + snapshot.monthlyAmount() + " yuan");
    return cases.find(id).orElseThrow();
  }

  /** A member's declared monthly income changed (yuan); the household is re-assessed. */
  @Transactional
  public MonitoringEvent incomeChange(long id, Long personId, String income, String changedOn) {
    FieldErrors errors = new FieldErrors();
    Money amount = errors.parse("monthlyIncome", income, Money::ofYuan);
    LocalDate on = date(errors, "changedOn", changedOn);
    if (personId == null) {
      errors.add("personId", "field.required");
    }
    AssistanceCase c = supported(id);
    if (personId != null && c.members().stream().noneMatch(m -> m.personId() == personId)) {
      errors.add("personId", "assistance.member.notInHousehold", personId);
    }
    errors.throwIfAny();
    cases.setIncome(id, personId, amount);
    return reassess(cases.find(id).orElseThrow(), "INCOME_CHANGE", personId, amount, on);
  }

  /**
   * A hospital bill (the part the household pays, yuan): recorded as a medical cost, the household
   * re-assessed, and a bill of at least the configured amount proposes medical assistance.
   */
  @Transactional
  public MonitoringEvent hospitalBill(long id, String amount, String billedOn) {
    FieldErrors errors = new FieldErrors();
    Money bill = errors.parse("amount", amount, Money::ofYuan);
    LocalDate on = date(errors, "billedOn", billedOn);
    errors.throwIfAny();
    AssistanceCase c = supported(id);
    cases.addMedicalCosts(id, bill);
    MonitoringEvent e = reassess(c, "HOSPITAL_BILL", null, bill, on);
    if (bill.fen() >= hospitalBillProposal.fen()
        && !store.hasOpenProposal(id, AssistanceKind.MEDICAL)) {
      store.insertProposal(
          id,
          AssistanceKind.MEDICAL,
          "hospital bill " + bill + " yuan on " + on,
          LocalDate.now(clock));
      audit.record("ASSISTANCE_PROPOSAL", "ASSISTANCE_CASE", id, "MEDICAL: bill " + bill);
    }
    return e;
  }

  /** The periodic review (低保 yearly, edge households half-yearly by default). */
  @Transactional
  public MonitoringEvent periodicReview(long id, String asOf) {
    FieldErrors errors = new FieldErrors();
    LocalDate on = date(errors, "asOf", asOf);
    errors.throwIfAny();
    AssistanceCase c = supported(id);
    MonitoringEvent e = reassess(c, "PERIODIC_REVIEW", null, null, on);
    AssistanceCase after = cases.find(id).orElseThrow();
    if (after.status().supported() && after.category() != null) {
      cases.setReviewDue(id, on.plusMonths(settings.reviewMonths(after.category())));
    }
    return e;
  }

  /**
   * A member of a supported household was hired through the jobs module: the member counts as
   * employed with the posting's lowest pay as monthly income (day and hour pay converted at 8 hours
   * a day and 21.75 days a month), their referral is marked placed, and the household is
   * re-assessed.
   */
  @ApplicationModuleListener
  public void on(PlacementRecorded placement) {
    for (long id : cases.supportedCasesOf(placement.personId())) {
      AssistanceCase c = cases.find(id).orElseThrow();
      Money pay = monthly(placement.payMin(), placement.payUnit());
      Member m =
          c.members().stream()
              .filter(x -> x.personId() == placement.personId())
              .findFirst()
              .orElseThrow();
      cases.setEmployment(id, m.personId(), Employment.EMPLOYED);
      if (pay.fen() > m.monthlyIncome().fen()) {
        cases.setIncome(id, m.personId(), pay);
      }
      store.markPlaced(id, m.personId(), placement.placedOn(), placement.postingId());
      reassess(cases.find(id).orElseThrow(), "PLACEMENT", m.personId(), pay, placement.placedOn());
    }
  }

  @Transactional(readOnly = true)
  public List<MonitoringEvent> events(long id) {
    workflow.visible(id, currentActor.get());
    return store.events(id);
  }

  /** Proposals of the caller's district (救助找人), newest first. */
  @Transactional(readOnly = true)
  public PageResult<Proposal> proposals(String districtCode, String status, PageRequest page) {
    String district = CaseAccess.district(currentActor.get(), districtCode);
    return store.proposals(district, status, page);
  }

  /**
   * Accepts a proposal: a case of the proposed kind is opened for the household without an
   * application (channel PROACTIVE) and sent for verification; a monitored edge household's own
   * case is closed in favour of it.
   */
  @Transactional
  public AssistanceCase accept(long proposalId) {
    Actor actor = currentActor.get();
    CaseAccess.requireWriter(actor);
    Proposal p = proposal(proposalId, actor);
    AssistanceCase c = cases.find(p.caseId()).orElseThrow();
    if (c.status().supported() && c.category() == LowIncomeCategory.C && c.kind() == p.kind()) {
      workflow.move(c, c.status(), CaseStatus.CLOSED, "proposal " + proposalId);
      cases.setClosed(c.id(), LocalDate.now(clock), "replaced by a " + p.kind() + " case");
      referrals.closeOpen(c.id());
    }
    List<ApplicationForm.MemberForm> members = new ArrayList<>();
    for (Member m : c.members()) {
      members.add(
          new ApplicationForm.MemberForm(
              m.personId(),
              m.relation().name(),
              m.monthlyIncome().yuan().toPlainString(),
              m.ableToWork(),
              m.disability().name(),
              m.employment().name()));
    }
    AssistanceCase opened =
        intake.apply(
            new ApplicationForm(
                p.kind().name(),
                c.applicantId(),
                members,
                new ApplicationForm.AssetsForm(
                    c.assets().deposits().yuan().toPlainString(),
                    c.assets().vehicles(),
                    c.assets().extraProperties()),
                c.areaType(),
                p.reason(),
                null,
                null,
                null),
            IntakeChannel.PROACTIVE);
    if (!store.decideProposal(proposalId, "ACCEPTED", opened.id(), actor.username())) {
      throw DomainException.conflict("assistance.proposal.decided", proposalId);
    }
    audit.record("ASSISTANCE_PROPOSAL_ACCEPTED", "ASSISTANCE_CASE", opened.id(), p.reason());
    return opened;
  }

  @Transactional
  public Proposal dismiss(long proposalId) {
    return dismiss(proposalId, null);
  }

  /**
   * Dismisses a proposal; the optional {@code reason} (why the household needs no more help, at
   * most 200 characters) goes into the audit trail.
   */
  @Transactional
  public Proposal dismiss(long proposalId, String reason) {
    Actor actor = currentActor.get();
    CaseAccess.requireWriter(actor);
    FieldErrors errors = new FieldErrors();
    String why = errors.optionalText("reason", reason, 200);
    errors.throwIfAny();
    proposal(proposalId, actor);
    if (!store.decideProposal(proposalId, "DISMISSED", null, actor.username())) {
      throw DomainException.conflict("assistance.proposal.decided", proposalId);
    }
    audit.record("ASSISTANCE_PROPOSAL_DISMISSED", "ASSISTANCE_PROPOSAL", proposalId, why);
    return store.proposal(proposalId).orElseThrow();
  }

  private Proposal proposal(long id, Actor actor) {
    Proposal p =
        store
            .proposal(id)
            .orElseThrow(() -> DomainException.notFound("assistance.proposal.notFound", id));
    if (!CaseAccess.inScope(actor, p.districtCode())) {
      throw DomainException.notFound("assistance.proposal.notFound", id);
    }
    if (!"OPEN".equals(p.status())) {
      throw DomainException.conflict("assistance.proposal.decided", id);
    }
    return p;
  }

  /**
   * Re-assesses a supported household on {@code on} and acts on the result; records what happened
   * as a monitoring event.
   */
  MonitoringEvent reassess(
      AssistanceCase c, String kind, Long personId, Money amount, LocalDate on) {
    AssessmentSnapshot s = snapshot(c, on, "PLACEMENT".equals(kind) ? personId : null);
    cases.saveAssessment(c.id(), s);
    boolean eligible =
        s.category().equals("MINIMUM_LIVING") || s.category().equals("EXTREME_HARDSHIP");
    boolean working =
        "PLACEMENT".equals(kind)
            || c.members().stream().anyMatch(m -> m.employment() == Employment.EMPLOYED);
    String outcome;
    if (c.status() == CaseStatus.GRADUAL_EXIT) {
      if (eligible) {
        workflow.move(c, CaseStatus.GRADUAL_EXIT, CaseStatus.ACTIVE, "qualifies again");
        cases.setExit(c.id(), null, false);
        cases.setPaid(c.id(), s.monthlyAmount());
        cases.setCategory(c.id(), Cases.category(c.withAssessment(s)));
        outcome = "qualifies again: " + s.category() + ", " + s.monthlyAmount() + " yuan a month";
      } else {
        outcome = "still above the standard; gradual exit continues until " + c.exitUntil();
      }
    } else if (c.category() == LowIncomeCategory.C) {
      if (eligible) {
        AssistanceKind proposed =
            s.category().equals("EXTREME_HARDSHIP")
                ? AssistanceKind.EXTREME_HARDSHIP
                : AssistanceKind.MINIMUM_LIVING;
        if (!store.hasOpenProposal(c.id(), proposed)) {
          store.insertProposal(
              c.id(),
              proposed,
              "per-capita income "
                  + s.perCapitaIncome()
                  + " yuan below the standard "
                  + s.standard(),
              LocalDate.now(clock));
          audit.record("ASSISTANCE_PROPOSAL", "ASSISTANCE_CASE", c.id(), proposed.name());
        }
        outcome = "edge household now qualifies for " + proposed + ": proposed";
      } else if (s.category().equals("NONE")) {
        outcome = closeCase(c, "income above the edge of " + s.standard() + " yuan");
      } else {
        outcome = "still an edge household";
      }
    } else if (c.category() == LowIncomeCategory.D) {
      outcome = "re-assessed: " + s.category();
    } else if (eligible) {
      Money before = c.paidAmount();
      cases.setPaid(c.id(), s.monthlyAmount());
      cases.setCategory(c.id(), Cases.category(c.withAssessment(s)));
      outcome = "amount " + before + " -> " + s.monthlyAmount() + " yuan a month";
    } else if (working && settings.gradualExitMonths() > 0) {
      LocalDate until = YearMonth.from(on).plusMonths(settings.gradualExitMonths()).atEndOfMonth();
      workflow.move(c, CaseStatus.ACTIVE, CaseStatus.GRADUAL_EXIT, "work; until " + until);
      cases.setExit(c.id(), until, true);
      outcome =
          "income above the standard after finding work: gradual exit, "
              + c.paidAmount()
              + " yuan a month until "
              + until;
    } else if (s.category().equals("EDGE")) {
      cases.setPaid(c.id(), new Money(0));
      cases.setCategory(c.id(), LowIncomeCategory.C);
      outcome = "income above the standard: edge household, payment stops";
    } else {
      outcome = closeCase(c, "income above the standard");
    }
    store.insertEvent(
        c.id(),
        kind,
        personId,
        amount,
        on,
        outcome,
        OffsetDateTime.now(clock),
        currentActor.get().username());
    audit.record("ASSISTANCE_MONITORING", "ASSISTANCE_CASE", c.id(), kind + ": " + outcome);
    return store.events(c.id()).get(store.events(c.id()).size() - 1);
  }

  private String closeCase(AssistanceCase c, String reason) {
    workflow.move(c, c.status(), CaseStatus.CLOSED, reason);
    cases.setClosed(c.id(), LocalDate.now(clock), reason);
    referrals.closeOpen(c.id());
    return "closed: " + reason;
  }

  /**
   * The household as the assessment sees it, assessed with the rules of {@code on}. Members placed
   * through the jobs module while supported count as newly employed.
   */
  AssessmentSnapshot snapshot(AssistanceCase c, LocalDate on, Long justPlaced) {
    Set<Long> newlyEmployed =
        store.events(c.id()).stream()
            .filter(e -> "PLACEMENT".equals(e.kind()) && e.personId() != null)
            .map(MonitoringEvent::personId)
            .collect(Collectors.toSet());
    List<HouseholdMember> members = new ArrayList<>();
    for (Member m : c.members()) {
      members.add(
          new HouseholdMember(
              m.name(),
              m.monthlyIncome().yuan(),
              m.ableToWork(),
              DisabilityLevel.valueOf(m.disability().name()),
              Math.max(0, Period.between(m.birthDate(), on).getYears()),
              false,
              newlyEmployed.contains(m.personId())
                  || Long.valueOf(m.personId()).equals(justPlaced)));
    }
    Assessment a =
        assessments.assess(
            new AssessmentRequest(
                on,
                c.districtCode(),
                AreaType.parse(c.areaType()),
                members,
                new HouseholdAssets(
                    c.assets().deposits().yuan(),
                    c.assets().vehicles(),
                    c.assets().extraProperties() + 1)));
    return new AssessmentSnapshot(
        a.category().name(),
        a.perCapitaIncome(),
        a.standard(),
        a.monthlyAmount(),
        a.reasons(),
        a.date(),
        LocalDate.now(clock));
  }

  private AssistanceCase supported(long id) {
    Actor actor = currentActor.get();
    AssistanceCase c = workflow.visible(id, actor);
    CaseAccess.requireWriter(actor);
    if (!c.status().supported()) {
      throw DomainException.conflict("assistance.notSupported", c.status());
    }
    return c;
  }

  private LocalDate date(FieldErrors errors, String field, String raw) {
    LocalDate today = LocalDate.now(clock);
    LocalDate on = errors.parseOptional(field, raw, Parse::date).orElse(today);
    if (on.isAfter(today)) {
      errors.add(field, "assistance.date.future");
    }
    return on;
  }

  /** A pay as a monthly amount: day pay × 21.75, hour pay × 8 × 21.75, rounded to the fen. */
  static Money monthly(Money pay, PayUnit unit) {
    BigDecimal yuan = pay.yuan();
    BigDecimal month =
        switch (unit) {
          case MONTH -> yuan;
          case DAY -> yuan.multiply(DAYS_A_MONTH);
          case HOUR -> yuan.multiply(HOURS_A_DAY).multiply(DAYS_A_MONTH);
        };
    return Money.ofYuan(month.setScale(2, RoundingMode.HALF_UP));
  }
}
