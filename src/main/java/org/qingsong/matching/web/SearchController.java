package org.qingsong.matching.web;

import java.util.List;
import java.util.Locale;
import org.qingsong.matching.JobSearch;
import org.qingsong.matching.JobSearchQuery;
import org.qingsong.matching.JobSearchResult;
import org.qingsong.matching.PeopleSearch;
import org.qingsong.matching.PeopleSearchQuery;
import org.qingsong.matching.SearchIndex;
import org.qingsong.matching.SearchIndexStatus;
import org.qingsong.matching.SearchUnavailableException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Job search (public, like the other job reads), the search of job seekers (staff, case workers and
 * administrators, each within their scope) and the indexes' status and rebuild (administrators).
 * While the index's first build runs, searches answer 503 with Retry-After.
 */
@RestController
class SearchController {
  private final JobSearch search;
  private final PeopleSearch peopleSearch;
  private final SearchIndex index;
  private final FacetLabels labels;
  private final MessageSource messages;

  SearchController(
      JobSearch search,
      PeopleSearch peopleSearch,
      SearchIndex index,
      FacetLabels labels,
      MessageSource messages) {
    this.search = search;
    this.peopleSearch = peopleSearch;
    this.index = index;
    this.labels = labels;
    this.messages = messages;
  }

  @GetMapping("/api/v1/jobs/search")
  ResponseEntity<SearchJson.Page> jobs(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String lat,
      @RequestParam(required = false) String lng,
      @RequestParam(required = false) String radiusKm,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String occupation,
      @RequestParam(required = false) String district,
      @RequestParam(required = false) String street,
      @RequestParam(required = false) String payMin,
      @RequestParam(required = false) String payUnit,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    JobSearchQuery query =
        JobSearchQuery.parse(
            q,
            lat,
            lng,
            radiusKm,
            kind,
            occupation,
            district,
            street,
            payMin,
            payUnit,
            sort,
            page,
            size);
    Locale locale = LocaleContextHolder.getLocale();
    long started = System.nanoTime();
    JobSearchResult result = search.search(query);
    long searched = System.nanoTime();
    SearchJson.Page answer = SearchJson.of(result, locale, labels);
    return ResponseEntity.ok()
        .header("Server-Timing", serverTiming(searched - started, System.nanoTime() - searched))
        .body(answer);
  }

  /** The index search's and the answer's preparation time, in milliseconds (RFC: Server-Timing). */
  static String serverTiming(long searchNanos, long prepareNanos) {
    return "search;dur=" + millis(searchNanos) + ", prepare;dur=" + millis(prepareNanos);
  }

  /** Nanoseconds as milliseconds with three decimals (String.format costs more than a search's). */
  static String millis(long nanos) {
    long micros = Math.max(0, nanos) / 1000;
    long fraction = micros % 1000;
    return micros / 1000 + (fraction < 10 ? ".00" : fraction < 100 ? ".0" : ".") + fraction;
  }

  @GetMapping("/api/v1/search/people")
  PeopleSearchJson.Page people(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String occupation,
      @RequestParam(required = false) String group,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String district,
      @RequestParam(required = false) String street,
      @RequestParam(required = false) String lat,
      @RequestParam(required = false) String lng,
      @RequestParam(required = false) String radiusKm,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    peopleSearch.requireSearcher();
    PeopleSearchQuery query =
        PeopleSearchQuery.parse(
            q, lat, lng, radiusKm, occupation, group, kind, district, street, page, size);
    return PeopleSearchJson.of(peopleSearch.search(query), LocaleContextHolder.getLocale(), labels);
  }

  @GetMapping("/api/v1/search/status")
  List<SearchIndexStatus> status() {
    return index.status();
  }

  @PostMapping("/api/v1/search/reindex")
  ResponseEntity<List<SearchIndexStatus>> reindex() {
    return ResponseEntity.accepted().body(index.reindex());
  }

  @ExceptionHandler(SearchUnavailableException.class)
  ResponseEntity<ProblemDetail> unavailable(SearchUnavailableException e) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.SERVICE_UNAVAILABLE,
            messages.getMessage(e.code(), new Object[] {e.indexed(), e.toIndex()}, locale));
    problem.setType(java.net.URI.create("/problems/search-unavailable"));
    problem.setTitle(
        messages.getMessage(
            "matching.search.unavailable.title", null, "Service Unavailable", locale));
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header("Retry-After", "10")
        .body(problem);
  }
}
