package org.qingsong.identity.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.identity.NewUser;
import org.qingsong.identity.Role;
import org.qingsong.identity.UserAccount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** User accounts in {@code app_user}. */
@Repository
public class UserStore {
  private final JdbcClient jdbc;

  UserStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A stored account with its password hash, for login only. */
  public record Credentials(UserAccount account, String passwordHash) {}

  public long insert(NewUser user, OffsetDateTime now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO app_user (username, password_hash, role, display_name, station_id,
                                  street_code, district_code, employer_id, person_id, enabled,
                                  created_at)
            VALUES (:username, :hash, :role, :displayName, :stationId, :streetCode,
                    :districtCode, :employerId, :personId, TRUE, :now)
            """)
        .param("username", user.username())
        .param("hash", user.password())
        .param("role", user.role().name())
        .param("displayName", user.displayName())
        .param("stationId", user.stationId())
        .param("streetCode", user.streetCode())
        .param("districtCode", user.districtCode())
        .param("employerId", user.employerId())
        .param("personId", user.personId())
        .param("now", now)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  public Optional<Credentials> findCredentials(String username) {
    return jdbc.sql("SELECT * FROM app_user WHERE username = :username")
        .param("username", username)
        .query((rs, n) -> new Credentials(map(rs), rs.getString("password_hash")))
        .optional();
  }

  public Optional<UserAccount> findByUsername(String username) {
    return jdbc.sql("SELECT * FROM app_user WHERE username = :username")
        .param("username", username)
        .query((rs, n) -> map(rs))
        .optional();
  }

  public Optional<UserAccount> findById(long id) {
    return jdbc.sql("SELECT * FROM app_user WHERE id = :id")
        .param("id", id)
        .query((rs, n) -> map(rs))
        .optional();
  }

  public PageResult<UserAccount> list(PageRequest page) {
    var items =
        jdbc.sql("SELECT * FROM app_user ORDER BY id LIMIT :limit OFFSET :offset")
            .param("limit", page.size())
            .param("offset", page.offset())
            .query((rs, n) -> map(rs))
            .list();
    return PageResult.of(items, page, count());
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
  }

  private static UserAccount map(ResultSet rs) throws SQLException {
    return new UserAccount(
        rs.getLong("id"),
        rs.getString("username"),
        Role.valueOf(rs.getString("role")),
        rs.getString("display_name"),
        rs.getObject("station_id", Long.class),
        rs.getString("street_code"),
        rs.getString("district_code"),
        rs.getObject("employer_id", Long.class),
        rs.getObject("person_id", Long.class),
        rs.getBoolean("enabled"),
        rs.getObject("created_at", OffsetDateTime.class));
  }
}
