package org.qingsong.identity.store;

import java.time.OffsetDateTime;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.identity.AuditQuery;
import org.qingsong.identity.AuditRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit trail in {@code audit_record}; only inserts and reads, never updates. */
@Repository
public class AuditStore {
  private static final String FILTER =
      """
      WHERE (CAST(:actor AS VARCHAR) IS NULL OR actor = :actor)
        AND (CAST(:action AS VARCHAR) IS NULL OR action = :action)
        AND (CAST(:subjectType AS VARCHAR) IS NULL OR subject_type = :subjectType)
        AND (CAST(:subjectId AS VARCHAR) IS NULL OR subject_id = :subjectId)
      """;

  private final JdbcClient jdbc;

  AuditStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(
      OffsetDateTime at,
      String actor,
      String action,
      String subjectType,
      String subjectId,
      String detail,
      String remoteAddress) {
    jdbc.sql(
            """
            INSERT INTO audit_record (at, actor, action, subject_type, subject_id, detail,
                                      remote_address)
            VALUES (:at, :actor, :action, :subjectType, :subjectId, :detail, :remoteAddress)
            """)
        .param("at", at)
        .param("actor", actor)
        .param("action", action)
        .param("subjectType", subjectType)
        .param("subjectId", subjectId)
        .param(
            "detail",
            detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000))
        .param("remoteAddress", remoteAddress)
        .update();
  }

  public PageResult<AuditRecord> find(AuditQuery query, PageRequest page) {
    var items =
        jdbc.sql(
                "SELECT * FROM audit_record "
                    + FILTER
                    + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
            .param("actor", query.actor())
            .param("action", query.action())
            .param("subjectType", query.subjectType())
            .param("subjectId", query.subjectId())
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(
                (rs, n) ->
                    new AuditRecord(
                        rs.getLong("id"),
                        BusinessTime.local(rs.getObject("at", OffsetDateTime.class)),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("subject_type"),
                        rs.getString("subject_id"),
                        rs.getString("detail"),
                        rs.getString("remote_address")))
            .list();
    long total =
        jdbc.sql("SELECT COUNT(*) FROM audit_record " + FILTER)
            .param("actor", query.actor())
            .param("action", query.action())
            .param("subjectType", query.subjectType())
            .param("subjectId", query.subjectId())
            .query(Long.class)
            .single();
    return PageResult.of(items, page, total);
  }
}
