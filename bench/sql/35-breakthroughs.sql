-- Breakthrough tasks at scale: for each of the last five years, one task per grassroots organisation and one
-- for every fortieth member (about 25,000 a year for 1 M members, as in the bloc: ~120 a year for 5,000),
-- past years evaluated (80 % completed), this year approved and in progress.
SET search_path TO portal, public;
SET synchronous_commit = off;

INSERT INTO breakthrough_task (year, organization_id, member_id, title, problem, expected_result, deadline, state,
                               registered_by, registered_at, decided_by, decided_at, evaluated_by, evaluated_at, result_note)
SELECT t.year, t.organization_id, t.member_id, t.title,
       'Việc còn chậm, hồ sơ tồn đọng, người dân và doanh nghiệp phản ánh.',
       'Giải quyết dứt điểm, đúng hạn 100 % hồ sơ; rút ngắn thời gian xử lý.',
       make_date(t.year, 11, 30),
       CASE WHEN t.year = extract(year FROM CURRENT_DATE) THEN 'IN_PROGRESS'
            WHEN t.h % 5 = 0 THEN 'NOT_COMPLETED' ELSE 'COMPLETED' END,
       'Bí thư', make_date(t.year, 2, 1)::timestamptz, 'Ban Thường vụ', make_date(t.year, 2, 15)::timestamptz,
       CASE WHEN t.year < extract(year FROM CURRENT_DATE) THEN 'Ban Thường vụ' END,
       CASE WHEN t.year < extract(year FROM CURRENT_DATE) THEN make_date(t.year, 12, 20)::timestamptz END,
       CASE WHEN t.year < extract(year FROM CURRENT_DATE) THEN 'Đánh giá cuối năm.' END
  FROM (SELECT y AS year, o.id AS organization_id, NULL::bigint AS member_id,
               'Nâng cao chất lượng sinh hoạt chi bộ năm ' || y AS title, abs(hashtext(o.id || '-' || y)) AS h
          FROM organization o CROSS JOIN generate_series(extract(year FROM CURRENT_DATE)::int - 4,
                                                         extract(year FROM CURRENT_DATE)::int) AS y
         WHERE o.kind IN ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL')
        UNION ALL
        SELECT y, m.organization_id, m.id, 'Cải cách thủ tục hành chính trong lĩnh vực được giao năm ' || y,
               abs(hashtext(m.id || '-' || y))
          FROM member m CROSS JOIN generate_series(extract(year FROM CURRENT_DATE)::int - 4,
                                                   extract(year FROM CURRENT_DATE)::int) AS y
         WHERE m.id % 40 = 0 AND m.status IN ('PROBATIONARY', 'OFFICIAL')) AS t;
