package org.qingsong.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qingsong.common.IdNumber;
import org.qingsong.support.Api;
import org.qingsong.support.Residents;
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
    String street = streetOfStaff(first.api().as("admin"));
    Map<String, Object> resident = Residents.person("韩久安", street);

    Api.Response created = first.api().as("staff").post("/api/v1/people", resident);
    assertThat(created.status()).as("POST /api/v1/people: %s", created).isEqualTo(201);
    long id = created.json().path("id").asLong();
    assertThat(id).as("the created person's id").isPositive();

    first.kill();

    RunningJar second = track(RunningJar.start("durability-after-kill", dataDir));
    Api.Response fetched = second.api().as("admin").get("/api/v1/people/" + id);
    assertThat(fetched.status())
        .as("GET /api/v1/people/%d after kill -9: %s", id, fetched)
        .isEqualTo(200);
    JsonNode person = fetched.json();
    assertThat(person.path("name").asString()).isEqualTo(resident.get("name"));
    assertThat(person.path("idNumber").asString())
        .isEqualTo(new IdNumber((String) resident.get("idNumber")).masked());
    assertThat(person.path("streetCode").asString()).isEqualTo(street);
  }

  /** The street that the demo station-staff account {@code staff} is bound to. */
  private static String streetOfStaff(Api admin) {
    for (int page = 0; page < 50; page++) {
      Api.Response response = admin.get("/api/v1/users?page=" + page);
      assertThat(response.status()).as("GET /api/v1/users: %s", response).isEqualTo(200);
      JsonNode list = response.json();
      for (JsonNode user : list.path("items")) {
        if ("staff".equals(user.path("username").asString())) {
          return user.path("streetCode").asString();
        }
      }
      if ((long) (page + 1) * list.path("size").asInt() >= list.path("total").asLong()) {
        break;
      }
    }
    throw new AssertionError("no demo account 'staff' in GET /api/v1/users");
  }

  private RunningJar track(RunningJar server) {
    started.add(server);
    return server;
  }
}
