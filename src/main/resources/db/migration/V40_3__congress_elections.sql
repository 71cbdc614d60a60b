-- Bầu cử tại đại hội: the executive committee and the delegates to the higher congress. A list of
-- candidates, rounds of paper ballots, and for each round the counting board's two independent entries
-- of the per-candidate counts (by two different accounts); a round is counted only when both entries agree,
-- and its results are kept.
CREATE TABLE congress_election (
    id          bigserial PRIMARY KEY,
    congress_id bigint  NOT NULL REFERENCES congress (id),
    kind        text    NOT NULL CHECK (kind IN ('EXECUTIVE_COMMITTEE', 'HIGHER_DELEGATES')),
    seats       integer NOT NULL CHECK (seats > 0),
    installed   boolean NOT NULL DEFAULT false,
    version     bigint  NOT NULL DEFAULT 0,
    CONSTRAINT congress_election_kind_key UNIQUE (congress_id, kind)
);

CREATE TABLE congress_candidate (
    id          bigserial PRIMARY KEY,
    election_id bigint  NOT NULL REFERENCES congress_election (id),
    member_id   bigint  NOT NULL REFERENCES member (id),
    CONSTRAINT congress_candidate_member_key UNIQUE (election_id, member_id)
);

CREATE TABLE congress_round (
    id                 bigserial PRIMARY KEY,
    election_id        bigint  NOT NULL REFERENCES congress_election (id),
    number             integer NOT NULL CHECK (number > 0),
    seats              integer NOT NULL CHECK (seats > 0),
    -- the base of the majority, frozen when the round is counted
    summoned           integer,
    absent_with_reason integer,
    valid_ballots      integer,
    invalid_ballots    integer,
    counted_at         timestamptz,
    CONSTRAINT congress_round_number_key UNIQUE (election_id, number),
    CONSTRAINT congress_round_counted CHECK (counted_at IS NULL OR (summoned IS NOT NULL AND valid_ballots IS NOT NULL))
);

CREATE TABLE congress_round_candidate (
    round_id     bigint NOT NULL REFERENCES congress_round (id),
    candidate_id bigint NOT NULL REFERENCES congress_candidate (id),
    votes        integer CHECK (votes >= 0),
    elected      boolean,
    PRIMARY KEY (round_id, candidate_id)
);

-- The two entries of a round's count, by two different accounts.
CREATE TABLE congress_tally (
    id                 bigserial PRIMARY KEY,
    round_id           bigint      NOT NULL REFERENCES congress_round (id),
    entry              integer     NOT NULL CHECK (entry IN (1, 2)),
    entered_by_user_id bigint      NOT NULL REFERENCES user_account (id),
    entered_by         text        NOT NULL,
    entered_at         timestamptz NOT NULL,
    valid_ballots      integer     NOT NULL CHECK (valid_ballots >= 0),
    invalid_ballots    integer     NOT NULL CHECK (invalid_ballots >= 0),
    -- candidate id → votes, as entered
    votes              jsonb       NOT NULL,
    CONSTRAINT congress_tally_entry_key UNIQUE (round_id, entry),
    CONSTRAINT congress_tally_two_people UNIQUE (round_id, entered_by_user_id)
);

CREATE TRIGGER congress_election_closed BEFORE INSERT OR UPDATE OR DELETE ON congress_election FOR EACH ROW
    EXECUTE FUNCTION congress_child_refuse_closed('SELECT ($1->>''congress_id'')::bigint');
CREATE TRIGGER congress_candidate_closed BEFORE INSERT OR UPDATE OR DELETE ON congress_candidate FOR EACH ROW
    EXECUTE FUNCTION congress_child_refuse_closed('SELECT e.congress_id FROM congress_election e WHERE e.id = ($1->>''election_id'')::bigint');
CREATE TRIGGER congress_round_closed BEFORE INSERT OR UPDATE OR DELETE ON congress_round FOR EACH ROW
    EXECUTE FUNCTION congress_child_refuse_closed('SELECT e.congress_id FROM congress_election e WHERE e.id = ($1->>''election_id'')::bigint');
CREATE TRIGGER congress_round_candidate_closed BEFORE INSERT OR UPDATE OR DELETE ON congress_round_candidate FOR EACH ROW
    EXECUTE FUNCTION congress_child_refuse_closed('SELECT e.congress_id FROM congress_round r JOIN congress_election e ON e.id = r.election_id WHERE r.id = ($1->>''round_id'')::bigint');
CREATE TRIGGER congress_tally_closed BEFORE INSERT OR UPDATE OR DELETE ON congress_tally FOR EACH ROW
    EXECUTE FUNCTION congress_child_refuse_closed('SELECT e.congress_id FROM congress_round r JOIN congress_election e ON e.id = r.election_id WHERE r.id = ($1->>''round_id'')::bigint');
