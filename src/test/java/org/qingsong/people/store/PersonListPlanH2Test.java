package org.qingsong.people.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qingsong.common.db.Conditions;
import org.qingsong.people.PersonQuery;
import org.qingsong.people.PriorityGroup;
import org.qingsong.support.H2App;
import org.qingsong.support.QueryPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The staff's list of residents must page through a city of a million without reading it all: H2's
 * plans for its page queries use an index for the filter and for the newest-first order.
 */
@H2App
class PersonListPlanH2Test {
  @Autowired JdbcClient jdbc;

  private String plan(PersonQuery q) {
    Conditions where = PersonStore.filter(q);
    return QueryPlans.firstPage(jdbc, where, PersonStore.pageSql(where));
  }

  @Test
  void unfilteredPageWalksThePrimaryKeyNewestFirstWithoutSorting() {
    String plan = plan(new PersonQuery(null, null, null, null));
    assertThat(plan).contains("/* index sorted */").doesNotContainIgnoringCase("division");
  }

  @Test
  void streetPageUsesTheStreetIndex() {
    String plan = plan(new PersonQuery("110101001", null, null, null));
    assertThat(plan).contains("/* public.person_street").doesNotContain("tableScan");
  }

  @Test
  void districtPageReadsTheDistrictsStreetsThroughTheStreetIndex() {
    String plan = plan(new PersonQuery(null, "110101", null, null));
    assertThat(plan).contains("/* public.person_street").doesNotContain("tableScan");
  }

  @Test
  void priorityGroupPageWalksNewestFirstAndLooksUpEachGroup() {
    String plan = plan(new PersonQuery(null, null, PriorityGroup.AGED_4050, null));
    assertThat(plan)
        .contains("/* index sorted */")
        .doesNotContain("person_priority_group.tableScan");
  }

  @Test
  void identityNumberLooksUpTheUniqueIndex() {
    String plan = plan(new PersonQuery(null, null, null, "11010119800101001X"));
    assertThat(plan).containsIgnoringCase("person_id_number_unique").doesNotContain("tableScan");
  }
}
