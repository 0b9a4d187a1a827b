package org.qingsong.jobs.store;

import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.qingsong.common.BulkInsert;
import org.qingsong.jobs.GeneratedPosting;
import org.qingsong.jobs.PostingStatus;
import org.qingsong.jobs.Relaxation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/** Multi-row inserts of generated postings and their requirements and relaxations. */
@Repository
public class PostingBulkStore {
  private final JdbcClient jdbc;
  private final DataSource dataSource;

  PostingBulkStore(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
  }

  public long maxId() {
    return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM job_posting").query(Long.class).single();
  }

  public void insert(long firstId, List<GeneratedPosting> rows, OffsetDateTime at, String by) {
    Connection c = DataSourceUtils.getConnection(dataSource);
    try {
      try (BulkInsert postings =
          BulkInsert.into(
              c,
              "job_posting",
              "id",
              "employer_id",
              "title",
              "description",
              "occupation_code",
              "kind",
              "positions",
              "pay_min_fen",
              "pay_max_fen",
              "pay_unit",
              "street_code",
              "lat",
              "lng",
              "weekly_hours",
              "contact",
              "valid_until",
              "status",
              "created_at",
              "created_by",
              "updated_at",
              "published_at")) {
        long id = firstId;
        for (GeneratedPosting p : rows) {
          postings.row(
              id++,
              p.employerId(),
              p.title(),
              p.description(),
              p.occupationCode(),
              p.kind().name(),
              p.positions(),
              p.payMin().fen(),
              p.payMax().fen(),
              p.payUnit().name(),
              p.streetCode(),
              p.lat(),
              p.lng(),
              p.weeklyHours(),
              p.contact(),
              p.validUntil(),
              PostingStatus.PUBLISHED.name(),
              at,
              by,
              at,
              at);
        }
      }
      try (BulkInsert requirements =
              BulkInsert.into(c, "job_posting_requirement", "posting_id", "kind", "requirement");
          BulkInsert relaxations =
              BulkInsert.into(c, "job_posting_relaxation", "posting_id", "relaxation")) {
        long id = firstId;
        for (GeneratedPosting p : rows) {
          for (String certificate : p.certificates()) {
            requirements.row(id, "CERTIFICATE", certificate);
          }
          for (Relaxation r : p.relaxations()) {
            relaxations.row(id, r.name());
          }
          id++;
        }
      }
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }

  public void restartIdentity() {
    long next = maxId() + 1;
    jdbc.sql("ALTER TABLE job_posting ALTER COLUMN id RESTART WITH " + next).update();
  }
}
