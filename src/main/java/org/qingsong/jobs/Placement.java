package org.qingsong.jobs;

import java.time.LocalDate;
import java.util.List;
import org.qingsong.people.PriorityGroup;

/** A hire, kept for outcome statistics: who was placed where, when, and in which groups. */
public record Placement(
    long id,
    long applicationId,
    long personId,
    long employerId,
    long postingId,
    String occupationCode,
    LocalDate placedOn,
    List<PriorityGroup> priorityGroups) {}
