package org.qingsong.gigs;

/**
 * Decides which worker does which visit of a day. {@link GreedyDispatcher} is the one in use; an
 * optimising dispatcher (e.g. a solver) replaces it by registering its own bean of this type marked
 * {@code @Primary}. Whatever the plan says, {@link GigDispatch} books it through the same
 * assignment path, so the hard rules hold even for a faulty plan.
 */
public interface GigDispatcher {

  /**
   * A plan for the problem's visits. A dispatcher must give every pinned visit its current worker;
   * it may keep, move or leave out the other visits, and should say why a visit has no worker.
   */
  DispatchPlan plan(DispatchProblem problem);

  /** A short name for reports, e.g. {@code greedy}. */
  String name();
}
