package org.qingsong.matching.recommend;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.qingsong.common.Gender;
import org.qingsong.geography.Division;
import org.qingsong.geography.Divisions;
import org.qingsong.jobs.Posting;
import org.qingsong.jobs.PostingStatus;
import org.qingsong.occupations.OccupationCategory;
import org.qingsong.people.People;
import org.qingsong.people.PersonAge;
import org.qingsong.people.SeekerProfile;
import org.qingsong.people.WorkKind;
import org.springframework.stereotype.Component;

/**
 * Turns profiles and postings into feature records, interning codes and certificate names in one
 * application-wide {@link Vocabulary} so that ids agree between postings and seekers. A posting
 * without its own point stands at its street's point.
 */
@Component
public class FeatureLoader {
  private final Vocabulary vocabulary = new Vocabulary();
  private final Map<String, double[]> streetPoints = new ConcurrentHashMap<>();
  private final Divisions divisions;
  private final People people;
  private final Clock clock;

  FeatureLoader(Divisions divisions, People people, Clock clock) {
    this.divisions = divisions;
    this.people = people;
    this.clock = clock;
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** Features of a page of profiles, with their ages read in one query. */
  public List<SeekerFeatures> seekers(List<SeekerProfile> profiles) {
    Map<Long, PersonAge> ages = new HashMap<>();
    for (PersonAge a : people.ages(profiles.stream().map(SeekerProfile::personId).toList())) {
      ages.put(a.personId(), a);
    }
    LocalDate today = LocalDate.now(clock);
    List<SeekerFeatures> out = new ArrayList<>(profiles.size());
    for (SeekerProfile p : profiles) {
      out.add(seeker(p, ages.get(p.personId()), today));
    }
    return out;
  }

  public SeekerFeatures seeker(SeekerProfile p, PersonAge age, LocalDate today) {
    int[] occupations = new int[p.occupationCodes().size()];
    int[] groups = new int[occupations.length];
    int distinctGroups = 0;
    for (int i = 0; i < occupations.length; i++) {
      String code = p.occupationCodes().get(i);
      occupations[i] = vocabulary.id(code);
      int g = groupId(code);
      boolean seen = false;
      for (int j = 0; j < distinctGroups; j++) {
        seen |= groups[j] == g;
      }
      if (!seen) {
        groups[distinctGroups++] = g;
      }
    }
    int[] certificates = new int[p.certificates().size()];
    for (int i = 0; i < certificates.length; i++) {
      certificates[i] = vocabulary.id(certificateKey(p.certificates().get(i)));
    }
    Arrays.sort(certificates);
    int kinds = 0;
    for (WorkKind k : p.kinds()) {
      kinds |= 1 << k.ordinal();
    }
    var a = p.availability();
    return new SeekerFeatures(
        p.personId(),
        occupations,
        Arrays.copyOf(groups, distinctGroups),
        p.lat(),
        p.lng(),
        p.maxDistanceKm(),
        Relevance.monthly(p.minPay().fen(), p.payUnit()),
        a.bits0(),
        a.bits1(),
        a.bits2(),
        kinds,
        Relevance.relaxationsFor(p.priorityGroups()),
        certificates,
        age == null || age.birthDate() == null
            ? -1
            : Period.between(age.birthDate(), today).getYears(),
        age != null && age.gender() == Gender.FEMALE);
  }

  /** Adds a posting to a table; false (and nothing added) when it has no known location. */
  public boolean add(PostingTable.Builder table, Posting p) {
    double[] point = point(p);
    if (point == null) {
      return false;
    }
    int[] certificates = new int[p.certificates().size()];
    for (int i = 0; i < certificates.length; i++) {
      certificates[i] = vocabulary.id(certificateKey(p.certificates().get(i)));
    }
    table.add(
        p.id(),
        vocabulary.id(p.occupationCode()),
        groupId(p.occupationCode()),
        point[0],
        point[1],
        Relevance.monthly(p.payMin().fen(), p.payUnit()),
        Relevance.monthly(p.payMax().fen(), p.payUnit()),
        p.weeklyHours() == null ? 0 : p.weeklyHours(),
        1 << p.kind().ordinal(),
        Relevance.mask(p.relaxations()),
        certificates,
        p.status() == PostingStatus.PUBLISHED);
    return true;
  }

  /** The id of an occupation code's group (its category). */
  public int groupId(String code) {
    for (OccupationCategory c : OccupationCategory.values()) {
      if (c.ownsCode(code)) {
        return vocabulary.id("group:" + c.name());
      }
    }
    return vocabulary.id("group:" + code);
  }

  private static String certificateKey(String name) {
    return "cert:" + name.strip();
  }

  private double[] point(Posting p) {
    if (p.lat() != null && p.lng() != null) {
      return new double[] {p.lat(), p.lng()};
    }
    double[] street =
        streetPoints.computeIfAbsent(
            p.streetCode(),
            code ->
                divisions
                    .find(code)
                    .filter(d -> d.lat() != null && d.lng() != null)
                    .map((Division d) -> new double[] {d.lat(), d.lng()})
                    .orElse(new double[0]));
    return street.length == 0 ? null : street;
  }
}
