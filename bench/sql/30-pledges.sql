-- Pledges and monthly self-assessments at scale: every current member has a pledge for each of the last
-- five years (this year included) and an entry for ~92 % of the months up to last month; most are
-- acknowledged, last month's partly only submitted. About 55 million monthly rows for 1 M members.
-- The unique key, the foreign key and the JSON check are dropped during the load and put back after
-- (the check as NOT VALID: the generated values are well-formed by construction).
SET search_path TO portal, public;
SET synchronous_commit = off;

INSERT INTO pledge_area (year, position, title, guidance)
SELECT y, p, (ARRAY['Lập trường tư tưởng chính trị', 'Phẩm chất đạo đức, lối sống',
                    'Ý thức tổ chức kỷ luật, tác phong, lề lối làm việc', 'Thực hiện chức trách, nhiệm vụ được giao',
                    'Quan hệ với đồng nghiệp và nhân dân', 'Tự phê bình và phê bình',
                    'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'])[p], NULL
  FROM generate_series(extract(year FROM CURRENT_DATE)::int - 4, extract(year FROM CURRENT_DATE)::int) AS y,
       generate_series(1, 7) AS p;

INSERT INTO pledge (member_id, year, status, commitments, submitted_at, approved_at, approved_by)
SELECT m.id, y, 'APPROVED', '{}'::jsonb, make_date(y, 1, 15)::timestamptz, make_date(y, 1, 20)::timestamptz, 'Bí thư chi bộ'
  FROM member m
 CROSS JOIN generate_series(extract(year FROM CURRENT_DATE)::int - 4, extract(year FROM CURRENT_DATE)::int) AS y
 WHERE m.status IN ('PROBATIONARY', 'OFFICIAL') AND m.admission_date < make_date(y, 1, 1);

ALTER TABLE monthly_assessment DROP CONSTRAINT monthly_assessment_pledge_month_key;
ALTER TABLE monthly_assessment DROP CONSTRAINT monthly_assessment_pledge_id_fkey;
ALTER TABLE monthly_assessment DROP CONSTRAINT monthly_assessment_results_check;

CREATE TEMP TABLE year_results AS
SELECT year, jsonb_object_agg(id::text, jsonb_build_object('result', 'DONE')) AS results
  FROM pledge_area GROUP BY year;

INSERT INTO monthly_assessment (pledge_id, month, status, results, first_submitted_at, submitted_at, late,
                                reviewed_at, reviewed_by)
SELECT p.id, mo,
       CASE WHEN make_date(p.year, mo, 1) = date_trunc('month', CURRENT_DATE) - interval '1 month' AND h % 10 < 4
            THEN 'SUBMITTED' ELSE 'ACKNOWLEDGED' END,
       r.results,
       make_date(p.year, mo, 1) + interval '1 month' + (h % 9) * interval '1 day',
       make_date(p.year, mo, 1) + interval '1 month' + (h % 9) * interval '1 day',
       h % 9 > 4,
       make_date(p.year, mo, 1) + interval '1 month' + interval '10 days',
       'Bí thư chi bộ'
  FROM pledge p
  JOIN year_results r ON r.year = p.year
 CROSS JOIN generate_series(1, 12) AS mo
 CROSS JOIN LATERAL (SELECT ((p.id * 12 + mo) * 2654435761 % 1000)::int AS h) hash
 WHERE make_date(p.year, mo, 1) < date_trunc('month', CURRENT_DATE)
   AND hash.h >= 80;

ALTER TABLE monthly_assessment ADD CONSTRAINT monthly_assessment_pledge_month_key UNIQUE (pledge_id, month);
ALTER TABLE monthly_assessment ADD CONSTRAINT monthly_assessment_pledge_id_fkey FOREIGN KEY (pledge_id) REFERENCES pledge (id);
ALTER TABLE monthly_assessment ADD CONSTRAINT monthly_assessment_results_check
    CHECK (jsonb_typeof(results) = 'object'
           AND NOT jsonb_path_exists(results, '$.* ? (@.result != "DONE" && @.result != "PARTLY" && @.result != "NOT_DONE")')) NOT VALID;
