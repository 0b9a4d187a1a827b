package org.qingsong.matching.recommend;

/** Builders of seekers and postings for the scoring tests (Zhuzhou, 27.83 N 113.15 E). */
final class Fixtures {
  static final double LAT = 27.83;
  static final double LNG = 113.15;
  static final int CARE = 1;
  static final int CARE_GROUP = 100;
  static final int NURSE = 2;
  static final int COOK = 3;
  static final int COOK_GROUP = 101;
  static final int CERT_A = 500;
  static final int CERT_B = 501;
  static final int FULL = 1;
  static final int PART = 2;

  private Fixtures() {}

  static SeekerFeatures seeker(int age) {
    return new SeekerFeatures(
        7,
        new int[] {CARE},
        new int[] {CARE_GROUP},
        LAT,
        LNG,
        10,
        400_000,
        -1L,
        -1L,
        (1L << 40) - 1,
        FULL | PART,
        0,
        new int[] {CERT_A},
        age,
        true);
  }

  static SeekerFeatures with(SeekerFeatures s, double maxKm, long minPay, int kinds, int relax) {
    return new SeekerFeatures(
        s.personId(),
        s.occupations(),
        s.groups(),
        s.lat(),
        s.lng(),
        maxKm,
        minPay,
        s.availability0(),
        s.availability1(),
        s.availability2(),
        kinds,
        relax,
        s.certificates(),
        s.age(),
        s.female());
  }

  static SeekerFeatures hours(SeekerFeatures s, long a0, long a1, long a2) {
    return new SeekerFeatures(
        s.personId(),
        s.occupations(),
        s.groups(),
        s.lat(),
        s.lng(),
        s.maxDistanceKm(),
        s.minPayMonthFen(),
        a0,
        a1,
        a2,
        s.kinds(),
        s.relaxations(),
        s.certificates(),
        s.age(),
        s.female());
  }

  /** A table of one open posting {@code km} north of the fixture's point. */
  static PostingTable posting(
      int occupation,
      int group,
      double km,
      long payMax,
      int hours,
      int kind,
      int relax,
      int... certs) {
    return PostingTable.builder(1)
        .add(
            1,
            occupation,
            group,
            LAT + km / 111.195,
            LNG,
            payMax / 2,
            payMax,
            hours,
            kind,
            relax,
            certs,
            true)
        .build();
  }
}
