-- H2 has no exclusion constraints. The same rule is kept by the application: an assignment first
-- locks the worker's row (SELECT ... FOR UPDATE), then looks for an overlapping blocked range, then
-- books; concurrent assignments of one worker therefore run one after the other. This index makes
-- the overlap look-up cheap.
CREATE INDEX gig_visit_worker_blocked ON gig_visit (worker_id, blocked_from, blocked_until);
