package org.qingsong.matching.dispatch;

/**
 * A booking the plan cannot change, as minutes from midnight of the day: the blocked range already
 * includes the travel buffer after the visit.
 */
public record FixedBooking(long visitId, long workerId, int blockedFrom, int blockedUntil) {}
