package org.qingsong.matching;

import java.util.List;

/**
 * A placement problem as staff send it: the candidates (person ids), the positions (posting ids, a
 * posting repeated once per place, or any labels such as interview slots when {@code fit} is
 * given), and optionally the fit of every candidate for every position ({@code fit[c][p]}, 0 to
 * {@value AssignmentPlanner#MAX_GIVEN_FIT}, {@code null} where the pair may not be made). Without
 * {@code fit} it is computed by {@link AssignmentFit}.
 */
public record AssignmentRequest(
    List<Long> candidates, List<String> positions, List<List<Integer>> fit) {}
