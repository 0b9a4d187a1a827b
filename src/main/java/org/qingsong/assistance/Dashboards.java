package org.qingsong.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qingsong.assistance.store.DashboardStore;
import org.qingsong.assistance.store.PaymentStore;
import org.qingsong.assistance.store.TaskStore;
import org.qingsong.common.Money;
import org.qingsong.identity.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the dashboard of a district (the case worker's own) or of the whole city. */
@Service
public class Dashboards {
  private final DashboardStore store;
  private final TaskStore tasks;
  private final PaymentStore payments;
  private final AssistanceSettings settings;
  private final CurrentActor currentActor;
  private final Clock clock;

  Dashboards(
      DashboardStore store,
      TaskStore tasks,
      PaymentStore payments,
      AssistanceSettings settings,
      CurrentActor currentActor,
      Clock clock) {
    this.store = store;
    this.tasks = tasks;
    this.payments = payments;
    this.settings = settings;
    this.currentActor = currentActor;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Dashboard get(String districtCode) {
    String district = CaseAccess.district(currentActor.get(), districtCode);
    LocalDate today = LocalDate.now(clock);
    Map<String, long[]> byStreet = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (DashboardStore.Caseload c : store.caseload(district)) {
      long[] counts = byStreet.computeIfAbsent(c.streetCode(), k -> new long[4]);
      counts[LowIncomeCategory.valueOf(c.category()).ordinal()] += c.cases();
      names.put(c.streetCode(), c.streetName());
    }
    List<Dashboard.CaseloadRow> caseload = new ArrayList<>();
    byStreet.forEach(
        (street, n) ->
            caseload.add(
                new Dashboard.CaseloadRow(street, names.get(street), n[0], n[1], n[2], n[3])));
    List<Dashboard.StatusRow> statuses =
        store.byStatus(district).stream()
            .map(s -> new Dashboard.StatusRow(CaseStatus.valueOf(s.status()), s.cases()))
            .toList();
    List<Dashboard.MonthSpending> spending = new ArrayList<>();
    payments
        .spendingByMonth(district)
        .forEach((m, fen) -> spending.add(new Dashboard.MonthSpending(m, new Money(fen))));
    TaskStore.Timeliness t = tasks.timeliness(district);
    long overdue = tasks.countOverdue(district, today);
    return new Dashboard(
        district,
        caseload,
        statuses,
        spending,
        Dashboard.Verification.of(
            settings.verificationWorkingDays(), t.answered(), t.onTime(), t.workingDays(), overdue),
        tasks.overdue(district, today, 20),
        store.exitsToWork(district),
        store.openReferrals(district),
        store.openProposals(district));
  }
}
