package org.qingsong.matching.dispatch;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.ArrayList;
import java.util.List;

/** One day's plan: the workers and fixed bookings (facts), the visits (entities), the score. */
@PlanningSolution(solutionCloner = ScheduleCloner.class)
public class DispatchSchedule {
  @ProblemFactCollectionProperty private List<DispatchWorker> workers;
  @ProblemFactCollectionProperty private List<FixedBooking> bookings;
  @PlanningEntityCollectionProperty private List<DispatchVisit> visits;
  @PlanningScore private HardMediumSoftLongScore score;

  /** For the solver's cloning. */
  public DispatchSchedule() {}

  public DispatchSchedule(
      List<DispatchWorker> workers, List<FixedBooking> bookings, List<DispatchVisit> visits) {
    this.workers = new ArrayList<>(workers);
    this.bookings = new ArrayList<>(bookings);
    this.visits = new ArrayList<>(visits);
  }

  public List<DispatchWorker> getWorkers() {
    return workers;
  }

  public List<FixedBooking> getBookings() {
    return bookings;
  }

  public List<DispatchVisit> getVisits() {
    return visits;
  }

  public HardMediumSoftLongScore getScore() {
    return score;
  }

  public void setScore(HardMediumSoftLongScore score) {
    this.score = score;
  }
}
