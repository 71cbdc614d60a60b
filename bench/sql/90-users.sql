-- Load users, all with the password bench-password-2026 (the bcrypt hash below):
--   bench-staff (the whole bloc), bench-leader, bench-secretary (secretary of the largest đảng bộ cơ sở),
--   bench-member-1 … bench-member-2000 (ordinary members, for the write scenario).
SET search_path TO portal, public;
\set hash '{bcrypt}$2a$10$JfYiTAuCCtJASq9CvJy5zeNwWsT1k3mbm904Buy236/ke1qKce8OO'

INSERT INTO user_account (username, password_hash, display_name, role) VALUES
    ('bench-staff', :'hash', 'Bench staff', 'STAFF'),
    ('bench-leader', :'hash', 'Bench leader', 'LEADER');

INSERT INTO user_account (username, password_hash, display_name, role, organization_id)
SELECT 'bench-secretary', :'hash', 'Bench secretary', 'SECRETARY', c.id
  FROM organization c JOIN organization s ON s.parent_id = c.id JOIN member m ON m.organization_id = s.id
 WHERE c.kind = 'GRASSROOTS_COMMITTEE'
 GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1;

INSERT INTO user_account (username, password_hash, display_name, role, member_id)
SELECT 'bench-member-' || row_number() OVER (ORDER BY id), :'hash', 'Bench member', 'MEMBER', id
  FROM (SELECT id FROM member WHERE status IN ('OFFICIAL', 'PROBATIONARY') ORDER BY id LIMIT 2000) m;
