package org.qingsong.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.qingsong.common.IdNumber;
import org.qingsong.support.Api;

/** Test households: residents registered through the API, and application bodies for them. */
final class Households {
  static final String HOME_STREET = "430203004";
  private static final AtomicInteger SEQUENCE =
      new AtomicInteger(500 + (int) (System.nanoTime() % 400));

  private Households() {}

  /** A valid ID number of someone born on {@code birth}, unlikely to clash with the demo city. */
  static String idNumber(LocalDate birth) {
    int n = SEQUENCE.incrementAndGet() % 1000;
    return IdNumber.withCheckCharacter(
            "430203" + birth.toString().replace("-", "") + String.format("%03d", n))
        .value();
  }

  /** Registers a resident of the home street through the staff API; returns {id, idNumber}. */
  static Object[] register(Api api, String name, LocalDate birth) {
    Map<String, Object> body = new LinkedHashMap<>();
    String id = idNumber(birth);
    body.put("name", name);
    body.put("idNumber", id);
    body.put("phone", "13912345678");
    body.put("streetCode", HOME_STREET);
    Api.Response r = api.as("staff").post("/api/v1/people", body);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return new Object[] {r.json().path("id").asLong(), id};
  }

  static Map<String, Object> member(long personId, String relation, String income) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("personId", personId);
    m.put("relation", relation);
    m.put("monthlyIncome", income);
    return m;
  }

  static Map<String, Object> application(
      String kind, long applicantId, List<Map<String, Object>> members, String receivedOn) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kind", kind);
    body.put("applicantId", applicantId);
    body.put("members", new ArrayList<>(members));
    body.put("assets", Map.of("deposits", "2000", "vehicles", 0, "extraProperties", 0));
    body.put("need", "丈夫下岗，妻子患病，孩子上学");
    body.put("bankAccount", "6217 0000 1234 5678 901");
    body.put("receivedOn", receivedOn);
    return body;
  }
}
