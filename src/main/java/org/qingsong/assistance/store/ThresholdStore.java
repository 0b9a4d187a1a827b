package org.qingsong.assistance.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.qingsong.assistance.Threshold;
import org.qingsong.assistance.ThresholdName;
import org.qingsong.common.BusinessTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Versions of the assessment thresholds in {@code assistance_threshold}. */
@Repository
public class ThresholdStore {
  private final JdbcClient jdbc;

  ThresholdStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM assistance_threshold").query(Long.class).single();
  }

  public long insert(
      ThresholdName name,
      String areaCode,
      BigDecimal figure,
      LocalDate from,
      String basis,
      OffsetDateTime at,
      String by) {
    jdbc.sql(
            """
            INSERT INTO assistance_threshold
              (name, area_code, figure, effective_from, basis, recorded_at, recorded_by)
            VALUES (:name, :area, :figure, :from, :basis, :at, :by)
            """)
        .param("name", name.name())
        .param("area", areaCode)
        .param("figure", figure)
        .param("from", from)
        .param("basis", basis)
        .param("at", at)
        .param("by", by)
        .update();
    return version(name, areaCode, from).orElseThrow().id();
  }

  public void update(long id, BigDecimal figure, String basis, OffsetDateTime at, String by) {
    jdbc.sql(
            """
            UPDATE assistance_threshold
            SET figure = :figure, basis = :basis, recorded_at = :at, recorded_by = :by
            WHERE id = :id
            """)
        .param("id", id)
        .param("figure", figure)
        .param("basis", basis)
        .param("at", at)
        .param("by", by)
        .update();
  }

  public Optional<Threshold> version(ThresholdName name, String areaCode, LocalDate from) {
    return jdbc.sql(
            """
            SELECT * FROM assistance_threshold
            WHERE name = :name AND area_code = :area AND effective_from = :from
            FOR UPDATE
            """)
        .param("name", name.name())
        .param("area", areaCode)
        .param("from", from)
        .query((rs, n) -> map(rs))
        .optional();
  }

  /**
   * The versions that took effect on or before {@code date} for any of the given areas, newest
   * first within each name and area; the caller picks the one that applies.
   */
  public List<Threshold> effectiveBy(List<String> areaCodes, LocalDate date) {
    return jdbc.sql(
            """
            SELECT * FROM assistance_threshold
            WHERE area_code IN (:areas) AND effective_from <= :date
            ORDER BY name, area_code, effective_from DESC
            """)
        .param("areas", areaCodes)
        .param("date", date)
        .query((rs, n) -> map(rs))
        .list();
  }

  /** Every version of one threshold, newest first. */
  public List<Threshold> history(ThresholdName name) {
    return jdbc.sql(
            """
            SELECT * FROM assistance_threshold WHERE name = :name
            ORDER BY effective_from DESC, area_code
            """)
        .param("name", name.name())
        .query((rs, n) -> map(rs))
        .list();
  }

  private static Threshold map(ResultSet rs) throws SQLException {
    return new Threshold(
        rs.getLong("id"),
        ThresholdName.valueOf(rs.getString("name")),
        rs.getString("area_code"),
        rs.getBigDecimal("figure"),
        rs.getObject("effective_from", LocalDate.class),
        rs.getString("basis"),
        BusinessTime.local(rs.getObject("recorded_at", OffsetDateTime.class)),
        rs.getString("recorded_by"));
  }
}
