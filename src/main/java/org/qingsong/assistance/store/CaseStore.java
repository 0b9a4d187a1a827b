package org.qingsong.assistance.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.qingsong.assistance.AssessmentSnapshot;
import org.qingsong.assistance.Assets;
import org.qingsong.assistance.AssistanceCase;
import org.qingsong.assistance.AssistanceKind;
import org.qingsong.assistance.CaseEvent;
import org.qingsong.assistance.CaseStatus;
import org.qingsong.assistance.Disability;
import org.qingsong.assistance.Employment;
import org.qingsong.assistance.IntakeChannel;
import org.qingsong.assistance.LowIncomeCategory;
import org.qingsong.assistance.Member;
import org.qingsong.assistance.Reason;
import org.qingsong.assistance.Relation;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.IdNumber;
import org.qingsong.common.Money;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Cases in {@code assistance_case}, their members and their history. */
@Repository
public class CaseStore {
  private static final String SELECT =
      """
      SELECT c.*, p.name AS applicant_name, d.name AS street_name
      FROM assistance_case c
      JOIN person p ON p.id = c.applicant_id
      JOIN division d ON d.code = c.street_code
      """;

  /** What a new case is made of. */
  public record NewCase(
      String receiptNo,
      AssistanceKind kind,
      IntakeChannel channel,
      long applicantId,
      String streetCode,
      String districtCode,
      String areaType,
      LocalDate receivedOn,
      String need,
      String bankAccount,
      Assets assets,
      OffsetDateTime now,
      String by) {}

  /** A member row as written. */
  public record MemberRow(
      long personId,
      Relation relation,
      Money monthlyIncome,
      boolean ableToWork,
      Disability disability,
      Employment employment) {}

  /** Filters of the case list; null means any. */
  public record Query(
      String districtCode,
      String streetCode,
      CaseStatus status,
      AssistanceKind kind,
      LowIncomeCategory category,
      String text,
      boolean supportedOnly) {}

  private final JdbcClient jdbc;

  CaseStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(NewCase c) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO assistance_case (receipt_no, kind, channel, status, applicant_id,
              street_code, district_code, area_type, received_on, need, bank_account,
              deposits_fen, vehicles, extra_properties, medical_costs_fen, exit_to_work,
              created_at, created_by, updated_at)
            VALUES (:receipt, :kind, :channel, 'SUBMITTED', :applicant, :street, :district,
              :area, :received, :need, :bank, :deposits, :vehicles, :properties, 0, FALSE,
              :now, :by, :now)
            """)
        .param("receipt", c.receiptNo())
        .param("kind", c.kind().name())
        .param("channel", c.channel().name())
        .param("applicant", c.applicantId())
        .param("street", c.streetCode())
        .param("district", c.districtCode())
        .param("area", c.areaType())
        .param("received", c.receivedOn())
        .param("need", c.need())
        .param("bank", c.bankAccount())
        .param("deposits", c.assets().deposits().fen())
        .param("vehicles", c.assets().vehicles())
        .param("properties", c.assets().extraProperties())
        .param("now", c.now())
        .param("by", c.by())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  public void insertMember(long caseId, MemberRow m) {
    jdbc.sql(
            """
            INSERT INTO assistance_member (case_id, person_id, relation, monthly_income_fen,
              able_to_work, disability, employment)
            VALUES (:case, :person, :relation, :income, :able, :disability, :employment)
            """)
        .param("case", caseId)
        .param("person", m.personId())
        .param("relation", m.relation().name())
        .param("income", m.monthlyIncome().fen())
        .param("able", m.ableToWork())
        .param("disability", m.disability().name())
        .param("employment", m.employment().name())
        .update();
  }

  /** The highest sequence number used by receipts starting with {@code prefix}. */
  public int lastSequence(String prefix) {
    List<String> receipts =
        jdbc.sql(
                """
                SELECT receipt_no FROM assistance_case WHERE receipt_no LIKE :p
                UNION ALL SELECT receipt_no FROM assistance_hotline WHERE receipt_no LIKE :p
                """)
            .param("p", prefix + "%")
            .query(String.class)
            .list();
    int max = 0;
    for (String r : receipts) {
      String tail = r.substring(prefix.length()).replaceAll("\\D", "");
      if (!tail.isEmpty()) {
        max = Math.max(max, Integer.parseInt(tail));
      }
    }
    return max;
  }

  public Optional<AssistanceCase> find(long id) {
    return jdbc.sql(SELECT + " WHERE c.id = :id")
        .param("id", id)
        .query((rs, n) -> map(rs))
        .optional()
        .map(this::withMembers);
  }

  public Optional<AssistanceCase> findByReceipt(String receiptNo) {
    return jdbc.sql(SELECT + " WHERE c.receipt_no = :r")
        .param("r", receiptNo)
        .query((rs, n) -> map(rs))
        .optional()
        .map(this::withMembers);
  }

  public PageResult<AssistanceCase> find(Query q, PageRequest page) {
    String where =
        """
         WHERE (CAST(:district AS VARCHAR) IS NULL OR c.district_code = :district)
           AND (CAST(:street AS VARCHAR) IS NULL OR c.street_code = :street)
           AND (CAST(:status AS VARCHAR) IS NULL OR c.status = :status)
           AND (CAST(:kind AS VARCHAR) IS NULL OR c.kind = :kind)
           AND (CAST(:category AS VARCHAR) IS NULL OR c.category = :category)
           AND (:supported = FALSE OR c.status IN ('ACTIVE', 'GRADUAL_EXIT'))
           AND (CAST(:text AS VARCHAR) IS NULL OR c.receipt_no LIKE :like OR p.name LIKE :like)
        """;
    List<AssistanceCase> items =
        bind(jdbc.sql(SELECT + where + " ORDER BY c.id DESC LIMIT :limit OFFSET :offset"), q)
            .param("limit", page.size())
            .param("offset", page.offset())
            .query((rs, n) -> map(rs))
            .list();
    long total =
        bind(
                jdbc.sql(
                    """
                    SELECT COUNT(*) FROM assistance_case c JOIN person p ON p.id = c.applicant_id
                    """
                        + where),
                q)
            .query(Long.class)
            .single();
    return PageResult.of(items.stream().map(this::withMembers).toList(), page, total);
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Query q) {
    return spec.param("district", q.districtCode())
        .param("street", q.streetCode())
        .param("status", q.status() == null ? null : q.status().name())
        .param("kind", q.kind() == null ? null : q.kind().name())
        .param("category", q.category() == null ? null : q.category().name())
        .param("text", q.text())
        .param("supported", q.supportedOnly())
        .param("like", q.text() == null ? null : "%" + q.text() + "%");
  }

  /** Receipts of the applicant's cases of a kind that are neither rejected nor closed. */
  public List<String> openCases(long applicantId, AssistanceKind kind) {
    return jdbc.sql(
            """
            SELECT receipt_no FROM assistance_case
            WHERE applicant_id = :a AND kind = :k AND status NOT IN ('REJECTED', 'CLOSED')
            """)
        .param("a", applicantId)
        .param("k", kind.name())
        .query(String.class)
        .list();
  }

  /** Supported cases (active or in gradual exit) that have this person as a member. */
  public List<Long> supportedCasesOf(long personId) {
    return jdbc.sql(
            """
            SELECT c.id FROM assistance_case c JOIN assistance_member m ON m.case_id = c.id
            WHERE m.person_id = :person AND c.status IN ('ACTIVE', 'GRADUAL_EXIT')
            ORDER BY c.id
            """)
        .param("person", personId)
        .query(Long.class)
        .list();
  }

  /**
   * Cases that pay in a month: supported, or closed at the end of a gradual exit that reached into
   * the month (a roll made late still pays the last month), started by its end, with an amount to
   * pay.
   */
  public List<AssistanceCase> payable(String districtCode, LocalDate monthEnd) {
    return jdbc
        .sql(
            SELECT
                + """
                 WHERE (c.status IN ('ACTIVE', 'GRADUAL_EXIT')
                        OR (c.status = 'CLOSED' AND c.exit_until >= :start
                            AND c.closed_on > c.exit_until))
                   AND c.paid_fen > 0
                   AND c.active_from <= :end
                   AND (CAST(:district AS VARCHAR) IS NULL OR c.district_code = :district)
                 ORDER BY c.street_code, c.id
                """)
        .param("end", monthEnd)
        .param("start", monthEnd.withDayOfMonth(1))
        .param("district", districtCode)
        .query((rs, n) -> map(rs))
        .list()
        .stream()
        .map(this::withMembers)
        .toList();
  }

  /** Cases in gradual exit whose last paid month is before {@code month}'s first day. */
  public List<Long> exitsDue(LocalDate firstOfMonth) {
    return jdbc.sql(
            "SELECT id FROM assistance_case WHERE status = 'GRADUAL_EXIT' AND exit_until < :d")
        .param("d", firstOfMonth)
        .query(Long.class)
        .list();
  }

  public boolean transition(long id, CaseStatus from, CaseStatus to, OffsetDateTime now) {
    return jdbc.sql(
                """
                UPDATE assistance_case SET status = :to, updated_at = :now
                WHERE id = :id AND status = :from
                """)
            .param("id", id)
            .param("from", from.name())
            .param("to", to.name())
            .param("now", now)
            .update()
        == 1;
  }

  public void event(
      long caseId, CaseStatus from, CaseStatus to, String note, OffsetDateTime at, String by) {
    jdbc.sql(
            """
            INSERT INTO assistance_case_event (case_id, from_status, to_status, note, changed_at,
              by_user)
            VALUES (:case, :from, :to, :note, :at, :by)
            """)
        .param("case", caseId)
        .param("from", from == null ? null : from.name())
        .param("to", to.name())
        .param("note", note)
        .param("at", at)
        .param("by", by)
        .update();
  }

  public List<CaseEvent> events(long caseId) {
    return jdbc.sql("SELECT * FROM assistance_case_event WHERE case_id = :id ORDER BY id")
        .param("id", caseId)
        .query(
            (rs, n) ->
                new CaseEvent(
                    rs.getString("from_status") == null
                        ? null
                        : CaseStatus.valueOf(rs.getString("from_status")),
                    CaseStatus.valueOf(rs.getString("to_status")),
                    rs.getString("note"),
                    BusinessTime.local(rs.getObject("changed_at", OffsetDateTime.class)),
                    rs.getString("by_user")))
        .list();
  }

  public void saveAssessment(long id, AssessmentSnapshot a) {
    jdbc.sql(
            """
            UPDATE assistance_case SET assessed_category = :category, assessed_on = :on,
              rule_date = :rule, per_capita_fen = :income, standard_fen = :standard,
              monthly_fen = :monthly, reasons = :reasons
            WHERE id = :id
            """)
        .param("id", id)
        .param("category", a.category())
        .param("on", a.assessedOn())
        .param("rule", a.ruleDate())
        .param("income", a.perCapitaIncome().fen())
        .param("standard", a.standard().fen())
        .param("monthly", a.monthlyAmount().fen())
        .param("reasons", encode(a.reasons()))
        .update();
  }

  public void setCategory(long id, LowIncomeCategory category) {
    jdbc.sql("UPDATE assistance_case SET category = :c WHERE id = :id")
        .param("id", id)
        .param("c", category == null ? null : category.name())
        .update();
  }

  public void setDecisionNote(long id, String note) {
    jdbc.sql("UPDATE assistance_case SET decision_note = :n WHERE id = :id")
        .param("id", id)
        .param("n", note)
        .update();
  }

  public void setPublicity(long id, LocalDate from, LocalDate until) {
    jdbc.sql("UPDATE assistance_case SET publicity_from = :f, publicity_until = :u WHERE id = :id")
        .param("id", id)
        .param("f", from)
        .param("u", until)
        .update();
  }

  public void setActive(long id, LocalDate from, LocalDate reviewDue) {
    jdbc.sql("UPDATE assistance_case SET active_from = :f, review_due = :r WHERE id = :id")
        .param("id", id)
        .param("f", from)
        .param("r", reviewDue)
        .update();
  }

  public void setPaid(long id, Money amount) {
    jdbc.sql("UPDATE assistance_case SET paid_fen = :p WHERE id = :id")
        .param("id", id)
        .param("p", amount == null ? null : amount.fen())
        .update();
  }

  public void setReviewDue(long id, LocalDate reviewDue) {
    jdbc.sql("UPDATE assistance_case SET review_due = :r WHERE id = :id")
        .param("id", id)
        .param("r", reviewDue)
        .update();
  }

  public void setExit(long id, LocalDate until, boolean toWork) {
    jdbc.sql("UPDATE assistance_case SET exit_until = :u, exit_to_work = :w WHERE id = :id")
        .param("id", id)
        .param("u", until)
        .param("w", toWork)
        .update();
  }

  public void setClosed(long id, LocalDate on, String reason) {
    jdbc.sql("UPDATE assistance_case SET closed_on = :on, closed_reason = :r WHERE id = :id")
        .param("id", id)
        .param("on", on)
        .param("r", reason)
        .update();
  }

  public void addMedicalCosts(long id, Money amount) {
    jdbc.sql("UPDATE assistance_case SET medical_costs_fen = medical_costs_fen + :a WHERE id = :id")
        .param("id", id)
        .param("a", amount.fen())
        .update();
  }

  public void setAssets(long id, Assets assets) {
    jdbc.sql(
            """
            UPDATE assistance_case SET deposits_fen = :d, vehicles = :v, extra_properties = :p
            WHERE id = :id
            """)
        .param("id", id)
        .param("d", assets.deposits().fen())
        .param("v", assets.vehicles())
        .param("p", assets.extraProperties())
        .update();
  }

  public void setIncome(long caseId, long personId, Money income) {
    jdbc.sql(
            """
            UPDATE assistance_member SET monthly_income_fen = :i
            WHERE case_id = :case AND person_id = :person
            """)
        .param("case", caseId)
        .param("person", personId)
        .param("i", income.fen())
        .update();
  }

  public void setEmployment(long caseId, long personId, Employment employment) {
    jdbc.sql(
            """
            UPDATE assistance_member SET employment = :e
            WHERE case_id = :case AND person_id = :person
            """)
        .param("case", caseId)
        .param("person", personId)
        .param("e", employment.name())
        .update();
  }

  private AssistanceCase withMembers(AssistanceCase c) {
    List<Member> members =
        jdbc.sql(
                """
                SELECT m.*, p.name, p.id_number, p.birth_date, p.street_code
                FROM assistance_member m JOIN person p ON p.id = m.person_id
                WHERE m.case_id = :id ORDER BY m.id
                """)
            .param("id", c.id())
            .query(
                (rs, n) ->
                    new Member(
                        rs.getLong("person_id"),
                        rs.getString("name"),
                        new IdNumber(rs.getString("id_number")).masked(),
                        rs.getObject("birth_date", LocalDate.class),
                        rs.getString("street_code"),
                        Relation.valueOf(rs.getString("relation")),
                        new Money(rs.getLong("monthly_income_fen")),
                        rs.getBoolean("able_to_work"),
                        Disability.valueOf(rs.getString("disability")),
                        Employment.valueOf(rs.getString("employment"))))
            .list();
    return c.withMembers(members);
  }

  /** A bank account as lists show it: all but the last four digits starred. */
  public static String masked(String account) {
    if (account == null) {
      return null;
    }
    int keep = Math.min(4, account.length());
    return "*".repeat(account.length() - keep) + account.substring(account.length() - keep);
  }

  /** The full bank account of a case, for the paying bank's roll only. */
  public Optional<String> bankAccount(long caseId) {
    return jdbc.sql("SELECT bank_account FROM assistance_case WHERE id = :id")
        .param("id", caseId)
        .query((rs, n) -> Optional.ofNullable(rs.getString("bank_account")))
        .single();
  }

  private static final String UNIT = "\u001f";

  /** Reasons as text: one per line, the code and its arguments separated by unit separators. */
  static String encode(List<Reason> reasons) {
    List<String> lines = new ArrayList<>();
    for (Reason r : reasons) {
      List<String> parts = new ArrayList<>();
      parts.add(r.code());
      r.args().forEach(a -> parts.add(a.replace("\n", " ").replace(UNIT, " ")));
      lines.add(String.join(UNIT, parts));
    }
    return String.join("\n", lines);
  }

  static List<Reason> decode(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<Reason> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      List<String> parts = Arrays.asList(line.split(UNIT, -1));
      out.add(new Reason(parts.get(0), parts.subList(1, parts.size())));
    }
    return out;
  }

  private static Money paid(ResultSet rs) throws SQLException {
    long fen = rs.getLong("paid_fen");
    return rs.wasNull() ? null : new Money(fen);
  }

  private static AssistanceCase map(ResultSet rs) throws SQLException {
    AssessmentSnapshot assessment = null;
    if (rs.getString("assessed_category") != null) {
      String reasons = rs.getString("reasons");
      assessment =
          new AssessmentSnapshot(
              rs.getString("assessed_category"),
              new Money(rs.getLong("per_capita_fen")),
              new Money(rs.getLong("standard_fen")),
              new Money(rs.getLong("monthly_fen")),
              decode(reasons),
              rs.getObject("rule_date", LocalDate.class),
              rs.getObject("assessed_on", LocalDate.class));
    }
    String category = rs.getString("category");
    return new AssistanceCase(
        rs.getLong("id"),
        rs.getString("receipt_no"),
        AssistanceKind.valueOf(rs.getString("kind")),
        IntakeChannel.valueOf(rs.getString("channel")),
        CaseStatus.valueOf(rs.getString("status")),
        rs.getLong("applicant_id"),
        rs.getString("applicant_name"),
        rs.getString("street_code"),
        rs.getString("street_name"),
        rs.getString("district_code"),
        rs.getString("area_type"),
        rs.getObject("received_on", LocalDate.class),
        rs.getString("need"),
        masked(rs.getString("bank_account")),
        new Assets(
            new Money(rs.getLong("deposits_fen")),
            rs.getInt("vehicles"),
            rs.getInt("extra_properties")),
        new Money(rs.getLong("medical_costs_fen")),
        category == null ? null : LowIncomeCategory.valueOf(category),
        paid(rs),
        assessment,
        rs.getString("decision_note"),
        rs.getObject("publicity_from", LocalDate.class),
        rs.getObject("publicity_until", LocalDate.class),
        rs.getObject("active_from", LocalDate.class),
        rs.getObject("review_due", LocalDate.class),
        rs.getObject("exit_until", LocalDate.class),
        rs.getBoolean("exit_to_work"),
        rs.getObject("closed_on", LocalDate.class),
        rs.getString("closed_reason"),
        BusinessTime.local(rs.getObject("created_at", OffsetDateTime.class)),
        rs.getString("created_by"),
        List.of());
  }
}
