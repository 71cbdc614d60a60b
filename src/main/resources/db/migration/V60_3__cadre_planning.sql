-- Quy hoạch cán bộ: a planning list of a committee (the bloc or a grassroots organisation) for a
-- five-year term, approved by a decision, then reviewed yearly (people added or removed with a reason).
CREATE TABLE planning_list (
    id                bigserial PRIMARY KEY,
    organization_id   bigint  NOT NULL REFERENCES organization (id),
    term_start_year   integer NOT NULL CHECK (term_start_year BETWEEN 2000 AND 2100 AND term_start_year % 5 = 0),
    state             text    NOT NULL DEFAULT 'DRAFT' CHECK (state IN ('DRAFT', 'APPROVED')),
    decision_number   text,
    decision_date     date,
    version           bigint  NOT NULL DEFAULT 0,
    CONSTRAINT planning_list_one_per_term UNIQUE (organization_id, term_start_year),
    CONSTRAINT planning_list_approved_has_decision CHECK ((state = 'APPROVED') = (decision_number IS NOT NULL AND decision_date IS NOT NULL))
);

-- A person planned for a position. Removing keeps the line (with its date and reason) for the yearly review.
CREATE TABLE planning_entry (
    id             bigserial PRIMARY KEY,
    list_id        bigint NOT NULL REFERENCES planning_list (id),
    member_id      bigint NOT NULL REFERENCES member (id),
    position       text   NOT NULL
        CHECK (position IN ('SECRETARY', 'DEPUTY_SECRETARY', 'STANDING_MEMBER', 'COMMITTEE_MEMBER', 'INSPECTION_MEMBER')),
    added_on       date   NOT NULL,
    added_reason   text,
    removed_on     date,
    removed_reason text,
    note           text,
    version        bigint NOT NULL DEFAULT 0,
    CONSTRAINT planning_entry_removal_has_reason CHECK (removed_on IS NULL OR (removed_reason IS NOT NULL AND btrim(removed_reason) <> '')),
    CONSTRAINT planning_entry_removed_after_added CHECK (removed_on IS NULL OR removed_on >= added_on)
);
CREATE UNIQUE INDEX planning_entry_current_once ON planning_entry (list_id, member_id, position) WHERE removed_on IS NULL;
CREATE INDEX planning_entry_list_idx ON planning_entry (list_id);
