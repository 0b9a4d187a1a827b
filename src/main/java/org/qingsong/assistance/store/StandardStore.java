package org.qingsong.assistance.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.qingsong.assistance.AllowanceStandard;
import org.qingsong.assistance.AreaType;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Versions of the allowance standards in {@code assistance_standard}, amounts in fen. */
@Repository
public class StandardStore {
  private final JdbcClient jdbc;

  StandardStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM assistance_standard").query(Long.class).single();
  }

  public long insert(
      String areaCode,
      AreaType type,
      long fen,
      LocalDate from,
      String basis,
      OffsetDateTime at,
      String by) {
    jdbc.sql(
            """
            INSERT INTO assistance_standard
              (area_code, area_type, monthly_fen, effective_from, basis, recorded_at, recorded_by)
            VALUES (:area, :type, :fen, :from, :basis, :at, :by)
            """)
        .param("area", areaCode)
        .param("type", type.name())
        .param("fen", fen)
        .param("from", from)
        .param("basis", basis)
        .param("at", at)
        .param("by", by)
        .update();
    return version(areaCode, type, from).orElseThrow().id();
  }

  /** Corrects the figure of an existing version (same area, type and effective date). */
  public void update(long id, long fen, String basis, OffsetDateTime at, String by) {
    jdbc.sql(
            """
            UPDATE assistance_standard
            SET monthly_fen = :fen, basis = :basis, recorded_at = :at, recorded_by = :by
            WHERE id = :id
            """)
        .param("id", id)
        .param("fen", fen)
        .param("basis", basis)
        .param("at", at)
        .param("by", by)
        .update();
  }

  public Optional<AllowanceStandard> version(String areaCode, AreaType type, LocalDate from) {
    return jdbc.sql(
            """
            SELECT * FROM assistance_standard
            WHERE area_code = :area AND area_type = :type AND effective_from = :from
            FOR UPDATE
            """)
        .param("area", areaCode)
        .param("type", type.name())
        .param("from", from)
        .query((rs, n) -> map(rs))
        .optional();
  }

  /** The version in force on {@code date}: the latest that took effect on or before it. */
  public Optional<AllowanceStandard> inForce(String areaCode, AreaType type, LocalDate date) {
    return jdbc.sql(
            """
            SELECT * FROM assistance_standard
            WHERE area_code = :area AND area_type = :type AND effective_from <= :date
            ORDER BY effective_from DESC
            LIMIT 1
            """)
        .param("area", areaCode)
        .param("type", type.name())
        .param("date", date)
        .query((rs, n) -> map(rs))
        .optional();
  }

  /** Every area's versions in force on {@code date}, by area code, urban before rural. */
  public List<AllowanceStandard> allInForce(LocalDate date) {
    return jdbc.sql(
            """
            SELECT s.* FROM assistance_standard s
            WHERE s.effective_from = (
              SELECT MAX(x.effective_from) FROM assistance_standard x
              WHERE x.area_code = s.area_code AND x.area_type = s.area_type
                AND x.effective_from <= :date)
            ORDER BY s.area_code, s.area_type DESC
            """)
        .param("date", date)
        .query((rs, n) -> map(rs))
        .list();
  }

  /** Every version of one area, newest first, urban before rural on the same date. */
  public List<AllowanceStandard> history(String areaCode) {
    return jdbc.sql(
            """
            SELECT * FROM assistance_standard WHERE area_code = :area
            ORDER BY effective_from DESC, area_type DESC
            """)
        .param("area", areaCode)
        .query((rs, n) -> map(rs))
        .list();
  }

  private static AllowanceStandard map(ResultSet rs) throws SQLException {
    return new AllowanceStandard(
        rs.getLong("id"),
        rs.getString("area_code"),
        AreaType.valueOf(rs.getString("area_type")),
        new Money(rs.getLong("monthly_fen")),
        rs.getObject("effective_from", LocalDate.class),
        rs.getString("basis"),
        BusinessTime.local(rs.getObject("recorded_at", OffsetDateTime.class)),
        rs.getString("recorded_by"));
  }
}
