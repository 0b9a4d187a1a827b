package org.qingsong.assistance.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.qingsong.assistance.AssistanceKind;
import org.qingsong.assistance.HotlineRequest;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.common.PhoneNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Hotline requests and the office queues they wait in. */
@Repository
public class HotlineStore {
  private static final String SELECT =
      """
      SELECT h.*, d.name AS office_name FROM assistance_hotline h
      JOIN division d ON d.code = h.office_code
      """;

  private final JdbcClient jdbc;

  HotlineStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(
      String receiptNo,
      String callerName,
      PhoneNumber phone,
      String need,
      AssistanceKind kind,
      String officeCode,
      String districtCode,
      OffsetDateTime now,
      String by) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO assistance_hotline (receipt_no, caller_name, phone, need, kind,
              office_code, district_code, status, received_at, received_by)
            VALUES (:receipt, :caller, :phone, :need, :kind, :office, :district, 'OPEN', :now, :by)
            """)
        .param("receipt", receiptNo)
        .param("caller", callerName)
        .param("phone", phone.value())
        .param("need", need)
        .param("kind", kind == null ? null : kind.name())
        .param("office", officeCode)
        .param("district", districtCode)
        .param("now", now)
        .param("by", by)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  public Optional<HotlineRequest> find(long id) {
    return jdbc.sql(SELECT + " WHERE h.id = :id")
        .param("id", id)
        .query((rs, n) -> map(rs))
        .optional();
  }

  /** The receipt's request with the caller's full phone, for the status check. */
  public Optional<String[]> phoneAndStatus(String receiptNo) {
    return jdbc.sql("SELECT phone, status, kind FROM assistance_hotline WHERE receipt_no = :r")
        .param("r", receiptNo)
        .query(
            (rs, n) ->
                new String[] {rs.getString("phone"), rs.getString("status"), rs.getString("kind")})
        .optional();
  }

  public PageResult<HotlineRequest> queue(
      String districtCode, String officeCode, String status, PageRequest page) {
    String where =
        """
         WHERE (CAST(:district AS VARCHAR) IS NULL OR h.district_code = :district)
           AND (CAST(:office AS VARCHAR) IS NULL OR h.office_code = :office)
           AND (CAST(:status AS VARCHAR) IS NULL OR h.status = :status)
        """;
    var items =
        jdbc.sql(SELECT + where + " ORDER BY h.id DESC LIMIT :limit OFFSET :offset")
            .param("district", districtCode)
            .param("office", officeCode)
            .param("status", status)
            .param("limit", page.size())
            .param("offset", page.offset())
            .query((rs, n) -> map(rs))
            .list();
    long total =
        jdbc.sql("SELECT COUNT(*) FROM assistance_hotline h" + where)
            .param("district", districtCode)
            .param("office", officeCode)
            .param("status", status)
            .query(Long.class)
            .single();
    return PageResult.of(items, page, total);
  }

  public boolean convert(long id, long caseId) {
    return jdbc.sql(
                """
                UPDATE assistance_hotline SET status = 'CONVERTED', case_id = :case
                WHERE id = :id AND status = 'OPEN'
                """)
            .param("id", id)
            .param("case", caseId)
            .update()
        == 1;
  }

  public void handOver(long id, String officeCode) {
    jdbc.sql("UPDATE assistance_hotline SET office_code = :o WHERE id = :id")
        .param("id", id)
        .param("o", officeCode)
        .update();
  }

  private static HotlineRequest map(ResultSet rs) throws SQLException {
    String kind = rs.getString("kind");
    long caseId = rs.getLong("case_id");
    Long linked = rs.wasNull() ? null : caseId;
    return new HotlineRequest(
        rs.getLong("id"),
        rs.getString("receipt_no"),
        rs.getString("caller_name"),
        new PhoneNumber(rs.getString("phone")).masked(),
        rs.getString("need"),
        kind == null ? null : AssistanceKind.valueOf(kind),
        rs.getString("office_code"),
        rs.getString("office_name"),
        rs.getString("district_code"),
        rs.getString("status"),
        linked,
        BusinessTime.local(rs.getObject("received_at", OffsetDateTime.class)),
        rs.getString("received_by"));
  }
}
