-- Đại biểu: the delegates summoned to a congress — ex officio (the outgoing committee), elected by a
-- grassroots congress (with that organisation), or appointed; official or alternate — with the code printed
-- on their card and their attendance, set at the door. Attendance is a state, never a counter: two doors
-- checking in the same delegate at once leave one "present".
CREATE TABLE congress_delegate (
    id                     bigserial PRIMARY KEY,
    congress_id            bigint NOT NULL REFERENCES congress (id),
    member_id              bigint NOT NULL REFERENCES member (id),
    source                 text   NOT NULL CHECK (source IN ('EX_OFFICIO', 'ELECTED', 'APPOINTED')),
    source_organization_id bigint REFERENCES organization (id),
    standing               text   NOT NULL CHECK (standing IN ('OFFICIAL', 'ALTERNATE')),
    card_code              text   NOT NULL CHECK (card_code ~ '^[A-Z0-9-]{3,20}$'),
    attendance             text   NOT NULL DEFAULT 'SUMMONED'
        CHECK (attendance IN ('SUMMONED', 'PRESENT', 'ABSENT_WITH_REASON', 'DISQUALIFIED')),
    absence_reason         text,
    checked_in_at          timestamptz,
    checked_in_by          text,
    CONSTRAINT congress_delegate_member_key UNIQUE (congress_id, member_id),
    CONSTRAINT congress_delegate_card_key UNIQUE (congress_id, card_code),
    CONSTRAINT congress_delegate_elected_has_source CHECK (source <> 'ELECTED' OR source_organization_id IS NOT NULL),
    CONSTRAINT congress_delegate_absence_has_reason CHECK (attendance NOT IN ('ABSENT_WITH_REASON', 'DISQUALIFIED')
        OR btrim(coalesce(absence_reason, '')) <> ''),
    CONSTRAINT congress_delegate_present_has_time CHECK (attendance <> 'PRESENT' OR checked_in_at IS NOT NULL)
);
CREATE INDEX congress_delegate_congress_idx ON congress_delegate (congress_id, attendance);

CREATE TRIGGER congress_delegate_closed BEFORE INSERT OR UPDATE OR DELETE ON congress_delegate FOR EACH ROW
    EXECUTE FUNCTION congress_child_refuse_closed('SELECT ($1->>''congress_id'')::bigint');
