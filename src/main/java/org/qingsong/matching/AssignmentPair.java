package org.qingsong.matching;

/**
 * One pair of an optimal placement; {@code parts} explain a computed fit (absent for a given one).
 */
public record AssignmentPair(long candidate, String position, int fit, AssignmentFit parts) {}
