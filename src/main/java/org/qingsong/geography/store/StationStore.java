package org.qingsong.geography.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.geography.Station;
import org.qingsong.geography.StationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stations in {@code station}, read together with their street's name. */
@Repository
public class StationStore {
  private static final String SELECT =
      """
      SELECT s.*, d.name AS street_name FROM station s JOIN division d ON d.code = s.street_code
      """;
  private static final String FILTER =
      """
      WHERE (CAST(:street AS VARCHAR) IS NULL OR s.street_code = :street)
        AND (CAST(:district AS VARCHAR) IS NULL OR d.parent_code = :district)
        AND (CAST(:kind AS VARCHAR) IS NULL OR s.kind = :kind)
        AND (CAST(:q AS VARCHAR) IS NULL OR s.name LIKE :q OR s.address LIKE :q OR d.name LIKE :q)
      """;

  private final JdbcClient jdbc;

  StationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The fields of a station row; the id is assigned by the database. */
  public record Row(
      String name,
      StationKind kind,
      String streetCode,
      String communityCode,
      String address,
      double lat,
      double lng,
      String openingHours,
      String phone) {}

  public long insert(Row row, OffsetDateTime now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO station (name, kind, street_code, community_code, address, lat, lng,
                                 opening_hours, phone, created_at, updated_at)
            VALUES (:name, :kind, :street, :community, :address, :lat, :lng, :hours, :phone,
                    :now, :now)
            """)
        .param("name", row.name())
        .param("kind", row.kind().name())
        .param("street", row.streetCode())
        .param("community", row.communityCode())
        .param("address", row.address())
        .param("lat", row.lat())
        .param("lng", row.lng())
        .param("hours", row.openingHours())
        .param("phone", row.phone())
        .param("now", now)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  public boolean update(long id, Row row, OffsetDateTime now) {
    return jdbc.sql(
                """
                UPDATE station SET name = :name, kind = :kind, street_code = :street,
                       community_code = :community, address = :address, lat = :lat, lng = :lng,
                       opening_hours = :hours, phone = :phone, updated_at = :now
                WHERE id = :id
                """)
            .param("id", id)
            .param("name", row.name())
            .param("kind", row.kind().name())
            .param("street", row.streetCode())
            .param("community", row.communityCode())
            .param("address", row.address())
            .param("lat", row.lat())
            .param("lng", row.lng())
            .param("hours", row.openingHours())
            .param("phone", row.phone())
            .param("now", now)
            .update()
        == 1;
  }

  public Optional<Station> find(long id) {
    return jdbc.sql(SELECT + " WHERE s.id = :id")
        .param("id", id)
        .query((rs, n) -> map(rs))
        .optional();
  }

  public List<Station> all() {
    return jdbc.sql(SELECT + " ORDER BY s.id").query((rs, n) -> map(rs)).list();
  }

  public PageResult<Station> find(
      String street, String district, StationKind kind, String text, PageRequest page) {
    String q = text == null ? null : "%" + text + "%";
    String k = kind == null ? null : kind.name();
    var items =
        jdbc.sql(SELECT + FILTER + " ORDER BY s.street_code, s.id LIMIT :limit OFFSET :offset")
            .param("street", street)
            .param("district", district)
            .param("kind", k)
            .param("q", q)
            .param("limit", page.size())
            .param("offset", page.offset())
            .query((rs, n) -> map(rs))
            .list();
    long total =
        jdbc.sql(
                "SELECT COUNT(*) FROM station s JOIN division d ON d.code = s.street_code "
                    + FILTER)
            .param("street", street)
            .param("district", district)
            .param("kind", k)
            .param("q", q)
            .query(Long.class)
            .single();
    return PageResult.of(items, page, total);
  }

  private static Station map(ResultSet rs) throws SQLException {
    return new Station(
        rs.getLong("id"),
        rs.getString("name"),
        StationKind.valueOf(rs.getString("kind")),
        rs.getString("street_code"),
        rs.getString("street_name"),
        rs.getString("community_code"),
        rs.getString("address"),
        rs.getDouble("lat"),
        rs.getDouble("lng"),
        rs.getString("opening_hours"),
        rs.getString("phone"));
  }
}
