package org.qingsong.matching.recommend;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.qingsong.people.JobSeekers;
import org.qingsong.people.SeekerProfile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every active seeker's features, indexed by occupation group and home cell, for the people
 * recommended for a posting; re-read like {@link PostingCatalog}.
 */
@Component
public class SeekerCatalog {
  private static final int PAGE = 5_000;

  private final JobSeekers seekers;
  private final FeatureLoader features;
  private final Duration ttl;
  private final Clock clock;
  private volatile Snapshot snapshot;

  SeekerCatalog(
      JobSeekers seekers,
      FeatureLoader features,
      @Value("${qingsong.matching.catalog-ttl:PT1M}") Duration ttl,
      Clock clock) {
    this.seekers = seekers;
    this.features = features;
    this.ttl = ttl;
    this.clock = clock;
  }

  /**
   * The seekers, their index and the longest commute among them (the radius a posting must search).
   */
  public record Snapshot(
      List<SeekerFeatures> seekers, CandidateIndex index, double maxDistanceKm, Instant loadedAt) {}

  public Snapshot current() {
    Snapshot s = snapshot;
    if (s == null || s.loadedAt().plus(ttl).isBefore(clock.instant()) || ttl.isZero()) {
      s = reload();
    }
    return s;
  }

  public synchronized Snapshot reload() {
    List<SeekerFeatures> all = new ArrayList<>();
    long after = 0;
    while (true) {
      List<SeekerProfile> page = seekers.page(after, PAGE);
      all.addAll(features.seekers(page));
      if (page.size() < PAGE) {
        break;
      }
      after = page.get(page.size() - 1).personId();
    }
    double sumLat = 0;
    double maxKm = 0;
    for (SeekerFeatures f : all) {
      sumLat += f.lat();
      maxKm = Math.max(maxKm, f.maxDistanceKm());
    }
    CandidateIndex.Builder b = CandidateIndex.builder(all.isEmpty() ? 0 : sumLat / all.size());
    for (int i = 0; i < all.size(); i++) {
      SeekerFeatures f = all.get(i);
      for (int g : f.groups()) {
        b.add(g, f.lat(), f.lng(), i);
      }
    }
    Snapshot s = new Snapshot(List.copyOf(all), b.build(), maxKm, clock.instant());
    snapshot = s;
    return s;
  }
}
