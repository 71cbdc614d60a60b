-- Exemplary conduct (nêu gương): the content areas of each year, every member's yearly pledge
-- (sổ đăng ký nêu gương) and the monthly self-assessments against it.

-- The content areas of a year, kept by the bloc committee staff. A new year starts as a copy of the
-- year before (or of the default list in PledgeAreas).
CREATE TABLE pledge_area (
    id       bigserial PRIMARY KEY,
    year     integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    position integer NOT NULL CHECK (position > 0),
    title    text COLLATE "vi-VN-x-icu" NOT NULL CHECK (btrim(title) <> ''),
    guidance text,
    version  bigint  NOT NULL DEFAULT 0,
    CONSTRAINT pledge_area_year_position_key UNIQUE (year, position) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT pledge_area_year_title_key UNIQUE (year, title)
);

-- One pledge per member and year. Commitments are kept per area as a JSON object
-- {"<area id>": "commitment"}; products ("sản phẩm") are what a leader commits to deliver.
CREATE TABLE pledge (
    id           bigserial PRIMARY KEY,
    member_id    bigint  NOT NULL REFERENCES member (id),
    year         integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    status       text    NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED')),
    commitments  jsonb   NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(commitments) = 'object'),
    products     text,
    submitted_at timestamptz,
    approved_at  timestamptz,
    approved_by  text,
    -- the secretary's remark on the member's year (nhận xét của chi bộ)
    remark       text,
    version      bigint  NOT NULL DEFAULT 0,
    CONSTRAINT pledge_member_year_key UNIQUE (member_id, year),
    CONSTRAINT pledge_submitted_has_date CHECK (status = 'DRAFT' OR submitted_at IS NOT NULL),
    CONSTRAINT pledge_approved_has_approver CHECK ((status = 'APPROVED') = (approved_at IS NOT NULL AND approved_by IS NOT NULL))
);

-- One self-assessment per pledge (member and year) and month. Results are kept per area as a JSON
-- object {"<area id>": {"result": "DONE" | "PARTLY" | "NOT_DONE", "note": "..."}}: seven small values
-- per row instead of seven rows, for a bloc with hundreds of thousands of entries.
CREATE TABLE monthly_assessment (
    id                 bigserial PRIMARY KEY,
    pledge_id          bigint   NOT NULL REFERENCES pledge (id),
    month              integer  NOT NULL CHECK (month BETWEEN 1 AND 12),
    status             text     NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'ACKNOWLEDGED', 'RETURNED')),
    results            jsonb    NOT NULL DEFAULT '{}'
        CHECK (jsonb_typeof(results) = 'object'
               AND NOT jsonb_path_exists(results, '$.* ? (@.result != "DONE" && @.result != "PARTLY" && @.result != "NOT_DONE")')),
    next_month_plan    text,
    -- lateness is decided once, by the first submission against the deadline of that day
    first_submitted_at timestamptz,
    submitted_at       timestamptz,
    late               boolean  NOT NULL DEFAULT false,
    reviewed_at        timestamptz,
    reviewed_by        text,
    review_comment     text,
    version            bigint   NOT NULL DEFAULT 0,
    CONSTRAINT monthly_assessment_pledge_month_key UNIQUE (pledge_id, month),
    CONSTRAINT monthly_assessment_submitted_has_date CHECK (status = 'DRAFT' OR (submitted_at IS NOT NULL AND first_submitted_at IS NOT NULL)),
    CONSTRAINT monthly_assessment_reviewed_has_reviewer CHECK (status NOT IN ('ACKNOWLEDGED', 'RETURNED') OR (reviewed_at IS NOT NULL AND reviewed_by IS NOT NULL)),
    CONSTRAINT monthly_assessment_returned_has_comment CHECK (status <> 'RETURNED' OR btrim(coalesce(review_comment, '')) <> '')
);
