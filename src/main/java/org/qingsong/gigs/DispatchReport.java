package org.qingsong.gigs;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a dispatch run did on a day: how many visits it considered, kept (pinned or already
 * assigned), newly assigned and moved, and each visit left without a worker with the reason.
 */
public record DispatchReport(
    LocalDate date,
    String dispatcher,
    int considered,
    int pinned,
    int kept,
    int assigned,
    int moved,
    List<Left> unassigned,
    long millis) {

  public DispatchReport {
    unassigned = List.copyOf(unassigned);
  }

  /** A visit still waiting, and why (a message code with arguments). */
  public record Left(
      long visitId,
      OffsetDateTime startsAt,
      String serviceCode,
      String recipientName,
      Long closestWorkerId,
      String closestWorkerName,
      Check.Rule rule,
      String code,
      List<String> args) {
    public Left {
      args = List.copyOf(args);
    }
  }
}
