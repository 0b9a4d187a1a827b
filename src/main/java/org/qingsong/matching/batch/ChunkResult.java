package org.qingsong.matching.batch;

/**
 * The results of one chunk of seekers as flat arrays ({@code rows} entries; parts five per row in
 * ten-thousandths), ready for one batch insert.
 */
public record ChunkResult(
    long firstPersonId,
    long lastPersonId,
    int seekers,
    int rows,
    long[] personIds,
    int[] places,
    long[] postingIds,
    double[] scores,
    short[] parts,
    int[] distanceMeters) {}
