-- Đào tạo, bồi dưỡng: courses and who took part. A course is organised by a unit (the bloc, or a
-- grassroots organisation) or recorded for a course held elsewhere (e.g. the provincial political school),
-- which is how a member's political-theory level is entered with its certificate.
CREATE TABLE training_course (
    id              bigserial PRIMARY KEY,
    kind            text    NOT NULL CHECK (kind IN ('THEORY_ELEMENTARY', 'THEORY_INTERMEDIATE', 'THEORY_ADVANCED', 'THEORY_BACHELOR',
                                                    'NEW_MEMBERS', 'CANDIDATES', 'SECRETARIES', 'RESOLUTION_BRIEFING')),
    title           text    NOT NULL CHECK (btrim(title) <> ''),
    organization_id bigint  NOT NULL REFERENCES organization (id),
    organiser       text    NOT NULL CHECK (btrim(organiser) <> ''),
    starts_on       date    NOT NULL,
    ends_on         date    NOT NULL,
    place           text    NOT NULL CHECK (btrim(place) <> ''),
    version         bigint  NOT NULL DEFAULT 0,
    CONSTRAINT training_course_dates CHECK (ends_on >= starts_on)
);
CREATE INDEX training_course_starts_idx ON training_course (starts_on);

-- A participant: a member from the register, or (in a candidates' course) an admission candidate.
CREATE TABLE training_participant (
    id                 bigserial PRIMARY KEY,
    course_id          bigint  NOT NULL REFERENCES training_course (id),
    member_id          bigint  REFERENCES member (id),
    candidate_id       bigint  REFERENCES admission_candidate (id),
    completed          boolean NOT NULL DEFAULT false,
    certificate_number text,
    version            bigint  NOT NULL DEFAULT 0,
    CONSTRAINT training_participant_one_person CHECK ((member_id IS NULL) <> (candidate_id IS NULL)),
    CONSTRAINT training_participant_certificate_when_completed CHECK (completed OR certificate_number IS NULL),
    CONSTRAINT training_participant_member_once UNIQUE (course_id, member_id),
    CONSTRAINT training_participant_candidate_once UNIQUE (course_id, candidate_id)
);
CREATE INDEX training_participant_member_idx ON training_participant (member_id) INCLUDE (course_id, completed);
CREATE INDEX training_participant_candidate_idx ON training_participant (candidate_id) WHERE candidate_id IS NOT NULL;
