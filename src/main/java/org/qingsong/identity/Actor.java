package org.qingsong.identity;

import java.util.Optional;

/**
 * The user on whose behalf a request runs, with the scope their role is bound to: a station and its
 * street for staff, a district for case workers, an employer or a person for those accounts.
 */
public record Actor(
    String username,
    Role role,
    Long stationId,
    String streetCode,
    String districtCode,
    Long employerId,
    Long personId) {

  /** The actor of work that no user started, such as the demo generator or scheduled jobs. */
  public static final Actor SYSTEM = new Actor("system", Role.ADMIN, null, null, null, null, null);

  /**
   * A visitor who has not logged in: treated as a resident with no record of their own, so they see
   * only what is public.
   */
  public static final Actor ANONYMOUS =
      new Actor("anonymous", Role.RESIDENT, null, null, null, null, null);

  public boolean is(Role... roles) {
    for (Role r : roles) {
      if (role == r) {
        return true;
      }
    }
    return false;
  }

  public Optional<String> street() {
    return Optional.ofNullable(streetCode);
  }

  public Optional<String> district() {
    return Optional.ofNullable(districtCode);
  }
}
