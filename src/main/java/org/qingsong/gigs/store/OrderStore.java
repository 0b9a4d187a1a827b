package org.qingsong.gigs.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.qingsong.common.BusinessTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Orders in {@code gig_order}. */
@Repository
public class OrderStore {
  /**
   * An order as stored; {@code weekdays} is a comma-separated list of ISO day numbers. The calendar
   * columns (every-working-day orders only) hold the skipped and added days, one a line (ISO date,
   * a space, the festival), and the uncovered years, comma-separated.
   */
  public record Row(
      long id,
      long customerId,
      long recipientId,
      String serviceCode,
      LocalDate firstDate,
      int startMinute,
      int durationMinutes,
      String recurrence,
      String weekdays,
      LocalDate untilDate,
      Integer occurrences,
      long priceFen,
      String notes,
      OffsetDateTime createdAt,
      String createdBy,
      String calendarSkipped,
      String calendarAdded,
      String calendarUncovered) {}

  private final JdbcClient jdbc;

  OrderStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(Row r) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO gig_order (customer_id, recipient_id, service_code, first_date, start_minute,
                duration_minutes, recurrence, weekdays, until_date, occurrences, price_fen, notes,
                created_at, created_by, calendar_skipped, calendar_added, calendar_uncovered)
            VALUES (:customer, :recipient, :service, :first, :start, :duration, :recurrence,
                :weekdays, :until, :occurrences, :price, :notes, :at, :by, :skipped, :added,
                :uncovered)
            """)
        .param("customer", r.customerId())
        .param("recipient", r.recipientId())
        .param("service", r.serviceCode())
        .param("first", r.firstDate())
        .param("start", r.startMinute())
        .param("duration", r.durationMinutes())
        .param("recurrence", r.recurrence())
        .param("weekdays", r.weekdays())
        .param("until", r.untilDate())
        .param("occurrences", r.occurrences())
        .param("price", r.priceFen())
        .param("notes", r.notes())
        .param("at", r.createdAt())
        .param("by", r.createdBy())
        .param("skipped", r.calendarSkipped())
        .param("added", r.calendarAdded())
        .param("uncovered", r.calendarUncovered())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  public Optional<Row> find(long id) {
    return jdbc.sql("SELECT * FROM gig_order WHERE id = :id")
        .param("id", id)
        .query((rs, n) -> map(rs))
        .optional();
  }

  /** Orders of a customer, or of recipients in a street; null means any. */
  public List<Row> find(Long customerId, String streetCode, int limit, long offset) {
    return jdbc.sql(
            """
            SELECT o.* FROM gig_order o JOIN gig_recipient r ON r.id = o.recipient_id
            WHERE (CAST(:customer AS BIGINT) IS NULL OR o.customer_id = :customer)
              AND (CAST(:street AS VARCHAR) IS NULL OR r.street_code = :street)
            ORDER BY o.id DESC LIMIT :limit OFFSET :offset
            """)
        .param("customer", customerId)
        .param("street", streetCode)
        .param("limit", limit)
        .param("offset", offset)
        .query((rs, n) -> map(rs))
        .list();
  }

  public long count(Long customerId, String streetCode) {
    return jdbc.sql(
            """
            SELECT COUNT(*) FROM gig_order o JOIN gig_recipient r ON r.id = o.recipient_id
            WHERE (CAST(:customer AS BIGINT) IS NULL OR o.customer_id = :customer)
              AND (CAST(:street AS VARCHAR) IS NULL OR r.street_code = :street)
            """)
        .param("customer", customerId)
        .param("street", streetCode)
        .query(Long.class)
        .single();
  }

  private static Row map(ResultSet rs) throws SQLException {
    return new Row(
        rs.getLong("id"),
        rs.getLong("customer_id"),
        rs.getLong("recipient_id"),
        rs.getString("service_code"),
        rs.getObject("first_date", LocalDate.class),
        rs.getInt("start_minute"),
        rs.getInt("duration_minutes"),
        rs.getString("recurrence"),
        rs.getString("weekdays"),
        rs.getObject("until_date", LocalDate.class),
        rs.getObject("occurrences", Integer.class),
        rs.getLong("price_fen"),
        rs.getString("notes"),
        BusinessTime.local(rs.getObject("created_at", OffsetDateTime.class)),
        rs.getString("created_by"),
        rs.getString("calendar_skipped"),
        rs.getString("calendar_added"),
        rs.getString("calendar_uncovered"));
  }
}
