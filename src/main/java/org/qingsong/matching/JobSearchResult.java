package org.qingsong.matching;

import java.util.List;
import java.util.Map;

/**
 * A page of search results with the total and the facets over all results of the query (not only
 * this page): {@code kind}, {@code occupation}, {@code district} and {@code payBand}, each value
 * with its count, most frequent first.
 */
public record JobSearchResult(
    List<JobSearchHit> items,
    int page,
    int size,
    long total,
    Map<String, List<SearchFacetValue>> facets)
    implements SearchResultPage {
  public JobSearchResult {
    items = List.copyOf(items);
    facets = Map.copyOf(facets);
  }
}
