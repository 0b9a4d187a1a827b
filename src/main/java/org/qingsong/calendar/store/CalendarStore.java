package org.qingsong.calendar.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.qingsong.calendar.CalendarDay;
import org.qingsong.calendar.CalendarYear;
import org.qingsong.calendar.DayKind;
import org.qingsong.common.BusinessTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Covered years in {@code calendar_year}, their listed dates in {@code calendar_day}. */
@Repository
public class CalendarStore {
  private static final String INSERT_DAY =
      """
      INSERT INTO calendar_day (calendar_date, covered_year, kind, name)
      VALUES (:date, :year, :kind, :name)
      """;

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  CalendarStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  public long countYears() {
    return jdbc.sql("SELECT COUNT(*) FROM calendar_year").query(Long.class).single();
  }

  /**
   * A fingerprint of the stored calendar that changes whenever a year is added or replaced: the
   * number of years and the latest replacement time.
   */
  public String stamp() {
    return jdbc.sql("SELECT COUNT(*) AS n, MAX(updated_at) AS latest FROM calendar_year")
        .query((rs, n) -> rs.getLong("n") + "@" + rs.getObject("latest", OffsetDateTime.class))
        .single();
  }

  public List<Integer> years() {
    return jdbc.sql("SELECT covered_year FROM calendar_year ORDER BY covered_year")
        .query(Integer.class)
        .list();
  }

  public List<CalendarDay> allDays() {
    return jdbc.sql("SELECT * FROM calendar_day ORDER BY calendar_date")
        .query((rs, n) -> day(rs))
        .list();
  }

  public Optional<CalendarYear> year(int year) {
    List<CalendarDay> days =
        jdbc.sql("SELECT * FROM calendar_day WHERE covered_year = :year ORDER BY calendar_date")
            .param("year", year)
            .query((rs, n) -> day(rs))
            .list();
    return jdbc.sql("SELECT * FROM calendar_year WHERE covered_year = :year")
        .param("year", year)
        .query(
            (rs, n) ->
                new CalendarYear(
                    year,
                    rs.getString("source"),
                    BusinessTime.local(rs.getObject("updated_at", OffsetDateTime.class)),
                    rs.getString("updated_by"),
                    days))
        .optional();
  }

  /** Locks the year's row (if any) so that two replacements of one year run one after the other. */
  public boolean lockYear(int year) {
    return jdbc.sql("SELECT covered_year FROM calendar_year WHERE covered_year = :year FOR UPDATE")
        .param("year", year)
        .query(Integer.class)
        .optional()
        .isPresent();
  }

  public void insertYear(int year, String source, OffsetDateTime at, String by) {
    jdbc.sql(
            """
            INSERT INTO calendar_year (covered_year, source, updated_at, updated_by)
            VALUES (:year, :source, :at, :by)
            """)
        .param("year", year)
        .param("source", source)
        .param("at", at)
        .param("by", by)
        .update();
  }

  public void touchYear(int year, String source, OffsetDateTime at, String by) {
    jdbc.sql(
            """
            UPDATE calendar_year SET source = :source, updated_at = :at, updated_by = :by
            WHERE covered_year = :year
            """)
        .param("year", year)
        .param("source", source)
        .param("at", at)
        .param("by", by)
        .update();
  }

  public void deleteDays(int year) {
    jdbc.sql("DELETE FROM calendar_day WHERE covered_year = :year").param("year", year).update();
  }

  public void insertDays(int year, List<CalendarDay> days) {
    batch.batchUpdate(
        INSERT_DAY,
        days.stream()
            .map(
                d ->
                    new MapSqlParameterSource()
                        .addValue("date", d.date())
                        .addValue("year", year)
                        .addValue("kind", d.kind().name())
                        .addValue("name", d.name()))
            .toArray(SqlParameterSource[]::new));
  }

  private static CalendarDay day(ResultSet rs) throws SQLException {
    return new CalendarDay(
        rs.getObject("calendar_date", LocalDate.class),
        DayKind.valueOf(rs.getString("kind")),
        rs.getString("name"));
  }
}
