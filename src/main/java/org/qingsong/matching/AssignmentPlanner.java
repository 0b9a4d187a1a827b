package org.qingsong.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.GeoPoint;
import org.qingsong.geography.Division;
import org.qingsong.geography.Divisions;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.qingsong.jobs.Jobs;
import org.qingsong.jobs.Posting;
import org.qingsong.matching.assignment.PlacementFit;
import org.qingsong.occupations.Occupation;
import org.qingsong.occupations.Occupations;
import org.qingsong.people.People;
import org.qingsong.people.PersonView;
import org.springframework.stereotype.Service;

/**
 * Places candidates into positions (subsidised posts, interview slots) so that the total fit is the
 * largest possible, exactly. Staff and administrators only; staff see the residents of their own
 * street. Nothing is stored: the plan is advice that staff act on.
 */
@Service
public class AssignmentPlanner {
  /** The largest fit a caller may give for one pair. */
  public static final int MAX_GIVEN_FIT = 1000;

  /** The longest position label. */
  public static final int MAX_LABEL = 64;

  private static final int MAX_LISTED_ERRORS = 20;

  private final AssignmentSolver solver;
  private final People people;
  private final Jobs jobs;
  private final Occupations occupations;
  private final Divisions divisions;
  private final CurrentActor currentActor;

  AssignmentPlanner(
      AssignmentSolver solver,
      People people,
      Jobs jobs,
      Occupations occupations,
      Divisions divisions,
      CurrentActor currentActor) {
    this.solver = solver;
    this.people = people;
    this.jobs = jobs;
    this.occupations = occupations;
    this.divisions = divisions;
    this.currentActor = currentActor;
  }

  public AssignmentPlan plan(AssignmentRequest request) {
    if (!currentActor.get().is(Role.STAFF, Role.ADMIN)) {
      throw DomainException.forbidden("matching.assignment.forbidden");
    }
    FieldErrors errors = new FieldErrors();
    List<Long> candidates = listOf(request.candidates());
    List<String> positions = listOf(request.positions());
    checkCandidates(candidates, errors);
    checkPositions(positions, errors);
    boolean computed = request.fit() == null;
    int[][] given = computed ? null : givenFit(request.fit(), candidates, positions, errors);
    errors.throwIfAny();

    List<PersonView> persons = persons(candidates, errors);
    List<Posting> postings = computed ? postings(positions, errors) : List.of();
    errors.throwIfAny();

    AssignmentFit[][] parts = computed ? computedFit(persons, postings) : null;
    int[][] fit = computed ? totals(parts) : given;
    long started = System.nanoTime();
    AssignmentSolution solution = solver.solve(fit);
    long millis = (System.nanoTime() - started) / 1_000_000;

    List<AssignmentPair> pairs = new ArrayList<>();
    List<Long> unplaced = new ArrayList<>();
    boolean[] filled = new boolean[positions.size()];
    for (int c = 0; c < candidates.size(); c++) {
      int p = solution.positionOf(c);
      if (p < 0) {
        unplaced.add(candidates.get(c));
        continue;
      }
      filled[p] = true;
      pairs.add(
          new AssignmentPair(
              candidates.get(c), positions.get(p), fit[c][p], computed ? parts[c][p] : null));
    }
    List<String> unfilled = new ArrayList<>();
    for (int p = 0; p < positions.size(); p++) {
      if (!filled[p]) {
        unfilled.add(positions.get(p));
      }
    }
    return new AssignmentPlan(pairs, solution.total(), unplaced, unfilled, computed, millis);
  }

  private static <T> List<T> listOf(List<T> raw) {
    return raw == null ? List.of() : raw;
  }

  private static void checkCandidates(List<Long> candidates, FieldErrors errors) {
    if (candidates.isEmpty()) {
      errors.add("candidates", "field.required");
      return;
    }
    if (candidates.size() > AssignmentSolver.MAX_SIZE) {
      errors.add("candidates", "matching.assignment.tooMany", AssignmentSolver.MAX_SIZE);
      return;
    }
    Set<Long> seen = new HashSet<>();
    int listed = 0;
    for (int i = 0; i < candidates.size() && listed < MAX_LISTED_ERRORS; i++) {
      Long id = candidates.get(i);
      if (id == null) {
        errors.add("candidates[" + i + "]", "field.required");
        listed++;
      } else if (!seen.add(id)) {
        errors.add("candidates[" + i + "]", "matching.assignment.duplicate", id);
        listed++;
      }
    }
  }

  private static void checkPositions(List<String> positions, FieldErrors errors) {
    if (positions.isEmpty()) {
      errors.add("positions", "field.required");
      return;
    }
    if (positions.size() > AssignmentSolver.MAX_SIZE) {
      errors.add("positions", "matching.assignment.tooMany", AssignmentSolver.MAX_SIZE);
      return;
    }
    int listed = 0;
    for (int i = 0; i < positions.size() && listed < MAX_LISTED_ERRORS; i++) {
      String label = positions.get(i);
      if (label == null || label.isBlank()) {
        errors.add("positions[" + i + "]", "field.required");
        listed++;
      } else if (label.length() > MAX_LABEL) {
        errors.add("positions[" + i + "]", "field.tooLong", MAX_LABEL);
        listed++;
      }
    }
  }

  private static int[][] givenFit(
      List<List<Integer>> raw, List<Long> candidates, List<String> positions, FieldErrors errors) {
    if (errors.has("candidates") || errors.has("positions")) {
      return null;
    }
    if (raw.size() != candidates.size()) {
      errors.add("fit", "matching.assignment.fit.rows", candidates.size());
      return null;
    }
    int[][] fit = new int[candidates.size()][positions.size()];
    int listed = 0;
    for (int c = 0; c < raw.size() && listed < MAX_LISTED_ERRORS; c++) {
      List<Integer> row = raw.get(c);
      if (row == null || row.size() != positions.size()) {
        errors.add("fit[" + c + "]", "matching.assignment.fit.columns", positions.size());
        listed++;
        continue;
      }
      for (int p = 0; p < row.size() && listed < MAX_LISTED_ERRORS; p++) {
        Integer f = row.get(p);
        if (f == null) {
          fit[c][p] = AssignmentSolver.FORBIDDEN;
        } else if (f < 0 || f > MAX_GIVEN_FIT) {
          errors.add(
              "fit[" + c + "][" + p + "]", "matching.assignment.fit.range", 0, MAX_GIVEN_FIT);
          listed++;
        } else {
          fit[c][p] = f;
        }
      }
    }
    return fit;
  }

  /** The candidates as the caller may see them; unknown or out-of-area ones are field errors. */
  private List<PersonView> persons(List<Long> ids, FieldErrors errors) {
    List<PersonView> found = new ArrayList<>(ids.size());
    int listed = 0;
    for (int i = 0; i < ids.size(); i++) {
      try {
        found.add(people.get(ids.get(i)));
      } catch (DomainException e) {
        if (e.kind() != DomainException.Kind.NOT_FOUND
            && e.kind() != DomainException.Kind.FORBIDDEN) {
          throw e;
        }
        if (listed++ < MAX_LISTED_ERRORS) {
          errors.add("candidates[" + i + "]", "matching.assignment.person.unknown", ids.get(i));
        }
      }
    }
    return found;
  }

  private List<Posting> postings(List<String> labels, FieldErrors errors) {
    List<Posting> found = new ArrayList<>(labels.size());
    int listed = 0;
    for (int i = 0; i < labels.size(); i++) {
      String label = labels.get(i).strip();
      Optional<Posting> posting = Optional.empty();
      if (label.matches("\\d{1,18}")) {
        try {
          posting = Optional.of(jobs.get(Long.parseLong(label)));
        } catch (DomainException e) {
          if (e.kind() != DomainException.Kind.NOT_FOUND
              && e.kind() != DomainException.Kind.FORBIDDEN) {
            throw e;
          }
        }
      }
      if (posting.isPresent()) {
        found.add(posting.get());
      } else if (listed++ < MAX_LISTED_ERRORS) {
        errors.add("positions[" + i + "]", "matching.assignment.posting.unknown", label);
      }
    }
    return found;
  }

  private AssignmentFit[][] computedFit(List<PersonView> persons, List<Posting> postings) {
    List<PlacementFit.Seeker> seekers = persons.stream().map(this::seeker).toList();
    List<PlacementFit.Place> places = postings.stream().map(this::place).toList();
    AssignmentFit[][] parts = new AssignmentFit[seekers.size()][places.size()];
    for (int c = 0; c < seekers.size(); c++) {
      for (int p = 0; p < places.size(); p++) {
        parts[c][p] = PlacementFit.of(seekers.get(c), places.get(p));
      }
    }
    return parts;
  }

  private static int[][] totals(AssignmentFit[][] parts) {
    int[][] fit = new int[parts.length][];
    for (int c = 0; c < parts.length; c++) {
      fit[c] = new int[parts[c].length];
      for (int p = 0; p < parts[c].length; p++) {
        fit[c][p] = parts[c][p].total();
      }
    }
    return fit;
  }

  private PlacementFit.Seeker seeker(PersonView person) {
    Optional<GeoPoint> home = point(person.communityCode()).or(() -> point(person.streetCode()));
    return new PlacementFit.Seeker(
        normalised(person.skills()), Set.copyOf(person.priorityGroups()), home);
  }

  private PlacementFit.Place place(Posting posting) {
    Optional<GeoPoint> workplace =
        posting.lat() != null && posting.lng() != null
            ? Optional.of(new GeoPoint(posting.lat(), posting.lng()))
            : point(posting.streetCode());
    String occupation =
        occupations.find(posting.occupationCode()).map(Occupation::nameZh).orElse("");
    return new PlacementFit.Place(
        normalised(posting.skills()), occupation, Set.copyOf(posting.relaxations()), workplace);
  }

  private Optional<GeoPoint> point(String divisionCode) {
    if (divisionCode == null) {
      return Optional.empty();
    }
    return divisions
        .find(divisionCode)
        .filter(d -> d.lat() != null && d.lng() != null)
        .map((Division d) -> new GeoPoint(d.lat(), d.lng()));
  }

  private static Set<String> normalised(List<String> skills) {
    return skills.stream()
        .map(s -> s.strip().toLowerCase(Locale.ROOT))
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
