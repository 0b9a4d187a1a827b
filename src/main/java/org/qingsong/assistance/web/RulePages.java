package org.qingsong.assistance.web;

import java.util.List;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;

/** Short lists of rule versions, paged in memory into the API's list shape. */
final class RulePages {
  private RulePages() {}

  static <T> PageResult<T> page(List<T> all, Integer page, Integer size) {
    PageRequest request = PageRequest.of(page, size);
    int from = (int) Math.min(request.offset(), all.size());
    int to = Math.min(from + request.size(), all.size());
    return PageResult.of(all.subList(from, to), request, all.size());
  }
}
