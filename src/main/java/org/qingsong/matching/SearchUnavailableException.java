package org.qingsong.matching;

/**
 * The index cannot answer yet: its first build is running. The API answers 503 with a Retry-After
 * and a localised text; the page says so.
 */
public class SearchUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final long indexed;
  private final long toIndex;

  /** The posting index is not ready. */
  public SearchUnavailableException(long indexed, long toIndex) {
    this("matching.search.unavailable", indexed, toIndex);
  }

  /** An index is not ready; {@code code} is the message that says which, with the progress. */
  public SearchUnavailableException(String code, long indexed, long toIndex) {
    super(code);
    this.code = code;
    this.indexed = indexed;
    this.toIndex = toIndex;
  }

  /** The message code of the localised text; its arguments are the indexed and total counts. */
  public String code() {
    return code;
  }

  public long indexed() {
    return indexed;
  }

  public long toIndex() {
    return toIndex;
  }
}
