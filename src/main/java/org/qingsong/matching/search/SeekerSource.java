package org.qingsong.matching.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qingsong.people.Certificate;
import org.qingsong.people.JobSeekers;
import org.qingsong.people.People;
import org.qingsong.people.Person;
import org.qingsong.people.SeekerProfile;
import org.qingsong.people.WorkKind;
import org.springframework.stereotype.Component;

/**
 * Reads active job seekers for the index through the people module's API: profiles a page at a time
 * by person id, then their person records in one call per page. What is searchable is exactly what
 * {@link JobSeekers#countActive} counts: profiles marked active.
 */
@Component
public class SeekerSource {
  private final JobSeekers seekers;
  private final People people;

  SeekerSource(JobSeekers seekers, People people) {
    this.seekers = seekers;
    this.people = people;
  }

  public long countSearchable() {
    return seekers.countActive();
  }

  /**
   * The next active seekers with a person id above {@code afterId}, by id; fewer than {@code limit}
   * only at the end. {@link #lastId} of the raw page is where the next page starts.
   */
  public Page page(long afterId, int limit) {
    List<SeekerProfile> profiles = seekers.page(afterId, limit);
    if (profiles.isEmpty()) {
      return new Page(List.of(), afterId, true);
    }
    Map<Long, Person> persons = new HashMap<>();
    for (Person p : people.lookupAll(profiles.stream().map(SeekerProfile::personId).toList())) {
      persons.put(p.id(), p);
    }
    List<SeekerRecord> out = new ArrayList<>(profiles.size());
    for (SeekerProfile s : profiles) {
      Person p = persons.get(s.personId());
      if (p != null) {
        out.add(record(s, p));
      }
    }
    return new Page(out, profiles.get(profiles.size() - 1).personId(), profiles.size() < limit);
  }

  /** A page of records, the last person id read and whether it was the last page. */
  public record Page(List<SeekerRecord> records, long lastId, boolean last) {}

  /** The seeker if their profile is active now; empty otherwise. */
  public Optional<SeekerRecord> searchable(long personId) {
    Optional<SeekerProfile> profile = seekers.profile(personId).filter(SeekerProfile::active);
    if (profile.isEmpty()) {
      return Optional.empty();
    }
    return people.lookup(personId).map(p -> record(profile.get(), p));
  }

  private static SeekerRecord record(SeekerProfile s, Person p) {
    List<WorkKind> kinds = new ArrayList<>(s.kinds());
    kinds.sort(null);
    return new SeekerRecord(
        s.personId(),
        s.occupationCodes(),
        kinds,
        p.priorityGroups(),
        p.skills(),
        p.certificates().stream().map(Certificate::name).toList(),
        p.streetCode(),
        p.streetName(),
        p.districtCode(),
        s.lat(),
        s.lng(),
        s.minPay().fen(),
        s.payUnit().name(),
        s.updatedAt());
  }
}
