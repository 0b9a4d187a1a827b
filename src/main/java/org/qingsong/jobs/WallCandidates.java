package org.qingsong.jobs;

import java.util.List;
import java.util.Set;

/**
 * What staff may pick for a station's walls: the published postings and the consenting seekers of
 * the station's street, with what is already on the wall.
 */
public record WallCandidates(
    JobWall wall,
    List<Posting> postings,
    List<WallSeeker> seekers,
    Set<Long> pickedPostings,
    Set<Long> pickedSeekers) {

  public WallCandidates {
    postings = List.copyOf(postings);
    seekers = List.copyOf(seekers);
    pickedPostings = Set.copyOf(pickedPostings);
    pickedSeekers = Set.copyOf(pickedSeekers);
  }
}
