package org.qingsong.matching.search;

import org.qingsong.jobs.PostingChanged;
import org.qingsong.people.JobSeekerChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the indexes current: each event from the jobs or people module updates one document, after
 * the transaction that raised it committed. The JDBC event publication registry keeps an event
 * until this has run, so a crash in between only delays the update to the next start.
 */
@Component
public class SearchEvents {
  private final PostingIndexer postings;
  private final SeekerIndexer seekers;

  SearchEvents(PostingIndexer postings, SeekerIndexer seekers) {
    this.postings = postings;
    this.seekers = seekers;
  }

  @ApplicationModuleListener
  public void on(PostingChanged event) {
    postings.update(event.postingId());
  }

  @ApplicationModuleListener
  public void on(JobSeekerChanged event) {
    seekers.update(event.personId());
  }
}
