package org.qingsong.assistance;

import java.util.List;

/**
 * An application as the window (or the API) submits it, unparsed: the kind, the applicant, the
 * household's members with their declarations, the assets. {@code receivedOn} is for paper
 * applications entered later: the day the window received it (not in the future); verification
 * tasks count from that day. {@code hotlineRequestId} links the hotline request it answers.
 */
public record ApplicationForm(
    String kind,
    Long applicantId,
    List<MemberForm> members,
    AssetsForm assets,
    String areaType,
    String need,
    String bankAccount,
    String receivedOn,
    Long hotlineRequestId) {

  /** One member's declaration; money in yuan. */
  public record MemberForm(
      Long personId,
      String relation,
      String monthlyIncome,
      Boolean ableToWork,
      String disability,
      String employment) {}

  /** The household's assets: deposits in yuan, vehicles, dwellings beyond the one lived in. */
  public record AssetsForm(String deposits, Integer vehicles, Integer extraProperties) {}
}
