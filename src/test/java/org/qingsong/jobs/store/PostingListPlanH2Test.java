package org.qingsong.jobs.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qingsong.common.db.Conditions;
import org.qingsong.jobs.PostingQuery;
import org.qingsong.jobs.PostingStatus;
import org.qingsong.support.H2App;
import org.qingsong.support.QueryPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Station staff's list of postings is their street's by default and must stay quick among a city's
 * 100,000 postings: H2's plan for the page query reads the street's entries of a street index (a
 * few hundred at city scale, then sorted newest first) instead of the whole table.
 */
@H2App
class PostingListPlanH2Test {
  @Autowired JdbcClient jdbc;

  private String plan(PostingQuery q) {
    Conditions where = PostingStore.filter(q);
    return QueryPlans.firstPage(jdbc, where, PostingStore.pageSql(where));
  }

  private static PostingQuery street(String street, PostingStatus status) {
    return new PostingQuery(null, null, null, street, null, null, null, null, status, null);
  }

  @Test
  void staffStreetPageReadsTheStreetsEntriesOfAStreetIndex() {
    String plan = plan(street("430203004", null));
    assertThat(plan)
        .containsPattern("/\\* public\\.job_posting_street\\w*: street_code = \\?1 \\*/")
        .doesNotContain("tableScan");
  }

  @Test
  void staffStreetPageOfOneStatusReadsAnIndexNotTheTable() {
    String plan = plan(street("430203004", PostingStatus.SCREENING));
    assertThat(plan)
        .containsPattern("/\\* public\\.job_posting_(street|status)")
        .doesNotContain("tableScan");
  }
}
