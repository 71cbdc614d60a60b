-- Tallies behind "who has not submitted last month" on the leadership dashboard, so it no longer counts a
-- month's entries over every member of the bloc on each request. Both are kept by statement triggers in the
-- transaction of whatever writes members or monthly entries (JPA, the import, moves, reorganisations, loaders).
--
-- cell_submitters: per cell, its probationary and official members (those expected to submit a month, less
-- the ones admitted on or after the month's first day, which the reader subtracts).
-- cell_submissions: per cell and month, those of them who submitted it (not a draft) and were expected to,
-- i.e. admitted before the month began.

CREATE TABLE cell_submitters (
    organization_id bigint PRIMARY KEY REFERENCES organization (id),
    members         integer NOT NULL
);

CREATE TABLE cell_submissions (
    organization_id bigint  NOT NULL REFERENCES organization (id),
    year            integer NOT NULL,
    month           integer NOT NULL CHECK (month BETWEEN 1 AND 12),
    submitted       integer NOT NULL,
    PRIMARY KEY (year, month, organization_id)
);

-- the reader subtracts the members admitted since the month began (an index-only scan of a few thousand)
CREATE INDEX member_admission_date_idx ON member (admission_date, organization_id) WHERE status IN ('PROBATIONARY', 'OFFICIAL');

-- Both tallies counted afresh from the members and entries: the backfill here, and bench/generate after its bulk
-- load (which runs with these triggers off).
CREATE FUNCTION rebuild_submission_tallies() RETURNS void LANGUAGE sql AS $$
    TRUNCATE cell_submitters, cell_submissions;
    INSERT INTO cell_submitters (organization_id, members)
    SELECT organization_id, count(*) FROM member WHERE status IN ('PROBATIONARY', 'OFFICIAL') GROUP BY organization_id;

    INSERT INTO cell_submissions (organization_id, year, month, submitted)
    SELECT m.organization_id, p.year, a.month, count(*)
      FROM monthly_assessment a
      JOIN pledge p ON p.id = a.pledge_id
      JOIN member m ON m.id = p.member_id
     WHERE a.status <> 'DRAFT' AND m.status IN ('PROBATIONARY', 'OFFICIAL')
       AND (m.admission_date IS NULL OR m.admission_date < make_date(p.year, a.month, 1))
     GROUP BY m.organization_id, p.year, a.month
     ORDER BY p.year, a.month;   -- a month's rows together: the dashboard reads one month of every cell
$$;

SELECT rebuild_submission_tallies();

-- The triggers below add the signed contributions of the changed rows (-1 as they were, +1 as they are),
-- one set-based statement per transition table, so a bulk load costs one join and a form save almost nothing.
-- Transition tables are visible only in the trigger function itself, hence the dynamic SQL over their names.

-- Members: a member counts in the cell they are in while probationary or official; their submitted months
-- move with them and count only from the month after their admission.
CREATE FUNCTION member_submission_tallies() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed text;
    delta integer;
    source text;
BEGIN
    -- an update counts only when it changes the cell, whether the member is expected at all, or the admission date
    changed := CASE TG_OP WHEN 'UPDATE' THEN $c$
        SELECT id FROM old_members o JOIN new_members n USING (id)
         WHERE (o.organization_id, o.status IN ('PROBATIONARY', 'OFFICIAL'), o.admission_date)
               IS DISTINCT FROM (n.organization_id, n.status IN ('PROBATIONARY', 'OFFICIAL'), n.admission_date)$c$
        WHEN 'INSERT' THEN 'SELECT id FROM new_members' ELSE 'SELECT id FROM old_members' END;
    FOR delta, source IN SELECT s.d, s.rel FROM (VALUES (-1, 'old_members'), (1, 'new_members')) AS s(d, rel)
                          WHERE (s.d = -1 AND TG_OP <> 'INSERT') OR (s.d = 1 AND TG_OP <> 'DELETE') LOOP
        EXECUTE format($q$
            INSERT INTO cell_submitters AS t (organization_id, members)
            SELECT m.organization_id, %1$s * count(*) FROM %2$I m
             WHERE m.status IN ('PROBATIONARY', 'OFFICIAL') AND m.id IN (%3$s)
             GROUP BY m.organization_id
            ON CONFLICT (organization_id) DO UPDATE SET members = t.members + excluded.members$q$, delta, source, changed);
        EXECUTE format($q$
            INSERT INTO cell_submissions AS t (organization_id, year, month, submitted)
            SELECT m.organization_id, p.year, a.month, %1$s * count(*)
              FROM %2$I m
              JOIN pledge p ON p.member_id = m.id
              JOIN monthly_assessment a ON a.pledge_id = p.id
             WHERE m.status IN ('PROBATIONARY', 'OFFICIAL') AND m.id IN (%3$s) AND a.status <> 'DRAFT'
               AND (m.admission_date IS NULL OR m.admission_date < make_date(p.year, a.month, 1))
             GROUP BY m.organization_id, p.year, a.month
            ON CONFLICT (year, month, organization_id) DO UPDATE SET submitted = t.submitted + excluded.submitted$q$,
            delta, source, changed);
    END LOOP;
    RETURN NULL;
END
$$;

CREATE TRIGGER member_tallies_insert AFTER INSERT ON member REFERENCING NEW TABLE AS new_members
    FOR EACH STATEMENT EXECUTE FUNCTION member_submission_tallies();
CREATE TRIGGER member_tallies_update AFTER UPDATE ON member REFERENCING OLD TABLE AS old_members NEW TABLE AS new_members
    FOR EACH STATEMENT EXECUTE FUNCTION member_submission_tallies();
CREATE TRIGGER member_tallies_delete AFTER DELETE ON member REFERENCING OLD TABLE AS old_members
    FOR EACH STATEMENT EXECUTE FUNCTION member_submission_tallies();

-- Monthly entries: an entry counts from its submission (acknowledging or returning it changes nothing; only
-- going from or to a draft does), for its member's current cell, when the member was expected that month.
CREATE FUNCTION entry_submission_tallies() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed text;
    delta integer;
    source text;
BEGIN
    -- drafts never count, and saving one is the most frequent write of all: leave before planning the tally
    -- statements (a draft insert went from about 10 ms in this trigger to a look at the one new row)
    IF TG_OP = 'INSERT' THEN
        IF NOT EXISTS (SELECT 1 FROM new_entries WHERE status <> 'DRAFT') THEN
            RETURN NULL;
        END IF;
    ELSIF TG_OP = 'UPDATE' THEN
        IF NOT EXISTS (SELECT 1 FROM old_entries o JOIN new_entries n USING (id) WHERE (o.status = 'DRAFT') <> (n.status = 'DRAFT')) THEN
            RETURN NULL;
        END IF;
    END IF;
    changed := CASE TG_OP WHEN 'UPDATE' THEN $c$
        SELECT id FROM old_entries o JOIN new_entries n USING (id) WHERE (o.status = 'DRAFT') <> (n.status = 'DRAFT')$c$
        WHEN 'INSERT' THEN 'SELECT id FROM new_entries' ELSE 'SELECT id FROM old_entries' END;
    FOR delta, source IN SELECT s.d, s.rel FROM (VALUES (-1, 'old_entries'), (1, 'new_entries')) AS s(d, rel)
                          WHERE (s.d = -1 AND TG_OP <> 'INSERT') OR (s.d = 1 AND TG_OP <> 'DELETE') LOOP
        EXECUTE format($q$
            INSERT INTO cell_submissions AS t (organization_id, year, month, submitted)
            SELECT m.organization_id, p.year, a.month, %1$s * count(*)
              FROM %2$I a
              JOIN pledge p ON p.id = a.pledge_id
              JOIN member m ON m.id = p.member_id
             WHERE a.status <> 'DRAFT' AND a.id IN (%3$s) AND m.status IN ('PROBATIONARY', 'OFFICIAL')
               AND (m.admission_date IS NULL OR m.admission_date < make_date(p.year, a.month, 1))
             GROUP BY m.organization_id, p.year, a.month
            ON CONFLICT (year, month, organization_id) DO UPDATE SET submitted = t.submitted + excluded.submitted$q$,
            delta, source, changed);
    END LOOP;
    RETURN NULL;
END
$$;

CREATE TRIGGER entry_tallies_insert AFTER INSERT ON monthly_assessment REFERENCING NEW TABLE AS new_entries
    FOR EACH STATEMENT EXECUTE FUNCTION entry_submission_tallies();
CREATE TRIGGER entry_tallies_update AFTER UPDATE ON monthly_assessment REFERENCING OLD TABLE AS old_entries NEW TABLE AS new_entries
    FOR EACH STATEMENT EXECUTE FUNCTION entry_submission_tallies();
CREATE TRIGGER entry_tallies_delete AFTER DELETE ON monthly_assessment REFERENCING OLD TABLE AS old_entries
    FOR EACH STATEMENT EXECUTE FUNCTION entry_submission_tallies();
