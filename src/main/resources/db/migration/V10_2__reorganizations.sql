-- Reorganising the tree (sáp nhập, chia tách, chuyển đơn vị) with an effective date. Old units are never
-- changed in place: they are dissolved on the effective date with a pointer to their successor, new units
-- take over, and members move with a transfer event, so counts "as of" a past date stay right.
CREATE TABLE reorganization (
    id              bigserial PRIMARY KEY,
    kind            text NOT NULL CHECK (kind IN ('MERGE', 'SPLIT', 'MOVE')),
    effective_date  date NOT NULL,
    decision_number text,
    decision_issuer text,
    note            text,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    recorded_by     text NOT NULL
);

ALTER TABLE organization ADD COLUMN successor_id bigint REFERENCES organization (id);
ALTER TABLE organization ADD COLUMN formed_by_id bigint REFERENCES reorganization (id);
ALTER TABLE organization ADD COLUMN dissolved_by_id bigint REFERENCES reorganization (id);
ALTER TABLE organization ADD CONSTRAINT organization_successor_only_when_dissolved
    CHECK (successor_id IS NULL OR dissolved_on IS NOT NULL);
CREATE INDEX organization_formed_by_idx ON organization (formed_by_id);
CREATE INDEX organization_dissolved_by_idx ON organization (dissolved_by_id);

ALTER TABLE member_event ADD COLUMN reorganization_id bigint REFERENCES reorganization (id);
