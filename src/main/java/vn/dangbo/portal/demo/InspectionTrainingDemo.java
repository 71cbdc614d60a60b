package vn.dangbo.portal.demo;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangbo.portal.audit.AuditAction;
import vn.dangbo.portal.audit.AuditLog;

/**
 * Demo inspection, training and cadre planning (issue 9), all in INSERT … SELECT statements spread by a hash of
 * the ids, so every load gives the same data:
 * <ul>
 * <li>inspection and supervision programmes from 2021 to this year — the bloc inspection committee (8 a year),
 *     the bloc committee (3 supervisions a year) and every grassroots organisation (2 a year) — concluded when
 *     their period is over, with recommendations (about one in ten overdue), and for every discipline decision
 *     of the demo the inspection that found the violation, linked to it; the account {@code inspector};</li>
 * <li>15 courses a year with about 1,240 participants: political theory (elementary, intermediate), two
 *     new-members courses (those admitted in the year before), two candidates' courses (this year: the
 *     candidates in preparation whose course date is known; earlier years: the people admitted afterwards), two
 *     secretaries' courses and seven resolution briefings; completed with certificates once over;</li>
 * <li>the bloc's approved planning list for 2025–2030 with a yearly review (one removed, one added with the
 *     reason), a draft list for 2030–2035, and approved 2025–2030 lists of five grassroots organisations.</li>
 * </ul>
 */
@Order(90)
class InspectionTrainingDemo implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(InspectionTrainingDemo.class);
    private static final int FIRST_YEAR = 2021;

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    InspectionTrainingDemo(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    @Override
    public void seed(LocalDate today) {
        long started = System.nanoTime();
        jdbc.sql("""
                INSERT INTO user_account (username, password_hash, display_name, role)
                SELECT 'inspector', password_hash, 'Ủy ban Kiểm tra Đảng ủy Khối', 'INSPECTOR' FROM user_account WHERE username = 'admin'
                ON CONFLICT (username) DO NOTHING
                """).update();
        int inspections = inspections(today);
        int[] training = training(today);
        int planned = planning(today);
        auditLog.record(AuditAction.DEMO_LOADED, "Inspection", null,
                "Demo: %d inspections, %d courses with %d participants, %d planning lines".formatted(inspections, training[0], training[1], planned));
        log.info("Inspection, training and planning demo: {} inspections, {} courses, {} participants, {} planning lines in {} ms",
                inspections, training[0], training[1], planned, (System.nanoTime() - started) / 1_000_000);
    }

    private int inspections(LocalDate today) {
        int count = jdbc.sql("""
                WITH contents(n, text) AS (VALUES
                        (0, 'Kiểm tra việc thực hiện nguyên tắc tập trung dân chủ, quy chế làm việc của cấp ủy'),
                        (1, 'Giám sát việc lãnh đạo thực hiện nhiệm vụ chính trị và công tác cán bộ'),
                        (2, 'Kiểm tra việc thu, nộp, quản lý và sử dụng đảng phí'),
                        (3, 'Giám sát chuyên đề việc thực hiện Chỉ thị 05-CT/TW và Quy định 08-QĐi/TW'),
                        (4, 'Kiểm tra việc chấp hành Điều lệ Đảng và chất lượng sinh hoạt chi bộ'),
                        (5, 'Giám sát việc kê khai tài sản, thu nhập và giữ gìn đạo đức, lối sống')),
                years AS (SELECT generate_series(:first, :thisYear) AS y),
                units AS (
                    SELECT o.id, o.kind, o.path, o.parent_id FROM organization o
                     WHERE o.kind IN ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL') AND o.dissolved_on IS NULL),
                bloc AS (SELECT id FROM organization WHERE kind = 'BLOC'),
                plan AS (
                    -- the bloc inspection committee: 8 organisations a year
                    SELECT b.id AS programme_unit, 'INSPECTION_COMMITTEE' AS body, y.y, u.id AS subject_unit, NULL::bigint AS subject_member,
                           CASE WHEN r % 2 = 0 THEN 'INSPECTION' ELSE 'SUPERVISION' END AS kind, r
                      FROM years y CROSS JOIN bloc b
                      CROSS JOIN LATERAL (SELECT u.id, row_number() OVER (ORDER BY md5(u.id || '-' || y.y)) AS r FROM units u) u
                     WHERE u.r <= 8
                    UNION ALL
                    -- the bloc committee: 3 supervisions a year
                    SELECT b.id, 'COMMITTEE', y.y, u.id, NULL, 'SUPERVISION', r + 8
                      FROM years y CROSS JOIN bloc b
                      CROSS JOIN LATERAL (SELECT u.id, row_number() OVER (ORDER BY md5('bc' || u.id || '-' || y.y)) AS r FROM units u) u
                     WHERE u.r <= 3
                    UNION ALL
                    -- every grassroots organisation: an inspection of a unit of its own and a supervision of a member
                    SELECT u.id, CASE WHEN u.kind = 'GRASSROOTS_COMMITTEE' THEN 'INSPECTION_COMMITTEE' ELSE 'COMMITTEE' END, y.y,
                           coalesce((SELECT s.id FROM organization s WHERE s.parent_id = u.id AND s.dissolved_on IS NULL
                                      ORDER BY md5(s.id || '-' || y.y) LIMIT 1), u.id), NULL, 'INSPECTION', 1 + abs(hashtext(u.id || '-' || y.y)) % 9
                      FROM years y CROSS JOIN units u
                    UNION ALL
                    SELECT u.id, 'COMMITTEE', y.y, m.organization_id, m.id, 'SUPERVISION', 1 + abs(hashtext('m' || u.id || '-' || y.y)) % 9
                      FROM years y CROSS JOIN units u
                      CROSS JOIN LATERAL (SELECT m.id, m.organization_id FROM member m JOIN organization o ON o.id = m.organization_id
                                           WHERE o.path LIKE u.path || '%' AND m.status = 'OFFICIAL'
                                           ORDER BY md5(m.id || '-' || y.y) LIMIT 1) m),
                dated AS (
                    SELECT p.*, make_date(p.y, 2 + (p.r % 10)::int, 5) AS starts_on, make_date(p.y, 2 + (p.r % 10)::int, 5) + 20 AS ends_on,
                           make_date(p.y, 2 + (p.r % 10)::int, 5) + 35 AS concluded_on FROM plan p)
                INSERT INTO inspection (programme_unit_id, programme_body, year, kind, mode, subject_unit_id, subject_member_id, content,
                                        starts_on, ends_on, team, state, conclusion_number, conclusion_date, conclusion)
                SELECT d.programme_unit, d.body, d.y, d.kind, CASE WHEN d.r % 3 = 0 THEN 'THEMATIC' ELSE 'REGULAR' END,
                       d.subject_unit, d.subject_member, c.text, d.starts_on, d.ends_on,
                       CASE WHEN d.body = 'INSPECTION_COMMITTEE' THEN 'Tổ kiểm tra của Ủy ban Kiểm tra' ELSE 'Đoàn giám sát của cấp ủy' END,
                       CASE WHEN d.concluded_on <= :today THEN 'CONCLUDED' WHEN d.starts_on <= :today THEN 'IN_PROGRESS' ELSE 'PLANNED' END,
                       CASE WHEN d.concluded_on <= :today THEN (10 + d.r) || '-TB/' || CASE WHEN d.body = 'INSPECTION_COMMITTEE' THEN 'UBKT' ELSE 'ĐU' END END,
                       CASE WHEN d.concluded_on <= :today THEN d.concluded_on END,
                       CASE WHEN d.concluded_on <= :today THEN 'Cơ bản thực hiện tốt nội dung được kiểm tra, giám sát; còn một số hạn chế cần khắc phục.' END
                  FROM dated d JOIN contents c ON c.n = (d.r + d.y) % 6
                """)
                .param("first", FIRST_YEAR).param("thisYear", today.getYear()).param("today", today).update();
        jdbc.sql("""
                INSERT INTO inspection_recommendation (inspection_id, content, due_on, done_on, done_note)
                SELECT i.id, 'Kiểm điểm, rút kinh nghiệm và khắc phục các hạn chế đã chỉ ra', i.conclusion_date + 90,
                       CASE WHEN i.conclusion_date + 80 <= :today AND i.id % 10 <> 0 THEN i.conclusion_date + 80 END,
                       CASE WHEN i.conclusion_date + 80 <= :today AND i.id % 10 <> 0 THEN 'Đã có báo cáo khắc phục' END
                  FROM inspection i WHERE i.state = 'CONCLUDED' AND i.subject_member_id IS NULL
                """).param("today", today).update();
        // every discipline decision of the demo came from an inspection that found the violation
        count += jdbc.sql("""
                INSERT INTO inspection (programme_unit_id, programme_body, year, kind, mode, subject_unit_id, subject_member_id, content,
                                        starts_on, ends_on, team, state, conclusion_number, conclusion_date, conclusion, violation_found)
                SELECT (SELECT id FROM organization WHERE kind = 'BLOC'), 'INSPECTION_COMMITTEE', extract(year FROM d.decision_date - 60)::int,
                       'INSPECTION', 'THEMATIC', m.organization_id, m.id, 'Kiểm tra khi có dấu hiệu vi phạm: ' || d.violation,
                       d.decision_date - 60, d.decision_date - 30, 'Tổ kiểm tra của Ủy ban Kiểm tra', 'CONCLUDED',
                       d.id || '-TB/UBKT', d.decision_date - 20, 'Có vi phạm; đề nghị xem xét, thi hành kỷ luật.', true
                  FROM discipline_record d JOIN member m ON m.id = d.member_id
                """).update();
        jdbc.sql("""
                INSERT INTO inspection_violation (inspection_id, member_id, description, discipline_record_id)
                SELECT i.id, d.member_id, d.violation, d.id
                  FROM discipline_record d JOIN inspection i ON i.subject_member_id = d.member_id AND i.violation_found
                                                          AND i.conclusion_number = d.id || '-TB/UBKT'
                """).update();
        return count;
    }

    private int[] training(LocalDate today) {
        int courses = jdbc.sql("""
                WITH kinds(n, kind, title, organiser, month, day) AS (VALUES
                        (1, 'THEORY_ELEMENTARY', 'Lớp sơ cấp lý luận chính trị', 'Trung tâm Chính trị Đảng ủy Khối', 3, 6),
                        (2, 'THEORY_INTERMEDIATE', 'Lớp trung cấp lý luận chính trị', 'Trường Chính trị tỉnh', 9, 4),
                        (3, 'NEW_MEMBERS', 'Lớp bồi dưỡng lý luận chính trị cho đảng viên mới, đợt 1', 'Ban Tuyên giáo Đảng ủy Khối', 4, 8),
                        (4, 'NEW_MEMBERS', 'Lớp bồi dưỡng lý luận chính trị cho đảng viên mới, đợt 2', 'Ban Tuyên giáo Đảng ủy Khối', 10, 7),
                        (5, 'CANDIDATES', 'Lớp bồi dưỡng nhận thức về Đảng, đợt 1', 'Ban Tuyên giáo Đảng ủy Khối', 3, 20),
                        (6, 'CANDIDATES', 'Lớp bồi dưỡng nhận thức về Đảng, đợt 2', 'Ban Tuyên giáo Đảng ủy Khối', 8, 18),
                        (7, 'SECRETARIES', 'Bồi dưỡng nghiệp vụ công tác đảng cho bí thư, cấp ủy viên cơ sở', 'Ban Tổ chức Đảng ủy Khối', 5, 12),
                        (8, 'SECRETARIES', 'Bồi dưỡng kỹ năng quán triệt nghị quyết cho bí thư chi bộ', 'Ban Tổ chức Đảng ủy Khối', 11, 9),
                        (9, 'RESOLUTION_BRIEFING', 'Hội nghị học tập, quán triệt nghị quyết của Tỉnh ủy', 'Ban Tuyên giáo Đảng ủy Khối', 1, 15),
                        (10, 'RESOLUTION_BRIEFING', 'Học tập chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', 'Ban Tuyên giáo Đảng ủy Khối', 2, 22),
                        (11, 'RESOLUTION_BRIEFING', 'Quán triệt nghị quyết Hội nghị Trung ương (đợt 1)', 'Ban Tuyên giáo Đảng ủy Khối', 6, 10),
                        (12, 'RESOLUTION_BRIEFING', 'Quán triệt nghị quyết Hội nghị Trung ương (đợt 2)', 'Ban Tuyên giáo Đảng ủy Khối', 7, 14),
                        (13, 'RESOLUTION_BRIEFING', 'Quán triệt các quy định mới của Trung ương về công tác kiểm tra', 'Ủy ban Kiểm tra Đảng ủy Khối', 8, 5),
                        (14, 'RESOLUTION_BRIEFING', 'Quán triệt nghị quyết của Đảng ủy Khối về chuyển đổi số', 'Ban Tuyên giáo Đảng ủy Khối', 10, 20),
                        (15, 'RESOLUTION_BRIEFING', 'Quán triệt nghị quyết Hội nghị Trung ương (đợt 3)', 'Ban Tuyên giáo Đảng ủy Khối', 12, 3))
                INSERT INTO training_course (kind, title, organization_id, organiser, starts_on, ends_on, place)
                SELECT k.kind, k.title || ' năm ' || y, (SELECT id FROM organization WHERE kind = 'BLOC'), k.organiser,
                       make_date(y, k.month, k.day),
                       make_date(y, k.month, k.day) + CASE WHEN k.kind LIKE 'THEORY%' THEN 60 WHEN k.kind = 'RESOLUTION_BRIEFING' THEN 1 ELSE 4 END,
                       CASE WHEN k.kind = 'THEORY_INTERMEDIATE' THEN 'Trường Chính trị tỉnh' ELSE 'Hội trường Đảng ủy Khối' END
                  FROM generate_series(:first, :thisYear) y CROSS JOIN kinds k
                """).param("first", FIRST_YEAR).param("thisYear", today.getYear()).update();
        int people = jdbc.sql("""
                WITH current AS (SELECT m.id, m.organization_id, m.admission_date FROM member m WHERE m.status IN ('PROBATIONARY', 'OFFICIAL'))
                INSERT INTO training_participant (course_id, member_id)
                SELECT c.id, m.id FROM training_course c JOIN current m ON m.admission_date < c.starts_on
                 WHERE (c.kind = 'THEORY_ELEMENTARY' AND (m.id * 31 + c.id) % 60 = 0)
                    OR (c.kind = 'THEORY_INTERMEDIATE' AND (m.id * 31 + c.id) % 120 = 0)
                    OR (c.kind = 'RESOLUTION_BRIEFING' AND (m.id * 17 + c.id * 7) % 70 = 0)
                    OR (c.kind = 'NEW_MEMBERS' AND m.admission_date >= c.starts_on - 183)
                UNION
                SELECT c.id, m.id FROM training_course c JOIN current m
                    ON m.admission_date > c.ends_on AND m.admission_date <= c.ends_on + 183
                 WHERE c.kind = 'CANDIDATES' AND c.ends_on < :today - 183
                UNION
                SELECT c.id, s.member_id FROM training_course c JOIN committee_position s
                    ON s.starts_on <= c.starts_on AND (s.ends_on IS NULL OR s.ends_on >= c.starts_on)
                 WHERE c.kind = 'SECRETARIES' AND s.position IN ('SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER')
                   AND (s.member_id + c.id) % 3 = 0
                """).param("today", today).update();
        // this year's candidates' courses: the candidates in preparation whose course is known
        people += jdbc.sql("""
                INSERT INTO training_participant (course_id, candidate_id)
                SELECT (SELECT id FROM training_course WHERE kind = 'CANDIDATES' AND starts_on <= :today ORDER BY starts_on DESC LIMIT 1), a.id
                  FROM admission_candidate a WHERE a.state = 'IN_PROGRESS' AND a.training_completed_on IS NOT NULL
                   AND EXISTS (SELECT 1 FROM training_course WHERE kind = 'CANDIDATES' AND starts_on <= :today)
                """).param("today", today).update();
        jdbc.sql("""
                UPDATE training_participant p
                   SET completed = true,
                       certificate_number = CASE WHEN c.kind <> 'RESOLUTION_BRIEFING' THEN p.id || '/GCN-' || extract(year FROM c.ends_on) END
                  FROM training_course c
                 WHERE c.id = p.course_id AND c.ends_on < :today AND p.id % 40 <> 0
                """).param("today", today).update();
        jdbc.sql("""
                UPDATE member m SET political_theory = c.kind_level
                  FROM (SELECT p.member_id, max(CASE c.kind WHEN 'THEORY_INTERMEDIATE' THEN 'INTERMEDIATE' ELSE 'ELEMENTARY' END) AS kind_level
                          FROM training_participant p JOIN training_course c ON c.id = p.course_id
                         WHERE p.completed AND c.kind IN ('THEORY_ELEMENTARY', 'THEORY_INTERMEDIATE') GROUP BY p.member_id) c
                 WHERE m.id = c.member_id
                   AND array_position(ARRAY['NONE', 'ELEMENTARY', 'INTERMEDIATE', 'ADVANCED', 'BACHELOR'], m.political_theory)
                       < array_position(ARRAY['NONE', 'ELEMENTARY', 'INTERMEDIATE', 'ADVANCED', 'BACHELOR'], c.kind_level)
                """).update();
        return new int[] {courses, people};
    }

    private int planning(LocalDate today) {
        jdbc.sql("""
                INSERT INTO planning_list (organization_id, term_start_year, state, decision_number, decision_date)
                SELECT id, 2025, 'APPROVED', '215-QĐ/ĐUK', DATE '2024-12-20' FROM organization WHERE kind = 'BLOC'
                UNION ALL
                SELECT id, 2030, 'DRAFT', NULL, NULL FROM organization WHERE kind = 'BLOC'
                UNION ALL
                SELECT o.id, 2025, 'APPROVED', (30 + row_number() OVER (ORDER BY o.id)) || '-QĐ/ĐU', DATE '2024-11-15'
                  FROM (SELECT id FROM organization WHERE kind = 'GRASSROOTS_COMMITTEE' AND dissolved_on IS NULL ORDER BY id LIMIT 5) o
                """).update();
        // the bloc's lists: today's grassroots secretaries and deputies, the most senior for the higher positions
        int lines = jdbc.sql("""
                WITH bloc AS (SELECT id FROM organization WHERE kind = 'BLOC'),
                people AS (
                    SELECT s.member_id, row_number() OVER (ORDER BY min(s.position) DESC, md5(s.member_id::text)) AS r
                      FROM committee_position s JOIN organization o ON o.id = s.organization_id
                      JOIN member m ON m.id = s.member_id AND m.status = 'OFFICIAL'
                     WHERE s.position IN ('SECRETARY', 'DEPUTY_SECRETARY') AND o.kind IN ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL')
                       AND s.starts_on <= :today AND (s.ends_on IS NULL OR s.ends_on >= :today)
                     GROUP BY s.member_id),
                young AS (
                    SELECT m.id AS member_id, row_number() OVER (ORDER BY md5('y' || m.id)) AS r
                      FROM member m WHERE m.status = 'OFFICIAL' AND m.birth_date > DATE '1986-01-01')
                INSERT INTO planning_entry (list_id, member_id, position, added_on)
                SELECT l.id, p.member_id,
                       CASE WHEN p.r <= 3 THEN 'SECRETARY' WHEN p.r <= 7 THEN 'DEPUTY_SECRETARY' WHEN p.r <= 17 THEN 'STANDING_MEMBER'
                            ELSE 'COMMITTEE_MEMBER' END, l.decision_date - 10
                  FROM planning_list l JOIN bloc b ON b.id = l.organization_id AND l.term_start_year = 2025
                  JOIN people p ON p.r <= 36
                UNION ALL
                SELECT l.id, y.member_id,
                       CASE WHEN y.r <= 3 THEN 'SECRETARY' WHEN y.r <= 7 THEN 'DEPUTY_SECRETARY' WHEN y.r <= 15 THEN 'STANDING_MEMBER'
                            ELSE 'COMMITTEE_MEMBER' END, :today - 20
                  FROM planning_list l JOIN bloc b ON b.id = l.organization_id AND l.term_start_year = 2030
                  JOIN young y ON y.r <= 28
                UNION ALL
                SELECT l.id, m.id, CASE WHEN m.r = 1 THEN 'SECRETARY' WHEN m.r <= 3 THEN 'DEPUTY_SECRETARY' ELSE 'STANDING_MEMBER' END,
                       l.decision_date - 10
                  FROM planning_list l JOIN organization o ON o.id = l.organization_id AND o.kind = 'GRASSROOTS_COMMITTEE'
                  CROSS JOIN LATERAL (SELECT m.id, row_number() OVER (ORDER BY md5('g' || m.id)) AS r
                                        FROM member m JOIN organization c ON c.id = m.organization_id
                                       WHERE c.path LIKE o.path || '%' AND m.status = 'OFFICIAL') m
                 WHERE m.r <= 6
                """).param("today", today).update();
        // the yearly review of the bloc's 2025–2030 list: one person out, one in, both with the reason
        LocalDate review = LocalDate.of(2025, 12, 15).isBefore(today) ? LocalDate.of(2025, 12, 15) : today;
        jdbc.sql("""
                UPDATE planning_entry SET removed_on = :review, removed_reason = 'Chuyển công tác ra ngoài Khối (rà soát năm 2025)'
                 WHERE id = (SELECT e.id FROM planning_entry e JOIN planning_list l ON l.id = e.list_id
                              JOIN organization o ON o.id = l.organization_id AND o.kind = 'BLOC'
                             WHERE l.term_start_year = 2025 AND e.position = 'COMMITTEE_MEMBER' ORDER BY e.id DESC LIMIT 1)
                """).param("review", review).update();
        lines += jdbc.sql("""
                INSERT INTO planning_entry (list_id, member_id, position, added_on, added_reason)
                SELECT l.id, m.id, 'COMMITTEE_MEMBER', :review, 'Bổ sung nhân tố mới, cán bộ trẻ (rà soát năm 2025)'
                  FROM planning_list l JOIN organization o ON o.id = l.organization_id AND o.kind = 'BLOC'
                  CROSS JOIN LATERAL (SELECT m.id FROM member m WHERE m.status = 'OFFICIAL' AND m.birth_date > DATE '1988-01-01'
                                         AND m.gender = 'FEMALE'
                                         AND NOT EXISTS (SELECT 1 FROM planning_entry e WHERE e.list_id = l.id AND e.member_id = m.id)
                                       ORDER BY md5('r' || m.id) LIMIT 1) m
                 WHERE l.term_start_year = 2025
                """).param("review", review).update();
        return lines;
    }
}
