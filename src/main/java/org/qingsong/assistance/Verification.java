package org.qingsong.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.qingsong.assistance.store.CaseStore;
import org.qingsong.assistance.store.TaskStore;
import org.qingsong.calendar.WorkingCalendar;
import org.qingsong.calendar.WorkingDate;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.FieldViolation;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.InvalidValueException;
import org.qingsong.common.Money;
import org.qingsong.identity.Actor;
import org.qingsong.identity.AuditTrail;
import org.qingsong.identity.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verification of a household's declarations by the configured departments. Each task is due a
 * number of working days (5 by default) after it was sent, counted on the official calendar from
 * the next working day. Answers are entered one by one or imported from a spreadsheet; a finding
 * corrects the household's data (an income found, a vehicle or a dwelling owned, deposits).
 */
@Service
public class Verification {
  static final Set<String> FINDING_KINDS =
      Set.of("INCOME", "VEHICLE", "REAL_ESTATE", "DEPOSITS", "OTHER");

  private final TaskStore tasks;
  private final CaseStore cases;
  private final WorkingCalendar calendar;
  private final AssistanceSettings settings;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final Clock clock;

  Verification(
      TaskStore tasks,
      CaseStore cases,
      WorkingCalendar calendar,
      AssistanceSettings settings,
      CurrentActor currentActor,
      AuditTrail audit,
      Clock clock) {
    this.tasks = tasks;
    this.cases = cases;
    this.calendar = calendar;
    this.settings = settings;
    this.currentActor = currentActor;
    this.audit = audit;
    this.clock = clock;
  }

  /** Sends a case to every active department; the caller moves the case on. */
  int send(long caseId, LocalDate sentOn) {
    WorkingDate due = calendar.addWorkingDays(sentOn, settings.verificationWorkingDays());
    List<Department> departments = tasks.departments(true);
    for (Department d : departments) {
      tasks.insertTask(caseId, d.id(), sentOn, due.date(), due.weekendsOnly());
    }
    audit.record(
        "VERIFICATION_SENT",
        "ASSISTANCE_CASE",
        caseId,
        departments.size() + " departments, sent " + sentOn + ", due " + due.date());
    return departments.size();
  }

  @Transactional(readOnly = true)
  public List<VerificationTask> ofCase(long caseId) {
    Actor actor = currentActor.get();
    visibleCase(caseId, actor);
    return tasks.ofCase(caseId, today());
  }

  @Transactional(readOnly = true)
  public VerificationTask get(long taskId) {
    Actor actor = currentActor.get();
    VerificationTask t = require(taskId);
    visibleCase(t.caseId(), actor);
    return t;
  }

  /** Overdue tasks within the caller's district, oldest first. */
  @Transactional(readOnly = true)
  public List<VerificationTask> overdue(String districtCode, int limit) {
    String district = CaseAccess.district(currentActor.get(), districtCode);
    return tasks.overdue(district, today(), limit);
  }

  /** Open tasks of the caller's district, for the answer spreadsheet. */
  @Transactional(readOnly = true)
  public List<VerificationTask> open(String districtCode) {
    String district = CaseAccess.district(currentActor.get(), districtCode);
    return tasks.open(district, today());
  }

  @Transactional
  public VerificationTask answer(long taskId, TaskAnswer form) {
    Actor actor = currentActor.get();
    CaseAccess.requireWriter(actor);
    VerificationTask task = require(taskId);
    AssistanceCase c = visibleCase(task.caseId(), actor);
    Parsed parsed = parse(form, task, c);
    apply(task, c, parsed, actor);
    return tasks.find(taskId, today()).orElseThrow();
  }

  /**
   * Answers many tasks at once, all or none: every row is checked first, and if any is wrong
   * nothing is written and the errors name the row ({@code rows[3].answer}).
   */
  @Transactional
  public int importAnswers(List<ImportedAnswer> rows, String source) {
    Actor actor = currentActor.get();
    CaseAccess.requireWriter(actor);
    List<FieldViolation> violations = new ArrayList<>();
    List<Object[]> valid = new ArrayList<>();
    Set<Long> seen = new java.util.HashSet<>();
    for (ImportedAnswer row : rows) {
      List<FieldViolation> found = new ArrayList<>(row.problems());
      if (row.taskId() == null) {
        if (found.stream().noneMatch(v -> v.field().equals("taskId"))) {
          found.add(FieldViolation.of("taskId", "field.required"));
        }
      } else if (!seen.add(row.taskId())) {
        found.add(FieldViolation.of("taskId", "assistance.import.duplicateTask", row.taskId()));
      } else {
        try {
          VerificationTask task = require(row.taskId());
          AssistanceCase c = visibleCase(task.caseId(), actor);
          if (task.answer() != null) {
            throw DomainException.conflict("assistance.task.answered", task.id());
          }
          valid.add(new Object[] {task, c, parse(row.answer(), task, c)});
        } catch (InvalidInputException e) {
          found.addAll(e.violations());
        } catch (DomainException e) {
          found.add(new FieldViolation("taskId", e.code(), List.of(e.args())));
        }
      }
      for (FieldViolation v : found) {
        violations.add(
            new FieldViolation("rows[" + row.row() + "]." + v.field(), v.code(), v.args()));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    for (Object[] v : valid) {
      VerificationTask task = (VerificationTask) v[0];
      apply(task, cases.find(task.caseId()).orElseThrow(), (Parsed) v[2], actor);
    }
    audit.record("VERIFICATION_IMPORT", "ASSISTANCE_TASK", null, source + ": " + valid.size());
    return valid.size();
  }

  /** Working days from the day after {@code from} up to and including {@code to}. */
  int workingDaysBetween(LocalDate from, LocalDate to) {
    int n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }

  private record Parsed(
      String answer, String kind, String text, Long personId, Money amount, LocalDate on) {}

  private Parsed parse(TaskAnswer form, VerificationTask task, AssistanceCase c) {
    FieldErrors errors = new FieldErrors();
    String answer = errors.parse("answer", form.answer(), Verification::answerValue);
    String kind = null;
    String text = errors.optionalText("text", form.text(), 500);
    Long personId = form.personId();
    Money amount = errors.parseOptional("amount", form.amount(), Money::ofYuan).orElse(null);
    if ("FINDING".equals(answer)) {
      kind = errors.parse("findingKind", form.findingKind(), Verification::findingKind);
      if (text == null && !errors.has("text")) {
        errors.add("text", "field.required");
      }
      if ("INCOME".equals(kind)) {
        if (personId == null) {
          errors.add("personId", "field.required");
        } else if (c.members().stream().noneMatch(m -> m.personId() == personId)) {
          errors.add("personId", "assistance.member.notInHousehold", personId);
        }
      }
      if (("INCOME".equals(kind) || "DEPOSITS".equals(kind))
          && amount == null
          && !errors.has("amount")) {
        errors.add("amount", "field.required");
      }
    }
    LocalDate today = today();
    LocalDate on = errors.parseOptional("answeredOn", form.answeredOn(), Parse::date).orElse(today);
    if (on.isAfter(today)) {
      errors.add("answeredOn", "assistance.date.future");
    } else if (on.isBefore(task.sentOn())) {
      errors.add("answeredOn", "assistance.task.beforeSent", task.sentOn());
    }
    errors.throwIfAny();
    return new Parsed(answer, kind, text, "INCOME".equals(kind) ? personId : null, amount, on);
  }

  private void apply(VerificationTask task, AssistanceCase c, Parsed p, Actor actor) {
    if (c.status() != CaseStatus.VERIFYING) {
      throw DomainException.conflict("assistance.task.caseNotVerifying", c.status());
    }
    int days = workingDaysBetween(task.sentOn(), p.on());
    if (!tasks.answer(
        task.id(),
        p.answer(),
        p.kind(),
        p.text(),
        p.personId(),
        p.amount(),
        p.on(),
        actor.username(),
        days)) {
      throw DomainException.conflict("assistance.task.answered", task.id());
    }
    if (p.kind() != null) {
      Assets a = c.assets();
      switch (p.kind()) {
        case "INCOME" -> cases.setIncome(c.id(), p.personId(), p.amount());
        case "VEHICLE" ->
            cases.setAssets(
                c.id(), new Assets(a.deposits(), a.vehicles() + 1, a.extraProperties()));
        case "REAL_ESTATE" ->
            cases.setAssets(
                c.id(), new Assets(a.deposits(), a.vehicles(), a.extraProperties() + 1));
        case "DEPOSITS" ->
            cases.setAssets(
                c.id(),
                new Assets(
                    p.amount().fen() > a.deposits().fen() ? p.amount() : a.deposits(),
                    a.vehicles(),
                    a.extraProperties()));
        default -> {}
      }
    }
    audit.record(
        "VERIFICATION_ANSWER",
        "ASSISTANCE_TASK",
        task.id(),
        task.departmentCode() + " " + p.answer() + (p.kind() == null ? "" : " " + p.kind()));
  }

  private AssistanceCase visibleCase(long caseId, Actor actor) {
    CaseAccess.requireReader(actor);
    AssistanceCase c =
        cases
            .find(caseId)
            .orElseThrow(() -> DomainException.notFound("assistance.case.notFound", caseId));
    if (!CaseAccess.inScope(actor, c.districtCode())) {
      throw DomainException.notFound("assistance.case.notFound", caseId);
    }
    return c;
  }

  private VerificationTask require(long id) {
    return tasks
        .find(id, today())
        .orElseThrow(() -> DomainException.notFound("assistance.task.notFound", id));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(BusinessTime.ZONE));
  }

  static String answerValue(String raw) {
    String v = raw.strip().toUpperCase(java.util.Locale.ROOT);
    return switch (v) {
      case "CLEAR", "无异常" -> "CLEAR";
      case "FINDING", "有发现" -> "FINDING";
      default -> throw new InvalidValueException("assistance.task.answer.unknown");
    };
  }

  static String findingKind(String raw) {
    String v = raw.strip().toUpperCase(java.util.Locale.ROOT);
    if (!FINDING_KINDS.contains(v)) {
      throw new InvalidValueException("assistance.task.findingKind.unknown");
    }
    return v;
  }
}
