-- Yearly ratings at scale: a published round for each of the last five years before this one (Quy định 124 up to
-- 2024, 366 from 2025), every current member and every cell and grassroots organisation rated by its deciding body
-- (the grassroots organisation; the bloc for grassroots organisations), about 88 % HTTNV or above of which ~14 %
-- HTXSNV, 2 % not rated; and the published tally the statistics read, counted from the rows as publishing does.
SET search_path TO portal, public;
SET synchronous_commit = off;

INSERT INTO rating_round (year, rules, opened_on, self_assessment_deadline, proposal_deadline, decision_deadline,
                          closed_at, closed_by)
SELECT y, CASE WHEN y >= 2025 THEN 'QD366' ELSE 'QD124' END, make_date(y, 11, 15), make_date(y, 12, 5),
       make_date(y, 12, 15), make_date(y, 12, 28), make_date(y, 12, 30)::timestamptz, 'Ban Tổ chức'
  FROM generate_series(extract(year FROM CURRENT_DATE)::int - 5, extract(year FROM CURRENT_DATE)::int - 1) AS y;

-- the grassroots organisation above each cell (the cell itself for a chi bộ cơ sở)
CREATE TEMP TABLE cell_body AS
SELECT c.id AS cell_id, CASE WHEN c.kind = 'SUB_CELL' THEN c.parent_id ELSE c.id END AS body_id
  FROM organization c WHERE c.kind IN ('GRASSROOTS_CELL', 'SUB_CELL');

INSERT INTO rating (round_id, subject, member_id, organization_id, deciding_body_id, state, not_rated_reason,
                    decided_level, decided_at, decided_by, published_at)
SELECT r.id, 'MEMBER', m.id, m.organization_id, b.body_id,
       CASE WHEN x.h < 20 THEN 'NOT_RATED' ELSE 'PUBLISHED' END,
       CASE WHEN x.h < 20 THEN 'EXEMPT' END,
       CASE WHEN x.h < 20 THEN NULL WHEN x.h < 143 THEN 'HTXSNV' WHEN x.h < 880 THEN 'HTTNV' WHEN x.h < 990 THEN 'HTNV'
            ELSE 'KHTNV' END,
       CASE WHEN x.h >= 20 THEN make_date(r.year, 12, 20)::timestamptz END,
       CASE WHEN x.h >= 20 THEN 'Bí thư' END,
       CASE WHEN x.h >= 20 THEN make_date(r.year, 12, 22)::timestamptz END
  FROM rating_round r
  JOIN member m ON m.status IN ('PROBATIONARY', 'OFFICIAL') AND m.admission_date < make_date(r.year, 6, 1)
  JOIN cell_body b ON b.cell_id = m.organization_id
 CROSS JOIN LATERAL (SELECT abs(hashtext(m.id || '/' || r.year)) % 1000 AS h) x;

INSERT INTO rating (round_id, subject, organization_id, deciding_body_id, state, decided_level, decided_at, decided_by,
                    published_at)
SELECT r.id, 'ORGANIZATION', o.id, o.parent_id, 'PUBLISHED',
       CASE WHEN x.h < 150 THEN 'HTXSNV' WHEN x.h < 900 THEN 'HTTNV' WHEN x.h < 985 THEN 'HTNV' ELSE 'KHTNV' END,
       make_date(r.year, 12, 25)::timestamptz, 'Ban Thường vụ', make_date(r.year, 12, 26)::timestamptz
  FROM rating_round r
  JOIN organization o ON o.kind IN ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL', 'SUB_CELL')
 CROSS JOIN LATERAL (SELECT abs(hashtext('o' || o.id || '/' || r.year)) % 1000 AS h) x;

INSERT INTO rating_tally (round_id, subject, deciding_body_id, organization_id, level, total)
SELECT round_id, subject, deciding_body_id, organization_id, coalesce(decided_level, 'NOT_RATED'), count(*)
  FROM rating WHERE state IN ('PUBLISHED', 'NOT_RATED')
 GROUP BY round_id, subject, deciding_body_id, organization_id, coalesce(decided_level, 'NOT_RATED');
