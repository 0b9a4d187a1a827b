package org.qingsong.jobs;

/** What an import of postings did: how many were created, published at once or held for review. */
public record ImportSummary(int imported, int published, int heldForReview) {}
