-- Breakthrough tasks (công việc đột phá): registered for a year by a unit or by a member, approved by
-- the level above, followed with dated progress notes and evidence files.
CREATE TABLE breakthrough_task (
    id                    bigserial PRIMARY KEY,
    year                  integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    -- the registering unit; for a member's own task, the member's cell when it was registered
    organization_id       bigint  NOT NULL REFERENCES organization (id),
    -- set for a member's own task
    member_id             bigint REFERENCES member (id),
    title                 text    NOT NULL CHECK (btrim(title) <> ''),
    problem               text    NOT NULL CHECK (btrim(problem) <> ''),
    expected_result       text    NOT NULL CHECK (btrim(expected_result) <> ''),
    deadline              date    NOT NULL,
    state                 text    NOT NULL
        CHECK (state IN ('DRAFT', 'REGISTERED', 'APPROVED', 'RETURNED', 'IN_PROGRESS', 'COMPLETED', 'NOT_COMPLETED')),
    registered_by_user_id bigint REFERENCES user_account (id),
    registered_by         text    NOT NULL,
    registered_at         timestamptz,
    decided_by_user_id    bigint REFERENCES user_account (id),
    decided_by            text,
    decided_at            timestamptz,
    decision_comment      text,
    evaluated_by          text,
    evaluated_at          timestamptz,
    result_note           text,
    version               bigint  NOT NULL DEFAULT 0,
    CONSTRAINT breakthrough_task_deadline_in_year CHECK (extract(year FROM deadline) = year),
    CONSTRAINT breakthrough_task_registered_has_date CHECK (state = 'DRAFT' OR registered_at IS NOT NULL),
    CONSTRAINT breakthrough_task_decided CHECK (state IN ('DRAFT', 'REGISTERED') OR (decided_at IS NOT NULL AND decided_by IS NOT NULL)),
    CONSTRAINT breakthrough_task_returned_has_reason CHECK (state <> 'RETURNED' OR btrim(coalesce(decision_comment, '')) <> ''),
    CONSTRAINT breakthrough_task_evaluated CHECK (state NOT IN ('COMPLETED', 'NOT_COMPLETED') OR (evaluated_at IS NOT NULL AND evaluated_by IS NOT NULL))
);
CREATE INDEX breakthrough_task_year_organization_idx ON breakthrough_task (year, organization_id);
CREATE INDEX breakthrough_task_member_idx ON breakthrough_task (member_id, year) WHERE member_id IS NOT NULL;

CREATE TABLE breakthrough_progress (
    id         bigserial PRIMARY KEY,
    task_id    bigint      NOT NULL REFERENCES breakthrough_task (id),
    noted_on   date        NOT NULL,
    note       text        NOT NULL CHECK (btrim(note) <> ''),
    author     text        NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX breakthrough_progress_task_idx ON breakthrough_progress (task_id, noted_on);

-- Evidence files live in the database (never under the web root), with the type detected from their
-- content; they are only ever served as attachments with that stored type.
CREATE TABLE breakthrough_evidence (
    id           bigserial PRIMARY KEY,
    task_id      bigint      NOT NULL REFERENCES breakthrough_task (id),
    file_name    text        NOT NULL CHECK (btrim(file_name) <> '' AND file_name !~ '[/\\]'),
    content_type text        NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'application/vnd.openxmlformats-officedocument.presentationml.presentation',
        'application/msword', 'application/vnd.ms-excel', 'application/vnd.ms-powerpoint')),
    size_bytes   integer     NOT NULL CHECK (size_bytes > 0),
    content      bytea       NOT NULL,
    uploaded_by  text        NOT NULL,
    uploaded_at  timestamptz NOT NULL,
    CONSTRAINT breakthrough_evidence_size_matches CHECK (size_bytes = octet_length(content))
);
CREATE INDEX breakthrough_evidence_task_idx ON breakthrough_evidence (task_id);
