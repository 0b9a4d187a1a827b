package org.qingsong.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.qingsong.assistance.ApplicationForm;
import org.qingsong.assistance.AssistanceCase;
import org.qingsong.assistance.CaseStatus;
import org.qingsong.assistance.Cases;
import org.qingsong.assistance.HotlineForm;
import org.qingsong.assistance.Intake;
import org.qingsong.assistance.LowIncomeCategory;
import org.qingsong.assistance.Monitoring;
import org.qingsong.assistance.PaymentRolls;
import org.qingsong.assistance.TaskAnswer;
import org.qingsong.assistance.Verification;
import org.qingsong.assistance.VerificationTask;
import org.qingsong.common.PageRequest;
import org.qingsong.people.People;
import org.qingsong.people.PersonQuery;
import org.qingsong.people.PersonView;
import org.springframework.stereotype.Service;

/**
 * Demo social-assistance cases in 芦淞区, put through the real workflow so that every state can be
 * seen: applications waiting for departments (some overdue), assessed, reviewed, on public notice,
 * supported 低保 and edge households with referrals to work, a rejection, and the payment rolls of
 * last month and this month; three hotline requests (one handed to another street office) and the
 * edge household's income drop that monitoring proposes for 低保 (救助找人).
 */
@Service
class DemoAssistance {
  static final String DISTRICT = "430203";
  static final String OTHER_STREET = "430203001";

  /** How far a demo case goes, and the monthly income (yuan) of each of its two members. */
  private record Plan(CaseStatus upTo, int daysAgo, int income1, int income2, String street) {}

  private static final List<Plan> PLANS =
      List.of(
          new Plan(CaseStatus.VERIFYING, 2, 0, 300, DemoCity.HOME_STREET),
          new Plan(CaseStatus.VERIFYING, 20, 200, 0, DemoCity.HOME_STREET),
          new Plan(CaseStatus.ASSESSED, 25, 0, 500, DemoCity.HOME_STREET),
          new Plan(CaseStatus.REVIEWED, 28, 400, 0, DemoCity.HOME_STREET),
          new Plan(CaseStatus.PUBLICISED, 30, 0, 0, DemoCity.HOME_STREET),
          new Plan(CaseStatus.ACTIVE, 75, 0, 350, DemoCity.HOME_STREET),
          new Plan(CaseStatus.ACTIVE, 80, 600, 0, DemoCity.HOME_STREET),
          new Plan(CaseStatus.ACTIVE, 90, 1000, 1000, DemoCity.HOME_STREET),
          new Plan(CaseStatus.REJECTED, 40, 2600, 2400, DemoCity.HOME_STREET),
          new Plan(CaseStatus.ACTIVE, 70, 0, 200, OTHER_STREET));

  private final Intake intake;
  private final Verification verification;
  private final Monitoring monitoring;
  private final Cases cases;
  private final PaymentRolls rolls;
  private final People people;
  private final Clock clock;

  DemoAssistance(
      Intake intake,
      Verification verification,
      Monitoring monitoring,
      Cases cases,
      PaymentRolls rolls,
      People people,
      Clock clock) {
    this.intake = intake;
    this.verification = verification;
    this.monitoring = monitoring;
    this.cases = cases;
    this.rolls = rolls;
    this.people = people;
    this.clock = clock;
  }

  /** Makes the demo cases; returns how many. Needs at least two residents per case's street. */
  int generate(SplittableRandom random) {
    LocalDate today = LocalDate.now(clock);
    List<PersonView> home = residents(DemoCity.HOME_STREET);
    List<PersonView> other = residents(OTHER_STREET);
    int nextHome = 1;
    int nextOther = 0;
    int made = 0;
    AssistanceCase edge = null;
    PersonView edgePartner = null;
    for (Plan plan : PLANS) {
      boolean atHome = plan.street().equals(DemoCity.HOME_STREET);
      List<PersonView> pool = atHome ? home : other;
      int next = atHome ? nextHome : nextOther;
      if (next + 1 >= pool.size()) {
        continue;
      }
      PersonView head = pool.get(next);
      PersonView partner = pool.get(next + 1);
      if (atHome) {
        nextHome += 2;
      } else {
        nextOther += 2;
      }
      AssistanceCase c = make(plan, head, partner, today.minusDays(plan.daysAgo()), today, random);
      if (plan.upTo() == CaseStatus.ACTIVE && edge == null) {
        AssistanceCase now = cases.get(c.id());
        if (now.category() == LowIncomeCategory.C) {
          edge = now;
          edgePartner = partner;
        }
      }
      made++;
    }
    if (made > 0) {
      rolls.generate(YearMonth.now(clock).minusMonths(1).toString(), DISTRICT);
      rolls.generate(YearMonth.now(clock).toString(), DISTRICT);
      hotlineCalls(random);
    }
    if (edge != null) {
      // the partner lost the job: the household now qualifies for 低保 and is proposed
      monitoring.incomeChange(edge.id(), edgePartner.id(), "0", today.toString());
    }
    return made;
  }

  private void hotlineCalls(SplittableRandom random) {
    String[][] calls = {
      {"许桂兰", "老伴瘫痪在床，自己没有收入，想问能不能申请低保", "MINIMUM_LIVING", DemoCity.HOME_STREET},
      {"谭志强", "孩子住院做手术，医药费自付部分太多", "MEDICAL", DemoCity.HOME_STREET},
      {"陈凤英", "家里失火，暂时没有地方住", "TEMPORARY", OTHER_STREET}
    };
    for (String[] call : calls) {
      var r =
          intake.recordCall(
              new HotlineForm(
                  call[0],
                  "1390733" + String.format("%04d", random.nextInt(10_000)),
                  call[1],
                  call[2],
                  call[3]));
      if (call[3].equals(OTHER_STREET)) {
        intake.handOver(r.id(), DemoCity.HOME_STREET);
      }
    }
  }

  private AssistanceCase make(
      Plan plan,
      PersonView head,
      PersonView partner,
      LocalDate received,
      LocalDate today,
      SplittableRandom random) {
    AssistanceCase c =
        intake.apply(
            new ApplicationForm(
                "MINIMUM_LIVING",
                head.id(),
                List.of(
                    new ApplicationForm.MemberForm(
                        head.id(), "SELF", String.valueOf(plan.income1()), null, null, null),
                    new ApplicationForm.MemberForm(
                        partner.id(),
                        "SPOUSE",
                        String.valueOf(plan.income2()),
                        null,
                        null,
                        plan.income2() > 0 ? "EMPLOYED" : null)),
                new ApplicationForm.AssetsForm(String.valueOf(random.nextInt(5) * 1000), 0, 0),
                null,
                "演示：家庭收入低，申请最低生活保障",
                "62170000" + String.format("%011d", random.nextLong(100_000_000_000L)),
                received.toString(),
                null));
    List<VerificationTask> tasks = verification.ofCase(c.id());
    boolean complete = plan.upTo() != CaseStatus.VERIFYING;
    int toAnswer = complete ? tasks.size() : plan.daysAgo() > 10 ? tasks.size() - 3 : 0;
    for (int i = 0; i < toAnswer; i++) {
      LocalDate on = tasks.get(i).sentOn().plusDays(2 + random.nextInt(6));
      verification.answer(
          tasks.get(i).id(),
          new TaskAnswer(
              "CLEAR", null, null, null, null, (on.isAfter(today) ? today : on).toString()));
    }
    if (!complete) {
      return c;
    }
    monitoring.assess(c.id());
    if (plan.upTo() == CaseStatus.ASSESSED) {
      return c;
    }
    cases.review(c.id(), "材料齐全，核查无异常");
    if (plan.upTo() == CaseStatus.REVIEWED) {
      return c;
    }
    if (plan.upTo() == CaseStatus.REJECTED) {
      cases.decide(c.id(), "REJECT", "家庭人均收入高于低保边缘标准");
      return c;
    }
    cases.decide(c.id(), "APPROVE", null);
    LocalDate notice =
        plan.upTo() == CaseStatus.PUBLICISED ? today.minusDays(1) : received.plusDays(14);
    cases.publicise(c.id(), notice.toString());
    if (plan.upTo() == CaseStatus.ACTIVE) {
      cases.activate(c.id());
    }
    return c;
  }

  private List<PersonView> residents(String street) {
    return new ArrayList<>(
        people.find(new PersonQuery(street, null, null, null), PageRequest.of(0, 40)).items());
  }
}
