-- The tree at scale: the bloc, :grassroots grassroots organisations (a third đảng bộ cơ sở with 2–8
-- sub-cells each, the rest chi bộ cơ sở). With the default 4,000 grassroots that is about 12,000 units.
SET search_path TO portal, public;
SELECT setseed(0.2020);

INSERT INTO organization (kind, name, short_name, founded_on)
VALUES ('BLOC', 'Đảng bộ Khối (dữ liệu quy mô lớn)', 'Đảng bộ Khối', DATE '1990-01-01');

CREATE TEMP TABLE grassroots AS
SELECT g AS n,
       (g % 3 = 0) AS committee,
       2 + floor(random() * 7)::int AS sub_cells
  FROM generate_series(1, :grassroots) AS g;

INSERT INTO organization (parent_id, kind, name, short_name, agency, founded_on)
SELECT (SELECT id FROM organization WHERE kind = 'BLOC'),
       CASE WHEN committee THEN 'GRASSROOTS_COMMITTEE' ELSE 'GRASSROOTS_CELL' END,
       CASE WHEN committee THEN 'Đảng bộ Cơ quan số ' ELSE 'Chi bộ Cơ quan số ' END || n,
       'Cơ quan số ' || n, 'Cơ quan số ' || n,
       DATE '1976-01-01' + (random() * 12000)::int
  FROM grassroots ORDER BY n;

INSERT INTO organization (parent_id, kind, name, short_name, agency, founded_on)
SELECT o.id, 'SUB_CELL', 'Chi bộ Phòng ' || s, 'Phòng ' || s, o.agency, o.founded_on
  FROM grassroots g
  JOIN organization o ON o.name = 'Đảng bộ Cơ quan số ' || g.n
  CROSS JOIN LATERAL generate_series(1, g.sub_cells) AS s
 WHERE g.committee;
