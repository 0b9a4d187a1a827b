-- A resident's job-seeking profile: the compact feature record matching works on (see DESIGN §6).
-- The weekly availability is 168 bits, one per hour of the week, Monday 00:00-01:00 first: bit i of
-- availability_0 is hour i (0-63), of availability_1 hour 64 + i, of availability_2 hour 128 + i
-- (0-39). Three BIGINTs read and compare as fast on H2 as on PostgreSQL.
CREATE TABLE job_seeker (
    person_id       BIGINT           PRIMARY KEY,
    active          BOOLEAN          NOT NULL,
    min_pay_fen     BIGINT           NOT NULL,
    pay_unit        VARCHAR(5)       NOT NULL,
    max_distance_km DOUBLE PRECISION NOT NULL,
    availability_0  BIGINT           NOT NULL,
    availability_1  BIGINT           NOT NULL,
    availability_2  BIGINT           NOT NULL,
    wants_full_time BOOLEAN          NOT NULL,
    wants_part_time BOOLEAN          NOT NULL,
    wants_gig       BOOLEAN          NOT NULL,
    home_lat        DOUBLE PRECISION NOT NULL,
    home_lng        DOUBLE PRECISION NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(64)      NOT NULL,
    CONSTRAINT job_seeker_pay CHECK (min_pay_fen >= 0),
    CONSTRAINT job_seeker_pay_unit_known CHECK (pay_unit IN ('MONTH', 'DAY', 'HOUR')),
    CONSTRAINT job_seeker_distance CHECK (max_distance_km > 0 AND max_distance_km <= 100),
    CONSTRAINT job_seeker_availability_bits CHECK (availability_2 >= 0 AND availability_2 < 1099511627776),
    CONSTRAINT job_seeker_some_kind CHECK (wants_full_time OR wants_part_time OR wants_gig),
    CONSTRAINT job_seeker_person_fk FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE INDEX job_seeker_active ON job_seeker (active, person_id);

-- The occupations (occupation list codes) a seeker wants, in the order they gave them.
CREATE TABLE job_seeker_occupation (
    person_id       BIGINT     NOT NULL,
    occupation_code VARCHAR(5) NOT NULL,
    rank_order      SMALLINT   NOT NULL,
    PRIMARY KEY (person_id, occupation_code),
    CONSTRAINT job_seeker_occupation_seeker_fk FOREIGN KEY (person_id) REFERENCES job_seeker (person_id),
    CONSTRAINT job_seeker_occupation_code_fk FOREIGN KEY (occupation_code) REFERENCES occupation (code)
);

CREATE INDEX job_seeker_occupation_code ON job_seeker_occupation (occupation_code, person_id);
