package org.qingsong.matching.dispatch;

import java.util.Comparator;

/**
 * How hard a visit is to place, for the construction heuristic's "hardest first": longer visits are
 * harder (a day's nanny needs a whole free day), then those fewer workers could take.
 */
public class VisitDifficulty implements Comparator<DispatchVisit> {
  @Override
  public int compare(DispatchVisit a, DispatchVisit b) {
    int byLength = Integer.compare(a.getMinutes(), b.getMinutes());
    if (byLength != 0) {
      return byLength;
    }
    int byChoice = Integer.compare(b.getCandidates().size(), a.getCandidates().size());
    if (byChoice != 0) {
      return byChoice;
    }
    return Long.compare(b.getId(), a.getId());
  }
}
