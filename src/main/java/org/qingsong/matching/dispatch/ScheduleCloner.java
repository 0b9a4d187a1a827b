package org.qingsong.matching.dispatch;

import ai.timefold.solver.core.api.domain.solution.cloner.SolutionCloner;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies a schedule for the solver (each new best plan is kept as a copy): new visits with their
 * workers, the same workers and bookings, which never change. Several times quicker than the
 * solver's reflective cloner on a day of a thousand visits, where copying took as long as scoring.
 */
public final class ScheduleCloner implements SolutionCloner<DispatchSchedule> {
  @Override
  public DispatchSchedule cloneSolution(DispatchSchedule original) {
    List<DispatchVisit> visits = new ArrayList<>(original.getVisits().size());
    for (DispatchVisit v : original.getVisits()) {
      visits.add(v.copy());
    }
    DispatchSchedule copy =
        new DispatchSchedule(original.getWorkers(), original.getBookings(), visits);
    copy.setScore(original.getScore());
    return copy;
  }
}
