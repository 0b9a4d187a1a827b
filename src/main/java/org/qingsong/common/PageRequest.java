package org.qingsong.common;

/** A page of a list: zero-based page number and a size between 1 and {@link #MAX_SIZE}. */
public record PageRequest(int page, int size) {
  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public PageRequest {
    if (page < 0) {
      throw InvalidInputException.of("page", "page.negative");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw InvalidInputException.of("size", "page.size", MAX_SIZE);
    }
  }

  public static PageRequest of(Integer page, Integer size) {
    return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
  }

  public long offset() {
    return (long) page * size;
  }
}
