package org.qingsong.assistance.store;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts for the assistance dashboard. */
@Repository
public class DashboardStore {
  private final JdbcClient jdbc;

  DashboardStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Supported cases by street and category. */
  public record Caseload(String streetCode, String streetName, String category, long cases) {}

  public List<Caseload> caseload(String districtCode) {
    return jdbc.sql(
            """
            SELECT c.street_code, d.name AS street_name, c.category, COUNT(*) AS n
            FROM assistance_case c JOIN division d ON d.code = c.street_code
            WHERE c.status IN ('ACTIVE', 'GRADUAL_EXIT') AND c.category IS NOT NULL
              AND (CAST(:d AS VARCHAR) IS NULL OR c.district_code = :d)
            GROUP BY c.street_code, d.name, c.category
            ORDER BY c.street_code, c.category
            """)
        .param("d", districtCode)
        .query(
            (rs, n) ->
                new Caseload(
                    rs.getString("street_code"),
                    rs.getString("street_name"),
                    rs.getString("category"),
                    rs.getLong("n")))
        .list();
  }

  /** Cases by status. */
  public record StatusCount(String status, long cases) {}

  public List<StatusCount> byStatus(String districtCode) {
    return jdbc.sql(
            """
            SELECT status, COUNT(*) AS n FROM assistance_case
            WHERE (CAST(:d AS VARCHAR) IS NULL OR district_code = :d)
            GROUP BY status ORDER BY status
            """)
        .param("d", districtCode)
        .query((rs, n) -> new StatusCount(rs.getString("status"), rs.getLong("n")))
        .list();
  }

  public long exitsToWork(String districtCode) {
    return jdbc.sql(
            """
            SELECT COUNT(*) FROM assistance_case WHERE exit_to_work = TRUE
              AND (CAST(:d AS VARCHAR) IS NULL OR district_code = :d)
            """)
        .param("d", districtCode)
        .query(Long.class)
        .single();
  }

  public long openReferrals(String districtCode) {
    return jdbc.sql(
            """
            SELECT COUNT(*) FROM assistance_referral r JOIN assistance_case c ON c.id = r.case_id
            WHERE r.status = 'OPEN' AND (CAST(:d AS VARCHAR) IS NULL OR c.district_code = :d)
            """)
        .param("d", districtCode)
        .query(Long.class)
        .single();
  }

  public long openProposals(String districtCode) {
    return jdbc.sql(
            """
            SELECT COUNT(*) FROM assistance_proposal x JOIN assistance_case c ON c.id = x.case_id
            WHERE x.status = 'OPEN' AND (CAST(:d AS VARCHAR) IS NULL OR c.district_code = :d)
            """)
        .param("d", districtCode)
        .query(Long.class)
        .single();
  }
}
