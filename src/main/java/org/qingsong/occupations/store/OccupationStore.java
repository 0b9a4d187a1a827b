package org.qingsong.occupations.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.qingsong.occupations.Occupation;
import org.qingsong.occupations.OccupationCategory;
import org.qingsong.occupations.PayUnit;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The occupation list in {@code occupation}; pay amounts are stored in fen. */
@Repository
public class OccupationStore {
  private static final String INSERT =
      """
      INSERT INTO occupation (code, name_zh, name_en, category, pay_unit,
                              usual_pay_min_fen, usual_pay_max_fen)
      VALUES (:code, :nameZh, :nameEn, :category, :payUnit, :minFen, :maxFen)
      """;

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  OccupationStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM occupation").query(Long.class).single();
  }

  public List<Occupation> all() {
    return jdbc.sql("SELECT * FROM occupation ORDER BY code").query((rs, n) -> map(rs)).list();
  }

  /** Inserts the whole list in JDBC batches. */
  public void insertAll(List<Occupation> rows) {
    batch.batchUpdate(
        INSERT, rows.stream().map(OccupationStore::params).toArray(SqlParameterSource[]::new));
  }

  private static SqlParameterSource params(Occupation o) {
    return new MapSqlParameterSource()
        .addValue("code", o.code())
        .addValue("nameZh", o.nameZh())
        .addValue("nameEn", o.nameEn())
        .addValue("category", o.category().name())
        .addValue("payUnit", o.payUnit().name())
        .addValue("minFen", o.usualPayMinFen())
        .addValue("maxFen", o.usualPayMaxFen());
  }

  private static Occupation map(ResultSet rs) throws SQLException {
    return new Occupation(
        rs.getString("code"),
        rs.getString("name_zh"),
        rs.getString("name_en"),
        OccupationCategory.valueOf(rs.getString("category")),
        PayUnit.valueOf(rs.getString("pay_unit")),
        rs.getLong("usual_pay_min_fen"),
        rs.getLong("usual_pay_max_fen"));
  }
}
