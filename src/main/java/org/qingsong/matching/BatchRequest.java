package org.qingsong.matching;

/**
 * Options of a batch run: seekers per chunk (default from configuration) and, to stop early, the
 * most chunks to process in this go (the run is then INTERRUPTED and can be resumed).
 */
public record BatchRequest(Integer chunkSize, Integer maxChunks) {
  public static final BatchRequest DEFAULT = new BatchRequest(null, null);
}
