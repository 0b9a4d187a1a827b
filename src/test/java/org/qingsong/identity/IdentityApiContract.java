package org.qingsong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingsong.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Users, login and the audit trail, over HTTP and at the database, on H2 and PostgreSQL. */
abstract class IdentityApiContract {
  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  Api api() {
    return Api.on(port);
  }

  @Test
  void anAdministratorCreatesABoundStaffAccountThatCanThenLogIn() {
    JsonNode staff = api().as("admin").get("/api/v1/users?size=100").json();
    JsonNode demoStaff = null;
    for (JsonNode u : staff.path("items")) {
      if ("staff".equals(u.path("username").asString())) {
        demoStaff = u;
      }
    }
    assertThat(demoStaff).isNotNull();
    assertThat(demoStaff.has("passwordHash")).isFalse();
    assertThat(demoStaff.has("password")).isFalse();

    String username = "zhuanggan" + System.nanoTime() % 100000;
    Map<String, Object> user =
        Map.of(
            "username",
            username,
            "password",
            "a-long-password",
            "role",
            "STAFF",
            "displayName",
            "新专干",
            "stationId",
            demoStaff.path("stationId").asLong(),
            "streetCode",
            demoStaff.path("streetCode").asString(),
            "districtCode",
            demoStaff.path("districtCode").asString());
    Api.Response created = api().as("admin").post("/api/v1/users", user);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("Location")).contains("/api/v1/users/");

    String hash =
        jdbc.sql("SELECT password_hash FROM app_user WHERE username = :u")
            .param("u", username)
            .query(String.class)
            .single();
    assertThat(hash).startsWith("{bcrypt}").doesNotContain("a-long-password");

    assertThat(api().as("admin").post("/api/v1/users", user).status()).isEqualTo(409);
  }

  @Test
  void accountsAreValidatedAndOnlyAdministratorsManageThem() {
    Api.Response bad =
        api()
            .as("admin")
            .post(
                "/api/v1/users",
                Map.of("username", "x", "password", "short", "role", "STAFF", "displayName", "x"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.fieldError("username")).isNotNull();
    assertThat(bad.fieldError("password")).contains("8");
    assertThat(bad.fieldError("stationId")).isNotNull();

    assertThat(api().as("staff").get("/api/v1/users").status()).isEqualTo(403);
    assertThat(api().as("staff").get("/api/v1/users").header("Content-Type"))
        .startsWith("application/problem+json");
  }

  @Test
  void theAuditTrailIsForAuditorsAndCannotBeRewritten() {
    assertThat(api().as("staff").get("/api/v1/audit").status()).isEqualTo(403);
    JsonNode page = api().as("auditor").get("/api/v1/audit?size=5").json();
    assertThat(page.path("total").asLong()).isPositive();

    assertThatThrownBy(() -> jdbc.sql("UPDATE audit_record SET actor = 'nobody'").update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_record").update())
        .hasMessageContaining("append-only");
  }

  @Test
  void aWrongPasswordIsUnauthorisedInTheCallersLanguage() {
    Api.Response zh = Api.on(port).as("nobody-such-user").get("/api/v1/people");
    assertThat(zh.status()).isEqualTo(401);
    assertThat(zh.json().path("title").asString()).isEqualTo("未登录");
    Api.Response en = Api.on(port).inLanguage("en").get("/api/v1/audit");
    assertThat(en.status()).isEqualTo(401);
    assertThat(en.json().path("title").asString()).isEqualTo("Unauthorized");
  }
}
