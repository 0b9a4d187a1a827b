package org.qingsong.gigs.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qingsong.common.BusinessTime;
import org.qingsong.gigs.DateException;
import org.qingsong.gigs.TimeRange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Gig workers in {@code gig_worker} and their services, certificates and hours. */
@Repository
public class WorkerStore {
  /** A worker as stored; the person's name and numbers live in the people module. */
  public record Row(
      long id,
      long personId,
      long stationId,
      double homeLat,
      double homeLng,
      int maxMinutesPerDay,
      boolean active,
      OffsetDateTime createdAt,
      String createdBy,
      List<String> services,
      List<Certificate> certificates,
      Map<DayOfWeek, List<TimeRange>> weekly,
      List<DateException> exceptions) {}

  /** A stored certificate. */
  public record Certificate(String kind, String number, LocalDate validUntil) {}

  /** What to write. */
  public record Draft(
      long personId,
      long stationId,
      double homeLat,
      double homeLng,
      int maxMinutesPerDay,
      boolean active,
      List<String> services,
      List<Certificate> certificates,
      Map<DayOfWeek, List<TimeRange>> weekly,
      List<DateException> exceptions) {}

  private final JdbcClient jdbc;

  WorkerStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(Draft d, String by, OffsetDateTime now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO gig_worker (person_id, station_id, home_lat, home_lng, max_minutes_per_day,
                                    active, created_at, created_by, updated_at)
            VALUES (:person, :station, :lat, :lng, :max, :active, :now, :by, :now)
            """)
        .param("person", d.personId())
        .param("station", d.stationId())
        .param("lat", d.homeLat())
        .param("lng", d.homeLng())
        .param("max", d.maxMinutesPerDay())
        .param("active", d.active())
        .param("now", now)
        .param("by", by)
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    writeChildren(id, d);
    return id;
  }

  public void update(long id, Draft d, OffsetDateTime now) {
    jdbc.sql(
            """
            UPDATE gig_worker SET station_id = :station, home_lat = :lat, home_lng = :lng,
                   max_minutes_per_day = :max, active = :active, updated_at = :now
            WHERE id = :id
            """)
        .param("id", id)
        .param("station", d.stationId())
        .param("lat", d.homeLat())
        .param("lng", d.homeLng())
        .param("max", d.maxMinutesPerDay())
        .param("active", d.active())
        .param("now", now)
        .update();
    jdbc.sql("DELETE FROM gig_worker_service WHERE worker_id = :id").param("id", id).update();
    jdbc.sql("DELETE FROM gig_worker_certificate WHERE worker_id = :id").param("id", id).update();
    jdbc.sql("DELETE FROM gig_worker_availability WHERE worker_id = :id").param("id", id).update();
    jdbc.sql("DELETE FROM gig_worker_exception WHERE worker_id = :id").param("id", id).update();
    writeChildren(id, d);
  }

  private void writeChildren(long id, Draft d) {
    for (String s : d.services()) {
      jdbc.sql("INSERT INTO gig_worker_service (worker_id, service_code) VALUES (:id, :s)")
          .param("id", id)
          .param("s", s)
          .update();
    }
    for (Certificate c : d.certificates()) {
      jdbc.sql(
              """
              INSERT INTO gig_worker_certificate (worker_id, kind_code, cert_number, valid_until)
              VALUES (:id, :kind, :number, :until)
              """)
          .param("id", id)
          .param("kind", c.kind())
          .param("number", c.number())
          .param("until", c.validUntil())
          .update();
    }
    d.weekly()
        .forEach(
            (day, ranges) -> {
              for (TimeRange r : ranges) {
                jdbc.sql(
                        """
                        INSERT INTO gig_worker_availability (worker_id, weekday, from_minute, to_minute)
                        VALUES (:id, :day, :from, :to)
                        """)
                    .param("id", id)
                    .param("day", day.getValue())
                    .param("from", r.fromMinute())
                    .param("to", r.toMinute())
                    .update();
              }
            });
    for (DateException e : d.exceptions()) {
      if (e.dayOff()) {
        jdbc.sql(
                """
                INSERT INTO gig_worker_exception (worker_id, on_date, kind)
                VALUES (:id, :date, 'UNAVAILABLE')
                """)
            .param("id", id)
            .param("date", e.date())
            .update();
      }
      for (TimeRange r : e.ranges()) {
        jdbc.sql(
                """
                INSERT INTO gig_worker_exception (worker_id, on_date, kind, from_minute, to_minute)
                VALUES (:id, :date, 'EXTRA', :from, :to)
                """)
            .param("id", id)
            .param("date", e.date())
            .param("from", r.fromMinute())
            .param("to", r.toMinute())
            .update();
      }
    }
  }

  /** Locks the worker's row until the transaction ends; concurrent assigners queue here. */
  public boolean lock(long id) {
    return jdbc.sql("SELECT id FROM gig_worker WHERE id = :id FOR UPDATE")
        .param("id", id)
        .query(Long.class)
        .optional()
        .isPresent();
  }

  public Optional<Row> find(long id) {
    return load(
            jdbc.sql("SELECT * FROM gig_worker WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> head(rs))
                .list())
        .stream()
        .findFirst();
  }

  public Optional<Row> findByPerson(long personId) {
    return load(
            jdbc.sql("SELECT * FROM gig_worker WHERE person_id = :p")
                .param("p", personId)
                .query((rs, n) -> head(rs))
                .list())
        .stream()
        .findFirst();
  }

  /** Workers, optionally of some stations and offering a service; active ones only if asked. */
  public List<Row> find(
      Collection<Long> stationIds, String serviceCode, boolean activeOnly, int limit, long offset) {
    return load(
        jdbc.sql(
                """
                SELECT w.* FROM gig_worker w
                WHERE (:anyStation OR w.station_id IN (:stations))
                  AND (CAST(:service AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM gig_worker_service s
                        WHERE s.worker_id = w.id AND s.service_code = :service))
                  AND (:activeOnly = FALSE OR w.active = TRUE)
                ORDER BY w.id LIMIT :limit OFFSET :offset
                """)
            .param("anyStation", stationIds == null)
            .param(
                "stations", stationIds == null || stationIds.isEmpty() ? List.of(-1L) : stationIds)
            .param("service", serviceCode)
            .param("activeOnly", activeOnly)
            .param("limit", limit)
            .param("offset", offset)
            .query((rs, n) -> head(rs))
            .list());
  }

  public long count(Collection<Long> stationIds, String serviceCode, boolean activeOnly) {
    return jdbc.sql(
            """
            SELECT COUNT(*) FROM gig_worker w
            WHERE (:anyStation OR w.station_id IN (:stations))
              AND (CAST(:service AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM gig_worker_service s
                    WHERE s.worker_id = w.id AND s.service_code = :service))
              AND (:activeOnly = FALSE OR w.active = TRUE)
            """)
        .param("anyStation", stationIds == null)
        .param("stations", stationIds == null || stationIds.isEmpty() ? List.of(-1L) : stationIds)
        .param("service", serviceCode)
        .param("activeOnly", activeOnly)
        .query(Long.class)
        .single();
  }

  private static Row head(ResultSet rs) throws SQLException {
    return new Row(
        rs.getLong("id"),
        rs.getLong("person_id"),
        rs.getLong("station_id"),
        rs.getDouble("home_lat"),
        rs.getDouble("home_lng"),
        rs.getInt("max_minutes_per_day"),
        rs.getBoolean("active"),
        BusinessTime.local(rs.getObject("created_at", OffsetDateTime.class)),
        rs.getString("created_by"),
        List.of(),
        List.of(),
        Map.of(),
        List.of());
  }

  private List<Row> load(List<Row> heads) {
    if (heads.isEmpty()) {
      return heads;
    }
    List<Long> ids = heads.stream().map(Row::id).toList();
    Map<Long, List<String>> services = new HashMap<>();
    jdbc.sql(
            "SELECT worker_id, service_code FROM gig_worker_service WHERE worker_id IN (:ids)"
                + " ORDER BY service_code")
        .param("ids", ids)
        .query(
            rs -> {
              services
                  .computeIfAbsent(rs.getLong("worker_id"), k -> new ArrayList<>())
                  .add(rs.getString("service_code"));
            });
    Map<Long, List<Certificate>> certs = new HashMap<>();
    jdbc.sql("SELECT * FROM gig_worker_certificate WHERE worker_id IN (:ids) ORDER BY kind_code")
        .param("ids", ids)
        .query(
            rs -> {
              certs
                  .computeIfAbsent(rs.getLong("worker_id"), k -> new ArrayList<>())
                  .add(
                      new Certificate(
                          rs.getString("kind_code"),
                          rs.getString("cert_number"),
                          rs.getObject("valid_until", LocalDate.class)));
            });
    Map<Long, Map<DayOfWeek, List<TimeRange>>> weekly = new HashMap<>();
    jdbc.sql(
            "SELECT * FROM gig_worker_availability WHERE worker_id IN (:ids)"
                + " ORDER BY weekday, from_minute")
        .param("ids", ids)
        .query(
            rs -> {
              weekly
                  .computeIfAbsent(rs.getLong("worker_id"), k -> new EnumMap<>(DayOfWeek.class))
                  .computeIfAbsent(DayOfWeek.of(rs.getInt("weekday")), k -> new ArrayList<>())
                  .add(new TimeRange(rs.getInt("from_minute"), rs.getInt("to_minute")));
            });
    Map<Long, Map<LocalDate, List<TimeRange>>> exceptions = new HashMap<>();
    jdbc.sql(
            "SELECT * FROM gig_worker_exception WHERE worker_id IN (:ids)"
                + " ORDER BY on_date, from_minute")
        .param("ids", ids)
        .query(
            rs -> {
              List<TimeRange> ranges =
                  exceptions
                      .computeIfAbsent(rs.getLong("worker_id"), k -> new LinkedHashMap<>())
                      .computeIfAbsent(
                          rs.getObject("on_date", LocalDate.class), k -> new ArrayList<>());
              if ("EXTRA".equals(rs.getString("kind"))) {
                ranges.add(new TimeRange(rs.getInt("from_minute"), rs.getInt("to_minute")));
              }
            });
    return heads.stream()
        .map(
            h ->
                new Row(
                    h.id(),
                    h.personId(),
                    h.stationId(),
                    h.homeLat(),
                    h.homeLng(),
                    h.maxMinutesPerDay(),
                    h.active(),
                    h.createdAt(),
                    h.createdBy(),
                    services.getOrDefault(h.id(), List.of()),
                    certs.getOrDefault(h.id(), List.of()),
                    weekly.getOrDefault(h.id(), Map.of()),
                    exceptions.getOrDefault(h.id(), Map.of()).entrySet().stream()
                        .map(e -> new DateException(e.getKey(), e.getValue()))
                        .toList()))
        .toList();
  }
}
