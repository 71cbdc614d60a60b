-- Every member's history (member_event), as the lifecycle writes it: the admission (kết nạp) into their cell,
-- the day they became official (chuyển chính thức), and for the exempt their exemption (miễn sinh hoạt), so
-- the pages that count members on a past date read about as many events as a real bloc holds.
SET search_path TO portal, public;
SET max_parallel_workers_per_gather = 0;   -- random() stays repeatable
SELECT setseed(0.2511);

INSERT INTO member_event (member_id, kind, event_date, ceremony_date, organization_id, status_after, recorded_by)
SELECT id, 'ADMISSION', admission_date, admission_date, organization_id, 'PROBATIONARY', 'bench'
  FROM member
 UNION ALL
SELECT id, 'OFFICIAL', official_date, NULL, organization_id, 'OFFICIAL', 'bench'
  FROM member WHERE official_date IS NOT NULL
 UNION ALL
SELECT id, 'EXEMPTION', greatest(official_date + 1, CURRENT_DATE - (random() * 2000)::int), NULL, organization_id, 'EXEMPT', 'bench'
  FROM member WHERE status = 'EXEMPT'
 ORDER BY 1, 3;
