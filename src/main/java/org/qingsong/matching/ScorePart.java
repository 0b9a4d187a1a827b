package org.qingsong.matching;

/**
 * One part of a recommendation's score: its name ({@code OCCUPATION}, {@code DISTANCE}, {@code
 * PAY}, {@code HOURS}, {@code PRIORITY}), a label in the reader's language, its value from 0 to 1,
 * its configured weight and its contribution (value × weight ÷ sum of weights). The contributions
 * add up to the score.
 */
public record ScorePart(
    String name, String label, double value, double weight, double contribution) {}
