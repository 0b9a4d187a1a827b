package org.qingsong.matching;

/**
 * What a page of search results tells the pager: its number, its size and the total. Pages reach no
 * further than {@link JobSearchQuery#MAX_OFFSET}, whatever the total.
 */
public interface SearchResultPage {
  int page();

  int size();

  long total();

  default int totalPages() {
    return (int) ((total() + size() - 1) / size());
  }

  default boolean hasNext() {
    return (long) (page() + 1) * size() < Math.min(total(), JobSearchQuery.MAX_OFFSET + size());
  }

  default boolean hasPrevious() {
    return page() > 0;
  }
}
