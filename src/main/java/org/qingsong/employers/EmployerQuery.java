package org.qingsong.employers;

/**
 * Filters of the employer list; null means "any". {@code text} matches a name fragment, or a whole
 * credit code exactly.
 */
public record EmployerQuery(
    String streetCode,
    String districtCode,
    EmployerKind kind,
    Verification verification,
    String text) {

  public static EmployerQuery all() {
    return new EmployerQuery(null, null, null, null, null);
  }
}
