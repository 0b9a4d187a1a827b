package org.qingsong.assistance.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.qingsong.assistance.LowIncomeCategory;
import org.qingsong.common.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lines of the monthly payment rolls, and the spending they add up to. */
@Repository
public class PaymentStore {
  private final JdbcClient jdbc;

  PaymentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds a case's line to a month's roll unless it is there already; true when added. */
  public boolean insert(
      long caseId,
      String month,
      String districtCode,
      String streetCode,
      LowIncomeCategory category,
      Money amount,
      boolean gradualExit,
      OffsetDateTime now,
      String by) {
    long existing =
        jdbc.sql("SELECT COUNT(*) FROM assistance_payment WHERE case_id = :c AND roll_month = :m")
            .param("c", caseId)
            .param("m", month)
            .query(Long.class)
            .single();
    if (existing > 0) {
      return false;
    }
    jdbc.sql(
            """
            INSERT INTO assistance_payment (case_id, roll_month, district_code, street_code,
              category, amount_fen, gradual_exit, created_at, created_by)
            VALUES (:c, :m, :d, :s, :cat, :a, :g, :now, :by)
            """)
        .param("c", caseId)
        .param("m", month)
        .param("d", districtCode)
        .param("s", streetCode)
        .param("cat", category.name())
        .param("a", amount.fen())
        .param("g", gradualExit)
        .param("now", now)
        .param("by", by)
        .update();
    return true;
  }

  /** A roll's raw lines: case id, street, category, amount in fen, gradual exit. */
  public record Line(
      long caseId, String streetCode, LowIncomeCategory category, long amountFen, boolean exit) {}

  public List<Line> lines(String month, String districtCode) {
    return jdbc.sql(
            """
            SELECT * FROM assistance_payment WHERE roll_month = :m
              AND (CAST(:d AS VARCHAR) IS NULL OR district_code = :d)
            ORDER BY street_code, case_id
            """)
        .param("m", month)
        .param("d", districtCode)
        .query(
            (rs, n) ->
                new Line(
                    rs.getLong("case_id"),
                    rs.getString("street_code"),
                    LowIncomeCategory.valueOf(rs.getString("category")),
                    rs.getLong("amount_fen"),
                    rs.getBoolean("gradual_exit")))
        .list();
  }

  /** Spending per month (fen), oldest first, within a district (null: all). */
  public Map<String, Long> spendingByMonth(String districtCode) {
    Map<String, Long> out = new java.util.LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT roll_month, SUM(amount_fen) AS total FROM assistance_payment
            WHERE (CAST(:d AS VARCHAR) IS NULL OR district_code = :d)
            GROUP BY roll_month ORDER BY roll_month
            """)
        .param("d", districtCode)
        .query((rs, n) -> out.put(rs.getString("roll_month"), rs.getLong("total")))
        .list();
    return out;
  }
}
