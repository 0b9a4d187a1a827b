package org.qingsong.demo;

/** What one run of the demo generator made. */
public record DemoSummary(
    long seed,
    int people,
    int employers,
    int stations,
    int postings,
    long millis,
    int seekers,
    int gigWorkers,
    int gigVisits) {}
