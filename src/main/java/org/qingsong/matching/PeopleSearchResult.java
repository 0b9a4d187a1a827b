package org.qingsong.matching;

import java.util.List;
import java.util.Map;

/**
 * A page of job seekers found with the total and the facets over all results of the query (within
 * the caller's scope, not only this page): {@code occupation}, {@code group} and {@code district},
 * each value with its count, most frequent first.
 */
public record PeopleSearchResult(
    List<PeopleSearchHit> items,
    int page,
    int size,
    long total,
    Map<String, List<SearchFacetValue>> facets)
    implements SearchResultPage {
  public PeopleSearchResult {
    items = List.copyOf(items);
    facets = Map.copyOf(facets);
  }
}
