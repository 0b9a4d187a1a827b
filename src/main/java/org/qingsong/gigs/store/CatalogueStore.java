package org.qingsong.gigs.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qingsong.common.Money;
import org.qingsong.gigs.CertificateKind;
import org.qingsong.gigs.HouseholdService;
import org.qingsong.gigs.PriceUnit;
import org.qingsong.gigs.ServiceTask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The service catalogue: {@code gig_service} with its certificates and checklist. */
@Repository
public class CatalogueStore {
  private final JdbcClient jdbc;

  CatalogueStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<CertificateKind> certificateKinds() {
    return jdbc.sql("SELECT code, name_zh, name_en FROM gig_certificate_kind ORDER BY code")
        .query(
            (rs, n) ->
                new CertificateKind(
                    rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en")))
        .list();
  }

  public List<HouseholdService> services() {
    Map<String, CertificateKind> kinds = new LinkedHashMap<>();
    certificateKinds().forEach(k -> kinds.put(k.code(), k));
    Map<String, List<CertificateKind>> required = new LinkedHashMap<>();
    jdbc.sql("SELECT service_code, kind_code FROM gig_service_certificate ORDER BY kind_code")
        .query(
            rs -> {
              required
                  .computeIfAbsent(rs.getString("service_code"), k -> new ArrayList<>())
                  .add(kinds.get(rs.getString("kind_code")));
            });
    Map<String, List<ServiceTask>> tasks = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT service_code, task_code, name_zh, name_en FROM gig_service_task"
                + " ORDER BY service_code, sort_order")
        .query(
            rs -> {
              tasks
                  .computeIfAbsent(rs.getString("service_code"), k -> new ArrayList<>())
                  .add(
                      new ServiceTask(
                          rs.getString("task_code"),
                          rs.getString("name_zh"),
                          rs.getString("name_en")));
            });
    return jdbc.sql("SELECT * FROM gig_service ORDER BY sort_order, code")
        .query(
            (rs, n) ->
                new HouseholdService(
                    rs.getString("code"),
                    rs.getString("name_zh"),
                    rs.getString("name_en"),
                    rs.getInt("default_minutes"),
                    PriceUnit.valueOf(rs.getString("price_unit")),
                    new Money(rs.getLong("guide_price_fen")),
                    required.getOrDefault(rs.getString("code"), List.of()),
                    tasks.getOrDefault(rs.getString("code"), List.of())))
        .list();
  }
}
