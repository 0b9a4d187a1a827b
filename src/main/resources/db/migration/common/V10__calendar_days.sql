-- The official working-day calendar: one row per covered year, and per covered year the statutory
-- days off and the weekend days that are working days (调休上班). Ordinary weekends are not stored.
CREATE TABLE calendar_year (
    covered_year INTEGER                  PRIMARY KEY,
    source       VARCHAR(200)             NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(64)              NOT NULL,
    CONSTRAINT calendar_year_range CHECK (covered_year BETWEEN 2000 AND 2100)
);

CREATE TABLE calendar_day (
    calendar_date DATE        PRIMARY KEY,
    covered_year  INTEGER     NOT NULL,
    kind          VARCHAR(10) NOT NULL,
    name          VARCHAR(20) NOT NULL,
    CONSTRAINT calendar_day_kind_known CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    CONSTRAINT calendar_day_year_fk FOREIGN KEY (covered_year) REFERENCES calendar_year (covered_year)
);

CREATE INDEX calendar_day_year ON calendar_day (covered_year);
