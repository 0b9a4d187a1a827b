package org.qingsong.gigs;

import org.qingsong.common.Money;

/** What a worker earned in a period: their completed visits, hours and the sum of their prices. */
public record WorkerEarnings(
    long workerId, String name, String stationName, long visits, long minutes, Money amount) {}
