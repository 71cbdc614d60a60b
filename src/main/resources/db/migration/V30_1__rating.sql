-- Yearly rating (kiểm điểm, đánh giá, xếp loại chất lượng) of members and organisations (issue 6).
-- One round per year; it keeps the rules of its year (Quy định 124-QĐ/TW up to 2024, 366-QĐ/TW from 2025).
CREATE TABLE rating_round (
    id                       bigserial PRIMARY KEY,
    year                     integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    rules                    text    NOT NULL CHECK (rules IN ('QD124', 'QD366')),
    opened_on                date    NOT NULL,
    self_assessment_deadline date    NOT NULL,
    proposal_deadline        date    NOT NULL,
    decision_deadline        date    NOT NULL,
    closed_at                timestamptz,
    closed_by                text,
    version                  bigint  NOT NULL DEFAULT 0,
    CONSTRAINT rating_round_year_key UNIQUE (year),
    CONSTRAINT rating_round_deadlines_in_order CHECK (opened_on <= self_assessment_deadline
        AND self_assessment_deadline <= proposal_deadline AND proposal_deadline <= decision_deadline)
);

-- One rating per member (subject MEMBER, organization_id = the member's cell when the round opened) or per
-- organisation (subject ORGANIZATION, organization_id = the unit rated) and round. deciding_body_id is the
-- committee that decides it (the đảng bộ cơ sở for sub-cells and their members, the chi bộ cơ sở for its own
-- members, the bloc for grassroots organisations): the quota of HTXSNV is counted per deciding body.
CREATE TABLE rating (
    id                bigserial PRIMARY KEY,
    round_id          bigint  NOT NULL REFERENCES rating_round (id),
    subject           text    NOT NULL CHECK (subject IN ('MEMBER', 'ORGANIZATION')),
    member_id         bigint REFERENCES member (id),
    organization_id   bigint  NOT NULL REFERENCES organization (id),
    deciding_body_id  bigint  NOT NULL REFERENCES organization (id),
    state             text    NOT NULL DEFAULT 'PENDING'
        CHECK (state IN ('PENDING', 'SELF_ASSESSED', 'PROPOSED', 'DECIDED', 'PUBLISHED', 'NOT_RATED')),
    not_rated_reason  text CHECK (not_rated_reason IN ('EXEMPT', 'SUSPENDED', 'RECENTLY_ADMITTED', 'DECEASED', 'TRANSFERRED_OUT')),
    self_level        text CHECK (self_level IN ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV')),
    -- Quy định 366: points per criteria group (group code → points) and their sum
    self_scores       jsonb,
    self_score        numeric(5, 2) CHECK (self_score BETWEEN 0 AND 100),
    self_review       text,
    self_assessed_at  timestamptz,
    self_assessed_by  text,
    proposed_level    text CHECK (proposed_level IN ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV')),
    proposal_note     text,
    proposed_at       timestamptz,
    proposed_by       text,
    decided_level     text CHECK (decided_level IN ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV')),
    decision_note     text,
    -- Quy định 124-QĐ/TW art. 12: the member found and remedied the fault themselves, recorded by the committee
    self_remedied     boolean NOT NULL DEFAULT false,
    decided_at        timestamptz,
    decided_by        text,
    published_at      timestamptz,
    version           bigint  NOT NULL DEFAULT 0,
    CONSTRAINT rating_subject_member CHECK ((subject = 'MEMBER') = (member_id IS NOT NULL)),
    CONSTRAINT rating_not_rated_has_reason CHECK ((state = 'NOT_RATED') = (not_rated_reason IS NOT NULL)),
    CONSTRAINT rating_decided_has_level CHECK (state NOT IN ('DECIDED', 'PUBLISHED') OR decided_level IS NOT NULL),
    CONSTRAINT rating_published_has_date CHECK ((state = 'PUBLISHED') = (published_at IS NOT NULL))
);
CREATE UNIQUE INDEX rating_member_key ON rating (round_id, member_id) WHERE subject = 'MEMBER';
CREATE UNIQUE INDEX rating_organization_key ON rating (round_id, organization_id) WHERE subject = 'ORGANIZATION';
CREATE INDEX rating_body_idx ON rating (round_id, subject, deciding_body_id, state);
CREATE INDEX rating_unit_idx ON rating (round_id, subject, organization_id, state);
CREATE INDEX rating_member_idx ON rating (member_id, round_id) WHERE member_id IS NOT NULL;

-- Published results counted per round, subject, deciding body, unit (the member's cell, or the organisation)
-- and level (NOT_RATED counts those listed as not rated): refreshed for one deciding body when it publishes,
-- so statistics read a few hundred rows per year however many members there are.
CREATE TABLE rating_tally (
    round_id         bigint  NOT NULL REFERENCES rating_round (id),
    subject          text    NOT NULL CHECK (subject IN ('MEMBER', 'ORGANIZATION')),
    deciding_body_id bigint  NOT NULL REFERENCES organization (id),
    organization_id  bigint  NOT NULL REFERENCES organization (id),
    level            text    NOT NULL CHECK (level IN ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', 'NOT_RATED')),
    total            integer NOT NULL CHECK (total > 0),
    PRIMARY KEY (round_id, subject, deciding_body_id, organization_id, level)
);
CREATE INDEX rating_tally_unit_idx ON rating_tally (organization_id, round_id);
