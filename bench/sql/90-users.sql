-- Load users, all with the password bench-password-2026:
--   bench-staff (the whole bloc), bench-leader, bench-secretary (secretary of the largest đảng bộ cơ sở, set by
--   the administrator's fallback: the account has no member record), and bench-member-1 … bench-member-10000
--   (ordinary members with a pledge this year, for the write scenario). The members' hash uses bcrypt cost 4 so
--   that signing 10,000 of them in before a run takes seconds; every other account keeps cost 10.
SET search_path TO portal, public;
\set hash '{bcrypt}$2a$10$JfYiTAuCCtJASq9CvJy5zeNwWsT1k3mbm904Buy236/ke1qKce8OO'
\set quick_hash '{bcrypt}$2a$04$I6VymlHcii.oyntzZn0j1uOtVOFVMhmiycVDOjkAIdM/U84HmRKhC'

INSERT INTO user_account (username, password_hash, display_name, role) VALUES
    ('bench-staff', :'hash', 'Bench staff', 'STAFF'),
    ('bench-leader', :'hash', 'Bench leader', 'LEADER');

INSERT INTO user_account (username, password_hash, display_name, role, organization_id)
SELECT 'bench-secretary', :'hash', 'Bench secretary', 'SECRETARY', c.id
  FROM organization c JOIN organization s ON s.parent_id = c.id JOIN member m ON m.organization_id = s.id
 WHERE c.kind = 'GRASSROOTS_COMMITTEE'
 GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1;

INSERT INTO user_account (username, password_hash, display_name, role, member_id)
SELECT 'bench-member-' || row_number() OVER (ORDER BY m.id), :'quick_hash', 'Bench member', 'MEMBER', m.id
  FROM member m
 WHERE m.status IN ('OFFICIAL', 'PROBATIONARY')
   AND EXISTS (SELECT 1 FROM pledge p WHERE p.member_id = m.id AND p.year = extract(year FROM CURRENT_DATE))
 ORDER BY m.id LIMIT 10000;
