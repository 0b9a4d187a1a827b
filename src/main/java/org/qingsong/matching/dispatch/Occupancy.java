package org.qingsong.matching.dispatch;

import java.util.ArrayList;
import java.util.List;

/**
 * Which visits each worker has, their minutes, and the visits waiting for a worker, as the schedule
 * stands at the start of a search step. Brought up to date by {@link #refresh()}, which looks only
 * at what changed since the last time; moves are worked out against it before they are tried, and
 * every step starts from the schedule the last step left. Workers are found by their number ({@link
 * DispatchWorker#index()}).
 */
final class Occupancy {
  private final List<DispatchVisit> visits;
  private final DispatchWorker[] seen;
  private final List<List<DispatchVisit>> byWorker;
  private final int[] minutes;
  private final List<DispatchVisit> waiting = new ArrayList<>();
  private boolean waitingChanged = true;

  /** Visits whose worker a move set since the last refresh (null: look at every visit). */
  private List<DispatchVisit> touched;

  /** {@code workers} and {@code visits} numbered 0 to n − 1 in their order. */
  Occupancy(List<DispatchWorker> workers, List<DispatchVisit> visits) {
    this.visits = visits;
    this.seen = new DispatchWorker[visits.size()];
    this.byWorker = new ArrayList<>(workers.size());
    for (int i = 0; i < workers.size(); i++) {
      byWorker.add(new ArrayList<>(4));
    }
    this.minutes = new int[workers.size()];
    refresh();
  }

  /**
   * Notes that a move set {@code v}'s worker (it may have been set back since): the next {@link
   * #refresh()} looks at such visits only.
   */
  void touch(DispatchVisit v) {
    if (touched != null) {
      touched.add(v);
    }
  }

  /**
   * Brings the lists up to date with the visits' workers now: the first time with every visit, then
   * with the visits moves touched, since every change of a worker in the search is made by a move.
   */
  void refresh() {
    if (touched == null) {
      for (DispatchVisit v : visits) {
        update(v);
      }
      touched = new ArrayList<>();
    } else {
      for (DispatchVisit v : touched) {
        update(v);
      }
      touched.clear();
    }
    if (waitingChanged) {
      waiting.clear();
      for (DispatchVisit v : visits) {
        if (v.getWorker() == null && !v.isPinned() && !v.getCandidates().isEmpty()) {
          waiting.add(v);
        }
      }
      waitingChanged = false;
    }
  }

  private void update(DispatchVisit v) {
    int i = v.index();
    DispatchWorker now = v.getWorker();
    DispatchWorker before = seen[i];
    if (now == before) {
      return;
    }
    if (before == null) {
      waitingChanged = true;
    } else {
      byWorker.get(before.index()).remove(v);
      minutes[before.index()] -= v.getMinutes();
    }
    if (now == null) {
      waitingChanged = true;
    } else {
      byWorker.get(now.index()).add(v);
      minutes[now.index()] += v.getMinutes();
    }
    seen[i] = now;
  }

  /** The visits {@code w} has. */
  List<DispatchVisit> of(DispatchWorker w) {
    return byWorker.get(w.index());
  }

  /** The minutes of the visits {@code w} has. */
  int minutes(DispatchWorker w) {
    return minutes[w.index()];
  }

  /** The visits without a worker that some worker could take. */
  List<DispatchVisit> waiting() {
    return waiting;
  }
}
