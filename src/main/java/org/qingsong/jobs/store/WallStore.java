package org.qingsong.jobs.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.qingsong.common.BusinessTime;
import org.qingsong.jobs.SeekerConsent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Seekers' wall consents in {@code wall_seeker_consent} and the picked walls in {@code job_wall}.
 */
@Repository
public class WallStore {
  /** Which wall of a station an entry is on. */
  public enum Kind {
    HIRING,
    SEEKING
  }

  /** Who published a week's walls, and when. */
  public record Publication(OffsetDateTime at, String by) {}

  private final JdbcClient jdbc;

  WallStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<SeekerConsent> consent(long personId) {
    return jdbc.sql(
            """
            SELECT person_id, wanted_job, consented_at, consented_by, withdrawn_at
            FROM wall_seeker_consent WHERE person_id = :person
            """)
        .param("person", personId)
        .query(
            (rs, n) ->
                new SeekerConsent(
                    rs.getLong("person_id"),
                    rs.getString("wanted_job"),
                    BusinessTime.local(rs.getObject("consented_at", OffsetDateTime.class)),
                    rs.getString("consented_by"),
                    BusinessTime.local(rs.getObject("withdrawn_at", OffsetDateTime.class))))
        .optional();
  }

  /** Gives or renews consent; a renewed consent replaces the wanted job and clears a withdrawal. */
  public void giveConsent(long personId, String wantedJob, OffsetDateTime now, String by) {
    int updated =
        jdbc.sql(
                """
                UPDATE wall_seeker_consent
                SET wanted_job = :job, consented_at = :now, consented_by = :by, withdrawn_at = NULL
                WHERE person_id = :person
                """)
            .param("person", personId)
            .param("job", wantedJob)
            .param("now", now)
            .param("by", by)
            .update();
    if (updated == 0) {
      jdbc.sql(
              """
              INSERT INTO wall_seeker_consent (person_id, wanted_job, consented_at, consented_by)
              VALUES (:person, :job, :now, :by)
              """)
          .param("person", personId)
          .param("job", wantedJob)
          .param("now", now)
          .param("by", by)
          .update();
    }
  }

  /** Withdraws an active consent; false when there was none. */
  public boolean withdrawConsent(long personId, OffsetDateTime now) {
    return jdbc.sql(
                """
                UPDATE wall_seeker_consent SET withdrawn_at = :now
                WHERE person_id = :person AND withdrawn_at IS NULL
                """)
            .param("person", personId)
            .param("now", now)
            .update()
        > 0;
  }

  /** The people with an active consent, in the order they consented. */
  public List<Long> consentingPeople() {
    return jdbc.sql(
            """
            SELECT person_id FROM wall_seeker_consent
            WHERE withdrawn_at IS NULL ORDER BY consented_at, person_id
            """)
        .query(Long.class)
        .list();
  }

  /** The ids on one wall, in the order staff picked them. */
  public List<Long> entries(long stationId, String isoWeek, Kind kind) {
    return jdbc.sql(
            """
            SELECT item_id FROM job_wall
            WHERE station_id = :station AND iso_week = :week AND kind = :kind
            ORDER BY position
            """)
        .param("station", stationId)
        .param("week", isoWeek)
        .param("kind", kind.name())
        .query(Long.class)
        .list();
  }

  public Optional<Publication> publication(long stationId, String isoWeek) {
    return jdbc.sql(
            """
            SELECT MAX(published_at) AS published_at, MAX(published_by) AS published_by
            FROM job_wall WHERE station_id = :station AND iso_week = :week
            HAVING COUNT(*) > 0
            """)
        .param("station", stationId)
        .param("week", isoWeek)
        .query(
            (rs, n) ->
                new Publication(
                    BusinessTime.local(rs.getObject("published_at", OffsetDateTime.class)),
                    rs.getString("published_by")))
        .optional();
  }

  /** Empties both walls of a station's week, before they are published again. */
  public void clear(long stationId, String isoWeek) {
    jdbc.sql("DELETE FROM job_wall WHERE station_id = :station AND iso_week = :week")
        .param("station", stationId)
        .param("week", isoWeek)
        .update();
  }

  public void add(
      long stationId,
      String isoWeek,
      Kind kind,
      long itemId,
      int position,
      OffsetDateTime now,
      String by) {
    jdbc.sql(
            """
            INSERT INTO job_wall (station_id, iso_week, kind, item_id, position, published_at,
                published_by)
            VALUES (:station, :week, :kind, :item, :position, :now, :by)
            """)
        .param("station", stationId)
        .param("week", isoWeek)
        .param("kind", kind.name())
        .param("item", itemId)
        .param("position", position)
        .param("now", now)
        .param("by", by)
        .update();
  }
}
