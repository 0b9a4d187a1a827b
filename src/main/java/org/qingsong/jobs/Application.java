package org.qingsong.jobs;

import java.time.OffsetDateTime;

/** One person's application to one posting. */
public record Application(
    long id,
    long postingId,
    String postingTitle,
    long employerId,
    long personId,
    ApplicationStatus status,
    boolean interviewAccepted,
    OffsetDateTime appliedAt,
    String appliedBy,
    OffsetDateTime updatedAt) {}
