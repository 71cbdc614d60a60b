-- One congress of the bloc at scale, opened in July two years ago (the term still running), with its targets:
-- three computed by the portal (admissions over the term, members and organisations HTTNV or above every year)
-- and three entered yearly by staff, and 500 delegates drawn from the members.
SET search_path TO portal, public;
SET synchronous_commit = off;

INSERT INTO congress (organization_id, number, term_start_year, term_end_year, kind, opens_on, closes_on, place, theme, state)
SELECT id, 20, extract(year FROM CURRENT_DATE)::int - 1, extract(year FROM CURRENT_DATE)::int + 4, 'DELEGATES',
       make_date(extract(year FROM CURRENT_DATE)::int - 1, 7, 23), make_date(extract(year FROM CURRENT_DATE)::int - 1, 7, 25),
       'Hội trường tỉnh', 'Xây dựng Đảng bộ Khối trong sạch, vững mạnh', 'IN_SESSION'
  FROM organization WHERE kind = 'BLOC';

INSERT INTO congress_target (congress_id, position, text, unit, baseline, target_value, comparator, measure, indicator_code)
SELECT c.id, t.position, t.text, t.unit, t.baseline, t.target_value, t.comparator, t.measure, t.code
  FROM congress c
 CROSS JOIN (VALUES
     (1, 'Kết nạp từ 40.000 đảng viên mới trở lên trong nhiệm kỳ', 'đảng viên', NULL::numeric, 40000, 'AT_LEAST', 'TERM_TOTAL', 'admissions'),
     (2, 'Hằng năm có từ 85 % đảng viên hoàn thành tốt nhiệm vụ trở lên', '%', 86, 85, 'AT_LEAST', 'EVERY_YEAR', 'members-httnv-share'),
     (3, 'Hằng năm có từ 85 % tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên', '%', 88, 85, 'AT_LEAST', 'EVERY_YEAR', 'organizations-httnv-share'),
     (4, 'Trên 90 % văn bản được xử lý trên môi trường mạng', '%', 70, 90, 'MORE_THAN', 'EVERY_YEAR', NULL),
     (5, '100 % bí thư chi bộ được bồi dưỡng nghiệp vụ', '%', 80, 100, 'AT_LEAST', 'FINAL_YEAR', NULL),
     (6, '100 % hồ sơ đảng viên được số hóa', '%', 30, 100, 'AT_LEAST', 'FINAL_YEAR', NULL))
     AS t(position, text, unit, baseline, target_value, comparator, measure, code);

INSERT INTO congress_target_actual (target_id, year, value, evidence, entered_by, entered_at)
SELECT t.id, extract(year FROM CURRENT_DATE)::int - 1, 92.5, 'Báo cáo tổng kết năm', 'Ban Tổ chức', now()
  FROM congress_target t WHERE t.indicator_code IS NULL;

INSERT INTO congress_delegate (congress_id, member_id, source, standing, card_code)
SELECT c.id, m.id, 'APPOINTED', 'OFFICIAL', 'DB-' || lpad(row_number() OVER (ORDER BY m.id)::text, 4, '0')
  FROM congress c
 CROSS JOIN LATERAL (SELECT id FROM member WHERE status = 'OFFICIAL' ORDER BY id LIMIT 500) m;
