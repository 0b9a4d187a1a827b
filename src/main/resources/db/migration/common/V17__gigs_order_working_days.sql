-- How an every-working-day order followed the official calendar when it was made: the weekdays it
-- skipped as statutory holidays and the weekend days it added as adjusted working days (one a line:
-- ISO date, a space, the festival), and the years the calendar did not cover (comma-separated),
-- where the order went by Monday to Friday alone.
ALTER TABLE gig_order ADD COLUMN calendar_skipped VARCHAR(2000);
ALTER TABLE gig_order ADD COLUMN calendar_added VARCHAR(1000);
ALTER TABLE gig_order ADD COLUMN calendar_uncovered VARCHAR(100);
