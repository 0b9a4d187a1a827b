package org.qingsong.matching.dispatch;

import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.qingsong.gigs.Booking;
import org.qingsong.gigs.Check;
import org.qingsong.gigs.DispatchPlan;
import org.qingsong.gigs.DispatchProblem;
import org.qingsong.gigs.Eligibility;
import org.qingsong.gigs.GigDispatcher;
import org.qingsong.gigs.GreedyDispatcher;
import org.qingsong.gigs.VisitSlot;
import org.qingsong.gigs.Worker;
import org.qingsong.people.People;
import org.qingsong.people.Person;
import org.qingsong.people.PriorityGroup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The optimising dispatcher behind "assign all of a day": Timefold Solver on {@link
 * DispatchConstraints}, started from the greedy plan, searching for {@code
 * qingsong.dispatch.time-budget} (default 10 s, at most 30 s; a request may ask for its own) or
 * until {@code qingsong.dispatch.unimproved-limit} (default 3 s) passes without a better plan. The
 * best plan is checked again with the gig module's own {@link Eligibility} rules before it is
 * handed over; a visit that fails them is left with the reason.
 */
@Component
@Primary
public class TimefoldDispatcher implements GigDispatcher {
  public static final Duration MAX_BUDGET = Duration.ofSeconds(30);

  /** Priority groups that make a worker "hard to employ" (就业困难人员). */
  public static final Set<PriorityGroup> HARD_TO_EMPLOY =
      EnumSet.of(
          PriorityGroup.AGED_4050,
          PriorityGroup.DISABLED,
          PriorityGroup.LONG_TERM_UNEMPLOYED,
          PriorityGroup.LOW_INCOME);

  private final People people;
  private final Duration budget;
  private final Duration unimprovedLimit;

  TimefoldDispatcher(
      People people,
      @Value("${qingsong.dispatch.time-budget:PT10S}") Duration budget,
      @Value("${qingsong.dispatch.unimproved-limit:PT3S}") Duration unimprovedLimit) {
    if (budget.isNegative() || budget.isZero() || budget.compareTo(MAX_BUDGET) > 0) {
      throw new IllegalArgumentException("qingsong.dispatch.time-budget must be 1 ms to 30 s");
    }
    this.people = people;
    this.budget = budget;
    this.unimprovedLimit = unimprovedLimit;
  }

  @Override
  public String name() {
    return "timefold";
  }

  @Override
  public DispatchPlan plan(DispatchProblem problem) {
    Set<Long> priority = new HashSet<>();
    for (Worker w : problem.workers()) {
      people
          .lookup(w.personId())
          .map(Person::priorityGroups)
          .filter(groups -> groups.stream().anyMatch(HARD_TO_EMPLOY::contains))
          .ifPresent(groups -> priority.add(w.id()));
    }
    Duration limit = problem.timeBudget() != null ? problem.timeBudget() : budget;
    if (limit.compareTo(MAX_BUDGET) > 0) {
      limit = MAX_BUDGET;
    }
    return search(problem, priority, limit, unimprovedLimit).plan();
  }

  /**
   * The best schedule found, the plan made of it, and how many moves a second the search evaluated
   * (0 when there was nothing to search).
   */
  public record Outcome(DispatchSchedule best, DispatchPlan plan, long moveEvaluationSpeed) {}

  /**
   * Searches for {@code budget}, or until {@code unimproved} passes without a better schedule (null
   * or zero: no such limit).
   */
  public static Outcome search(
      DispatchProblem problem, Set<Long> priorityWorkerIds, Duration budget, Duration unimproved) {
    DispatchPlan warm = new GreedyDispatcher().plan(problem);
    DispatchSchedule start = ScheduleBuilder.build(problem, priorityWorkerIds, warm);
    boolean anythingToPlan = start.getVisits().stream().anyMatch(v -> !v.isPinned());
    if (!anythingToPlan) {
      return new Outcome(start, checkedPlan(problem, start), 0);
    }
    // The hand-overs use OR-Tools: its native library is loaded before the clock starts.
    Rematch.load();
    SolverConfig config = config(budget, unimproved);
    try (SolverManager<DispatchSchedule, Long> manager = SolverManager.create(config)) {
      SolverJob<DispatchSchedule, Long> job = manager.solve(1L, start);
      DispatchSchedule best = job.getFinalBestSolution();
      return new Outcome(best, checkedPlan(problem, best), job.getMoveEvaluationSpeed());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("dispatch interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("dispatch failed", e.getCause());
    }
  }

  /**
   * Construction: the visits still without a worker after the warm start, longest (then fewest
   * choices) first, each to its best worker. Local search: {@link ExchangeMoves} (a visit to
   * another worker with the visits in its way moved aside, placements of visits without a worker,
   * swaps of the rest of two days and, now and then, the best hand-over of the rest of every day at
   * once, each checked against the hard rules before it is scored) under simulated annealing whose
   * temperature is on the soft level only, so that the search never gives back a placed visit or a
   * hard rule, and gives back travel less and less as the budget runs out.
   */
  static SolverConfig config(Duration budget, Duration unimproved) {
    TerminationConfig termination = new TerminationConfig().withSpentLimit(budget);
    if (unimproved != null && !unimproved.isZero()) {
      termination.setUnimprovedSpentLimit(unimproved);
    }
    LocalSearchPhaseConfig search =
        new LocalSearchPhaseConfig()
            .withMoveSelectorConfig(
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(ExchangeMoves.class))
            .withAcceptorConfig(
                new LocalSearchAcceptorConfig()
                    .withSimulatedAnnealingStartingTemperature(
                        "0hard/0medium/" + ANNEALING_TEMPERATURE + "soft"))
            .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    return new SolverConfig()
        .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
        .withSolutionClass(DispatchSchedule.class)
        .withEntityClasses(DispatchVisit.class)
        .withConstraintProviderClass(DispatchConstraints.class)
        .withTerminationConfig(termination)
        .withPhases(
            new ConstructionHeuristicPhaseConfig()
                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING),
            search);
  }

  /** The annealing's starting temperature, in soft points (metres of travel or their like). */
  static final int ANNEALING_TEMPERATURE = 2_000;

  /**
   * The schedule as a plan, each assignment checked in start order against the gig module's rules
   * (pinned ones first, as they are); a visit without a worker gets the rule that stopped the
   * worker who came closest.
   */
  static DispatchPlan checkedPlan(DispatchProblem problem, DispatchSchedule schedule) {
    Map<Long, VisitSlot> slots = new HashMap<>();
    problem.visits().forEach(v -> slots.put(v.visitId(), v));
    Map<Long, Worker> workers = new HashMap<>();
    problem.workers().forEach(w -> workers.put(w.id(), w));
    Map<Long, List<Booking>> booked = new HashMap<>();
    for (Booking b : problem.fixedBookings()) {
      booked.computeIfAbsent(b.workerId(), k -> new ArrayList<>()).add(b);
    }
    List<DispatchPlan.Assignment> assignments = new ArrayList<>();
    List<DispatchVisit> ordered = new ArrayList<>(schedule.getVisits());
    ordered.sort(
        Comparator.comparing((DispatchVisit v) -> !v.isPinned())
            .thenComparingInt(DispatchVisit::getStart)
            .thenComparing(DispatchVisit::getId));
    List<VisitSlot> left = new ArrayList<>();
    for (DispatchVisit v : ordered) {
      VisitSlot slot = slots.get(v.getId());
      if (v.getWorker() == null) {
        left.add(slot);
        continue;
      }
      long workerId = v.getWorker().getId();
      Worker w = workers.get(workerId);
      List<Booking> theirs = booked.getOrDefault(workerId, List.of());
      if (v.isPinned()
          || Eligibility.eligible(Eligibility.check(w, slot, theirs, problem.travelBuffer()))) {
        assignments.add(new DispatchPlan.Assignment(v.getId(), workerId));
        booked
            .computeIfAbsent(workerId, k -> new ArrayList<>())
            .add(
                new Booking(
                    v.getId(),
                    workerId,
                    slot.startsAt(),
                    slot.endsAt(),
                    slot.startsAt(),
                    Eligibility.blockedUntil(slot.endsAt(), problem.travelBuffer())));
      } else {
        left.add(slot);
      }
    }
    List<DispatchPlan.Unassigned> unassigned = new ArrayList<>();
    for (VisitSlot slot : left) {
      unassigned.add(reason(problem, slot, booked));
    }
    return new DispatchPlan(assignments, unassigned);
  }

  private static DispatchPlan.Unassigned reason(
      DispatchProblem problem, VisitSlot slot, Map<Long, List<Booking>> booked) {
    Worker closest = null;
    Check closestFailure = null;
    int closestPassed = -1;
    for (Worker w : problem.workers()) {
      List<Check> checks =
          Eligibility.check(
              w, slot, booked.getOrDefault(w.id(), List.of()), problem.travelBuffer());
      int passed = 0;
      Check failure = null;
      for (Check c : checks) {
        if (!c.passed()) {
          failure = c;
          break;
        }
        passed++;
      }
      if (failure == null) {
        // Free by the booking rules but not by travel time between visits, or left for balance.
        failure =
            new Check(
                Check.Rule.NO_CLASH,
                false,
                "matching.dispatch.travel",
                List.of(Long.toString(problem.travelBuffer().toMinutes())));
      }
      if (passed > closestPassed) {
        closestPassed = passed;
        closest = w;
        closestFailure = failure;
      }
    }
    if (closest == null) {
      return new DispatchPlan.Unassigned(
          slot.visitId(), null, Check.Rule.ACTIVE, "gig.dispatch.noWorkers", List.of());
    }
    if (closestFailure.rule() == Check.Rule.SERVICE) {
      return new DispatchPlan.Unassigned(
          slot.visitId(),
          null,
          Check.Rule.SERVICE,
          "gig.dispatch.nobodyOffers",
          List.of(slot.service().nameZh(), slot.service().nameEn()));
    }
    return new DispatchPlan.Unassigned(
        slot.visitId(),
        closest.id(),
        closestFailure.rule(),
        closestFailure.code(),
        closestFailure.args());
  }
}
