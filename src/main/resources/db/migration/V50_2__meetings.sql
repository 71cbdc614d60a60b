-- Sinh hoạt chi bộ: the cells' meetings, who attended, the signed scan of the minutes, and the quality
-- assessment against the year's criteria framework.

-- The framework of a year (kept by staff): the levels' lower bounds on a 0–100 score and the
-- attendance rate under which a cell is highlighted in the statistics.
CREATE TABLE meeting_framework (
    year                 integer     PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    good_from            numeric(5,2) NOT NULL,
    fair_from            numeric(5,2) NOT NULL,
    average_from         numeric(5,2) NOT NULL,
    attendance_threshold numeric(5,2) NOT NULL CHECK (attendance_threshold BETWEEN 0 AND 100),
    version              bigint       NOT NULL DEFAULT 0,
    CONSTRAINT meeting_framework_levels_ordered
        CHECK (good_from <= 100 AND good_from > fair_from AND fair_from > average_from AND average_from > 0)
);

CREATE TABLE meeting_criterion (
    id       bigserial PRIMARY KEY,
    year     integer  NOT NULL REFERENCES meeting_framework (year),
    position integer  NOT NULL,
    name     text      NOT NULL CHECK (btrim(name) <> ''),
    weight   integer  NOT NULL CHECK (weight BETWEEN 1 AND 100),
    CONSTRAINT meeting_criterion_position_key UNIQUE (year, position)
);

CREATE TABLE meeting (
    id                 bigserial PRIMARY KEY,
    organization_id    bigint NOT NULL REFERENCES organization (id),
    held_on            date   NOT NULL,
    kind               text   NOT NULL CHECK (kind IN ('REGULAR', 'THEMATIC', 'REGULAR_THEMATIC')),
    topic              text,
    place              text,
    chair_member_id    bigint REFERENCES member (id),
    recorder_member_id bigint REFERENCES member (id),
    agenda             text,
    resolutions        text,
    minutes            text,
    version            bigint NOT NULL DEFAULT 0,
    CONSTRAINT meeting_thematic_has_topic CHECK (kind = 'REGULAR' OR btrim(coalesce(topic, '')) <> '')
);
CREATE INDEX meeting_organization_idx ON meeting (organization_id, held_on);
CREATE INDEX meeting_held_on_idx ON meeting (held_on);

CREATE TABLE meeting_attendance (
    meeting_id bigint NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    member_id  bigint NOT NULL REFERENCES member (id),
    presence   text   NOT NULL CHECK (presence IN ('PRESENT', 'EXCUSED', 'ABSENT')),
    reason     text,
    PRIMARY KEY (meeting_id, member_id)
);

-- the signed scan of the minutes, kept in the database (never under the web root)
CREATE TABLE meeting_scan (
    meeting_id   bigint      PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    filename     text        NOT NULL,
    content_type text        NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size         integer     NOT NULL CHECK (size > 0),
    content      bytea       NOT NULL,
    uploaded_at  timestamptz NOT NULL,
    uploaded_by  text        NOT NULL
);

-- filled by the cell, checked by the committee above (who may set another level)
CREATE TABLE meeting_assessment (
    meeting_id    bigint       PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    score         numeric(5,2) NOT NULL CHECK (score BETWEEN 0 AND 100),
    level         text         NOT NULL CHECK (level IN ('GOOD', 'FAIR', 'AVERAGE', 'POOR')),
    assessed_by   text         NOT NULL,
    assessed_at   timestamptz  NOT NULL,
    checked_level text CHECK (checked_level IN ('GOOD', 'FAIR', 'AVERAGE', 'POOR')),
    checked_by    text,
    checked_at    timestamptz,
    check_note    text,
    version       bigint       NOT NULL DEFAULT 0,
    CONSTRAINT meeting_assessment_checked_together CHECK ((checked_level IS NULL) = (checked_by IS NULL)
        AND (checked_by IS NULL) = (checked_at IS NULL)),
    CONSTRAINT meeting_assessment_not_checked_by_assessor CHECK (checked_by IS NULL OR checked_by <> assessed_by)
);

CREATE TABLE meeting_assessment_score (
    meeting_id   bigint   NOT NULL REFERENCES meeting_assessment (meeting_id) ON DELETE CASCADE,
    criterion_id bigint   NOT NULL REFERENCES meeting_criterion (id),
    points       integer NOT NULL CHECK (points >= 0),
    PRIMARY KEY (meeting_id, criterion_id)
);
