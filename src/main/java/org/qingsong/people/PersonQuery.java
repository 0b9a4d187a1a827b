package org.qingsong.people;

/**
 * Filters of the people list; null means "any". {@code text} matches a name fragment, or a whole ID
 * number exactly.
 */
public record PersonQuery(
    String streetCode, String districtCode, PriorityGroup priorityGroup, String text) {}
