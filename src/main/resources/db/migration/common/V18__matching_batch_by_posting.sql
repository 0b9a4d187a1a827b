-- A completed batch run's results in posting order: what "people for a posting" reads. A run
-- writes them once, after its last chunk, sorted, so they are appended in key order; an index on
-- matching_batch_result (run_id, posting_id, score) took an entry at a random place of the index
-- for every result written and deleted, which made a city-scale run (2 million results) take more
-- than twice as long and deleting a replaced run minutes.
CREATE TABLE matching_batch_by_posting (
    run_id     BIGINT           NOT NULL,
    posting_id BIGINT           NOT NULL,
    person_id  BIGINT           NOT NULL,
    place      SMALLINT         NOT NULL,
    score      DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (run_id, posting_id, person_id),
    CONSTRAINT matching_batch_by_posting_run_fk FOREIGN KEY (run_id) REFERENCES matching_batch_run (id) ON DELETE CASCADE
);

-- The completed runs' results so far, sorted so that they too are appended in key order.
INSERT INTO matching_batch_by_posting (run_id, posting_id, person_id, place, score)
SELECT r.run_id, r.posting_id, r.person_id, r.place, r.score
FROM matching_batch_result r JOIN matching_batch_run b ON b.id = r.run_id
WHERE b.status = 'COMPLETED'
ORDER BY r.run_id, r.posting_id, r.person_id;

DROP INDEX matching_batch_result_posting;
