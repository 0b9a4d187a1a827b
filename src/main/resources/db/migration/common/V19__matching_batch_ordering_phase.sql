-- When a run, every seeker scored, began writing its results in posting order (NULL before): the
-- API and the page say which of the two phases a running run is in.
ALTER TABLE matching_batch_run ADD COLUMN ordering_started_at TIMESTAMP WITH TIME ZONE;
