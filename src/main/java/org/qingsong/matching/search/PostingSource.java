package org.qingsong.matching.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qingsong.common.BusinessTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads published postings for the index, in pages by id. It reads the jobs tables directly (read
 * only) because a rebuild of 100,000 postings through the jobs service's paged API would cost a
 * query per page plus offset scans; what is searchable is decided here exactly as {@code Jobs.find}
 * decides it for residents: status {@code PUBLISHED}.
 */
@Component
public class PostingSource {
  private static final String SELECT =
      """
      SELECT j.id, j.employer_id, e.name AS employer_name, j.title, j.description,
             j.occupation_code, j.kind, j.pay_min_fen, j.pay_max_fen, j.pay_unit, j.street_code,
             d.name AS street_name, d.parent_code AS district_code, j.lat, j.lng,
             d.lat AS street_lat, d.lng AS street_lng, j.published_at, j.status
      FROM job_posting j
      JOIN employer e ON e.id = j.employer_id
      JOIN division d ON d.code = j.street_code
      """;

  private final JdbcClient jdbc;

  PostingSource(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** How many postings are searchable now. */
  public long countSearchable() {
    return jdbc.sql("SELECT COUNT(*) FROM job_posting WHERE status = 'PUBLISHED'")
        .query(Long.class)
        .single();
  }

  /** The next {@code limit} searchable postings with an id above {@code afterId}, by id. */
  public List<PostingRecord> page(long afterId, int limit) {
    List<PostingRecord> rows =
        jdbc.sql(SELECT + " WHERE j.status = 'PUBLISHED' AND j.id > :after ORDER BY j.id LIMIT :n")
            .param("after", afterId)
            .param("n", limit)
            .query((rs, n) -> map(rs, List.of()))
            .list();
    return withSkills(rows);
  }

  /** The posting if it is searchable now; empty when it is not (any more) or does not exist. */
  public Optional<PostingRecord> searchable(long id) {
    return jdbc.sql(SELECT + " WHERE j.id = :id AND j.status = 'PUBLISHED'")
        .param("id", id)
        .query((rs, n) -> map(rs, List.of()))
        .optional()
        .map(r -> withSkills(List.of(r)).get(0));
  }

  private List<PostingRecord> withSkills(List<PostingRecord> rows) {
    if (rows.isEmpty()) {
      return rows;
    }
    Map<Long, List<String>> skills = new HashMap<>();
    jdbc.sql(
            "SELECT posting_id, requirement FROM job_posting_requirement"
                + " WHERE posting_id IN (:ids) ORDER BY posting_id, requirement")
        .param("ids", rows.stream().map(PostingRecord::id).toList())
        .query(
            rs -> {
              skills.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            });
    List<PostingRecord> out = new ArrayList<>(rows.size());
    for (PostingRecord r : rows) {
      List<String> s = skills.get(r.id());
      out.add(
          s == null
              ? r
              : new PostingRecord(
                  r.id(),
                  r.employerId(),
                  r.employerName(),
                  r.title(),
                  r.description(),
                  r.occupationCode(),
                  r.kind(),
                  r.payMinFen(),
                  r.payMaxFen(),
                  r.payUnit(),
                  r.streetCode(),
                  r.streetName(),
                  r.districtCode(),
                  r.lat(),
                  r.lng(),
                  r.approximate(),
                  r.publishedAt(),
                  s));
    }
    return out;
  }

  private static PostingRecord map(ResultSet rs, List<String> skills) throws SQLException {
    Double lat = rs.getObject("lat", Double.class);
    Double lng = rs.getObject("lng", Double.class);
    boolean approximate = lat == null || lng == null;
    if (approximate) {
      lat = rs.getObject("street_lat", Double.class);
      lng = rs.getObject("street_lng", Double.class);
    }
    OffsetDateTime published = rs.getObject("published_at", OffsetDateTime.class);
    return new PostingRecord(
        rs.getLong("id"),
        rs.getLong("employer_id"),
        rs.getString("employer_name"),
        rs.getString("title"),
        rs.getString("description"),
        rs.getString("occupation_code"),
        rs.getString("kind"),
        rs.getLong("pay_min_fen"),
        rs.getLong("pay_max_fen"),
        rs.getString("pay_unit"),
        rs.getString("street_code"),
        rs.getString("street_name"),
        rs.getString("district_code"),
        lat,
        lng,
        approximate,
        published == null ? null : BusinessTime.local(published),
        skills);
  }
}
