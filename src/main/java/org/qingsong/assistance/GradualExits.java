package org.qingsong.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qingsong.assistance.store.CaseStore;
import org.qingsong.common.DomainException;
import org.qingsong.identity.Actor;
import org.qingsong.identity.AuditTrail;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a gradual exit (渐退期): once its last month is over, the case is closed, with the reason
 * and the day after the last paid month as its closing date, so that no roll from the next month on
 * pays it. A daily job closes what ended (and the payment roll of a month closes what ended before
 * it, in case the job did not run); an administrator can run the same closing at once.
 */
@Service
public class GradualExits {
  /** What a closing run did: the day it ran for and the cases it closed. */
  public record Closing(LocalDate on, List<Closed> closed) {
    public Closing {
      closed = List.copyOf(closed);
    }
  }

  /** One closed case and the last day of its gradual exit. */
  public record Closed(long caseId, String receiptNo, String districtCode, LocalDate exitUntil) {}

  private final CaseStore cases;
  private final Cases workflow;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final Clock clock;

  GradualExits(
      CaseStore cases, Cases workflow, CurrentActor currentActor, AuditTrail audit, Clock clock) {
    this.cases = cases;
    this.workflow = workflow;
    this.currentActor = currentActor;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Closes every case whose gradual exit ended before today (administrators, and the daily job
   * which runs as the system). Each closing is audited, and a run that closed any as well.
   */
  @Transactional
  public Closing closeEnded() {
    Actor actor = currentActor.get();
    if (!actor.is(Role.ADMIN)) {
      throw DomainException.forbidden("assistance.exit.forbidden");
    }
    LocalDate today = LocalDate.now(clock);
    List<Closed> closed = closeEndedBefore(today, null);
    if (!closed.isEmpty()) {
      audit.record(
          "ASSISTANCE_EXITS_CLOSED",
          "ASSISTANCE_CASE",
          null,
          closed.size() + " gradual exits ended before " + today + " closed");
    }
    return new Closing(today, closed);
  }

  /**
   * Closes the cases (of a district; null: all) whose gradual exit ended before {@code day}: their
   * last month is over. Each closing is a status change with its audit record.
   */
  List<Closed> closeEndedBefore(LocalDate day, String districtCode) {
    List<Closed> closed = new ArrayList<>();
    for (long id : cases.exitsDue(day)) {
      AssistanceCase c = cases.find(id).orElseThrow();
      if (districtCode != null && !districtCode.equals(c.districtCode())) {
        continue;
      }
      String reason = "gradual exit ended " + c.exitUntil();
      workflow.move(c, CaseStatus.GRADUAL_EXIT, CaseStatus.CLOSED, reason);
      cases.setClosed(id, c.exitUntil().plusDays(1), reason);
      closed.add(new Closed(c.id(), c.receiptNo(), c.districtCode(), c.exitUntil()));
    }
    return closed;
  }
}
