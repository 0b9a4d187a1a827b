-- The hard rule of the gig market: a worker is never booked into two visits whose blocked ranges
-- (the visit plus the travel buffer after it) overlap. Cancelled visits and visits without a worker
-- take no time. A violation is SQLSTATE 23P01, which the application answers with 409 naming the
-- visit already booked.
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE gig_visit ADD CONSTRAINT gig_visit_no_overlap
    EXCLUDE USING gist (worker_id WITH =, tstzrange(blocked_from, blocked_until, '[)') WITH &&)
    WHERE (worker_id IS NOT NULL AND status <> 'CANCELLED');
