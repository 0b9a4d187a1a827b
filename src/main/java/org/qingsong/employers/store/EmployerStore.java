package org.qingsong.employers.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.CreditCode;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.common.PhoneNumber;
import org.qingsong.common.db.Conditions;
import org.qingsong.employers.Employer;
import org.qingsong.employers.EmployerKind;
import org.qingsong.employers.EmployerQuery;
import org.qingsong.employers.NewEmployer;
import org.qingsong.employers.Verification;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Employers in {@code employer}, with their street's name and district from {@code division}. */
@Repository
public class EmployerStore {
  private static final String INSERT =
      """
      INSERT INTO employer (name, credit_code, kind, street_code, address, contact_name,
                            contact_phone, verification, registered_at, registered_by, updated_at)
      VALUES (:name, :creditCode, :kind, :street, :address, :contactName, :contactPhone,
              :verification, :at, :by, :at)
      """;
  private static final String FROM =
      """
      FROM employer e JOIN division d ON d.code = e.street_code
      """;
  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  EmployerStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  public long insert(NewEmployer row, OffsetDateTime at, String by) {
    var keys = new GeneratedKeyHolder();
    batch.update(INSERT, params(row, at, by), keys, new String[] {"id"});
    return keys.getKeyAs(Number.class).longValue();
  }

  /** Inserts many employers in JDBC batches; returns their ids in order. */
  public List<Long> insertAll(List<NewEmployer> rows, OffsetDateTime at, String by) {
    if (rows.isEmpty()) {
      return List.of();
    }
    var keys = new GeneratedKeyHolder();
    batch.batchUpdate(
        INSERT,
        rows.stream().map(r -> params(r, at, by)).toArray(SqlParameterSource[]::new),
        keys,
        new String[] {"id"});
    List<Long> ids = new ArrayList<>(rows.size());
    for (Map<String, Object> key : keys.getKeyList()) {
      ids.add(((Number) key.values().iterator().next()).longValue());
    }
    return ids;
  }

  public void updateVerification(long id, Verification verification, OffsetDateTime at) {
    jdbc.sql("UPDATE employer SET verification = :verification, updated_at = :at WHERE id = :id")
        .param("id", id)
        .param("verification", verification.name())
        .param("at", at)
        .update();
  }

  public boolean existsByCreditCode(CreditCode code) {
    return jdbc.sql("SELECT COUNT(*) FROM employer WHERE credit_code = :code")
            .param("code", code.value())
            .query(Long.class)
            .single()
        > 0;
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM employer").query(Long.class).single();
  }

  public Optional<Employer> find(long id) {
    return jdbc.sql(
            "SELECT e.*, d.name AS street_name, d.parent_code AS district_code "
                + FROM
                + " WHERE e.id = :id")
        .param("id", id)
        .query((rs, n) -> map(rs))
        .optional();
  }

  public PageResult<Employer> find(EmployerQuery q, PageRequest page) {
    var where = filter(q);
    List<Employer> items =
        where
            .bind(
                jdbc.sql(
                    "SELECT e.*, d.name AS street_name, d.parent_code AS district_code "
                        + FROM
                        + "WHERE e.id IN ("
                        + pageSql(where)
                        + ") ORDER BY e.id DESC"))
            .param("limit", page.size())
            .param("offset", page.offset())
            .query((rs, n) -> map(rs))
            .list();
    long total =
        where
            .bind(jdbc.sql("SELECT COUNT(*) FROM employer e" + where.where()))
            .query(Long.class)
            .single();
    return PageResult.of(items, page, total);
  }

  /** The ids of one page of employers, newest first. */
  static String pageSql(Conditions where) {
    return "SELECT e.id FROM employer e"
        + where.where()
        + "ORDER BY e.id DESC LIMIT :limit OFFSET :offset";
  }

  /** The query's filters on {@code employer e} alone, so that its indexes serve them. */
  static Conditions filter(EmployerQuery q) {
    var where =
        new Conditions()
            .add("e.street_code = :street", "street", q.streetCode())
            .add(
                "e.street_code IN (SELECT code FROM division WHERE parent_code = :district)",
                "district",
                q.districtCode())
            .add("e.kind = :kind", "kind", q.kind() == null ? null : q.kind().name())
            .add(
                "e.verification = :verification",
                "verification",
                q.verification() == null ? null : q.verification().name());
    String text = q.text() == null ? null : q.text().strip();
    if (text != null) {
      where
          .add("(e.name LIKE :pattern ESCAPE '\\' OR e.credit_code = :code)")
          .param("pattern", "%" + escapeLike(text) + "%")
          .param("code", text.toUpperCase(Locale.ROOT));
    }
    return where;
  }

  /** Makes {@code %}, {@code _} and the escape character itself match literally. */
  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static MapSqlParameterSource params(NewEmployer row, OffsetDateTime at, String by) {
    return new MapSqlParameterSource()
        .addValue("name", row.name())
        .addValue("creditCode", row.creditCode().value())
        .addValue("kind", row.kind().name())
        .addValue("street", row.streetCode())
        .addValue("address", row.address())
        .addValue("contactName", row.contactName())
        .addValue("contactPhone", row.contactPhone() == null ? null : row.contactPhone().value())
        .addValue("verification", row.verification().name())
        .addValue("at", at)
        .addValue("by", by);
  }

  private static Employer map(ResultSet rs) throws SQLException {
    String phone = rs.getString("contact_phone");
    return new Employer(
        rs.getLong("id"),
        rs.getString("name"),
        new CreditCode(rs.getString("credit_code")),
        EmployerKind.valueOf(rs.getString("kind")),
        rs.getString("street_code"),
        rs.getString("street_name"),
        rs.getString("district_code"),
        rs.getString("address"),
        rs.getString("contact_name"),
        phone == null ? null : new PhoneNumber(phone),
        Verification.valueOf(rs.getString("verification")),
        BusinessTime.local(rs.getObject("registered_at", OffsetDateTime.class)),
        rs.getString("registered_by"));
  }
}
