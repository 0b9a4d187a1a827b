package org.qingsong.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.qingsong.common.IdNumber;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the jar-level tests need to know about the people API and the demo accounts. */
final class Residents {
  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String DEFAULT_DISTRICT = "430203";

  private Residents() {}

  /** The street that the demo station-staff account {@code staff} is bound to. */
  static String streetOfStaff(RunningJar server) throws IOException, InterruptedException {
    for (int page = 0; page < 100; page++) {
      HttpResponse<String> response = server.get("/api/v1/users?page=" + page, "admin");
      assertThat(response.statusCode()).as("GET /api/v1/users as admin").isEqualTo(200);
      JsonNode list = JSON.readTree(response.body());
      for (JsonNode user : list.path("items")) {
        if ("staff".equals(user.path("username").asString())) {
          String street = user.path("streetCode").asString();
          assertThat(street).as("the street of user staff").isNotBlank();
          return street;
        }
      }
      if ((long) (page + 1) * list.path("size").asInt(20) >= list.path("total").asLong()) {
        break;
      }
    }
    throw new AssertionError("no user 'staff' in GET /api/v1/users: is demo mode on?");
  }

  /**
   * A new resident of {@code streetCode}: a woman in her forties or fifties (so in the 4050 group),
   * with a checksum-correct ID number from the street's own district and a random birth date and
   * sequence, so that it does not clash with the demo residents.
   */
  static Map<String, Object> newResident(String name, String streetCode) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String district =
        Optional.of(streetCode)
            .filter(code -> code.length() >= 6 && code.startsWith("4302"))
            .map(code -> code.substring(0, 6))
            .orElse(DEFAULT_DISTRICT);
    LocalDate birth = LocalDate.of(1967, 1, 1).plusDays(random.nextInt(17 * 365));
    String body17 =
        district
            + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
            + String.format("%03d", 2 * random.nextInt(500)); // even: female
    return Map.of(
        "name", name,
        "idNumber", IdNumber.withCheckCharacter(body17).value(),
        "phone", "138" + String.format("%08d", random.nextInt(100_000_000)),
        "streetCode", streetCode,
        "priorityGroups", List.of("AGED_4050"),
        "skills", List.of("养老护理"),
        "certificates", List.of());
  }
}
