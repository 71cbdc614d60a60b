-- Discipline records (kỷ luật): reprimand, warning, dismissal, expulsion (expulsion also ends membership).
CREATE TABLE discipline_record (
    id              bigserial PRIMARY KEY,
    member_id       bigint NOT NULL REFERENCES member (id),
    form            text   NOT NULL CHECK (form IN ('REPRIMAND', 'WARNING', 'DISMISSAL', 'EXPULSION')),
    decision_date   date   NOT NULL,
    decision_number text   NOT NULL CHECK (btrim(decision_number) <> ''),
    decision_issuer text   NOT NULL CHECK (btrim(decision_issuer) <> ''),
    violation       text   NOT NULL CHECK (btrim(violation) <> ''),
    version         bigint NOT NULL DEFAULT 0
);
CREATE INDEX discipline_record_member_idx ON discipline_record (member_id, decision_date);
CREATE INDEX discipline_record_date_idx ON discipline_record (decision_date);

-- The good-deeds book (Sổ "người tốt, việc tốt"): an entry for a member (individual) or for a unit (collective).
CREATE TABLE good_deed (
    id              bigserial PRIMARY KEY,
    -- the unit of a collective entry, or the cell of the member at the time
    organization_id bigint NOT NULL REFERENCES organization (id),
    member_id       bigint REFERENCES member (id),
    deed_date       date   NOT NULL,
    deed            text   NOT NULL CHECK (btrim(deed) <> ''),
    recognition     text   NOT NULL CHECK (recognition IN ('CELL', 'GRASSROOTS', 'BLOC', 'PROVINCE', 'NATIONAL')),
    recognized_by   text   NOT NULL CHECK (btrim(recognized_by) <> ''),
    version         bigint NOT NULL DEFAULT 0
);
CREATE INDEX good_deed_date_idx ON good_deed (deed_date DESC, id DESC);
CREATE INDEX good_deed_member_idx ON good_deed (member_id);
CREATE INDEX good_deed_organization_idx ON good_deed (organization_id);
