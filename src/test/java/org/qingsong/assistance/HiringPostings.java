package org.qingsong.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.qingsong.support.Api;

/** Publishes a clean job posting of the demo employer in the home street, for hiring tests. */
record HiringPostings(Api api) {
  long publishPosting() {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("title", "社区养老护理员");
    body.put("description", "为社区居家老人提供助浴、助餐、陪伴等养老护理服务，每次上门 2 小时，时间可商量。公司统一购买意外险，岗前免费培训。");
    body.put("occupationCode", "EC001");
    body.put("kind", "FULL_TIME");
    body.put("positions", 3);
    body.put("payMin", "3800");
    body.put("payMax", "5200");
    body.put("payUnit", "MONTH");
    body.put("streetCode", Households.HOME_STREET);
    body.put("weeklyHours", 40);
    body.put("contact", "0731-22881234 刘女士");
    body.put("validUntil", LocalDate.now().plusDays(30).toString());
    body.put("skills", List.of("养老护理"));
    Api.Response created = api.as("employer").post("/api/v1/jobs", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().path("status").asString()).isEqualTo("PUBLISHED");
    return created.json().path("id").asLong();
  }
}
