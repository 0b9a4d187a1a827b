package org.qingsong.people.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.qingsong.common.BulkInsert;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.Money;
import org.qingsong.occupations.PayUnit;
import org.qingsong.people.PriorityGroup;
import org.qingsong.people.SeekerProfile;
import org.qingsong.people.WeeklyAvailability;
import org.qingsong.people.WorkKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/** Job-seeking profiles in {@code job_seeker} and {@code job_seeker_occupation}. */
@Repository
public class JobSeekerStore {
  private static final String SELECT =
      """
      SELECT s.*, p.street_code FROM job_seeker s JOIN person p ON p.id = s.person_id
      """;

  private final JdbcClient jdbc;
  private final DataSource dataSource;

  JobSeekerStore(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
  }

  /** Locks the person's row, so that concurrent saves of one profile happen one after the other. */
  public boolean lockPerson(long personId) {
    return jdbc.sql("SELECT id FROM person WHERE id = :id FOR UPDATE")
        .param("id", personId)
        .query(Long.class)
        .optional()
        .isPresent();
  }

  public Optional<SeekerProfile> find(long personId) {
    List<SeekerProfile> found =
        withChildren(
            jdbc.sql(SELECT + " WHERE s.person_id = :id")
                .param("id", personId)
                .query((rs, n) -> map(rs))
                .list());
    return found.stream().findFirst();
  }

  /** Inserts or replaces one profile; call with the person's row locked. */
  public void save(SeekerProfile p) {
    int updated =
        jdbc.sql(
                """
                UPDATE job_seeker SET active = :active, min_pay_fen = :pay, pay_unit = :unit,
                       max_distance_km = :distance, availability_0 = :a0, availability_1 = :a1,
                       availability_2 = :a2, wants_full_time = :ft, wants_part_time = :pt,
                       wants_gig = :gig, home_lat = :lat, home_lng = :lng, updated_at = :at,
                       updated_by = :by
                WHERE person_id = :id
                """)
            .paramSource(params(p))
            .update();
    if (updated == 0) {
      jdbc.sql(
              """
              INSERT INTO job_seeker (person_id, active, min_pay_fen, pay_unit, max_distance_km,
                     availability_0, availability_1, availability_2, wants_full_time,
                     wants_part_time, wants_gig, home_lat, home_lng, updated_at, updated_by)
              VALUES (:id, :active, :pay, :unit, :distance, :a0, :a1, :a2, :ft, :pt, :gig, :lat,
                      :lng, :at, :by)
              """)
          .paramSource(params(p))
          .update();
    }
    jdbc.sql("DELETE FROM job_seeker_occupation WHERE person_id = :id")
        .param("id", p.personId())
        .update();
    for (int i = 0; i < p.occupationCodes().size(); i++) {
      jdbc.sql(
              "INSERT INTO job_seeker_occupation (person_id, occupation_code, rank_order)"
                  + " VALUES (:id, :code, :rank)")
          .param("id", p.personId())
          .param("code", p.occupationCodes().get(i))
          .param("rank", i)
          .update();
    }
  }

  /** Inserts new profiles (of persons without one) in multi-row batches. */
  public void insertAll(List<SeekerProfile> rows) {
    Connection c = DataSourceUtils.getConnection(dataSource);
    try (BulkInsert seekers =
            BulkInsert.into(
                c,
                "job_seeker",
                "person_id",
                "active",
                "min_pay_fen",
                "pay_unit",
                "max_distance_km",
                "availability_0",
                "availability_1",
                "availability_2",
                "wants_full_time",
                "wants_part_time",
                "wants_gig",
                "home_lat",
                "home_lng",
                "updated_at",
                "updated_by");
        BulkInsert occupations =
            BulkInsert.into(
                c, "job_seeker_occupation", "person_id", "occupation_code", "rank_order")) {
      for (SeekerProfile p : rows) {
        WeeklyAvailability a = p.availability();
        seekers.row(
            p.personId(),
            p.active(),
            p.minPay().fen(),
            p.payUnit().name(),
            p.maxDistanceKm(),
            a.bits0(),
            a.bits1(),
            a.bits2(),
            p.accepts(WorkKind.FULL_TIME),
            p.accepts(WorkKind.PART_TIME),
            p.accepts(WorkKind.GIG),
            p.lat(),
            p.lng(),
            p.updatedAt(),
            p.updatedBy());
      }
      seekers.flush();
      for (SeekerProfile p : rows) {
        for (int i = 0; i < p.occupationCodes().size(); i++) {
          occupations.row(p.personId(), p.occupationCodes().get(i), (short) i);
        }
      }
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }

  /** Up to {@code limit} profiles with a person id above {@code afterId}, in id order. */
  public List<SeekerProfile> page(long afterId, int limit, boolean activeOnly) {
    return withChildren(
        jdbc.sql(
                SELECT
                    + " WHERE s.person_id > :after AND (s.active OR :all)"
                    + " ORDER BY s.person_id LIMIT :limit")
            .param("after", afterId)
            .param("all", !activeOnly)
            .param("limit", limit)
            .query((rs, n) -> map(rs))
            .list());
  }

  public long countActive() {
    return jdbc.sql("SELECT COUNT(*) FROM job_seeker WHERE active").query(Long.class).single();
  }

  private List<SeekerProfile> withChildren(List<SeekerProfile> rows) {
    if (rows.isEmpty()) {
      return rows;
    }
    long from = rows.get(0).personId();
    long to = rows.get(rows.size() - 1).personId();
    if (rows.size() == 1) {
      from = to;
    }
    long lo = Math.min(from, to);
    long hi = Math.max(from, to);
    Map<Long, List<String>> occupations = new HashMap<>();
    jdbc.sql(
            "SELECT person_id, occupation_code FROM job_seeker_occupation"
                + " WHERE person_id BETWEEN :lo AND :hi ORDER BY person_id, rank_order")
        .param("lo", lo)
        .param("hi", hi)
        .query(
            rs -> {
              occupations
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(3))
                  .add(rs.getString(2));
            });
    Map<Long, List<PriorityGroup>> groups = new HashMap<>();
    jdbc.sql(
            "SELECT g.person_id, g.priority_group FROM person_priority_group g"
                + " JOIN job_seeker s ON s.person_id = g.person_id"
                + " WHERE g.person_id BETWEEN :lo AND :hi ORDER BY g.person_id, g.priority_group")
        .param("lo", lo)
        .param("hi", hi)
        .query(
            rs -> {
              groups
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(2))
                  .add(PriorityGroup.valueOf(rs.getString(2)));
            });
    Map<Long, List<String>> certificates = new HashMap<>();
    jdbc.sql(
            "SELECT c.person_id, c.certificate FROM person_certificate c"
                + " JOIN job_seeker s ON s.person_id = c.person_id"
                + " WHERE c.person_id BETWEEN :lo AND :hi ORDER BY c.person_id, c.certificate")
        .param("lo", lo)
        .param("hi", hi)
        .query(
            rs -> {
              certificates
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(1))
                  .add(rs.getString(2));
            });
    List<SeekerProfile> out = new ArrayList<>(rows.size());
    for (SeekerProfile p : rows) {
      out.add(
          new SeekerProfile(
              p.personId(),
              p.active(),
              occupations.getOrDefault(p.personId(), List.of()),
              p.minPay(),
              p.payUnit(),
              p.maxDistanceKm(),
              p.availability(),
              p.kinds(),
              p.lat(),
              p.lng(),
              p.streetCode(),
              groups.getOrDefault(p.personId(), List.of()),
              certificates.getOrDefault(p.personId(), List.of()),
              p.updatedAt(),
              p.updatedBy()));
    }
    return out;
  }

  private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(
      SeekerProfile p) {
    WeeklyAvailability a = p.availability();
    return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
        .addValue("id", p.personId())
        .addValue("active", p.active())
        .addValue("pay", p.minPay().fen())
        .addValue("unit", p.payUnit().name())
        .addValue("distance", p.maxDistanceKm())
        .addValue("a0", a.bits0())
        .addValue("a1", a.bits1())
        .addValue("a2", a.bits2())
        .addValue("ft", p.accepts(WorkKind.FULL_TIME))
        .addValue("pt", p.accepts(WorkKind.PART_TIME))
        .addValue("gig", p.accepts(WorkKind.GIG))
        .addValue("lat", p.lat())
        .addValue("lng", p.lng())
        .addValue("at", p.updatedAt())
        .addValue("by", p.updatedBy());
  }

  private static SeekerProfile map(ResultSet rs) throws SQLException {
    Set<WorkKind> kinds = EnumSet.noneOf(WorkKind.class);
    if (rs.getBoolean("wants_full_time")) {
      kinds.add(WorkKind.FULL_TIME);
    }
    if (rs.getBoolean("wants_part_time")) {
      kinds.add(WorkKind.PART_TIME);
    }
    if (rs.getBoolean("wants_gig")) {
      kinds.add(WorkKind.GIG);
    }
    return new SeekerProfile(
        rs.getLong("person_id"),
        rs.getBoolean("active"),
        List.of(),
        new Money(rs.getLong("min_pay_fen")),
        PayUnit.valueOf(rs.getString("pay_unit")),
        rs.getDouble("max_distance_km"),
        new WeeklyAvailability(
            rs.getLong("availability_0"),
            rs.getLong("availability_1"),
            rs.getLong("availability_2")),
        kinds,
        rs.getDouble("home_lat"),
        rs.getDouble("home_lng"),
        rs.getString("street_code"),
        List.of(),
        List.of(),
        BusinessTime.local(rs.getObject("updated_at", OffsetDateTime.class)),
        rs.getString("updated_by"));
  }
}
