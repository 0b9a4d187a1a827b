package org.qingsong.matching.search;

import org.qingsong.jobs.PostingChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index current: each event from the jobs module updates one document, after the
 * transaction that raised it committed. The JDBC event publication registry keeps an event until
 * this has run, so a crash in between only delays the update to the next start.
 */
@Component
public class SearchEvents {
  private final PostingIndexer postings;

  SearchEvents(PostingIndexer postings) {
    this.postings = postings;
  }

  @ApplicationModuleListener
  public void on(PostingChanged event) {
    postings.update(event.postingId());
  }
}
