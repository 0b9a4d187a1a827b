package org.qingsong.assistance.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.qingsong.assistance.Department;
import org.qingsong.assistance.VerificationTask;
import org.qingsong.common.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The verifying departments and the verification tasks sent to them. */
@Repository
public class TaskStore {
  private static final String SELECT =
      """
      SELECT t.*, c.receipt_no, d.code, d.name_zh, d.name_en
      FROM assistance_task t
      JOIN assistance_case c ON c.id = t.case_id
      JOIN assistance_department d ON d.id = t.department_id
      """;

  private final JdbcClient jdbc;

  TaskStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Department> departments(boolean activeOnly) {
    return jdbc.sql(
            "SELECT * FROM assistance_department"
                + (activeOnly ? " WHERE active = TRUE" : "")
                + " ORDER BY sort_key, id")
        .query((rs, n) -> department(rs))
        .list();
  }

  public Optional<Department> department(long id) {
    return jdbc.sql("SELECT * FROM assistance_department WHERE id = :id")
        .param("id", id)
        .query((rs, n) -> department(rs))
        .optional();
  }

  public long insertDepartment(String code, String nameZh, String nameEn) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO assistance_department (code, name_zh, name_en, active, sort_key)
            VALUES (:code, :zh, :en, TRUE,
              (SELECT COALESCE(MAX(sort_key), 0) + 1 FROM assistance_department))
            """)
        .param("code", code)
        .param("zh", nameZh)
        .param("en", nameEn)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  public void updateDepartment(long id, String nameZh, String nameEn, boolean active) {
    jdbc.sql(
            """
            UPDATE assistance_department SET name_zh = :zh, name_en = :en, active = :active
            WHERE id = :id
            """)
        .param("id", id)
        .param("zh", nameZh)
        .param("en", nameEn)
        .param("active", active)
        .update();
  }

  public void insertTask(
      long caseId, long departmentId, LocalDate sentOn, LocalDate dueOn, boolean weekendsOnly) {
    jdbc.sql(
            """
            INSERT INTO assistance_task (case_id, department_id, sent_on, due_on, weekends_only)
            VALUES (:case, :department, :sent, :due, :weekends)
            """)
        .param("case", caseId)
        .param("department", departmentId)
        .param("sent", sentOn)
        .param("due", dueOn)
        .param("weekends", weekendsOnly)
        .update();
  }

  public Optional<VerificationTask> find(long id, LocalDate today) {
    return jdbc.sql(SELECT + " WHERE t.id = :id")
        .param("id", id)
        .query((rs, n) -> task(rs, today))
        .optional();
  }

  public List<VerificationTask> ofCase(long caseId, LocalDate today) {
    return jdbc.sql(SELECT + " WHERE t.case_id = :id ORDER BY d.sort_key, t.id")
        .param("id", caseId)
        .query((rs, n) -> task(rs, today))
        .list();
  }

  /** Unanswered tasks past their due date, oldest first, within a district (null: all). */
  public List<VerificationTask> overdue(String districtCode, LocalDate today, int limit) {
    return jdbc.sql(
            SELECT
                + """
                 WHERE t.answer IS NULL AND t.due_on < :today
                   AND (CAST(:district AS VARCHAR) IS NULL OR c.district_code = :district)
                 ORDER BY t.due_on, t.id LIMIT :limit
                """)
        .param("today", today)
        .param("district", districtCode)
        .param("limit", limit)
        .query((rs, n) -> task(rs, today))
        .list();
  }

  /** Unanswered tasks of a district (null: all), by due date, for the answer spreadsheet. */
  public List<VerificationTask> open(String districtCode, LocalDate today) {
    return jdbc.sql(
            SELECT
                + """
                 WHERE t.answer IS NULL AND c.status = 'VERIFYING'
                   AND (CAST(:district AS VARCHAR) IS NULL OR c.district_code = :district)
                 ORDER BY t.due_on, t.id LIMIT 1000
                """)
        .param("district", districtCode)
        .query((rs, n) -> task(rs, today))
        .list();
  }

  public long countOverdue(String districtCode, LocalDate today) {
    return jdbc.sql(
            """
            SELECT COUNT(*) FROM assistance_task t JOIN assistance_case c ON c.id = t.case_id
            WHERE t.answer IS NULL AND t.due_on < :today
              AND (CAST(:district AS VARCHAR) IS NULL OR c.district_code = :district)
            """)
        .param("today", today)
        .param("district", districtCode)
        .query(Long.class)
        .single();
  }

  public long countOpen(long caseId) {
    return jdbc.sql("SELECT COUNT(*) FROM assistance_task WHERE case_id = :id AND answer IS NULL")
        .param("id", caseId)
        .query(Long.class)
        .single();
  }

  /** Records an answer; false when the task was answered already. */
  public boolean answer(
      long id,
      String answer,
      String findingKind,
      String findingText,
      Long findingPerson,
      Money findingAmount,
      LocalDate answeredOn,
      String by,
      int workingDays) {
    return jdbc.sql(
                """
                UPDATE assistance_task SET answer = :answer, finding_kind = :kind,
                  finding_text = :text, finding_person = :person, finding_fen = :fen,
                  answered_on = :on, answered_by = :by, working_days = :days
                WHERE id = :id AND answer IS NULL
                """)
            .param("id", id)
            .param("answer", answer)
            .param("kind", findingKind)
            .param("text", findingText)
            .param("person", findingPerson)
            .param("fen", findingAmount == null ? null : findingAmount.fen())
            .param("on", answeredOn)
            .param("by", by)
            .param("days", workingDays)
            .update()
        == 1;
  }

  /** Answered tasks of a district: how many, how many on time, total working days taken. */
  public record Timeliness(long answered, long onTime, long workingDays) {}

  public Timeliness timeliness(String districtCode) {
    return jdbc.sql(
            """
            SELECT COUNT(*) AS answered,
                   COALESCE(SUM(CASE WHEN t.answered_on <= t.due_on THEN 1 ELSE 0 END), 0) AS on_time,
                   COALESCE(SUM(t.working_days), 0) AS days
            FROM assistance_task t JOIN assistance_case c ON c.id = t.case_id
            WHERE t.answer IS NOT NULL
              AND (CAST(:district AS VARCHAR) IS NULL OR c.district_code = :district)
            """)
        .param("district", districtCode)
        .query(
            (rs, n) ->
                new Timeliness(rs.getLong("answered"), rs.getLong("on_time"), rs.getLong("days")))
        .single();
  }

  private static Department department(ResultSet rs) throws SQLException {
    return new Department(
        rs.getLong("id"),
        rs.getString("code"),
        rs.getString("name_zh"),
        rs.getString("name_en"),
        rs.getBoolean("active"));
  }

  private static VerificationTask task(ResultSet rs, LocalDate today) throws SQLException {
    LocalDate due = rs.getObject("due_on", LocalDate.class);
    String answer = rs.getString("answer");
    long person = rs.getLong("finding_person");
    Long findingPerson = rs.wasNull() ? null : person;
    long fen = rs.getLong("finding_fen");
    Money amount = rs.wasNull() ? null : new Money(fen);
    int days = rs.getInt("working_days");
    Integer workingDays = rs.wasNull() ? null : days;
    return new VerificationTask(
        rs.getLong("id"),
        rs.getLong("case_id"),
        rs.getString("receipt_no"),
        rs.getLong("department_id"),
        rs.getString("code"),
        rs.getString("name_zh"),
        rs.getString("name_en"),
        rs.getObject("sent_on", LocalDate.class),
        due,
        rs.getBoolean("weekends_only"),
        answer,
        rs.getString("finding_kind"),
        rs.getString("finding_text"),
        findingPerson,
        amount,
        rs.getObject("answered_on", LocalDate.class),
        rs.getString("answered_by"),
        workingDays,
        answer == null && today.isAfter(due));
  }
}
