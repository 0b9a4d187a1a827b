package org.qingsong.matching;

/**
 * The index cannot answer yet: its first build is running. The API answers 503 with a Retry-After
 * and a localised text; the page says so.
 */
public class SearchUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long indexed;
  private final long toIndex;

  public SearchUnavailableException(long indexed, long toIndex) {
    super("matching.search.unavailable");
    this.indexed = indexed;
    this.toIndex = toIndex;
  }

  public long indexed() {
    return indexed;
  }

  public long toIndex() {
    return toIndex;
  }
}
