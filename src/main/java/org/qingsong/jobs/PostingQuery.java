package org.qingsong.jobs;

import org.qingsong.common.Money;
import org.qingsong.occupations.PayUnit;

/**
 * Filters of the posting search; null means "any". {@code minPay} with {@code payUnit} keeps
 * postings whose pay can reach that much in that unit. Residents only ever see published postings.
 */
public record PostingQuery(
    String text,
    String occupationCode,
    JobKind kind,
    String streetCode,
    String districtCode,
    Money minPay,
    PayUnit payUnit,
    Relaxation relaxation,
    PostingStatus status,
    Long employerId) {

  public static PostingQuery published() {
    return new PostingQuery(
        null, null, null, null, null, null, null, null, PostingStatus.PUBLISHED, null);
  }
}
