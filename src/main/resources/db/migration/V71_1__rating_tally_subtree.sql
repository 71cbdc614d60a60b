-- rating_tally summed over whole subtrees: for every unit, the published results of the unit and of all units
-- below it, per round, subject and level. Statistics and congress indicators read a handful of rows here instead
-- of summing the tally of every unit of the bloc (~60,000 rows a year at 1 M members).
-- Kept by triggers in the same transaction as the change: a change of the tally (publishing) adds to or takes
-- from every ancestor of the unit, and a unit moved in the tree takes its own results from its old ancestors to
-- its new ones (the subtree move updates the path of each unit below, so each carries its own results).
CREATE TABLE rating_tally_subtree (
    round_id        bigint NOT NULL REFERENCES rating_round (id),
    subject         text   NOT NULL CHECK (subject IN ('MEMBER', 'ORGANIZATION')),
    organization_id bigint NOT NULL REFERENCES organization (id),
    level           text   NOT NULL CHECK (level IN ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', 'NOT_RATED')),
    total           bigint NOT NULL CHECK (total >= 0),
    PRIMARY KEY (organization_id, round_id, subject, level)
);

-- Tally rows given as (round_id, subject, level, total, path), summed for every unit on each path (its ancestors
-- and itself).
CREATE FUNCTION rating_tally_by_subtree(rows jsonb)
    RETURNS TABLE (organization_id bigint, round_id bigint, subject text, level text, total bigint) LANGUAGE sql AS $$
    SELECT CAST(a.id AS bigint), r.round_id, r.subject, r.level, sum(r.total)
      FROM jsonb_to_recordset(rows) AS r(round_id bigint, subject text, level text, total bigint, path text)
     CROSS JOIN LATERAL unnest(string_to_array(btrim(r.path, '/'), '/')) AS a(id)
     GROUP BY 1, 2, 3, 4
     ORDER BY 1, 2, 3, 4
$$;

-- Adds the given tally rows to the subtree totals (sign 1) or takes them away (sign -1, dropping lines at zero).
CREATE FUNCTION rating_tally_subtree_add(rows jsonb, sign integer) RETURNS void LANGUAGE sql AS $$
    INSERT INTO rating_tally_subtree AS s (organization_id, round_id, subject, level, total)
    SELECT * FROM rating_tally_by_subtree(rows) WHERE sign > 0
        ON CONFLICT (organization_id, round_id, subject, level) DO UPDATE SET total = s.total + excluded.total;
    UPDATE rating_tally_subtree s SET total = s.total - d.total
      FROM rating_tally_by_subtree(rows) d
     WHERE sign < 0 AND (s.organization_id, s.round_id, s.subject, s.level) = (d.organization_id, d.round_id, d.subject, d.level);
    DELETE FROM rating_tally_subtree WHERE sign < 0 AND total = 0
       AND (organization_id, round_id, subject, level) IN (SELECT organization_id, round_id, subject, level FROM rating_tally_by_subtree(rows));
$$;

CREATE FUNCTION rating_tally_roll_up() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        PERFORM rating_tally_subtree_add((SELECT jsonb_agg(jsonb_build_object('round_id', t.round_id, 'subject', t.subject,
                                                  'level', t.level, 'total', t.total, 'path', o.path))
                                            FROM removed t JOIN organization o ON o.id = t.organization_id), -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM rating_tally_subtree_add((SELECT jsonb_agg(jsonb_build_object('round_id', t.round_id, 'subject', t.subject,
                                                  'level', t.level, 'total', t.total, 'path', o.path))
                                            FROM added t JOIN organization o ON o.id = t.organization_id), 1);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER rating_tally_roll_up_insert AFTER INSERT ON rating_tally
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION rating_tally_roll_up();
CREATE TRIGGER rating_tally_roll_up_update AFTER UPDATE ON rating_tally
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION rating_tally_roll_up();
CREATE TRIGGER rating_tally_roll_up_delete AFTER DELETE ON rating_tally
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION rating_tally_roll_up();

CREATE FUNCTION rating_tally_subtree_on_move() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    own jsonb;
BEGIN
    SELECT jsonb_agg(jsonb_build_object('round_id', round_id, 'subject', subject, 'level', level, 'total', total))
      INTO own FROM rating_tally WHERE organization_id = NEW.id;
    IF own IS NOT NULL THEN
        PERFORM rating_tally_subtree_add((SELECT jsonb_agg(r || jsonb_build_object('path', OLD.path)) FROM jsonb_array_elements(own) r), -1);
        PERFORM rating_tally_subtree_add((SELECT jsonb_agg(r || jsonb_build_object('path', NEW.path)) FROM jsonb_array_elements(own) r), 1);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER rating_tally_subtree_on_move AFTER UPDATE OF path, parent_id ON organization
    FOR EACH ROW WHEN (OLD.path IS DISTINCT FROM NEW.path) EXECUTE FUNCTION rating_tally_subtree_on_move();

INSERT INTO rating_tally_subtree (organization_id, round_id, subject, level, total)
SELECT CAST(a.id AS bigint), t.round_id, t.subject, t.level, sum(t.total)
  FROM rating_tally t
  JOIN organization o ON o.id = t.organization_id
 CROSS JOIN LATERAL unnest(string_to_array(btrim(o.path, '/'), '/')) AS a(id)
 GROUP BY 1, 2, 3, 4
 ORDER BY 1, 2, 3, 4;
