-- The submission tallies (migration V70_1) are kept by statement triggers on member and monthly_assessment;
-- on a bulk load of tens of millions of rows their transition tables would not fit on disk. They are off for
-- the load and the tallies are recounted at the end (80-tallies.sql).
SET search_path TO portal, public;
ALTER TABLE member DISABLE TRIGGER member_tallies_insert, DISABLE TRIGGER member_tallies_update, DISABLE TRIGGER member_tallies_delete;
ALTER TABLE monthly_assessment DISABLE TRIGGER entry_tallies_insert, DISABLE TRIGGER entry_tallies_update,
    DISABLE TRIGGER entry_tallies_delete;
