package org.qingsong.employers.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qingsong.common.db.Conditions;
import org.qingsong.employers.EmployerQuery;
import org.qingsong.employers.Verification;
import org.qingsong.support.H2App;
import org.qingsong.support.QueryPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Station staff's employer list is their street's by default and must stay quick among a city's
 * 50,000 employers: H2's plan for the page query reads the street's entries of a street index (a
 * few hundred at city scale, then sorted newest first) instead of the whole table.
 */
@H2App
class EmployerListPlanH2Test {
  @Autowired JdbcClient jdbc;

  private String plan(EmployerQuery q) {
    Conditions where = EmployerStore.filter(q);
    return QueryPlans.firstPage(jdbc, where, EmployerStore.pageSql(where));
  }

  @Test
  void staffStreetPageReadsTheStreetsEntriesOfAStreetIndex() {
    String plan = plan(new EmployerQuery("430203004", null, null, null, null));
    assertThat(plan)
        .containsPattern("/\\* public\\.employer_street\\w*: street_code = \\?1 \\*/")
        .doesNotContain("tableScan");
  }

  @Test
  void staffStreetPageWithAVerificationFilterStillReadsTheStreetOnly() {
    String plan = plan(new EmployerQuery("430203004", null, null, Verification.PENDING, null));
    assertThat(plan).contains("/* public.employer_street").doesNotContain("tableScan");
  }

  @Test
  void staffStreetPageNarrowedToADistrictStillReadsTheStreetOnly() {
    String plan = plan(new EmployerQuery("430203004", "430203", null, null, null));
    assertThat(plan).contains("/* public.employer_street").doesNotContain("employer.tableScan");
  }
}
