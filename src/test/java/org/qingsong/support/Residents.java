package org.qingsong.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.qingsong.common.CreditCode;
import org.qingsong.common.IdNumber;

/** Fresh, valid test data that never collides with the demo city or with other tests. */
public final class Residents {
  private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

  private Residents() {}

  /** A valid ID number of a person born on a date no demo resident has (year 1931). */
  public static String newIdNumber() {
    int n = SEQUENCE.incrementAndGet();
    LocalDate birth = LocalDate.of(1931, 1, 1).plusDays(n % 365);
    String body =
        "430203" + birth.toString().replace("-", "") + String.format("%03d", (n / 365) % 1000);
    return IdNumber.withCheckCharacter(body).value();
  }

  /** A valid credit code that no demo employer has (registration class "Y"). */
  public static String newCreditCode() {
    int n = SEQUENCE.incrementAndGet();
    return CreditCode.withCheckCharacter("Y1430203" + String.format("%09d", n)).value();
  }

  /** A registration body for POST /api/v1/people. */
  public static Map<String, Object> person(String name, String streetCode) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("idNumber", newIdNumber());
    body.put("phone", "13812345678");
    body.put("streetCode", streetCode);
    body.put("priorityGroups", List.of("AGED_4050"));
    body.put("skills", List.of("养老护理"));
    body.put("certificates", List.of(Map.of("name", "养老护理员（五级）", "issuedOn", "2024-05-01")));
    return body;
  }
}
