package org.qingsong.jobs;

import java.time.OffsetDateTime;

/**
 * Why a posting waits for review: a screening rule that matched (with the evidence found) or a
 * resident's report ({@code rule = "REPORTED"}).
 */
public record PostingFlag(
    String rule, String reason, String evidence, String raisedBy, OffsetDateTime raisedAt) {}
