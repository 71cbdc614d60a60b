-- Party badges (Huy hiệu Đảng) awarded at 30, 40, 45 … 90 years of Party age, in batches on 3/2, 19/5, 2/9, 7/11.
CREATE TABLE badge_award (
    id              bigserial PRIMARY KEY,
    member_id       bigint  NOT NULL REFERENCES member (id),
    years           integer NOT NULL CHECK (years IN (30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90)),
    batch_date      date    NOT NULL CHECK ((extract(month FROM batch_date), extract(day FROM batch_date))
                                            IN ((2, 3), (5, 19), (9, 2), (11, 7))),
    decision_number text,
    -- truy tặng (after death) or tặng sớm (seriously ill, before the Party age is reached)
    kind            text    NOT NULL DEFAULT 'REGULAR' CHECK (kind IN ('REGULAR', 'EARLY', 'POSTHUMOUS')),
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    recorded_by     text    NOT NULL,
    CONSTRAINT badge_award_once UNIQUE (member_id, years)
);
CREATE INDEX badge_award_batch_idx ON badge_award (batch_date);
