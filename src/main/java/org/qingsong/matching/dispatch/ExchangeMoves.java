package org.qingsong.matching.dispatch;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Moves that know the day's shape, for visits whose times are fixed. An exchange: a visit goes to
 * another worker (of another visit of the same recipient that day, of one of the visits nearest to
 * it, or one of its own, nearer ones likelier) and the visits of that worker it would clash with
 * (travel included) go to its old worker, or else to another of their workers who is free, in the
 * same step. A placement: a visit without a worker goes to one of its workers, the visits in its
 * way to others who are free. A visit without a worker may also take the place of the one visit it
 * clashes with, which is left without one (the number placed stays the same). A swap of the rest of
 * two days, and now and then the best hand-over of the rest of every day at once ({@link Rematch}).
 * Plain change and swap moves seldom find these: most random workers are busy at the visit's time,
 * and most random pairs of visits cannot trade workers. Selected at random only (local search).
 */
public final class ExchangeMoves implements MoveIteratorFactory<DispatchSchedule, ReassignMove> {
  /** The visits each worker has, brought up to date at the start of every step. */
  private Occupancy days;

  private List<DispatchVisit> movable;
  private long size;

  /** For each visit (by its number), the other visits of its recipient, if any. */
  private DispatchVisit[][] siblings;

  /** For each visit (by its number), the {@value #NEAREST} other visits nearest to it. */
  private DispatchVisit[][] nearest;

  /** How many nearest visits each visit keeps. */
  static final int NEAREST = 16;

  /** Plans the hand-over of the rest of every day at a time (null: OR-Tools is not there). */
  private Rematch rematch;

  @Override
  public void phaseStarted(ScoreDirector<DispatchSchedule> director) {
    index(director.getWorkingSolution());
  }

  /**
   * Indexes the schedule's visits (numbered by {@link TravelMatrix#attach}): by worker, by
   * recipient, and each with the visits nearest to it.
   */
  void index(DispatchSchedule schedule) {
    List<DispatchWorker> workers = schedule.getWorkers();
    List<DispatchVisit> all = schedule.getVisits();
    for (int i = 0; i < workers.size(); i++) {
      if (workers.get(i).index() != i) {
        throw new IllegalStateException("workers not numbered: see TravelMatrix.attach");
      }
    }
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).index() != i) {
        throw new IllegalStateException("visits not numbered: see TravelMatrix.attach");
      }
    }
    days = new Occupancy(workers, all);
    movable = new ArrayList<>();
    size = 0;
    for (DispatchVisit v : schedule.getVisits()) {
      if (!v.isPinned()) {
        movable.add(v);
        size += v.getCandidates().size();
      }
    }
    nearest = new DispatchVisit[all.size()][];
    for (DispatchVisit v : movable) {
      long[] keyed = new long[all.size()];
      int n = 0;
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i) != v) {
          keyed[n++] = v.metersTo(all.get(i)) << 20 | i;
        }
      }
      java.util.Arrays.sort(keyed, 0, n);
      DispatchVisit[] near = new DispatchVisit[Math.min(NEAREST, n)];
      for (int k = 0; k < near.length; k++) {
        near[k] = all.get((int) (keyed[k] & 0xFFFFF));
      }
      nearest[v.index()] = near;
    }
    siblings = siblings(all);
    rematch = Rematch.load() ? new Rematch(schedule, siblings) : null;
  }

  /** For each visit (by its number), all visits of its recipient that day when it has others. */
  static DispatchVisit[][] siblings(List<DispatchVisit> all) {
    Map<Long, List<DispatchVisit>> byRecipient = new HashMap<>();
    for (DispatchVisit v : all) {
      if (v.getRecipientId() != 0) {
        byRecipient.computeIfAbsent(v.getRecipientId(), k -> new ArrayList<>()).add(v);
      }
    }
    DispatchVisit[][] siblings = new DispatchVisit[all.size()][];
    for (List<DispatchVisit> ofOne : byRecipient.values()) {
      if (ofOne.size() > 1) {
        DispatchVisit[] shared = ofOne.toArray(new DispatchVisit[0]);
        for (DispatchVisit v : ofOne) {
          siblings[v.index()] = shared;
        }
      }
    }
    return siblings;
  }

  @Override
  public void phaseEnded(ScoreDirector<DispatchSchedule> director) {
    days = null;
    movable = null;
    siblings = null;
    nearest = null;
    rematch = null;
  }

  @Override
  public long getSize(ScoreDirector<DispatchSchedule> director) {
    return size;
  }

  @Override
  public Iterator<ReassignMove> createOriginalMoveIterator(
      ScoreDirector<DispatchSchedule> director) {
    throw new UnsupportedOperationException("exchange moves are only selected at random");
  }

  @Override
  public Iterator<ReassignMove> createRandomMoveIterator(
      ScoreDirector<DispatchSchedule> director, Random random) {
    // Called at the start of every step: moves are worked out against the schedule as it is now.
    days.refresh();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !movable.isEmpty();
      }

      @Override
      public ReassignMove next() {
        if (rematch != null && random.nextInt(REMATCH_ONE_IN) == 0) {
          ReassignMove best = rematch(random);
          if (best != null) {
            return best;
          }
        }
        if (random.nextInt(SWAP_ONE_IN) == 0) {
          return swapTails(movable.get(random.nextInt(movable.size())), random);
        }
        if (random.nextInt(PLACE_ONE_IN) == 0) {
          List<DispatchVisit> waiting = days.waiting();
          if (!waiting.isEmpty()) {
            return place(waiting.get(random.nextInt(waiting.size())), random);
          }
        }
        return exchange(movable.get(random.nextInt(movable.size())), random);
      }
    };
  }

  /** One move in this many tries to place a visit without a worker, when there is one. */
  static final int PLACE_ONE_IN = 5;

  /** How many of a visit's workers a move tries for each visit it moves out of the way. */
  static final int TRIES = 4;

  /** One move in this many tries to swap the rest of two workers' days. */
  static final int SWAP_ONE_IN = 8;

  /** One move in this many tries to hand on a stretch of every day at once in the best way. */
  static final int REMATCH_ONE_IN = 10_000;

  /**
   * The best hand-over ({@link Rematch}) of: whole days (one time in four); the rest of every day
   * from the start of a random visit on (one in four); or the stretch of every day from the start
   * of a random visit to one to four hours later. Null when the plan is best as it is.
   */
  ReassignMove rematch(Random random) {
    int cut = movable.get(random.nextInt(movable.size())).getStart();
    return switch (random.nextInt(4)) {
      case 0 -> rematch(0);
      case 1 -> rematch(cut);
      default -> rematch(cut, cut + 60 + 30 * random.nextInt(7));
    };
  }

  /** The best hand-over of the rest of every day at {@code cut}, or null: best as it is. */
  ReassignMove rematch(int cut) {
    return rematch.plan(cut, days);
  }

  /** The best hand-over of the stretch of every day from {@code cut} to {@code end}, or null. */
  ReassignMove rematch(int cut, int end) {
    return rematch.plan(cut, end, days);
  }

  /** How much the last hand-over found lowers the score by (soft points). */
  long lastRematchGain() {
    return rematch.lastGain;
  }

  /**
   * A swap of the rest of two days: from {@code v}'s start on, the visits of {@code v}'s worker go
   * to the worker of one of the visits nearest to {@code v}, and theirs from that time on come the
   * other way. Two neighbours whose days cross each other's paths trade their afternoons in one
   * step, where exchanges would have to pass through worse plans one visit at a time.
   */
  ReassignMove swapTails(DispatchVisit v, Random random) {
    DispatchWorker a = v.getWorker();
    DispatchVisit[] near = nearest[v.index()];
    if (a == null || near.length == 0) {
      return nothing(v);
    }
    DispatchWorker b = near[random.nextInt(near.length)].getWorker();
    if (b == null || b == a) {
      return nothing(v);
    }
    int from = v.getStart();
    List<DispatchVisit> visits = new ArrayList<>(8);
    List<DispatchWorker> workers = new ArrayList<>(8);
    for (DispatchVisit x : days.of(a)) {
      if (x.getStart() >= from) {
        visits.add(x);
        workers.add(b);
      }
    }
    for (DispatchVisit x : days.of(b)) {
      if (x.getStart() >= from) {
        visits.add(x);
        workers.add(a);
      }
    }
    return new ReassignMove(visits, workers, days, false);
  }

  /** A placement: {@code v} (without a worker) to one of its workers, never unplacing another. */
  ReassignMove place(DispatchVisit v, Random random) {
    List<DispatchWorker> candidates = v.getCandidates();
    return insert(v, candidates.get(random.nextInt(candidates.size())), false, random);
  }

  /**
   * An exchange for {@code v}, to: a worker of another visit of the same recipient (a third of the
   * time, when there is one); the worker of one of the visits nearest to it (a third); or one of
   * its own workers, the nearer to it the likelier (they come nearest first).
   */
  ReassignMove exchange(DispatchVisit v, Random random) {
    DispatchWorker from = v.getWorker();
    // A pick of the visit's own worker changes nothing: pick again, a few times.
    for (int attempt = 0; attempt < PICKS; attempt++) {
      DispatchWorker to = pick(v, random);
      if (to == null) {
        return nothing(v);
      }
      if (to != from) {
        return insert(v, to, true, random);
      }
    }
    return nothing(v);
  }

  /** How many times an exchange picks a worker before it gives up. */
  static final int PICKS = 3;

  private DispatchWorker pick(DispatchVisit v, Random random) {
    DispatchWorker to = null;
    int kind = random.nextInt(3);
    if (kind == 0) {
      DispatchVisit[] ofRecipient = siblings[v.index()];
      if (ofRecipient != null) {
        to = ofRecipient[random.nextInt(ofRecipient.length)].getWorker();
      }
    } else if (kind == 1) {
      DispatchVisit[] near = nearest[v.index()];
      if (near != null && near.length > 0) {
        to = near[random.nextInt(near.length)].getWorker();
      }
    }
    if (to == null) {
      List<DispatchWorker> candidates = v.getCandidates();
      if (candidates.isEmpty()) {
        return null;
      }
      double r = random.nextDouble();
      to = candidates.get((int) (r * r * candidates.size()));
    }
    return to;
  }

  /**
   * {@code v} to {@code to}; each visit of {@code to} it would clash with goes to {@code v}'s old
   * worker when it fits there, else to another of its workers who is free for it (a few tried, from
   * a random one on). When {@code v} had no worker and {@code mayUnplace}, a single visit in the
   * way may be left without one instead (the number placed stays the same). A move that cannot be
   * made is returned as one that changes nothing (not doable).
   */
  ReassignMove insert(DispatchVisit v, DispatchWorker to, boolean mayUnplace, Random random) {
    DispatchWorker from = v.getWorker();
    if (to == from) {
      return nothing(v);
    }
    List<DispatchVisit> visits = new ArrayList<>(4);
    List<DispatchWorker> workers = new ArrayList<>(4);
    visits.add(v);
    workers.add(to);
    List<DispatchVisit> clashing = new ArrayList<>(3);
    for (DispatchVisit u : days.of(to)) {
      if (u != v && DispatchVisit.clash(u, v)) {
        if (u.isPinned()) {
          return nothing(v);
        }
        clashing.add(u);
      }
    }
    int freed = 0;
    for (DispatchVisit u : clashing) {
      freed += u.getMinutes();
    }
    if (to.fixedMinutes() + days.minutes(to) + v.getMinutes() - freed > to.maxMinutes()) {
      return nothing(v);
    }
    for (DispatchVisit u : clashing) {
      visits.add(u);
      workers.add(from);
      int last = visits.size() - 1;
      if (from == null || !u.isCandidate(from) || !ReassignMove.fits(visits, workers, from, days)) {
        workers.set(last, null);
        List<DispatchWorker> theirs = u.getCandidates();
        int first = theirs.isEmpty() ? 0 : random.nextInt(theirs.size());
        int tried = 0;
        for (int k = 0; k < theirs.size() && tried < TRIES && workers.get(last) == null; k++) {
          DispatchWorker w = theirs.get((first + k) % theirs.size());
          if (w == to || w == from) {
            continue;
          }
          tried++;
          workers.set(last, w);
          if (!ReassignMove.fits(visits, workers, w, days)) {
            workers.set(last, null);
          }
        }
        if (workers.get(last) == null && !(from == null && mayUnplace && clashing.size() == 1)) {
          return nothing(v);
        }
      }
    }
    return new ReassignMove(visits, workers, days, true);
  }

  private ReassignMove nothing(DispatchVisit v) {
    return new ReassignMove(List.of(v), java.util.Collections.singletonList(v.getWorker()), days);
  }
}
