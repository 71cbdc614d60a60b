-- Cấp ủy: who sits on each organisation's committee in a term, in which position, from when to when
-- and how they got there. The secretary relation used for access is read from here (ScopeResolver).
CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA portal;

CREATE TABLE committee_position (
    id              bigserial PRIMARY KEY,
    organization_id bigint   NOT NULL REFERENCES organization (id),
    member_id       bigint   NOT NULL REFERENCES member (id),
    -- the first year of the five-year term: 2020 for "2020–2025"
    term_start_year integer NOT NULL CHECK (term_start_year BETWEEN 1930 AND 2100 AND term_start_year % 5 = 0),
    position        text     NOT NULL
        CHECK (position IN ('SECRETARY', 'DEPUTY_SECRETARY', 'STANDING_MEMBER', 'COMMITTEE_MEMBER', 'INSPECTION_MEMBER')),
    appointment     text     NOT NULL CHECK (appointment IN ('ELECTED', 'APPOINTED', 'SUPPLEMENTED')),
    starts_on       date     NOT NULL,
    ends_on         date,
    decision        text,
    note            text,
    version         bigint   NOT NULL DEFAULT 0,
    CONSTRAINT committee_position_ends_after_start CHECK (ends_on IS NULL OR ends_on >= starts_on),
    -- one secretary of a unit on any day
    CONSTRAINT committee_position_one_secretary EXCLUDE USING gist (
        organization_id WITH =, daterange(starts_on, ends_on, '[]') WITH &&) WHERE (position = 'SECRETARY'),
    -- one seat per person in the executive committee, and one in the inspection committee, on any day
    CONSTRAINT committee_position_one_seat EXCLUDE USING gist (
        organization_id WITH =, member_id WITH =, (position = 'INSPECTION_MEMBER') WITH =,
        daterange(starts_on, ends_on, '[]') WITH &&)
);
CREATE INDEX committee_position_organization_idx ON committee_position (organization_id, term_start_year);
CREATE INDEX committee_position_member_idx ON committee_position (member_id);
-- the one query per request that finds the unit a secretary administers today
CREATE INDEX committee_position_office_idx ON committee_position (member_id, starts_on) INCLUDE (organization_id, ends_on)
    WHERE position IN ('SECRETARY', 'DEPUTY_SECRETARY');

-- Secretaries recorded before the committee existed keep their office: one record each, dated today,
-- with a note asking for the real date of taking office.
INSERT INTO committee_position (organization_id, member_id, term_start_year, position, appointment, starts_on, note)
SELECT o.id, o.secretary_member_id, (extract(year FROM current_date)::int / 5) * 5, 'SECRETARY', 'APPOINTED', current_date,
       'Ghi nhận từ thông tin bí thư trước khi có sổ cấp ủy; cần bổ sung ngày nhận nhiệm vụ.'
  FROM organization o
 WHERE o.secretary_member_id IS NOT NULL AND o.dissolved_on IS NULL;

-- A secretary account linked to a member record takes its unit from the committee; only accounts
-- without a member record still need an organisation set by the administrator.
ALTER TABLE user_account DROP CONSTRAINT user_account_secretary_has_organization;
ALTER TABLE user_account ADD CONSTRAINT user_account_secretary_has_organization
    CHECK (role <> 'SECRETARY' OR organization_id IS NOT NULL OR member_id IS NOT NULL);
