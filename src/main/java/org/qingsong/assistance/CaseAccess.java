package org.qingsong.assistance;

import org.qingsong.common.DomainException;
import org.qingsong.identity.Actor;
import org.qingsong.identity.Role;

/**
 * Who sees and changes which cases: case workers their district's, administrators all, auditors
 * read everything (masked) and change nothing. Everyone else sees no case at all; a case outside
 * the caller's district is "not found", so its existence is not revealed.
 */
final class CaseAccess {
  private CaseAccess() {}

  static void requireReader(Actor actor) {
    if (!actor.is(Role.ADMIN, Role.CASEWORKER, Role.AUDITOR)) {
      throw DomainException.forbidden("assistance.forbidden");
    }
  }

  static void requireWriter(Actor actor) {
    if (!actor.is(Role.ADMIN, Role.CASEWORKER)) {
      throw DomainException.forbidden("assistance.forbidden");
    }
  }

  static boolean inScope(Actor actor, String districtCode) {
    return switch (actor.role()) {
      case ADMIN, AUDITOR -> true;
      case CASEWORKER -> districtCode.equals(actor.districtCode());
      default -> false;
    };
  }

  /** The district a list is limited to: the case worker's own, or the asked one (null: all). */
  static String district(Actor actor, String asked) {
    requireReader(actor);
    if (actor.is(Role.CASEWORKER)) {
      if (asked != null && !asked.equals(actor.districtCode())) {
        throw DomainException.forbidden("assistance.district.outOfScope");
      }
      return actor.districtCode();
    }
    return asked;
  }
}
