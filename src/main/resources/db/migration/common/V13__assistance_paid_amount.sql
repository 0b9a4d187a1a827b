-- The amount a supported case is paid each month: set when payment starts and by re-assessments
-- while the household qualifies, kept unchanged through a gradual exit (渐退期).
ALTER TABLE assistance_case ADD COLUMN paid_fen BIGINT;
