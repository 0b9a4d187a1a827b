package org.qingsong.geography.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.qingsong.geography.Division;
import org.qingsong.geography.DivisionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Divisions in {@code division}. */
@Repository
public class DivisionStore {
  private final JdbcClient jdbc;

  DivisionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM division").query(Long.class).single();
  }

  public void insert(Division d) {
    jdbc.sql(
            """
            INSERT INTO division (code, name, level, parent_code, lat, lng, location_synthetic)
            VALUES (:code, :name, :level, :parent, :lat, :lng, :synthetic)
            """)
        .param("code", d.code())
        .param("name", d.name())
        .param("level", d.level().name())
        .param("parent", d.parentCode())
        .param("lat", d.lat())
        .param("lng", d.lng())
        .param("synthetic", d.locationSynthetic())
        .update();
  }

  public Optional<Division> find(String code) {
    return jdbc.sql("SELECT * FROM division WHERE code = :code")
        .param("code", code)
        .query((rs, n) -> map(rs))
        .optional();
  }

  public List<Division> children(String code) {
    return jdbc.sql("SELECT * FROM division WHERE parent_code = :code ORDER BY code")
        .param("code", code)
        .query((rs, n) -> map(rs))
        .list();
  }

  public List<Division> byLevel(DivisionLevel level) {
    return jdbc.sql("SELECT * FROM division WHERE level = :level ORDER BY code")
        .param("level", level.name())
        .query((rs, n) -> map(rs))
        .list();
  }

  private static Division map(ResultSet rs) throws SQLException {
    return new Division(
        rs.getString("code"),
        rs.getString("name"),
        DivisionLevel.valueOf(rs.getString("level")),
        rs.getString("parent_code"),
        rs.getObject("lat", Double.class),
        rs.getObject("lng", Double.class),
        rs.getBoolean("location_synthetic"));
  }
}
