package org.qingsong.jobs;

import java.util.List;
import org.qingsong.common.Gender;

/**
 * A consenting job seeker as a wall shows them: a masked name (王女士), an age band, skills and the
 * job they want — never their ID number, phone or full name. {@code personId} is for staff's
 * picking only and is not shown on public walls.
 */
public record WallSeeker(
    long personId,
    String maskedName,
    Gender gender,
    AgeBand ageBand,
    List<String> skills,
    String wantedJob) {

  public WallSeeker {
    skills = List.copyOf(skills);
  }
}
