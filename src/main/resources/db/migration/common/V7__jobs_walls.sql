-- A resident's consent to appear, masked, on stations' job-seeking walls (求职墙).
CREATE TABLE wall_seeker_consent (
    person_id    BIGINT       PRIMARY KEY,
    wanted_job   VARCHAR(50)  NOT NULL,
    consented_at TIMESTAMP WITH TIME ZONE NOT NULL,
    consented_by VARCHAR(64)  NOT NULL,
    withdrawn_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT wall_seeker_consent_person_fk FOREIGN KEY (person_id) REFERENCES person (id)
);

-- The entries staff picked for a station's weekly walls: HIRING holds posting ids, SEEKING
-- person ids. A wall is replaced as a whole when staff publish it again.
CREATE TABLE job_wall (
    station_id   BIGINT      NOT NULL,
    iso_week     VARCHAR(8)  NOT NULL,
    kind         VARCHAR(7)  NOT NULL,
    item_id      BIGINT      NOT NULL,
    position     INT         NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by VARCHAR(64) NOT NULL,
    PRIMARY KEY (station_id, iso_week, kind, item_id),
    CONSTRAINT job_wall_kind_known CHECK (kind IN ('HIRING', 'SEEKING')),
    CONSTRAINT job_wall_station_fk FOREIGN KEY (station_id) REFERENCES station (id)
);
