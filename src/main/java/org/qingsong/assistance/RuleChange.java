package org.qingsong.assistance;

/**
 * A saved rule version and whether it was new ({@code created}) or corrected a version of the same
 * date.
 */
public record RuleChange<T>(T version, boolean created) {}
