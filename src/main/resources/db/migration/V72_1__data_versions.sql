-- Figures that read a whole table at national size (members on a past date from the history, admissions in a
-- period, the dashboard's lists over every grassroots organisation) are cached by the portal
-- (cache.VersionedCache) under the versions of the tables they read. Every statement that writes one of these
-- tables bumps its version in the writing transaction, so a cached figure is never older than the data: it is
-- computed in one snapshot together with the versions it belongs to.
-- The tables listed here change by hand or in batches; monthly entries are not among them (saving a draft is
-- the most frequent write of all): the submission tallies kept from them are, and they change only when an
-- entry is submitted or taken back.
CREATE TABLE data_version (
    table_name text   PRIMARY KEY,
    version    bigint NOT NULL
);

CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE data_version SET version = version + 1 WHERE table_name = TG_TABLE_NAME;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['organization', 'member', 'member_event', 'cell_submitters', 'cell_submissions',
                             'rating_round', 'rating_tally_subtree', 'breakthrough_task'] LOOP
        INSERT INTO data_version (table_name, version) VALUES (t, 0);
        EXECUTE format('CREATE TRIGGER %1$s_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %1$I
                            FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()', t);
    END LOOP;
END
$$;

-- admissions in a period counted from the index alone, without visiting the events
DROP INDEX member_event_kind_date_idx;
CREATE INDEX member_event_kind_date_idx ON member_event (kind, event_date) INCLUDE (organization_id);
