package org.qingsong.jobs.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.qingsong.common.BusinessTime;
import org.qingsong.jobs.Application;
import org.qingsong.jobs.ApplicationStatus;
import org.qingsong.jobs.Placement;
import org.qingsong.people.PriorityGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Applications in {@code job_application} and the placements that hires record. */
@Repository
public class ApplicationStore {
  private static final String SELECT =
      """
      SELECT a.*, j.title AS posting_title, j.employer_id
      FROM job_application a JOIN job_posting j ON j.id = a.posting_id
      """;

  private final JdbcClient jdbc;

  ApplicationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts an application; a second one for the same person and posting violates a key. */
  public long insert(long postingId, long personId, String by, OffsetDateTime now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO job_application (posting_id, person_id, status, interview_accepted,
                                         applied_at, applied_by, updated_at)
            VALUES (:posting, :person, 'APPLIED', FALSE, :now, :by, :now)
            """)
        .param("posting", postingId)
        .param("person", personId)
        .param("now", now)
        .param("by", by)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  public Optional<Application> find(long id) {
    return jdbc.sql(SELECT + " WHERE a.id = :id")
        .param("id", id)
        .query((rs, n) -> map(rs))
        .optional();
  }

  public List<Application> forPosting(long postingId) {
    return jdbc.sql(SELECT + " WHERE a.posting_id = :id ORDER BY a.id")
        .param("id", postingId)
        .query((rs, n) -> map(rs))
        .list();
  }

  public List<Application> forPerson(long personId) {
    return jdbc.sql(SELECT + " WHERE a.person_id = :id ORDER BY a.id DESC")
        .param("id", personId)
        .query((rs, n) -> map(rs))
        .list();
  }

  /** Moves an application on; false when another change got there first. */
  public boolean transition(
      long id, ApplicationStatus from, ApplicationStatus to, OffsetDateTime now) {
    return jdbc.sql(
                """
                UPDATE job_application SET status = :to, updated_at = :now
                WHERE id = :id AND status = :from
                """)
            .param("id", id)
            .param("from", from.name())
            .param("to", to.name())
            .param("now", now)
            .update()
        == 1;
  }

  public boolean acceptInterview(long id, OffsetDateTime now) {
    return jdbc.sql(
                """
                UPDATE job_application SET interview_accepted = TRUE, updated_at = :now
                WHERE id = :id AND status = 'INTERVIEW' AND interview_accepted = FALSE
                """)
            .param("id", id)
            .param("now", now)
            .update()
        == 1;
  }

  public long countHired(long postingId) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM job_application WHERE posting_id = :id AND status = 'HIRED'")
        .param("id", postingId)
        .query(Long.class)
        .single();
  }

  public void insertPlacement(Placement p) {
    jdbc.sql(
            """
            INSERT INTO placement (application_id, person_id, employer_id, posting_id,
                                   occupation_code, placed_on, priority_groups)
            VALUES (:application, :person, :employer, :posting, :occupation, :on, :groups)
            """)
        .param("application", p.applicationId())
        .param("person", p.personId())
        .param("employer", p.employerId())
        .param("posting", p.postingId())
        .param("occupation", p.occupationCode())
        .param("on", p.placedOn())
        .param("groups", String.join(",", p.priorityGroups().stream().map(Enum::name).toList()))
        .update();
  }

  public List<Placement> placements(LocalDate from, LocalDate to, int limit) {
    return jdbc.sql(
            """
            SELECT * FROM placement WHERE placed_on >= :from AND placed_on <= :to
            ORDER BY placed_on, id LIMIT :limit
            """)
        .param("from", from)
        .param("to", to)
        .param("limit", limit)
        .query(
            (rs, n) ->
                new Placement(
                    rs.getLong("id"),
                    rs.getLong("application_id"),
                    rs.getLong("person_id"),
                    rs.getLong("employer_id"),
                    rs.getLong("posting_id"),
                    rs.getString("occupation_code"),
                    rs.getObject("placed_on", LocalDate.class),
                    groups(rs.getString("priority_groups"))))
        .list();
  }

  private static List<PriorityGroup> groups(String csv) {
    return csv == null || csv.isBlank()
        ? List.of()
        : Arrays.stream(csv.split(",")).map(PriorityGroup::valueOf).toList();
  }

  private static Application map(ResultSet rs) throws SQLException {
    return new Application(
        rs.getLong("id"),
        rs.getLong("posting_id"),
        rs.getString("posting_title"),
        rs.getLong("employer_id"),
        rs.getLong("person_id"),
        ApplicationStatus.valueOf(rs.getString("status")),
        rs.getBoolean("interview_accepted"),
        BusinessTime.local(rs.getObject("applied_at", OffsetDateTime.class)),
        rs.getString("applied_by"),
        BusinessTime.local(rs.getObject("updated_at", OffsetDateTime.class)));
  }
}
