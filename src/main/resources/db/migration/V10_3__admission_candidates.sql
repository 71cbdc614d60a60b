-- The admission pipeline: candidates (quần chúng ưu tú) prepared by a cell, with the steps of their file.
CREATE TABLE admission_candidate (
    id                    bigserial PRIMARY KEY,
    organization_id       bigint NOT NULL REFERENCES organization (id),
    family_name           text COLLATE "vi-VN-x-icu" NOT NULL CHECK (btrim(family_name) <> ''),
    middle_name           text COLLATE "vi-VN-x-icu" NOT NULL DEFAULT '',
    given_name            text COLLATE "vi-VN-x-icu" NOT NULL CHECK (btrim(given_name) <> ''),
    gender                text NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
    birth_date            date NOT NULL,
    job_title             text,
    workplace             text,
    -- lớp bồi dưỡng nhận thức về Đảng
    training_completed_on date,
    training_certificate  text,
    -- đơn xin vào Đảng
    application_date      date,
    -- hai đảng viên chính thức giới thiệu
    sponsor1_member_id    bigint REFERENCES member (id),
    sponsor2_member_id    bigint REFERENCES member (id),
    -- nghị quyết của chi bộ đề nghị kết nạp
    cell_resolution_date  date,
    state                 text NOT NULL DEFAULT 'IN_PROGRESS' CHECK (state IN ('IN_PROGRESS', 'ADMITTED', 'WITHDRAWN')),
    admitted_member_id    bigint REFERENCES member (id),
    note                  text,
    version               bigint NOT NULL DEFAULT 0,
    CONSTRAINT admission_candidate_distinct_sponsors CHECK (sponsor1_member_id IS NULL OR sponsor1_member_id <> sponsor2_member_id),
    CONSTRAINT admission_candidate_admitted_has_member CHECK ((state = 'ADMITTED') = (admitted_member_id IS NOT NULL))
);
CREATE INDEX admission_candidate_organization_idx ON admission_candidate (organization_id, state);
