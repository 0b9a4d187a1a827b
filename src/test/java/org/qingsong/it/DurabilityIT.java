package org.qingsong.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qingsong.common.IdNumber;
import tools.jackson.databind.JsonNode;

/**
 * A write that the API acknowledged with 2xx survives {@code kill -9} of the server: the resident
 * registered just before the kill is there after a restart on the same data directory.
 */
class DurabilityIT {
  private final List<RunningJar> started = new ArrayList<>();

  @TempDir Path dataDir;

  @AfterEach
  void stopServers() {
    started.forEach(RunningJar::close);
  }

  @Test
  void anAcknowledgedRegistrationSurvivesAKillAndARestart() throws Exception {
    RunningJar first = track(RunningJar.start("durability-before-kill", dataDir));
    String street = Residents.streetOfStaff(first);
    Map<String, Object> resident = Residents.newResident("韩久安", street);

    HttpResponse<String> created =
        first.postJson("/api/v1/people", "staff", Residents.JSON.writeValueAsString(resident));
    assertThat(created.statusCode()).as("POST /api/v1/people: " + created.body()).isEqualTo(201);
    long id = Residents.JSON.readTree(created.body()).path("id").asLong();
    assertThat(id).as("the created person's id").isPositive();

    first.kill();

    RunningJar second = track(RunningJar.start("durability-after-kill", dataDir));
    HttpResponse<String> fetched = second.get("/api/v1/people/" + id, "admin");
    assertThat(fetched.statusCode())
        .as("GET /api/v1/people/" + id + " after kill -9: " + fetched.body())
        .isEqualTo(200);
    JsonNode person = Residents.JSON.readTree(fetched.body());
    assertThat(person.path("id").asLong()).isEqualTo(id);
    assertThat(person.path("name").asString()).isEqualTo(resident.get("name"));
    assertThat(person.path("idNumber").asString())
        .isEqualTo(new IdNumber((String) resident.get("idNumber")).masked());
    assertThat(person.path("streetCode").asString()).isEqualTo(street);
  }

  private RunningJar track(RunningJar server) {
    started.add(server);
    return server;
  }
}
