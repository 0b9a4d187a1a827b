package org.qingsong.jobs;

/**
 * A posting was created, changed or moved to another status (published, held for review, withdrawn,
 * filled, expired …), published in the transaction that did it. Listeners read the posting again
 * for its details: the event only says which one and where it now is.
 */
public record PostingChanged(long postingId, PostingStatus status) {}
