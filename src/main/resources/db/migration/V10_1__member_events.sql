-- The member lifecycle as history (issue 4). Every change of a member's status or cell is an event
-- (kết nạp, chuyển chính thức, chuyển sinh hoạt, miễn sinh hoạt, từ trần, xóa tên, khai trừ …); the
-- columns member.status, organization_id, admission_date, official_date stay as the cached current
-- state, written only by the lifecycle together with the event, so lists keep reading them directly.
CREATE TABLE member_event (
    id              bigserial PRIMARY KEY,
    member_id       bigint NOT NULL REFERENCES member (id),
    kind            text   NOT NULL CHECK (kind IN ('REGISTRATION', 'ADMISSION', 'OFFICIAL', 'NAME_REMOVAL',
                        'TEMPORARY_TRANSFER', 'TEMPORARY_TRANSFER_END', 'TRANSFER_INTERNAL', 'TRANSFER_OUT',
                        'TRANSFER_IN', 'EXEMPTION', 'EXEMPTION_END', 'DEATH', 'EXPULSION')),
    -- the date the event takes effect; for an admission the date written in the admission decision
    event_date      date   NOT NULL,
    -- admission: the date of the admission ceremony (probation is counted from it)
    ceremony_date   date,
    -- registration / transfer in: the member's own dates, brought from their record
    admission_date  date,
    official_date   date,
    decision_number text,
    decision_issuer text,
    -- the Party organisation outside the bloc a member goes to or comes from
    counterpart     text,
    note            text,
    -- the cell the member belongs to after the event
    organization_id bigint NOT NULL REFERENCES organization (id),
    status_after    text   NOT NULL
        CHECK (status_after IN ('PROBATIONARY', 'OFFICIAL', 'EXEMPT', 'TRANSFERRED_OUT', 'DECEASED', 'REMOVED', 'EXPELLED')),
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    recorded_by     text   NOT NULL,
    CONSTRAINT member_event_ceremony_after_decision CHECK (ceremony_date IS NULL OR ceremony_date >= coalesce(admission_date, event_date)),
    CONSTRAINT member_event_entry_dates CHECK ((admission_date IS NULL AND official_date IS NULL) OR kind IN ('REGISTRATION', 'TRANSFER_IN'))
);
CREATE INDEX member_event_member_idx ON member_event (member_id, event_date, id);
CREATE INDEX member_event_kind_date_idx ON member_event (kind, event_date);
CREATE INDEX member_event_date_idx ON member_event (event_date, member_id);

-- cached with the rest of the current state
ALTER TABLE member ADD COLUMN admission_ceremony_date date;
-- tuổi đảng counts from the admission decision minus interruptions (removed, then admitted again)
ALTER TABLE member ADD COLUMN interruption_days integer NOT NULL DEFAULT 0 CHECK (interruption_days >= 0);

-- Members registered before the history existed get the events their current state implies.
INSERT INTO member_event (member_id, kind, event_date, organization_id, status_after, note, recorded_by)
SELECT id, 'ADMISSION', admission_date, organization_id, 'PROBATIONARY', 'Ghi nhận từ hồ sơ khi bắt đầu lưu lịch sử', 'system'
  FROM member WHERE admission_date IS NOT NULL;
INSERT INTO member_event (member_id, kind, event_date, organization_id, status_after, note, recorded_by)
SELECT id, 'OFFICIAL', official_date, organization_id, 'OFFICIAL', 'Ghi nhận từ hồ sơ khi bắt đầu lưu lịch sử', 'system'
  FROM member WHERE official_date IS NOT NULL AND admission_date IS NOT NULL;
INSERT INTO member_event (member_id, kind, event_date, organization_id, status_after, note, recorded_by)
SELECT id, 'REGISTRATION', current_date, organization_id, status, 'Ghi nhận từ hồ sơ khi bắt đầu lưu lịch sử', 'system'
  FROM member
 WHERE admission_date IS NULL
    OR status NOT IN ('PROBATIONARY', 'OFFICIAL')
    OR (status = 'PROBATIONARY' AND official_date IS NOT NULL);
