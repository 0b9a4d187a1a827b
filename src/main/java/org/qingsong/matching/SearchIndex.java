package org.qingsong.matching;

import java.util.List;
import org.qingsong.common.DomainException;
import org.qingsong.identity.AuditTrail;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.qingsong.matching.search.PostingIndexer;
import org.qingsong.matching.search.SearchRebuilds;
import org.qingsong.matching.search.SeekerIndexer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The search indexes' state and their rebuild, for administrators. */
@Service
public class SearchIndex {
  private final PostingIndexer postings;
  private final SeekerIndexer seekers;
  private final SearchRebuilds rebuilds;
  private final CurrentActor currentActor;
  private final AuditTrail audit;

  SearchIndex(
      PostingIndexer postings,
      SeekerIndexer seekers,
      SearchRebuilds rebuilds,
      CurrentActor currentActor,
      AuditTrail audit) {
    this.postings = postings;
    this.seekers = seekers;
    this.rebuilds = rebuilds;
    this.currentActor = currentActor;
    this.audit = audit;
  }

  public List<SearchIndexStatus> status() {
    requireAdmin();
    return statusUnchecked();
  }

  /** The same without an actor check, for callers that already checked. */
  public List<SearchIndexStatus> statusUnchecked() {
    return List.of(postings.status(), seekers.status());
  }

  /** Starts a rebuild of every index in the background; 409 when one is running already. */
  @Transactional
  public List<SearchIndexStatus> reindex() {
    requireAdmin();
    if (!rebuilds.background()) {
      throw DomainException.conflict("matching.search.reindex.running");
    }
    audit.record("REINDEX", "SEARCH_INDEX", null, "postings,people");
    return statusUnchecked();
  }

  private void requireAdmin() {
    if (!currentActor.get().is(Role.ADMIN)) {
      throw DomainException.forbidden("matching.search.admin.forbidden");
    }
  }
}
