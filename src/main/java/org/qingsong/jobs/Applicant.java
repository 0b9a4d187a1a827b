package org.qingsong.jobs;

import java.util.List;
import org.qingsong.common.Gender;

/**
 * An applicant as the employer's board shows them. The phone is masked until the applicant has
 * accepted an interview; the ID number is never shown to employers.
 */
public record Applicant(
    long applicationId,
    long personId,
    String name,
    Gender gender,
    int age,
    String phone,
    boolean contactRevealed,
    List<String> skills,
    List<String> certificates,
    ApplicationStatus status,
    boolean interviewAccepted) {}
