-- Kiểm tra, giám sát: the inspection committee gets its own role (Ủy ban Kiểm tra Đảng ủy Khối).
ALTER TABLE user_account DROP CONSTRAINT user_account_role_check;
ALTER TABLE user_account ADD CONSTRAINT user_account_role_check
    CHECK (role IN ('ADMIN', 'STAFF', 'LEADER', 'SECRETARY', 'MEMBER', 'INSPECTOR'));

-- One planned inspection or supervision of a yearly programme. The programme is that of a committee
-- (the bloc or a grassroots organisation: body COMMITTEE = cấp ủy) or of its inspection committee
-- (body INSPECTION_COMMITTEE = ủy ban kiểm tra) for one year. The subject is a unit, or a member of it.
CREATE TABLE inspection (
    id                      bigserial PRIMARY KEY,
    programme_unit_id       bigint  NOT NULL REFERENCES organization (id),
    programme_body          text    NOT NULL CHECK (programme_body IN ('COMMITTEE', 'INSPECTION_COMMITTEE')),
    year                    integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    kind                    text    NOT NULL CHECK (kind IN ('INSPECTION', 'SUPERVISION')),
    mode                    text    NOT NULL CHECK (mode IN ('REGULAR', 'THEMATIC')),
    subject_unit_id         bigint  NOT NULL REFERENCES organization (id),
    subject_member_id       bigint  REFERENCES member (id),
    content                 text    NOT NULL CHECK (btrim(content) <> ''),
    starts_on               date    NOT NULL,
    ends_on                 date    NOT NULL,
    team                    text    NOT NULL CHECK (btrim(team) <> ''),
    state                   text    NOT NULL DEFAULT 'PLANNED' CHECK (state IN ('PLANNED', 'IN_PROGRESS', 'CONCLUDED')),
    conclusion_number       text,
    conclusion_date         date,
    conclusion              text,
    violation_found         boolean NOT NULL DEFAULT false,
    version                 bigint  NOT NULL DEFAULT 0,
    CONSTRAINT inspection_period CHECK (ends_on >= starts_on),
    CONSTRAINT inspection_concluded_has_conclusion CHECK ((state = 'CONCLUDED') = (conclusion_number IS NOT NULL
        AND btrim(conclusion_number) <> '' AND conclusion_date IS NOT NULL AND conclusion IS NOT NULL AND btrim(conclusion) <> ''))
);
CREATE INDEX inspection_programme_idx ON inspection (year, programme_unit_id);
CREATE INDEX inspection_subject_member_idx ON inspection (subject_member_id) WHERE subject_member_id IS NOT NULL;

-- Kiến nghị: a recommendation of a conclusion and its follow-up (done, or overdue once its date has passed).
CREATE TABLE inspection_recommendation (
    id            bigserial PRIMARY KEY,
    inspection_id bigint NOT NULL REFERENCES inspection (id),
    content       text   NOT NULL CHECK (btrim(content) <> ''),
    due_on        date   NOT NULL,
    done_on       date,
    done_note     text,
    version       bigint NOT NULL DEFAULT 0
);
CREATE INDEX inspection_recommendation_idx ON inspection_recommendation (inspection_id);

-- Dấu hiệu vi phạm: a member's violation found by an inspection, and the discipline decision it led to.
CREATE TABLE inspection_violation (
    id                   bigserial PRIMARY KEY,
    inspection_id        bigint NOT NULL REFERENCES inspection (id),
    member_id            bigint NOT NULL REFERENCES member (id),
    description          text   NOT NULL CHECK (btrim(description) <> ''),
    discipline_record_id bigint REFERENCES discipline_record (id),
    version              bigint NOT NULL DEFAULT 0,
    CONSTRAINT inspection_violation_one_per_member UNIQUE (inspection_id, member_id),
    CONSTRAINT inspection_violation_discipline_once UNIQUE (discipline_record_id)
);
