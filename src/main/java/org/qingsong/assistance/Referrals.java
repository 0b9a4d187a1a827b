package org.qingsong.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.qingsong.assistance.store.MonitoringStore;
import org.qingsong.common.DomainException;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.identity.Actor;
import org.qingsong.identity.AuditTrail;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.qingsong.jobs.Jobs;
import org.qingsong.jobs.Posting;
import org.qingsong.jobs.PostingQuery;
import org.qingsong.jobs.PostingStatus;
import org.qingsong.people.People;
import org.qingsong.people.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way back to work: able-bodied unemployed members of working age in supported households are
 * referred to the employment services of their street's station, and appear in the station staff's
 * work list with open postings that may suit them.
 */
@Service
public class Referrals {
  static final int SUGGESTIONS = 5;

  private final MonitoringStore store;
  private final People people;
  private final Jobs jobs;
  private final AssistanceSettings settings;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final Clock clock;

  Referrals(
      MonitoringStore store,
      People people,
      Jobs jobs,
      AssistanceSettings settings,
      CurrentActor currentActor,
      AuditTrail audit,
      Clock clock) {
    this.store = store;
    this.people = people;
    this.jobs = jobs;
    this.settings = settings;
    this.currentActor = currentActor;
    this.audit = audit;
    this.clock = clock;
  }

  /** Refers every member who can work, is of working age and has no job; returns how many. */
  int referAbleMembers(AssistanceCase c, LocalDate today) {
    int n = 0;
    for (Member m : c.members()) {
      int age = Period.between(m.birthDate(), today).getYears();
      boolean able =
          m.ableToWork()
              && m.employment() == Employment.UNEMPLOYED
              && age >= settings.workingAgeFrom()
              && age <= settings.workingAgeTo();
      if (able && store.insertReferral(c.id(), m.personId(), m.streetCode(), today)) {
        audit.record("ASSISTANCE_REFERRAL", "PERSON", m.personId(), c.receiptNo());
        n++;
      }
    }
    return n;
  }

  void closeOpen(long caseId) {
    store.closeReferrals(caseId);
  }

  /**
   * The work list: station staff see their street's referrals, case workers their district's,
   * administrators and auditors all.
   */
  @Transactional(readOnly = true)
  public PageResult<Referral> list(String status, PageRequest page) {
    Actor actor = currentActor.get();
    String street = null;
    String district = null;
    switch (actor.role()) {
      case STAFF -> street = actor.streetCode();
      case CASEWORKER -> district = actor.districtCode();
      case ADMIN, AUDITOR -> {}
      default -> throw DomainException.forbidden("assistance.forbidden");
    }
    if (actor.is(Role.STAFF) && street == null) {
      throw DomainException.forbidden("assistance.forbidden");
    }
    return store.referrals(street, district, status, page).map(this::referral);
  }

  @Transactional(readOnly = true)
  public List<Referral> ofCase(long caseId) {
    return store.referralsOfCase(caseId).stream().map(this::referral).toList();
  }

  private Referral referral(MonitoringStore.ReferralRow r) {
    Person p = people.lookup(r.personId()).orElseThrow();
    LocalDate today = LocalDate.now(clock);
    List<Referral.JobSuggestion> suggestions =
        "OPEN".equals(r.status()) ? suggestions(p) : List.of();
    return new Referral(
        r.id(),
        r.caseId(),
        r.receiptNo(),
        r.personId(),
        p.name(),
        p.idNumber().masked(),
        Period.between(p.birthDate(), today).getYears(),
        r.streetCode(),
        r.status(),
        r.referredOn(),
        r.placedOn(),
        r.postingId(),
        suggestions);
  }

  /** Open postings of the person's street, then of their district, newest first. */
  private List<Referral.JobSuggestion> suggestions(Person p) {
    List<Referral.JobSuggestion> out = new ArrayList<>();
    for (PostingQuery q :
        List.of(
            new PostingQuery(
                null,
                null,
                null,
                p.streetCode(),
                null,
                null,
                null,
                null,
                PostingStatus.PUBLISHED,
                null),
            new PostingQuery(
                null,
                null,
                null,
                null,
                p.districtCode(),
                null,
                null,
                null,
                PostingStatus.PUBLISHED,
                null))) {
      for (Posting posting : jobs.find(q, PageRequest.of(0, SUGGESTIONS)).items()) {
        if (out.size() < SUGGESTIONS
            && out.stream().noneMatch(s -> s.postingId() == posting.id())) {
          out.add(
              new Referral.JobSuggestion(
                  posting.id(), posting.title(), posting.employerName(), posting.streetName()));
        }
      }
    }
    return out;
  }
}
