package org.qingsong.support;

import org.qingsong.common.db.Conditions;
import org.springframework.jdbc.core.simple.JdbcClient;

/** H2's plan for a list's page query, for the tests that keep city-scale lists quick. */
public final class QueryPlans {
  private QueryPlans() {}

  /** The plan of the first page of 20 of {@code pageSql} with the parameters of {@code where}. */
  public static String firstPage(JdbcClient jdbc, Conditions where, String pageSql) {
    String plan =
        where
            .bind(jdbc.sql("EXPLAIN " + pageSql))
            .param("limit", 20)
            .param("offset", 0)
            .query(String.class)
            .single();
    System.out.println(plan);
    return plan;
  }
}
