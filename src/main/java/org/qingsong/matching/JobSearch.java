package org.qingsong.matching;

import org.qingsong.common.FieldErrors;
import org.qingsong.geography.Division;
import org.qingsong.geography.DivisionLevel;
import org.qingsong.geography.Divisions;
import org.qingsong.matching.search.PostingIndexer;
import org.qingsong.matching.search.PostingSearcher;
import org.qingsong.occupations.Occupations;
import org.springframework.stereotype.Service;

/**
 * Full-text search of published postings for everyone, signed in or not: what {@code Jobs.find}
 * shows residents (status {@code PUBLISHED}), found by meaning rather than by substring, with
 * filters, distance and facets. Answers from the index alone.
 */
@Service
public class JobSearch {
  private final PostingIndexer indexer;
  private final PostingSearcher searcher = new PostingSearcher();
  private final Occupations occupations;
  private final Divisions divisions;

  JobSearch(PostingIndexer indexer, Occupations occupations, Divisions divisions) {
    this.indexer = indexer;
    this.occupations = occupations;
    this.divisions = divisions;
  }

  /**
   * Runs a search. Unknown occupations or divisions are 400s like malformed parameters; while the
   * index's first build runs, {@link SearchUnavailableException}.
   */
  public JobSearchResult search(JobSearchQuery query) {
    FieldErrors errors = new FieldErrors();
    if (query.occupationCode() != null && occupations.find(query.occupationCode()).isEmpty()) {
      errors.add("occupation", "occupation.notFound", query.occupationCode());
    }
    if (query.districtCode() != null && !isLevel(query.districtCode(), DivisionLevel.DISTRICT)) {
      errors.add("district", "matching.search.district.unknown", query.districtCode());
    }
    if (query.streetCode() != null && divisions.street(query.streetCode()).isEmpty()) {
      errors.add("street", "division.notStreet", query.streetCode());
    }
    errors.throwIfAny();
    if (!indexer.isReady()) {
      throw new SearchUnavailableException(indexer.status().indexed(), indexer.status().toIndex());
    }
    return indexer.index().search(s -> searcher.search(s, query));
  }

  private boolean isLevel(String code, DivisionLevel level) {
    return divisions.find(code).map(Division::level).filter(l -> l == level).isPresent();
  }
}
