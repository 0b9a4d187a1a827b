package org.qingsong.people;

import java.util.List;

/** A registration or update as submitted: raw text, validated by {@link People}. */
public record PersonForm(
    String name,
    String idNumber,
    String phone,
    String streetCode,
    String communityCode,
    List<String> priorityGroups,
    List<String> skills,
    List<CertificateForm> certificates) {

  /** A certificate as submitted; {@code issuedOn} is an ISO date or blank. */
  public record CertificateForm(String name, String issuedOn) {}
}
