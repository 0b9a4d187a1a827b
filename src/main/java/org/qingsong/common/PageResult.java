package org.qingsong.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list, in the API's list shape {@code {items, page, size, total}}. */
public record PageResult<T>(List<T> items, int page, int size, long total) {
  public PageResult {
    items = List.copyOf(items);
  }

  public static <T> PageResult<T> of(List<T> items, PageRequest request, long total) {
    return new PageResult<>(items, request.page(), request.size(), total);
  }

  public <R> PageResult<R> map(Function<T, R> mapper) {
    return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
  }

  public int totalPages() {
    return (int) ((total + size - 1) / size);
  }

  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }

  public boolean hasPrevious() {
    return page > 0;
  }
}
