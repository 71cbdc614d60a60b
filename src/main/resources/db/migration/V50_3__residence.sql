-- Sinh hoạt nơi cư trú: the Party cell where a member lives (free text) and the yearly feedback it
-- sends on the member.
CREATE TABLE residence_contact (
    member_id bigint PRIMARY KEY REFERENCES member (id),
    commune   text   NOT NULL CHECK (btrim(commune) <> ''),
    cell_name text   NOT NULL CHECK (btrim(cell_name) <> ''),
    note      text,
    version   bigint NOT NULL DEFAULT 0
);

CREATE TABLE residence_feedback (
    id          bigserial PRIMARY KEY,
    member_id   bigint   NOT NULL REFERENCES member (id),
    year        integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    assessment  text     NOT NULL CHECK (assessment IN ('GOOD', 'NEEDS_IMPROVEMENT')),
    note        text,
    received_on date     NOT NULL,
    version     bigint   NOT NULL DEFAULT 0,
    CONSTRAINT residence_feedback_member_year_key UNIQUE (member_id, year),
    CONSTRAINT residence_feedback_received_in_or_after_year CHECK (received_on >= make_date(year, 1, 1))
);
CREATE INDEX residence_feedback_year_idx ON residence_feedback (year);
