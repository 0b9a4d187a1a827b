package org.qingsong.matching;

/**
 * A hard filter a recommendation passed: its name and what it checked, in the reader's language.
 */
public record ScoreFilter(String name, String label) {}
