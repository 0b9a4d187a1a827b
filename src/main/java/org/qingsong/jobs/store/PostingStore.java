package org.qingsong.jobs.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.Money;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.common.db.Conditions;
import org.qingsong.jobs.JobKind;
import org.qingsong.jobs.Posting;
import org.qingsong.jobs.PostingFlag;
import org.qingsong.jobs.PostingQuery;
import org.qingsong.jobs.PostingStatus;
import org.qingsong.jobs.Relaxation;
import org.qingsong.occupations.PayUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Postings in {@code job_posting} and their requirements, relaxations, flags and reviews. */
@Repository
public class PostingStore {
  private static final String SELECT =
      """
      SELECT j.*, e.name AS employer_name, d.name AS street_name, d.parent_code AS district_code
      FROM job_posting j
      JOIN employer e ON e.id = j.employer_id
      JOIN division d ON d.code = j.street_code
      """;
  private final JdbcClient jdbc;

  PostingStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A posting's stored fields, validated, without id or status history. */
  public record Row(
      long employerId,
      String title,
      String description,
      String occupationCode,
      JobKind kind,
      int positions,
      Money payMin,
      Money payMax,
      PayUnit payUnit,
      String streetCode,
      Double lat,
      Double lng,
      Integer weeklyHours,
      String contact,
      LocalDate validUntil,
      List<String> certificates,
      List<String> skills,
      List<Relaxation> relaxations) {}

  public long insert(Row row, PostingStatus status, OffsetDateTime now, String by) {
    var keys = new GeneratedKeyHolder();
    bind(
            jdbc.sql(
                """
                INSERT INTO job_posting (employer_id, title, description, occupation_code, kind,
                    positions, pay_min_fen, pay_max_fen, pay_unit, street_code, lat, lng,
                    weekly_hours, contact, valid_until, status, created_at, created_by, updated_at)
                VALUES (:employer, :title, :description, :occupation, :kind, :positions, :payMin,
                    :payMax, :payUnit, :street, :lat, :lng, :weeklyHours, :contact, :validUntil,
                    :status, :now, :by, :now)
                """),
            row)
        .param("status", status.name())
        .param("now", now)
        .param("by", by)
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    insertChildren(id, row);
    return id;
  }

  public void update(long id, Row row, OffsetDateTime now) {
    bind(
            jdbc.sql(
                """
                UPDATE job_posting SET employer_id = :employer, title = :title,
                    description = :description, occupation_code = :occupation, kind = :kind,
                    positions = :positions, pay_min_fen = :payMin, pay_max_fen = :payMax,
                    pay_unit = :payUnit, street_code = :street, lat = :lat, lng = :lng,
                    weekly_hours = :weeklyHours, contact = :contact, valid_until = :validUntil,
                    updated_at = :now
                WHERE id = :id
                """),
            row)
        .param("id", id)
        .param("now", now)
        .update();
    jdbc.sql("DELETE FROM job_posting_requirement WHERE posting_id = :id").param("id", id).update();
    jdbc.sql("DELETE FROM job_posting_relaxation WHERE posting_id = :id").param("id", id).update();
    insertChildren(id, row);
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Row row) {
    return spec.param("employer", row.employerId())
        .param("title", row.title())
        .param("description", row.description())
        .param("occupation", row.occupationCode())
        .param("kind", row.kind().name())
        .param("positions", row.positions())
        .param("payMin", row.payMin().fen())
        .param("payMax", row.payMax().fen())
        .param("payUnit", row.payUnit().name())
        .param("street", row.streetCode())
        .param("lat", row.lat())
        .param("lng", row.lng())
        .param("weeklyHours", row.weeklyHours())
        .param("contact", row.contact())
        .param("validUntil", row.validUntil());
  }

  private void insertChildren(long id, Row row) {
    for (String c : row.certificates()) {
      requirement(id, "CERTIFICATE", c);
    }
    for (String s : row.skills()) {
      requirement(id, "SKILL", s);
    }
    for (Relaxation r : row.relaxations()) {
      jdbc.sql("INSERT INTO job_posting_relaxation (posting_id, relaxation) VALUES (:id, :r)")
          .param("id", id)
          .param("r", r.name())
          .update();
    }
  }

  private void requirement(long id, String kind, String value) {
    jdbc.sql(
            "INSERT INTO job_posting_requirement (posting_id, kind, requirement) VALUES (:id, :k, :v)")
        .param("id", id)
        .param("k", kind)
        .param("v", value)
        .update();
  }

  /** Moves a posting from one status to another; false when it was no longer in {@code from}. */
  public boolean transition(long id, PostingStatus from, PostingStatus to, OffsetDateTime now) {
    return jdbc.sql(
                """
                UPDATE job_posting SET status = :to, updated_at = :now,
                    published_at = CASE WHEN :to = 'PUBLISHED' THEN :now ELSE published_at END
                WHERE id = :id AND status = :from
                """)
            .param("id", id)
            .param("from", from.name())
            .param("to", to.name())
            .param("now", now)
            .update()
        == 1;
  }

  /** The postings that {@link #expireOverdue} would expire today. */
  public List<Long> overdue(LocalDate today) {
    return jdbc.sql(
            """
            SELECT id FROM job_posting
            WHERE status IN ('PUBLISHED', 'SCREENING', 'DRAFT') AND valid_until < :today
            """)
        .param("today", today)
        .query(Long.class)
        .list();
  }

  /** Published postings past their last day become expired; returns how many. */
  public int expireOverdue(LocalDate today, OffsetDateTime now) {
    return jdbc.sql(
            """
            UPDATE job_posting SET status = 'EXPIRED', updated_at = :now
            WHERE status IN ('PUBLISHED', 'SCREENING', 'DRAFT') AND valid_until < :today
            """)
        .param("today", today)
        .param("now", now)
        .update();
  }

  /** Up to {@code limit} published postings with an id above {@code afterId}, in id order. */
  public List<Posting> publishedAfter(long afterId, int limit) {
    return withChildren(
        jdbc.sql(
                SELECT
                    + " WHERE j.status = 'PUBLISHED' AND j.id > :after ORDER BY j.id LIMIT :limit")
            .param("after", afterId)
            .param("limit", limit)
            .query((rs, n) -> map(rs))
            .list());
  }

  public Optional<Posting> find(long id) {
    return jdbc.sql(SELECT + " WHERE j.id = :id")
        .param("id", id)
        .query((rs, n) -> map(rs))
        .optional()
        .map(p -> withChildren(List.of(p)).get(0));
  }

  public PageResult<Posting> find(PostingQuery q, PageRequest page) {
    var where = filter(q);
    var items =
        where
            .bind(jdbc.sql(SELECT + "WHERE j.id IN (" + pageSql(where) + ") ORDER BY j.id DESC"))
            .param("limit", page.size())
            .param("offset", page.offset())
            .query((rs, n) -> map(rs))
            .list();
    long total =
        where
            .bind(jdbc.sql("SELECT COUNT(*) FROM job_posting j" + where.where()))
            .query(Long.class)
            .single();
    return PageResult.of(withChildren(items), page, total);
  }

  /** All postings matching a query, for exports; at most {@code limit} rows. */
  public List<Posting> findAll(PostingQuery q, int limit) {
    var where = filter(q);
    return withChildren(
        where
            .bind(
                jdbc.sql(
                    SELECT
                        + "WHERE j.id IN (SELECT j.id FROM job_posting j"
                        + where.where()
                        + "ORDER BY j.id LIMIT :limit) ORDER BY j.id"))
            .param("limit", limit)
            .query((rs, n) -> map(rs))
            .list());
  }

  /** The ids of one page of postings, newest first. */
  static String pageSql(Conditions where) {
    return "SELECT j.id FROM job_posting j"
        + where.where()
        + "ORDER BY j.id DESC LIMIT :limit OFFSET :offset";
  }

  /** The query's filters on {@code job_posting j} alone, so that its indexes serve them. */
  static Conditions filter(PostingQuery q) {
    var where =
        new Conditions()
            .add("j.status = :status", "status", q.status() == null ? null : q.status().name())
            .add("j.employer_id = :employer", "employer", q.employerId())
            .add("j.occupation_code = :occupation", "occupation", q.occupationCode())
            .add("j.kind = :kind", "kind", q.kind() == null ? null : q.kind().name())
            .add("j.street_code = :street", "street", q.streetCode())
            .add(
                "j.street_code IN (SELECT code FROM division WHERE parent_code = :district)",
                "district",
                q.districtCode())
            .add(
                "j.pay_unit = :payUnit", "payUnit", q.payUnit() == null ? null : q.payUnit().name())
            .add("j.pay_max_fen >= :minPay", "minPay", q.minPay() == null ? null : q.minPay().fen())
            .add(
                "j.id IN (SELECT r.posting_id FROM job_posting_relaxation r"
                    + " WHERE r.relaxation = :relaxation)",
                "relaxation",
                q.relaxation() == null ? null : q.relaxation().name());
    if (q.text() != null) {
      where
          .add(
              "(j.title LIKE :text OR j.description LIKE :text"
                  + " OR j.employer_id IN (SELECT id FROM employer WHERE name LIKE :text))")
          .param("text", "%" + escapeLike(q.text()) + "%");
    }
    return where;
  }

  private static String escapeLike(String text) {
    return text.replace("%", "").replace("_", "");
  }

  public void addFlag(long postingId, PostingFlag flag) {
    jdbc.sql(
            """
            INSERT INTO job_posting_flag (posting_id, rule, reason, evidence, raised_by, raised_at)
            VALUES (:id, :rule, :reason, :evidence, :by, :at)
            """)
        .param("id", postingId)
        .param("rule", flag.rule())
        .param("reason", flag.reason())
        .param("evidence", truncate(flag.evidence(), 500))
        .param("by", flag.raisedBy())
        .param("at", flag.raisedAt())
        .update();
  }

  public List<PostingFlag> flags(long postingId) {
    return jdbc.sql("SELECT * FROM job_posting_flag WHERE posting_id = :id ORDER BY id")
        .param("id", postingId)
        .query(
            (rs, n) ->
                new PostingFlag(
                    rs.getString("rule"),
                    rs.getString("reason"),
                    rs.getString("evidence"),
                    rs.getString("raised_by"),
                    BusinessTime.local(rs.getObject("raised_at", OffsetDateTime.class))))
        .list();
  }

  public void addReview(
      long postingId, String decision, String note, String reviewer, OffsetDateTime at) {
    jdbc.sql(
            """
            INSERT INTO job_review (posting_id, decision, note, reviewer, reviewed_at)
            VALUES (:id, :decision, :note, :reviewer, :at)
            """)
        .param("id", postingId)
        .param("decision", decision)
        .param("note", note)
        .param("reviewer", reviewer)
        .param("at", at)
        .update();
  }

  public boolean isCreditCodeFlagged(String creditCode) {
    return jdbc.sql("SELECT COUNT(*) FROM flagged_credit_code WHERE credit_code = :c")
            .param("c", creditCode)
            .query(Long.class)
            .single()
        > 0;
  }

  public void flagCreditCode(String creditCode, String reason, String by, OffsetDateTime at) {
    if (isCreditCodeFlagged(creditCode)) {
      return;
    }
    jdbc.sql(
            """
            INSERT INTO flagged_credit_code (credit_code, reason, flagged_by, flagged_at)
            VALUES (:c, :reason, :by, :at)
            """)
        .param("c", creditCode)
        .param("reason", truncate(reason, 500))
        .param("by", by)
        .param("at", at)
        .update();
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  private List<Posting> withChildren(List<Posting> postings) {
    if (postings.isEmpty()) {
      return postings;
    }
    List<Long> ids = postings.stream().map(Posting::id).toList();
    Map<Long, List<String>> certificates = new HashMap<>();
    Map<Long, List<String>> skills = new HashMap<>();
    jdbc.sql(
            "SELECT posting_id, kind, requirement FROM job_posting_requirement"
                + " WHERE posting_id IN (:ids) ORDER BY requirement")
        .param("ids", ids)
        .query(
            rs -> {
              var target = "CERTIFICATE".equals(rs.getString(2)) ? certificates : skills;
              target.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(3));
            });
    Map<Long, List<Relaxation>> relaxations = new HashMap<>();
    jdbc.sql(
            "SELECT posting_id, relaxation FROM job_posting_relaxation"
                + " WHERE posting_id IN (:ids) ORDER BY relaxation")
        .param("ids", ids)
        .query(
            rs -> {
              relaxations
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(Relaxation.valueOf(rs.getString(2)));
            });
    return postings.stream()
        .map(
            p ->
                new Posting(
                    p.id(),
                    p.employerId(),
                    p.employerName(),
                    p.title(),
                    p.description(),
                    p.occupationCode(),
                    p.kind(),
                    p.positions(),
                    p.payMin(),
                    p.payMax(),
                    p.payUnit(),
                    p.streetCode(),
                    p.streetName(),
                    p.districtCode(),
                    p.lat(),
                    p.lng(),
                    p.weeklyHours(),
                    p.contact(),
                    p.validUntil(),
                    p.status(),
                    certificates.getOrDefault(p.id(), List.of()),
                    skills.getOrDefault(p.id(), List.of()),
                    relaxations.getOrDefault(p.id(), List.of()),
                    p.createdAt(),
                    p.createdBy(),
                    p.publishedAt()))
        .toList();
  }

  private static Posting map(ResultSet rs) throws SQLException {
    return new Posting(
        rs.getLong("id"),
        rs.getLong("employer_id"),
        rs.getString("employer_name"),
        rs.getString("title"),
        rs.getString("description"),
        rs.getString("occupation_code"),
        JobKind.valueOf(rs.getString("kind")),
        rs.getInt("positions"),
        new Money(rs.getLong("pay_min_fen")),
        new Money(rs.getLong("pay_max_fen")),
        PayUnit.valueOf(rs.getString("pay_unit")),
        rs.getString("street_code"),
        rs.getString("street_name"),
        rs.getString("district_code"),
        rs.getObject("lat", Double.class),
        rs.getObject("lng", Double.class),
        rs.getObject("weekly_hours", Integer.class),
        rs.getString("contact"),
        rs.getObject("valid_until", LocalDate.class),
        PostingStatus.valueOf(rs.getString("status")),
        List.of(),
        List.of(),
        List.of(),
        BusinessTime.local(rs.getObject("created_at", OffsetDateTime.class)),
        rs.getString("created_by"),
        BusinessTime.local(rs.getObject("published_at", OffsetDateTime.class)));
  }
}
