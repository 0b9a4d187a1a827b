package org.qingsong.gigs.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.qingsong.common.BusinessTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Care recipients in {@code gig_recipient}. */
@Repository
public class RecipientStore {
  /** A recipient as stored. */
  public record Row(
      long id,
      long customerId,
      String name,
      String relation,
      String phone,
      String address,
      String streetCode,
      String communityCode,
      double lat,
      double lng,
      String mobility,
      boolean dementia,
      String careNotes,
      OffsetDateTime createdAt,
      String createdBy) {}

  private final JdbcClient jdbc;

  RecipientStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(Row r, OffsetDateTime now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO gig_recipient (customer_id, name, relation, phone, address, street_code,
                community_code, lat, lng, mobility, dementia, care_notes, created_at, created_by,
                updated_at)
            VALUES (:customer, :name, :relation, :phone, :address, :street, :community, :lat, :lng,
                :mobility, :dementia, :notes, :now, :by, :now)
            """)
        .param("customer", r.customerId())
        .param("name", r.name())
        .param("relation", r.relation())
        .param("phone", r.phone())
        .param("address", r.address())
        .param("street", r.streetCode())
        .param("community", r.communityCode())
        .param("lat", r.lat())
        .param("lng", r.lng())
        .param("mobility", r.mobility())
        .param("dementia", r.dementia())
        .param("notes", r.careNotes())
        .param("now", now)
        .param("by", r.createdBy())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  public void update(long id, Row r, OffsetDateTime now) {
    jdbc.sql(
            """
            UPDATE gig_recipient SET name = :name, relation = :relation, phone = :phone,
                address = :address, street_code = :street, community_code = :community, lat = :lat,
                lng = :lng, mobility = :mobility, dementia = :dementia, care_notes = :notes,
                updated_at = :now
            WHERE id = :id
            """)
        .param("id", id)
        .param("name", r.name())
        .param("relation", r.relation())
        .param("phone", r.phone())
        .param("address", r.address())
        .param("street", r.streetCode())
        .param("community", r.communityCode())
        .param("lat", r.lat())
        .param("lng", r.lng())
        .param("mobility", r.mobility())
        .param("dementia", r.dementia())
        .param("notes", r.careNotes())
        .param("now", now)
        .update();
  }

  public Optional<Row> find(long id) {
    return jdbc.sql("SELECT * FROM gig_recipient WHERE id = :id")
        .param("id", id)
        .query((rs, n) -> map(rs))
        .optional();
  }

  /** Recipients of one customer and/or in one street; null means any. */
  public List<Row> find(Long customerId, String streetCode, int limit, long offset) {
    return jdbc.sql(
            """
            SELECT * FROM gig_recipient
            WHERE (CAST(:customer AS BIGINT) IS NULL OR customer_id = :customer)
              AND (CAST(:street AS VARCHAR) IS NULL OR street_code = :street)
            ORDER BY id LIMIT :limit OFFSET :offset
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
            SELECT COUNT(*) FROM gig_recipient
            WHERE (CAST(:customer AS BIGINT) IS NULL OR customer_id = :customer)
              AND (CAST(:street AS VARCHAR) IS NULL OR street_code = :street)
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
        rs.getString("name"),
        rs.getString("relation"),
        rs.getString("phone"),
        rs.getString("address"),
        rs.getString("street_code"),
        rs.getString("community_code"),
        rs.getDouble("lat"),
        rs.getDouble("lng"),
        rs.getString("mobility"),
        rs.getBoolean("dementia"),
        rs.getString("care_notes"),
        BusinessTime.local(rs.getObject("created_at", OffsetDateTime.class)),
        rs.getString("created_by"));
  }
}
