package org.qingsong.matching.dispatch;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Gives several visits new workers in one step (a worker may be null: the visit is left
 * unassigned). Built by {@link ExchangeMoves}: a visit goes to a worker and the visits of that
 * worker it would clash with go to the visit's old worker, so the step never passes through a plan
 * where one worker has two visits at once.
 */
final class ReassignMove extends AbstractMove<DispatchSchedule> {
  private final List<DispatchVisit> visits;
  private final List<DispatchWorker> workers;
  private final Occupancy days;

  /**
   * Whether every worker but the first visit's is known to keep the hard rules after the move (the
   * move was built checking them), so that only the first one's day is checked again.
   */
  private final boolean restChecked;

  /**
   * {@code days}: the visits each worker has now; with them the move checks the hard rules before
   * the score is worked out.
   */
  ReassignMove(List<DispatchVisit> visits, List<DispatchWorker> workers, Occupancy days) {
    this(visits, workers, days, false);
  }

  ReassignMove(
      List<DispatchVisit> visits,
      List<DispatchWorker> workers,
      Occupancy days,
      boolean restChecked) {
    this.visits = visits;
    this.workers = workers;
    this.days = days;
    this.restChecked = restChecked;
  }

  @Override
  public boolean isMoveDoable(ScoreDirector<DispatchSchedule> director) {
    boolean changes = false;
    for (int i = 0; i < visits.size(); i++) {
      DispatchVisit v = visits.get(i);
      DispatchWorker w = workers.get(i);
      if (v.isPinned() || (w != null && !v.isCandidate(w))) {
        return false;
      }
      changes |= v.getWorker() != w;
    }
    if (!changes) {
      return false;
    }
    int checks = restChecked ? 1 : visits.size();
    for (int i = 0; i < checks; i++) {
      DispatchWorker w = workers.get(i);
      if (w != null && visits.get(i).getWorker() != w && !fits(visits, workers, w, days)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code w}'s day after the move keeps the hard rules that a move can break: no two
   * visits closer than travel allows, and the daily hours. (Qualification and availability hold for
   * every worker in a visit's value range; fixed bookings are left to the score.)
   */
  static boolean fits(
      List<DispatchVisit> visits, List<DispatchWorker> workers, DispatchWorker w, Occupancy days) {
    int minutes = w.fixedMinutes() + days.minutes(w);
    List<DispatchVisit> arriving = new ArrayList<>(2);
    for (int i = 0; i < visits.size(); i++) {
      DispatchVisit v = visits.get(i);
      if (workers.get(i) == w) {
        arriving.add(v);
        minutes += v.getMinutes();
      }
      if (v.getWorker() == w) {
        minutes -= v.getMinutes();
      }
    }
    if (minutes > w.maxMinutes()) {
      return false;
    }
    for (int i = 0; i < arriving.size(); i++) {
      for (int j = i + 1; j < arriving.size(); j++) {
        if (DispatchVisit.clash(arriving.get(i), arriving.get(j))) {
          return false;
        }
      }
    }
    for (DispatchVisit u : days.of(w)) {
      if (visits.contains(u)) {
        continue;
      }
      for (DispatchVisit a : arriving) {
        if (DispatchVisit.clash(a, u)) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  protected void doMoveOnGenuineVariables(ScoreDirector<DispatchSchedule> director) {
    for (int i = 0; i < visits.size(); i++) {
      DispatchVisit v = visits.get(i);
      director.beforeVariableChanged(v, "worker");
      v.setWorker(workers.get(i));
      director.afterVariableChanged(v, "worker");
      days.touch(v);
    }
  }

  @Override
  public ReassignMove rebase(ScoreDirector<DispatchSchedule> destination) {
    List<DispatchVisit> vs = new ArrayList<>(visits.size());
    List<DispatchWorker> ws = new ArrayList<>(workers.size());
    for (int i = 0; i < visits.size(); i++) {
      vs.add(destination.lookUpWorkingObject(visits.get(i)));
      DispatchWorker w = workers.get(i);
      ws.add(w == null ? null : destination.lookUpWorkingObject(w));
    }
    return new ReassignMove(vs, ws, days);
  }

  /** The worker each of {@link #getPlanningEntities()} goes to (null: none). */
  List<DispatchWorker> targets() {
    return workers;
  }

  @Override
  public Collection<?> getPlanningEntities() {
    return visits;
  }

  @Override
  public Collection<?> getPlanningValues() {
    LinkedHashSet<DispatchWorker> values = new LinkedHashSet<>();
    for (DispatchWorker w : workers) {
      if (w != null) {
        values.add(w);
      }
    }
    return values;
  }

  @Override
  public String getSimpleMoveTypeDescription() {
    return "ReassignMove(" + visits.size() + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReassignMove m && visits.equals(m.visits) && workers.equals(m.workers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(visits, workers);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < visits.size(); i++) {
      s.append(visits.get(i).getId()).append("->").append(workers.get(i)).append(' ');
    }
    return s.toString().trim();
  }
}
