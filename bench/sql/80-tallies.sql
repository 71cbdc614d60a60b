-- Recount the submission tallies after the bulk load and turn their triggers back on (see 15-tallies-off.sql).
SET search_path TO portal, public;
SELECT rebuild_submission_tallies();
ALTER TABLE member ENABLE TRIGGER member_tallies_insert, ENABLE TRIGGER member_tallies_update, ENABLE TRIGGER member_tallies_delete;
ALTER TABLE monthly_assessment ENABLE TRIGGER entry_tallies_insert, ENABLE TRIGGER entry_tallies_update,
    ENABLE TRIGGER entry_tallies_delete;
