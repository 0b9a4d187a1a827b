package org.qingsong.gigs.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.db.Conditions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Visits in {@code gig_visit}, with their care-log tasks and incidents. */
@Repository
public class VisitStore {
  private static final String SELECT =
      """
      SELECT v.*, o.customer_id, o.recipient_id, o.service_code, o.duration_minutes
      FROM gig_visit v
      JOIN gig_order o ON o.id = v.order_id
      JOIN gig_recipient r ON r.id = o.recipient_id
      LEFT JOIN gig_worker w ON w.id = v.worker_id
      """;

  /** A visit as stored, with its order's customer, recipient, service and length. */
  public record Row(
      long id,
      long orderId,
      long customerId,
      long recipientId,
      String serviceCode,
      int durationMinutes,
      LocalDate visitDate,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      String status,
      long priceFen,
      Long workerId,
      OffsetDateTime blockedFrom,
      OffsetDateTime blockedUntil,
      boolean pinned,
      OffsetDateTime assignedAt,
      String assignedBy,
      OffsetDateTime checkedInAt,
      Double checkInLat,
      Double checkInLng,
      Integer checkInMeters,
      Boolean checkInFar,
      OffsetDateTime checkedOutAt,
      String observations,
      Integer rating,
      String ratingComment,
      OffsetDateTime ratedAt,
      OffsetDateTime cancelledAt,
      String cancelledBy,
      String cancelledAs,
      String cancelReason,
      String cancelNote) {}

  /** Which visits to list; null fields do not filter. {@code person}: as customer or worker. */
  public record Filter(
      LocalDate from,
      LocalDate to,
      String status,
      Long workerId,
      Long orderId,
      Long customerId,
      String streetCode,
      Long person) {}

  /** A visit that takes time out of a worker's day. */
  public record Booked(
      long id,
      long workerId,
      String serviceCode,
      LocalDate visitDate,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      OffsetDateTime blockedFrom,
      OffsetDateTime blockedUntil) {}

  /** An incident as stored. */
  public record StoredIncident(String severity, String description) {}

  private final JdbcClient jdbc;

  VisitStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(
      long orderId,
      LocalDate date,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      long priceFen,
      OffsetDateTime now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO gig_visit (order_id, visit_date, starts_at, ends_at, status, price_fen,
                                   pinned, updated_at)
            VALUES (:order, :date, :starts, :ends, 'REQUESTED', :price, FALSE, :now)
            """)
        .param("order", orderId)
        .param("date", date)
        .param("starts", startsAt)
        .param("ends", endsAt)
        .param("price", priceFen)
        .param("now", now)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  public Optional<Row> find(long id) {
    return jdbc.sql(SELECT + " WHERE v.id = :id")
        .param("id", id)
        .query((rs, n) -> map(rs))
        .optional();
  }

  /**
   * Locks the visit's row until the transaction ends and reads it as committed by then, so that of
   * two assigners of one visit the second sees what the first did.
   */
  public Optional<Row> lock(long id) {
    List<Long> locked =
        jdbc.sql("SELECT id FROM gig_visit WHERE id = :id FOR UPDATE")
            .param("id", id)
            .query(Long.class)
            .list();
    return locked.isEmpty() ? Optional.empty() : find(id);
  }

  public List<Row> find(Filter f, int limit, long offset) {
    var where = filter(f);
    return where
        .bind(
            jdbc.sql(
                SELECT + where.where() + "ORDER BY v.starts_at, v.id LIMIT :limit OFFSET :offset"))
        .param("limit", limit)
        .param("offset", offset)
        .query((rs, n) -> map(rs))
        .list();
  }

  public long count(Filter f) {
    var where = filter(f);
    return where
        .bind(
            jdbc.sql(
                """
                SELECT COUNT(*) FROM gig_visit v
                JOIN gig_order o ON o.id = v.order_id
                JOIN gig_recipient r ON r.id = o.recipient_id
                LEFT JOIN gig_worker w ON w.id = v.worker_id
                """
                    + where.where()))
        .query(Long.class)
        .single();
  }

  /** Only the filters given, so that the visit indexes (date, worker, order) serve them. */
  private static Conditions filter(Filter f) {
    var where =
        new Conditions()
            .add("v.visit_date >= :from", "from", f.from())
            .add("v.visit_date <= :to", "to", f.to())
            .add("v.status = :status", "status", f.status())
            .add("v.worker_id = :worker", "worker", f.workerId())
            .add("v.order_id = :orderId", "orderId", f.orderId())
            .add("o.customer_id = :customer", "customer", f.customerId())
            .add("r.street_code = :street", "street", f.streetCode());
    if (f.person() != null) {
      where.add("(o.customer_id = :person OR w.person_id = :person)").param("person", f.person());
    }
    return where;
  }

  /**
   * The first visit of the worker whose blocked range overlaps {@code [from, until)}, other than
   * {@code exceptVisit}; cancelled visits take no time.
   */
  public Optional<Booked> clash(
      long workerId, OffsetDateTime from, OffsetDateTime until, long exceptVisit) {
    return jdbc.sql(
            """
            SELECT v.*, o.service_code FROM gig_visit v JOIN gig_order o ON o.id = v.order_id
            WHERE v.worker_id = :worker AND v.status <> 'CANCELLED' AND v.id <> :except
              AND v.blocked_from < :until AND v.blocked_until > :from
            ORDER BY v.starts_at, v.id
            FETCH FIRST 1 ROWS ONLY
            """)
        .param("worker", workerId)
        .param("from", from)
        .param("until", until)
        .param("except", exceptVisit)
        .query((rs, n) -> booked(rs))
        .optional();
  }

  /** The bookings of some workers (all, when null) on dates from {@code from} to {@code to}. */
  public List<Booked> bookings(Collection<Long> workerIds, LocalDate from, LocalDate to) {
    return jdbc.sql(
            """
            SELECT v.*, o.service_code FROM gig_visit v JOIN gig_order o ON o.id = v.order_id
            WHERE v.worker_id IS NOT NULL AND v.status <> 'CANCELLED'
              AND v.visit_date BETWEEN :from AND :to
              AND (:all OR v.worker_id IN (:workers))
            ORDER BY v.starts_at, v.id
            """)
        .param("from", from)
        .param("to", to)
        .param("all", workerIds == null)
        .param("workers", workerIds == null || workerIds.isEmpty() ? List.of(-1L) : workerIds)
        .query((rs, n) -> booked(rs))
        .list();
  }

  public boolean assign(
      long id,
      long workerId,
      OffsetDateTime blockedFrom,
      OffsetDateTime blockedUntil,
      boolean pinned,
      String by,
      OffsetDateTime now) {
    return jdbc.sql(
                """
                UPDATE gig_visit SET worker_id = :worker, blocked_from = :from,
                    blocked_until = :until, status = 'ASSIGNED', pinned = :pinned,
                    assigned_at = :now, assigned_by = :by, updated_at = :now
                WHERE id = :id AND status = 'REQUESTED' AND worker_id IS NULL
                """)
            .param("id", id)
            .param("worker", workerId)
            .param("from", blockedFrom)
            .param("until", blockedUntil)
            .param("pinned", pinned)
            .param("by", by)
            .param("now", now)
            .update()
        == 1;
  }

  public boolean unassign(long id, OffsetDateTime now) {
    return jdbc.sql(
                """
                UPDATE gig_visit SET worker_id = NULL, blocked_from = NULL, blocked_until = NULL,
                    status = 'REQUESTED', pinned = FALSE, assigned_at = NULL, assigned_by = NULL,
                    updated_at = :now
                WHERE id = :id AND status = 'ASSIGNED'
                """)
            .param("id", id)
            .param("now", now)
            .update()
        == 1;
  }

  public boolean checkIn(
      long id, OffsetDateTime at, double lat, double lng, int meters, boolean far) {
    return jdbc.sql(
                """
                UPDATE gig_visit SET status = 'CHECKED_IN', checked_in_at = :at, check_in_lat = :lat,
                    check_in_lng = :lng, check_in_meters = :meters, check_in_far = :far,
                    updated_at = :at
                WHERE id = :id AND status = 'ASSIGNED'
                """)
            .param("id", id)
            .param("at", at)
            .param("lat", lat)
            .param("lng", lng)
            .param("meters", meters)
            .param("far", far)
            .update()
        == 1;
  }

  public boolean checkOut(
      long id,
      OffsetDateTime at,
      String observations,
      List<String> tasks,
      List<StoredIncident> incidents) {
    boolean changed =
        jdbc.sql(
                    """
                    UPDATE gig_visit SET status = 'CHECKED_OUT', checked_out_at = :at,
                        observations = :obs, updated_at = :at
                    WHERE id = :id AND status = 'CHECKED_IN'
                    """)
                .param("id", id)
                .param("at", at)
                .param("obs", observations)
                .update()
            == 1;
    if (!changed) {
      return false;
    }
    for (String t : tasks) {
      jdbc.sql("INSERT INTO gig_visit_task (visit_id, task_code) VALUES (:id, :t)")
          .param("id", id)
          .param("t", t)
          .update();
    }
    for (StoredIncident i : incidents) {
      jdbc.sql(
              "INSERT INTO gig_visit_incident (visit_id, severity, description) VALUES (:id, :s, :d)")
          .param("id", id)
          .param("s", i.severity())
          .param("d", i.description())
          .update();
    }
    return true;
  }

  public void addTask(long visitId, String task) {
    jdbc.sql("INSERT INTO gig_visit_task (visit_id, task_code) VALUES (:id, :t)")
        .param("id", visitId)
        .param("t", task)
        .update();
  }

  public boolean rate(long id, int score, String comment, OffsetDateTime at) {
    return jdbc.sql(
                """
                UPDATE gig_visit SET status = 'RATED', rating = :score, rating_comment = :comment,
                    rated_at = :at, updated_at = :at
                WHERE id = :id AND status = 'CHECKED_OUT'
                """)
            .param("id", id)
            .param("score", score)
            .param("comment", comment)
            .param("at", at)
            .update()
        == 1;
  }

  public boolean cancel(
      long id,
      String fromStatus,
      OffsetDateTime at,
      String by,
      String as,
      String reason,
      String note) {
    return jdbc.sql(
                """
                UPDATE gig_visit SET status = 'CANCELLED', cancelled_at = :at, cancelled_by = :by,
                    cancelled_as = :as, cancel_reason = :reason, cancel_note = :note,
                    updated_at = :at
                WHERE id = :id AND status = :from
                """)
            .param("id", id)
            .param("from", fromStatus)
            .param("at", at)
            .param("by", by)
            .param("as", as)
            .param("reason", reason)
            .param("note", note)
            .update()
        == 1;
  }

  public Map<Long, List<String>> tasks(Collection<Long> visitIds) {
    Map<Long, List<String>> out = new HashMap<>();
    if (visitIds.isEmpty()) {
      return out;
    }
    jdbc.sql("SELECT visit_id, task_code FROM gig_visit_task WHERE visit_id IN (:ids)")
        .param("ids", visitIds)
        .query(
            rs -> {
              out.computeIfAbsent(rs.getLong("visit_id"), k -> new ArrayList<>())
                  .add(rs.getString("task_code"));
            });
    return out;
  }

  public Map<Long, List<StoredIncident>> incidents(Collection<Long> visitIds) {
    Map<Long, List<StoredIncident>> out = new HashMap<>();
    if (visitIds.isEmpty()) {
      return out;
    }
    jdbc.sql(
            "SELECT visit_id, severity, description FROM gig_visit_incident"
                + " WHERE visit_id IN (:ids) ORDER BY id")
        .param("ids", visitIds)
        .query(
            rs -> {
              out.computeIfAbsent(rs.getLong("visit_id"), k -> new ArrayList<>())
                  .add(new StoredIncident(rs.getString("severity"), rs.getString("description")));
            });
    return out;
  }

  /**
   * Writes a visit from station records: already assigned, and done (checked out, possibly rated)
   * when {@code checkedOutAt} is given.
   */
  public long insertRecorded(
      long orderId,
      LocalDate date,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      long priceFen,
      long workerId,
      OffsetDateTime blockedUntil,
      String status,
      OffsetDateTime checkedOutAt,
      String observations,
      Integer rating,
      String ratingComment,
      String by,
      OffsetDateTime now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO gig_visit (order_id, visit_date, starts_at, ends_at, status, price_fen,
                worker_id, blocked_from, blocked_until, pinned, assigned_at, assigned_by,
                checked_out_at, observations, rating, rating_comment, rated_at, updated_at)
            VALUES (:order, :date, :starts, :ends, :status, :price, :worker, :starts, :until, TRUE,
                :now, :by, :checkedOut, :obs, :rating, :comment, :ratedAt, :now)
            """)
        .param("order", orderId)
        .param("date", date)
        .param("starts", startsAt)
        .param("ends", endsAt)
        .param("status", status)
        .param("price", priceFen)
        .param("worker", workerId)
        .param("until", blockedUntil)
        .param("now", now)
        .param("by", by)
        .param("checkedOut", checkedOutAt)
        .param("obs", observations)
        .param("rating", rating)
        .param("comment", ratingComment)
        .param("ratedAt", rating == null ? null : checkedOutAt)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /** Completed visits per worker between two dates: count, minutes and fen. */
  public record WorkerTotal(long workerId, long visits, long minutes, long fen) {}

  /** Completed visits per customer between two dates: count and fen. */
  public record CustomerTotal(long customerId, long visits, long fen) {}

  public List<WorkerTotal> workerTotals(
      LocalDate from, LocalDate to, Collection<Long> stationIds, Long workerId) {
    return jdbc.sql(
            """
            SELECT v.worker_id, COUNT(*) AS visits, SUM(o.duration_minutes) AS minutes,
                   SUM(v.price_fen) AS fen
            FROM gig_visit v JOIN gig_order o ON o.id = v.order_id
            JOIN gig_worker w ON w.id = v.worker_id
            WHERE v.status IN ('CHECKED_OUT', 'RATED') AND v.visit_date BETWEEN :from AND :to
              AND (:anyStation OR w.station_id IN (:stations))
              AND (CAST(:worker AS BIGINT) IS NULL OR v.worker_id = :worker)
            GROUP BY v.worker_id ORDER BY v.worker_id
            """)
        .param("from", from)
        .param("to", to)
        .param("anyStation", stationIds == null)
        .param("stations", stationIds == null || stationIds.isEmpty() ? List.of(-1L) : stationIds)
        .param("worker", workerId)
        .query(
            (rs, n) ->
                new WorkerTotal(
                    rs.getLong("worker_id"),
                    rs.getLong("visits"),
                    rs.getLong("minutes"),
                    rs.getLong("fen")))
        .list();
  }

  public List<CustomerTotal> customerTotals(
      LocalDate from, LocalDate to, String streetCode, Long customerId) {
    return jdbc.sql(
            """
            SELECT o.customer_id, COUNT(*) AS visits, SUM(v.price_fen) AS fen
            FROM gig_visit v JOIN gig_order o ON o.id = v.order_id
            JOIN gig_recipient r ON r.id = o.recipient_id
            WHERE v.status IN ('CHECKED_OUT', 'RATED') AND v.visit_date BETWEEN :from AND :to
              AND (CAST(:street AS VARCHAR) IS NULL OR r.street_code = :street)
              AND (CAST(:customer AS BIGINT) IS NULL OR o.customer_id = :customer)
            GROUP BY o.customer_id ORDER BY o.customer_id
            """)
        .param("from", from)
        .param("to", to)
        .param("street", streetCode)
        .param("customer", customerId)
        .query(
            (rs, n) ->
                new CustomerTotal(
                    rs.getLong("customer_id"), rs.getLong("visits"), rs.getLong("fen")))
        .list();
  }

  private static Booked booked(ResultSet rs) throws SQLException {
    return new Booked(
        rs.getLong("id"),
        rs.getLong("worker_id"),
        rs.getString("service_code"),
        rs.getObject("visit_date", LocalDate.class),
        time(rs, "starts_at"),
        time(rs, "ends_at"),
        time(rs, "blocked_from"),
        time(rs, "blocked_until"));
  }

  private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
    return BusinessTime.local(rs.getObject(column, OffsetDateTime.class));
  }

  private static Row map(ResultSet rs) throws SQLException {
    return new Row(
        rs.getLong("id"),
        rs.getLong("order_id"),
        rs.getLong("customer_id"),
        rs.getLong("recipient_id"),
        rs.getString("service_code"),
        rs.getInt("duration_minutes"),
        rs.getObject("visit_date", LocalDate.class),
        time(rs, "starts_at"),
        time(rs, "ends_at"),
        rs.getString("status"),
        rs.getLong("price_fen"),
        rs.getObject("worker_id", Long.class),
        time(rs, "blocked_from"),
        time(rs, "blocked_until"),
        rs.getBoolean("pinned"),
        time(rs, "assigned_at"),
        rs.getString("assigned_by"),
        time(rs, "checked_in_at"),
        rs.getObject("check_in_lat", Double.class),
        rs.getObject("check_in_lng", Double.class),
        rs.getObject("check_in_meters", Integer.class),
        rs.getObject("check_in_far", Boolean.class),
        time(rs, "checked_out_at"),
        rs.getString("observations"),
        rs.getObject("rating", Integer.class),
        rs.getString("rating_comment"),
        time(rs, "rated_at"),
        time(rs, "cancelled_at"),
        rs.getString("cancelled_by"),
        rs.getString("cancelled_as"),
        rs.getString("cancel_reason"),
        rs.getString("cancel_note"));
  }
}
