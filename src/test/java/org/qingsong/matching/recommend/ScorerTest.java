package org.qingsong.matching.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qingsong.matching.recommend.Fixtures.*;

import org.junit.jupiter.api.Test;
import org.qingsong.jobs.Relaxation;
import org.qingsong.occupations.PayUnit;
import org.qingsong.people.PriorityGroup;

/** The hard filters and the parts of the score, one rule at a time. */
class ScorerTest {
  final Scorer scorer = new Scorer(ScoringWeights.DEFAULT);

  @Test
  void aFittingPostingPassesEveryFilterAndScoresTheWeightedMeanOfItsParts() {
    SeekerFeatures s = seeker(40);
    PostingTable t = posting(CARE, CARE_GROUP, 2.5, 600_000, 40, FULL, 0, CERT_A);
    assertThat(scorer.failed(s, t, 0)).isZero();
    double[] parts = new double[Part.COUNT];
    double score = scorer.score(s, t, 0, parts);
    assertThat(parts[Part.OCCUPATION.ordinal()]).isEqualTo(1.0);
    assertThat(parts[Part.DISTANCE.ordinal()])
        .isCloseTo(0.75, org.assertj.core.data.Offset.offset(0.001));
    assertThat(parts[Part.PAY.ordinal()]).isEqualTo(1.0);
    assertThat(parts[Part.HOURS.ordinal()]).isEqualTo(1.0);
    assertThat(parts[Part.PRIORITY.ordinal()]).isZero();
    assertThat(score)
        .isCloseTo(0.35 + 0.25 * 0.75 + 0.2 + 0.1, org.assertj.core.data.Offset.offset(0.001));
  }

  @Test
  void occupationExactBeatsSameGroupAndAnotherGroupIsFilteredOut() {
    SeekerFeatures s = seeker(40);
    double exact = scorer.score(s, posting(CARE, CARE_GROUP, 1, 500_000, 0, FULL, 0), 0, null);
    double group = scorer.score(s, posting(NURSE, CARE_GROUP, 1, 500_000, 0, FULL, 0), 0, null);
    assertThat(exact).isGreaterThan(group);
    PostingTable cook = posting(COOK, COOK_GROUP, 1, 500_000, 0, FULL, 0);
    assertThat(scorer.failed(s, cook, 0)).isEqualTo(Filter.OCCUPATION.bit());
  }

  @Test
  void missingCertificateTooFarAndClosedPostingsAreFilteredOut() {
    SeekerFeatures s = seeker(40);
    assertThat(
            scorer.failed(s, posting(CARE, CARE_GROUP, 1, 500_000, 0, FULL, 0, CERT_A, CERT_B), 0))
        .isEqualTo(Filter.CERTIFICATES.bit());
    assertThat(scorer.failed(s, posting(CARE, CARE_GROUP, 10.5, 500_000, 0, FULL, 0), 0))
        .isEqualTo(Filter.DISTANCE.bit());
    PostingTable closed =
        PostingTable.builder(1)
            .add(1, CARE, CARE_GROUP, LAT, LNG, 1, 500_000, 0, FULL, 0, null, false)
            .build();
    assertThat(scorer.failed(s, closed, 0)).isEqualTo(Filter.OPEN.bit());
  }

  @Test
  void legalAgeRules() {
    PostingTable full = posting(CARE, CARE_GROUP, 1, 500_000, 0, FULL, 0);
    PostingTable part = posting(CARE, CARE_GROUP, 1, 500_000, 0, PART, 0);
    assertThat(scorer.failed(seeker(15), part, 0)).isEqualTo(Filter.WORKING_AGE.bit());
    assertThat(scorer.failed(seeker(16), part, 0)).isZero();
    // Women retire at 55, men at 60: no full-time contract past it, part-time is fine.
    assertThat(scorer.failed(seeker(55), full, 0)).isEqualTo(Filter.RETIREMENT_AGE.bit());
    assertThat(scorer.failed(seeker(55), part, 0)).isZero();
    assertThat(scorer.failed(seeker(54), full, 0)).isZero();
  }

  @Test
  void minorsNightHoursDoNotCountTowardsAvailability() {
    // Only 22:00-24:00 every day: 14 hours, all at night.
    long[] bits = new long[3];
    for (int d = 0; d < 7; d++) {
      for (int h = 22; h < 24; h++) {
        int hour = d * 24 + h;
        bits[hour >>> 6] |= 1L << (hour & 63);
      }
    }
    PostingTable t = posting(CARE, CARE_GROUP, 1, 500_000, 20, PART, 0);
    assertThat(scorer.failed(hours(seeker(30), bits[0], bits[1], bits[2]), t, 0)).isZero();
    assertThat(scorer.failed(hours(seeker(17), bits[0], bits[1], bits[2]), t, 0))
        .isEqualTo(Filter.AVAILABILITY.bit());
    assertThat(Scorer.availableHours(hours(seeker(17), bits[0], bits[1], bits[2]))).isZero();
  }

  @Test
  void availabilityOfAtLeastHalfTheWeeklyHoursPassesAndUnknownHoursAreNotCompared() {
    SeekerFeatures tenHours = hours(seeker(30), (1L << 10) - 1, 0, 0);
    assertThat(scorer.failed(tenHours, posting(CARE, CARE_GROUP, 1, 500_000, 20, PART, 0), 0))
        .isZero();
    assertThat(scorer.failed(tenHours, posting(CARE, CARE_GROUP, 1, 500_000, 21, PART, 0), 0))
        .isEqualTo(Filter.AVAILABILITY.bit());
    double[] parts = new double[Part.COUNT];
    scorer.score(tenHours, posting(CARE, CARE_GROUP, 1, 500_000, 0, PART, 0), 0, parts);
    assertThat(parts[Part.HOURS.ordinal()]).isEqualTo(0.5 + 0.5 * Scorer.HOURS_UNKNOWN);
  }

  @Test
  void payBelowTheMinimumScoresNothingAndRisesToOneAtHalfAsMuchAgain() {
    assertThat(Scorer.payValue(400_000, 399_999)).isZero();
    assertThat(Scorer.payValue(400_000, 400_000)).isEqualTo(0.5);
    assertThat(Scorer.payValue(400_000, 500_000)).isEqualTo(0.75);
    assertThat(Scorer.payValue(400_000, 600_000)).isEqualTo(1.0);
    assertThat(Scorer.payValue(0, 1)).isEqualTo(1.0);
    assertThat(Relevance.monthly(20_000, PayUnit.DAY)).isEqualTo(435_000);
    assertThat(Relevance.monthly(2_500, PayUnit.HOUR)).isEqualTo(435_000);
  }

  @Test
  void aRelaxationForTheSeekersPriorityGroupAddsThePriorityPart() {
    int relax = Relevance.relaxationsFor(java.util.List.of(PriorityGroup.AGED_4050));
    SeekerFeatures s = with(seeker(45), 10, 400_000, FULL, relax);
    double[] parts = new double[Part.COUNT];
    int suits4050 = Relevance.bit(Relaxation.SUITS_4050);
    double with =
        scorer.score(s, posting(CARE, CARE_GROUP, 1, 500_000, 0, FULL, suits4050), 0, parts);
    assertThat(parts[Part.PRIORITY.ordinal()]).isEqualTo(1.0);
    int graduates = Relevance.bit(Relaxation.SUITS_GRADUATES);
    double without =
        scorer.score(s, posting(CARE, CARE_GROUP, 1, 500_000, 0, FULL, graduates), 0, parts);
    assertThat(parts[Part.PRIORITY.ordinal()]).isZero();
    assertThat(with - without).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void weightsAreValidated() {
    assertThatThrownBy(() -> new ScoringWeights(-1, 1, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ScoringWeights(0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new ScoringWeights(2, 0, 0, 0, 0).normalised()[0]).isEqualTo(1.0);
  }

  @Test
  void topKKeepsTheBestInOrderWithTiesToTheLowerId() {
    TopK heap = new TopK(3);
    double[] s = {0.5, 0.9, 0.1, 0.9, 0.7, 0.3};
    for (int i = 0; i < s.length; i++) {
      heap.offer(i, 100 - i, s[i]);
    }
    int[] rows = new int[3];
    double[] scores = new double[3];
    assertThat(heap.drainBestFirst(rows, scores)).isEqualTo(3);
    assertThat(rows).containsExactly(3, 1, 4);
    assertThat(scores).containsExactly(0.9, 0.9, 0.7);
  }
}
