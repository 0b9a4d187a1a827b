package org.qingsong.assistance.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.qingsong.assistance.AssistanceKind;
import org.qingsong.assistance.MonitoringEvent;
import org.qingsong.assistance.Objection;
import org.qingsong.assistance.Proposal;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.Money;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Objections, monitoring events, proposals and referrals of cases. */
@Repository
public class MonitoringStore {
  private final JdbcClient jdbc;

  MonitoringStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insertObjection(long caseId, String detail, LocalDate on, String by) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO assistance_objection (case_id, detail, raised_on, recorded_by)
            VALUES (:case, :detail, :on, :by)
            """)
        .param("case", caseId)
        .param("detail", detail)
        .param("on", on)
        .param("by", by)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  public Optional<Objection> objection(long id) {
    return jdbc.sql("SELECT * FROM assistance_objection WHERE id = :id")
        .param("id", id)
        .query((rs, n) -> objection(rs))
        .optional();
  }

  public List<Objection> objections(long caseId) {
    return jdbc.sql("SELECT * FROM assistance_objection WHERE case_id = :id ORDER BY id")
        .param("id", caseId)
        .query((rs, n) -> objection(rs))
        .list();
  }

  public long openObjections(long caseId) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM assistance_objection WHERE case_id = :id AND upheld IS NULL")
        .param("id", caseId)
        .query(Long.class)
        .single();
  }

  public boolean resolveObjection(long id, boolean upheld, String resolution) {
    return jdbc.sql(
                """
                UPDATE assistance_objection SET upheld = :u, resolution = :r
                WHERE id = :id AND upheld IS NULL
                """)
            .param("id", id)
            .param("u", upheld)
            .param("r", resolution)
            .update()
        == 1;
  }

  public void insertEvent(
      long caseId,
      String kind,
      Long personId,
      Money amount,
      LocalDate on,
      String outcome,
      OffsetDateTime now,
      String by) {
    jdbc.sql(
            """
            INSERT INTO assistance_monitoring (case_id, kind, person_id, amount_fen, occurred_on,
              outcome, recorded_at, recorded_by)
            VALUES (:case, :kind, :person, :amount, :on, :outcome, :now, :by)
            """)
        .param("case", caseId)
        .param("kind", kind)
        .param("person", personId)
        .param("amount", amount == null ? null : amount.fen())
        .param("on", on)
        .param("outcome", outcome)
        .param("now", now)
        .param("by", by)
        .update();
  }

  public List<MonitoringEvent> events(long caseId) {
    return jdbc.sql("SELECT * FROM assistance_monitoring WHERE case_id = :id ORDER BY id")
        .param("id", caseId)
        .query(
            (rs, n) -> {
              long person = rs.getLong("person_id");
              Long personId = rs.wasNull() ? null : person;
              long fen = rs.getLong("amount_fen");
              Money amount = rs.wasNull() ? null : new Money(fen);
              return new MonitoringEvent(
                  rs.getLong("id"),
                  rs.getLong("case_id"),
                  rs.getString("kind"),
                  personId,
                  amount,
                  rs.getObject("occurred_on", LocalDate.class),
                  rs.getString("outcome"),
                  BusinessTime.local(rs.getObject("recorded_at", OffsetDateTime.class)),
                  rs.getString("recorded_by"));
            })
        .list();
  }

  public boolean hasOpenProposal(long caseId, AssistanceKind kind) {
    return jdbc.sql(
                """
                SELECT COUNT(*) FROM assistance_proposal
                WHERE case_id = :case AND kind = :kind AND status = 'OPEN'
                """)
            .param("case", caseId)
            .param("kind", kind.name())
            .query(Long.class)
            .single()
        > 0;
  }

  public long insertProposal(long caseId, AssistanceKind kind, String reason, LocalDate on) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO assistance_proposal (case_id, kind, reason, status, proposed_on)
            VALUES (:case, :kind, :reason, 'OPEN', :on)
            """)
        .param("case", caseId)
        .param("kind", kind.name())
        .param("reason", reason)
        .param("on", on)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  private static final String PROPOSALS =
      """
      SELECT x.*, c.receipt_no, c.district_code, p.name AS applicant_name
      FROM assistance_proposal x JOIN assistance_case c ON c.id = x.case_id
      JOIN person p ON p.id = c.applicant_id
      """;

  public Optional<Proposal> proposal(long id) {
    return jdbc.sql(PROPOSALS + " WHERE x.id = :id")
        .param("id", id)
        .query((rs, n) -> proposal(rs))
        .optional();
  }

  public PageResult<Proposal> proposals(String districtCode, String status, PageRequest page) {
    String where =
        """
         WHERE (CAST(:district AS VARCHAR) IS NULL OR c.district_code = :district)
           AND (CAST(:status AS VARCHAR) IS NULL OR x.status = :status)
        """;
    List<Proposal> items =
        jdbc.sql(PROPOSALS + where + " ORDER BY x.id DESC LIMIT :limit OFFSET :offset")
            .param("district", districtCode)
            .param("status", status)
            .param("limit", page.size())
            .param("offset", page.offset())
            .query((rs, n) -> proposal(rs))
            .list();
    long total =
        jdbc.sql(
                """
                SELECT COUNT(*) FROM assistance_proposal x
                JOIN assistance_case c ON c.id = x.case_id
                """
                    + where)
            .param("district", districtCode)
            .param("status", status)
            .query(Long.class)
            .single();
    return PageResult.of(items, page, total);
  }

  public boolean decideProposal(long id, String status, Long newCaseId, String by) {
    return jdbc.sql(
                """
                UPDATE assistance_proposal SET status = :s, new_case_id = :c, decided_by = :by
                WHERE id = :id AND status = 'OPEN'
                """)
            .param("id", id)
            .param("s", status)
            .param("c", newCaseId)
            .param("by", by)
            .update()
        == 1;
  }

  /** A referral row before the person's details and job suggestions are added. */
  public record ReferralRow(
      long id,
      long caseId,
      String receiptNo,
      String districtCode,
      long personId,
      String streetCode,
      String status,
      LocalDate referredOn,
      LocalDate placedOn,
      Long postingId) {}

  public boolean insertReferral(long caseId, long personId, String streetCode, LocalDate on) {
    long existing =
        jdbc.sql("SELECT COUNT(*) FROM assistance_referral WHERE case_id = :c AND person_id = :p")
            .param("c", caseId)
            .param("p", personId)
            .query(Long.class)
            .single();
    if (existing > 0) {
      return false;
    }
    jdbc.sql(
            """
            INSERT INTO assistance_referral (case_id, person_id, street_code, status, referred_on)
            VALUES (:c, :p, :s, 'OPEN', :on)
            """)
        .param("c", caseId)
        .param("p", personId)
        .param("s", streetCode)
        .param("on", on)
        .update();
    return true;
  }

  private static final String REFERRALS =
      """
      SELECT r.*, c.receipt_no, c.district_code FROM assistance_referral r
      JOIN assistance_case c ON c.id = r.case_id
      """;

  public PageResult<ReferralRow> referrals(
      String streetCode, String districtCode, String status, PageRequest page) {
    String where =
        """
         WHERE (CAST(:street AS VARCHAR) IS NULL OR r.street_code = :street)
           AND (CAST(:district AS VARCHAR) IS NULL OR c.district_code = :district)
           AND (CAST(:status AS VARCHAR) IS NULL OR r.status = :status)
        """;
    List<ReferralRow> items =
        jdbc.sql(REFERRALS + where + " ORDER BY r.id DESC LIMIT :limit OFFSET :offset")
            .param("street", streetCode)
            .param("district", districtCode)
            .param("status", status)
            .param("limit", page.size())
            .param("offset", page.offset())
            .query((rs, n) -> referral(rs))
            .list();
    long total =
        jdbc.sql(
                "SELECT COUNT(*) FROM assistance_referral r"
                    + " JOIN assistance_case c ON c.id = r.case_id"
                    + where)
            .param("street", streetCode)
            .param("district", districtCode)
            .param("status", status)
            .query(Long.class)
            .single();
    return PageResult.of(items, page, total);
  }

  public List<ReferralRow> referralsOfCase(long caseId) {
    return jdbc.sql(REFERRALS + " WHERE r.case_id = :c ORDER BY r.id")
        .param("c", caseId)
        .query((rs, n) -> referral(rs))
        .list();
  }

  public int markPlaced(long caseId, long personId, LocalDate on, long postingId) {
    return jdbc.sql(
            """
            UPDATE assistance_referral SET status = 'PLACED', placed_on = :on, posting_id = :p
            WHERE case_id = :c AND person_id = :person AND status = 'OPEN'
            """)
        .param("c", caseId)
        .param("person", personId)
        .param("on", on)
        .param("p", postingId)
        .update();
  }

  public int closeReferrals(long caseId) {
    return jdbc.sql(
            "UPDATE assistance_referral SET status = 'CLOSED' WHERE case_id = :c AND status = 'OPEN'")
        .param("c", caseId)
        .update();
  }

  private static ReferralRow referral(ResultSet rs) throws SQLException {
    long posting = rs.getLong("posting_id");
    Long postingId = rs.wasNull() ? null : posting;
    return new ReferralRow(
        rs.getLong("id"),
        rs.getLong("case_id"),
        rs.getString("receipt_no"),
        rs.getString("district_code"),
        rs.getLong("person_id"),
        rs.getString("street_code"),
        rs.getString("status"),
        rs.getObject("referred_on", LocalDate.class),
        rs.getObject("placed_on", LocalDate.class),
        postingId);
  }

  private static Proposal proposal(ResultSet rs) throws SQLException {
    long newCase = rs.getLong("new_case_id");
    Long newCaseId = rs.wasNull() ? null : newCase;
    return new Proposal(
        rs.getLong("id"),
        rs.getLong("case_id"),
        rs.getString("receipt_no"),
        rs.getString("applicant_name"),
        rs.getString("district_code"),
        AssistanceKind.valueOf(rs.getString("kind")),
        rs.getString("reason"),
        rs.getString("status"),
        rs.getObject("proposed_on", LocalDate.class),
        newCaseId);
  }

  private static Objection objection(ResultSet rs) throws SQLException {
    boolean upheld = rs.getBoolean("upheld");
    Boolean u = rs.wasNull() ? null : upheld;
    return new Objection(
        rs.getLong("id"),
        rs.getLong("case_id"),
        rs.getString("detail"),
        rs.getObject("raised_on", LocalDate.class),
        rs.getString("recorded_by"),
        u,
        rs.getString("resolution"));
  }
}
