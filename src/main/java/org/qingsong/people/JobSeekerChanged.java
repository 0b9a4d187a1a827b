package org.qingsong.people;

/**
 * A person's job-seeking profile was created, replaced or deactivated, or the person record it
 * draws on (street, priority groups, skills, certificates) changed; published in the transaction
 * that did it. Listeners read the profile again: the event only says whose it is. Bulk loads
 * publish nothing.
 */
public record JobSeekerChanged(long personId) {}
