-- :members members spread over the cells (chi bộ cơ sở and sub-cells), with Vietnamese names weighted
-- as in Vietnam, admissions over forty years, about 3 % probationary and 1 % exempt.
SET search_path TO portal, public;
SET max_parallel_workers_per_gather = 0;   -- random() stays repeatable
SELECT setseed(0.0723);

CREATE TEMP TABLE cell AS
SELECT row_number() OVER (ORDER BY id) AS n, id, agency
  FROM organization WHERE kind IN ('GRASSROOTS_CELL', 'SUB_CELL');

CREATE TEMP TABLE family(n, name) AS
SELECT row_number() OVER (), name FROM unnest(ARRAY[
  'Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Trần','Trần','Lê','Lê','Phạm','Hoàng',
  'Phan','Vũ','Võ','Đặng','Bùi','Đỗ','Hồ','Ngô','Dương','Lý']) AS name;
CREATE TEMP TABLE given_male(n, name) AS
SELECT row_number() OVER (), name FROM unnest(ARRAY['Hùng','Dũng','Tuấn','Minh','Nam','Thắng','Hải','Sơn','Long',
  'Quang','Cường','Đức','Tùng','Trung','Hiếu','Hoàng','Kiên','Phong','Bình','Thành','Vinh','Tâm','Toàn','Lâm']) AS name;
CREATE TEMP TABLE given_female(n, name) AS
SELECT row_number() OVER (), name FROM unnest(ARRAY['Hương','Lan','Hoa','Hằng','Trang','Linh','Mai','Nga','Thủy',
  'Hà','Huyền','Loan','Thảo','Yến','Phương','Nhung','Oanh','Hạnh','Dung','Ngọc','Vân','Hiền','Giang','Quỳnh']) AS name;

-- the search_name index and trigram index are maintained row by row: drop and rebuild them around the load
DROP INDEX member_search_name_trgm;
DROP INDEX member_name_order_idx;
DROP INDEX member_organization_name_idx;

INSERT INTO member (family_name, middle_name, given_name, gender, birth_date, hometown, ethnicity, religion,
                    general_education, political_theory, job_title, workplace, party_card_number, status,
                    organization_id, admission_date, official_date)
SELECT f.name,
       CASE WHEN p.male THEN (ARRAY['Văn','Đức','Hữu','Minh','Quang','Xuân'])[1 + (p.r2 * 6)::int % 6]
            ELSE (ARRAY['Thị','Thị','Thị Thu','Ngọc','Thanh','Hồng'])[1 + (p.r2 * 6)::int % 6] END,
       CASE WHEN p.male THEN gm.name ELSE gf.name END,
       CASE WHEN p.male THEN 'MALE' ELSE 'FEMALE' END,
       p.birth, 'Việt Nam', 'Kinh', 'Không', '12/12',
       (ARRAY['NONE','ELEMENTARY','INTERMEDIATE','ADVANCED'])[1 + (p.r3 * 4)::int % 4],
       'Chuyên viên', c.agency, 'S' || lpad(p.g::text, 8, '0'),
       CASE WHEN p.admission > CURRENT_DATE - 365 THEN 'PROBATIONARY' WHEN p.r3 < 0.01 THEN 'EXEMPT' ELSE 'OFFICIAL' END,
       c.id, p.admission,
       CASE WHEN p.admission > CURRENT_DATE - 365 THEN NULL ELSE p.admission + 380 END
  FROM (SELECT g, random() < 0.56 AS male, random() AS r1, random() AS r2, random() AS r3,
               1 + floor(random() * (SELECT count(*) FROM cell))::int AS cell_n,
               DATE '1960-01-01' + (random() * 13000)::int AS birth,
               CASE WHEN random() < 0.03 THEN CURRENT_DATE - (random() * 360)::int
                    ELSE DATE '1985-01-01' + (random() * 14000)::int END AS admission
          FROM generate_series(1, :members) AS g) p
  JOIN cell c ON c.n = p.cell_n
  JOIN family f ON f.n = 1 + (p.r1 * 24)::int % 24
  JOIN given_male gm ON gm.n = 1 + (p.r2 * 1000)::int % 24
  JOIN given_female gf ON gf.n = 1 + (p.r3 * 1000)::int % 24;

-- admission never before the 18th birthday
UPDATE member SET admission_date = birth_date + 365 * 19, official_date = birth_date + 365 * 19 + 380
 WHERE admission_date < birth_date + 365 * 18;

CREATE INDEX member_search_name_trgm ON member USING gin (search_name gin_trgm_ops);
CREATE INDEX member_name_order_idx ON member (given_name, family_name, middle_name, id);
CREATE INDEX member_organization_name_idx ON member (organization_id, given_name, family_name, middle_name, id);
