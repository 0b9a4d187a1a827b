package org.qingsong.jobs;

import java.util.List;

/**
 * A posting as an employer (or station staff on its behalf) submits it: raw values, validated by
 * {@link Jobs}. Pay is in yuan; {@code validUntil} an ISO date; {@code employerId} is needed only
 * when staff or an administrator post for an employer.
 */
public record PostingForm(
    Long employerId,
    String title,
    String description,
    String occupationCode,
    String kind,
    Integer positions,
    String payMin,
    String payMax,
    String payUnit,
    String streetCode,
    Double lat,
    Double lng,
    Integer weeklyHours,
    String contact,
    String validUntil,
    List<String> certificates,
    List<String> skills,
    List<String> relaxations) {}
