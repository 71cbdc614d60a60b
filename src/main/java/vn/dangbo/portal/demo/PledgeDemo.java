package vn.dangbo.portal.demo;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangbo.portal.audit.AuditAction;
import vn.dangbo.portal.audit.AuditLog;
import vn.dangbo.portal.pledge.PledgeAreas;

/**
 * Demo pledge books: the default content areas from 2021, a pledge every year for every probationary
 * and full member, and monthly self-assessments up to last month — about 92 % on time, 6 % late, 1.5 %
 * missing, 2 % returned (corrected in older months, still open in the last two). Last month is partly
 * still awaiting review. The demo member (account {@code member}) has every month up to last month, the
 * last one awaiting the cell secretary, and this month open to fill in. Three INSERT … SELECT statements,
 * spread by a hash of the ids (the same data on every load).
 */
@Order(50)
class PledgeDemo implements DemoSeeder {

    static final int FIRST_YEAR = 2021;

    private static final Logger log = LoggerFactory.getLogger(PledgeDemo.class);

    private final JdbcClient jdbc;
    private final PledgeAreas areas;
    private final AuditLog auditLog;
    private final int deadlineDay;

    PledgeDemo(JdbcClient jdbc, PledgeAreas areas, AuditLog auditLog, @Value("${portal.pledge.deadline-day:5}") int deadlineDay) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.auditLog = auditLog;
        this.deadlineDay = deadlineDay;
    }

    @Override
    public void seed(LocalDate today) {
        long started = System.nanoTime();
        for (int year = FIRST_YEAR; year <= today.getYear(); year++) {
            areas.ensureYear(year);
        }
        Long demoMember = jdbc.sql("SELECT member_id FROM user_account WHERE username = 'member'").query(Long.class).optional().orElse(-1L);
        int pledges = jdbc.sql("""
                        WITH texts(position, variant, text) AS (VALUES
                            (1, 0, 'Kiên định lập trường, chấp hành nghiêm chủ trương của Đảng, chính sách, pháp luật của Nhà nước.'),
                            (1, 1, 'Thường xuyên học tập, quán triệt nghị quyết; không dao động trước thông tin xấu độc.'),
                            (1, 2, 'Tích cực đấu tranh phản bác quan điểm sai trái, thù địch trên không gian mạng.'),
                            (2, 0, 'Sống giản dị, trung thực; không vi phạm những điều đảng viên không được làm.'),
                            (2, 1, 'Giữ gìn đạo đức, lối sống; gương mẫu nơi công tác và nơi cư trú.'),
                            (2, 2, 'Thực hành tiết kiệm, chống lãng phí; không sử dụng tài sản công vào việc riêng.'),
                            (3, 0, 'Chấp hành nghiêm giờ giấc, nội quy cơ quan; sinh hoạt chi bộ đầy đủ.'),
                            (3, 1, 'Thực hiện nghiêm nguyên tắc tập trung dân chủ, quy chế làm việc của cơ quan.'),
                            (3, 2, 'Đóng đảng phí đầy đủ, đúng hạn; chấp hành sự phân công của tổ chức.'),
                            (4, 0, 'Hoàn thành 100 % nhiệm vụ được giao đúng tiến độ, bảo đảm chất lượng.'),
                            (4, 1, 'Tham mưu ít nhất một văn bản, giải pháp mới nâng cao hiệu quả công việc.'),
                            (4, 2, 'Giải quyết hồ sơ đúng hạn, không để tồn đọng, không để phát sinh phản ánh.'),
                            (5, 0, 'Đoàn kết, chân thành, giúp đỡ đồng nghiệp; tôn trọng, tận tình với nhân dân.'),
                            (5, 1, 'Giữ mối quan hệ mật thiết với nhân dân nơi cư trú.'),
                            (5, 2, 'Hướng dẫn tận tình, lịch sự khi tiếp công dân, tổ chức đến giao dịch.'),
                            (6, 0, 'Thẳng thắn tự phê bình và phê bình trong sinh hoạt chi bộ.'),
                            (6, 1, 'Tiếp thu góp ý của đồng chí, đồng nghiệp; kịp thời sửa chữa hạn chế.'),
                            (6, 2, 'Chủ động nhận khuyết điểm, đề ra biện pháp khắc phục cụ thể.'),
                            (7, 0, 'Thực hiện Chỉ thị 05-CT/TW: mỗi tháng làm ít nhất một việc tốt.'),
                            (7, 1, 'Tiết kiệm thời gian, giải quyết công việc đúng hẹn theo tấm gương Bác Hồ.'),
                            (7, 2, 'Tham gia các hoạt động thiện nguyện, hỗ trợ người có hoàn cảnh khó khăn.')),
                        templates AS (
                            SELECT a.year, t.variant, jsonb_object_agg(a.id::text, t.text) AS commitments
                              FROM pledge_area a JOIN texts t ON t.position = a.position
                             WHERE a.year BETWEEN :firstYear AND :thisYear
                             GROUP BY a.year, t.variant)
                        INSERT INTO pledge (member_id, year, status, commitments, products, submitted_at, approved_at, approved_by, remark)
                        SELECT m.id, y.year,
                               CASE WHEN y.year < :thisYear OR m.id = :demoMember
                                         OR (s.submitted_on + 3 < :today AND abs(hashtext('p' || m.id)) % 12 <> 0)
                                    THEN 'APPROVED' ELSE 'SUBMITTED' END,
                               tpl.commitments,
                               CASE WHEN m.job_title ~ '^(Trưởng|Phó|Giám đốc|Chánh|Chi cục trưởng|Cục trưởng|Bí thư|Chủ tịch|Viện trưởng|Hiệu trưởng|Tổng Biên tập)'
                                    THEN 'Chủ trì hoàn thành đúng hạn các nhiệm vụ trọng tâm của đơn vị; có ít nhất một giải pháp cải cách hành chính được áp dụng.' END,
                               (s.submitted_on + time '08:30') AT TIME ZONE 'Asia/Ho_Chi_Minh',
                               CASE WHEN y.year < :thisYear OR m.id = :demoMember
                                         OR (s.submitted_on + 3 < :today AND abs(hashtext('p' || m.id)) % 12 <> 0)
                                    THEN (s.submitted_on + 3 + time '10:00') AT TIME ZONE 'Asia/Ho_Chi_Minh' END,
                               CASE WHEN y.year < :thisYear OR m.id = :demoMember
                                         OR (s.submitted_on + 3 < :today AND abs(hashtext('p' || m.id)) % 12 <> 0)
                                    THEN coalesce(CASE WHEN c.secretary_member_id = m.id THEN ps.family_name || ' ' || ps.middle_name || ' ' || ps.given_name
                                                       ELSE cs.family_name || ' ' || cs.middle_name || ' ' || cs.given_name END, 'Bí thư chi bộ') END,
                               CASE WHEN y.year < :thisYear THEN (ARRAY['Gương mẫu, hoàn thành tốt các nội dung đã đăng ký.',
                                         'Thực hiện nghiêm túc cam kết; cần chủ động hơn trong đề xuất giải pháp.',
                                         'Hoàn thành xuất sắc các nội dung đăng ký, là tấm gương trong chi bộ.',
                                         'Hoàn thành các nội dung đăng ký; cần thường xuyên hơn trong tự phê bình.'])[1 + abs(hashtext('r' || m.id || y.year)) % 4] END
                          FROM member m
                          JOIN organization c ON c.id = m.organization_id
                          LEFT JOIN organization parent ON parent.id = c.parent_id
                          LEFT JOIN member cs ON cs.id = c.secretary_member_id
                          LEFT JOIN member ps ON ps.id = parent.secretary_member_id
                         CROSS JOIN generate_series(:firstYear, :thisYear) AS y(year)
                         CROSS JOIN LATERAL (SELECT least(greatest(make_date(y.year, 1, 8 + m.id::int % 20), m.admission_date + 20),
                                                          CAST(:today AS date) - 1) AS submitted_on) s
                          JOIN templates tpl ON tpl.year = y.year AND tpl.variant = m.id % 3
                         WHERE m.status IN ('PROBATIONARY', 'OFFICIAL')
                           AND (m.admission_date IS NULL OR m.admission_date < make_date(y.year, 12, 1))
                        """)
                .param("firstYear", FIRST_YEAR).param("thisYear", today.getYear()).param("today", today).param("demoMember", demoMember)
                .update();
        jdbc.sql("ANALYZE pledge").update();   // fresh statistics, so the next statement joins the new pledges sensibly
        int entries = ForeignKeysCheckedAfter.insert(jdbc, List.of("monthly_assessment"), () -> jdbc.sql("""
                        WITH notes(position, variant, note) AS (VALUES
                            (1, 0, 'Học tập đầy đủ các nghị quyết, chuyên đề.'), (1, 1, 'Tham gia đầy đủ hội nghị quán triệt.'),
                            (1, 2, 'Chia sẻ thông tin chính thống trên mạng xã hội.'),
                            (2, 0, 'Giữ lối sống giản dị, lành mạnh.'), (2, 1, 'Gương mẫu nơi cư trú.'), (2, 2, 'Thực hành tiết kiệm.'),
                            (3, 0, 'Chấp hành đúng giờ giấc, nội quy.'), (3, 1, 'Sinh hoạt chi bộ đầy đủ.'), (3, 2, 'Đóng đảng phí đúng hạn.'),
                            (4, 0, 'Hoàn thành công việc đúng tiến độ.'), (4, 1, 'Tham mưu kịp thời văn bản được giao.'),
                            (4, 2, 'Giải quyết hồ sơ không tồn đọng.'),
                            (5, 0, 'Đoàn kết, hỗ trợ đồng nghiệp.'), (5, 1, 'Tận tình với người dân, doanh nghiệp.'),
                            (5, 2, 'Không có phản ánh về thái độ.'),
                            (6, 0, 'Thẳng thắn góp ý trong họp chi bộ.'), (6, 1, 'Tiếp thu, sửa chữa hạn chế.'),
                            (6, 2, 'Tự nhận hạn chế và biện pháp khắc phục.'),
                            (7, 0, 'Làm một việc tốt trong tháng.'), (7, 1, 'Tham gia hoạt động thiện nguyện.'),
                            (7, 2, 'Thực hiện đúng việc làm đã đăng ký.')),
                        result_templates AS MATERIALIZED (
                            SELECT a.year, v.variant,
                                   jsonb_object_agg(a.id::text, jsonb_strip_nulls(jsonb_build_object(
                                       'result', CASE WHEN v.variant = 6 AND a.position = 4 THEN 'PARTLY'
                                                      WHEN v.variant = 7 AND a.position = 3 THEN 'NOT_DONE'
                                                      WHEN v.variant = 7 AND a.position = 4 THEN 'PARTLY' ELSE 'DONE' END,
                                       'note', CASE WHEN v.variant = 6 AND a.position = 4 THEN 'Một việc chậm tiến độ, đã có kế hoạch xử lý.'
                                                    WHEN v.variant = 7 AND a.position = 3 THEN 'Vắng một buổi sinh hoạt chi bộ không báo trước.'
                                                    WHEN v.variant = 7 AND a.position = 4 THEN 'Còn hồ sơ giải quyết quá hạn.'
                                                    WHEN v.variant = 0 THEN n.note END))) AS results
                              FROM pledge_area a
                             CROSS JOIN generate_series(0, 7) AS v(variant)
                              LEFT JOIN notes n ON n.position = a.position AND n.variant = a.year % 3
                             WHERE a.year BETWEEN :firstYear AND :thisYear
                             GROUP BY a.year, v.variant),
                        months AS MATERIALIZED (
                            SELECT p.id AS pledge_id, p.year, mo.month, m.id AS member_id, h.r,
                                   (make_date(p.year, mo.month, 1) + interval '1 month')::date + (:deadlineDay - 1) AS deadline,
                                   make_date(p.year, mo.month, 1) >= date_trunc('month', CAST(:today AS date)) - interval '1 month' AS last_month,
                                   make_date(p.year, mo.month, 1) >= date_trunc('month', CAST(:today AS date)) - interval '2 months' AS recent,
                                   CASE WHEN c.secretary_member_id = m.id THEN ps.family_name || ' ' || ps.middle_name || ' ' || ps.given_name
                                        ELSE cs.family_name || ' ' || cs.middle_name || ' ' || cs.given_name END AS reviewer,
                                   CASE WHEN m.id = :demoMember THEN (make_date(p.year, mo.month, 1) + interval '1 month')::date - 3
                                        WHEN h.r < 75 THEN (make_date(p.year, mo.month, 1) + interval '1 month')::date + :deadlineDay + h.r % 12
                                        ELSE (make_date(p.year, mo.month, 1) + interval '1 month')::date + (h.r % 9) - 5 END AS submitted_on
                              FROM pledge p
                              JOIN member m ON m.id = p.member_id
                              JOIN organization c ON c.id = m.organization_id
                              LEFT JOIN organization parent ON parent.id = c.parent_id
                              LEFT JOIN member cs ON cs.id = c.secretary_member_id
                              LEFT JOIN member ps ON ps.id = parent.secretary_member_id
                             CROSS JOIN generate_series(1, 12) AS mo(month)
                             CROSS JOIN LATERAL (SELECT (((p.id * 12 + mo.month) * 2654435761) % 1000)::int AS r) h
                             WHERE make_date(p.year, mo.month, 1) < date_trunc('month', CAST(:today AS date))
                               AND (m.admission_date IS NULL OR m.admission_date < make_date(p.year, mo.month, 1))
                               AND (h.r >= 15 OR m.id = :demoMember)),
                        decided AS (
                            SELECT months.*,
                                   CASE WHEN member_id = :demoMember THEN CASE WHEN last_month THEN 'SUBMITTED' ELSE 'ACKNOWLEDGED' END
                                        WHEN r BETWEEN 75 AND 94 AND recent AND submitted_on + 2 < :today THEN 'RETURNED'
                                        WHEN last_month AND r % 10 >= 6 THEN 'SUBMITTED'
                                        WHEN submitted_on + 2 + r % 4 < :today THEN 'ACKNOWLEDGED'
                                        ELSE 'SUBMITTED' END AS status
                              FROM months
                             WHERE submitted_on < :today)
                        INSERT INTO monthly_assessment (pledge_id, month, status, results, next_month_plan, first_submitted_at,
                                                        submitted_at, late, reviewed_at, reviewed_by, review_comment)
                        SELECT d.pledge_id, d.month, d.status, rt.results,
                               (ARRAY['Tiếp tục thực hiện tốt các nội dung đã đăng ký.',
                                         'Hoàn thành báo cáo chuyên môn đúng hạn.',
                                      'Học tập chuyên đề năm của chi bộ.',
                                      'Giải quyết dứt điểm hồ sơ còn tồn.',
                                      'Tham gia hoạt động thiện nguyện.'])[1 + d.r % 5],
                               (d.submitted_on + time '16:00' - (d.r % 6) * interval '1 hour') AT TIME ZONE 'Asia/Ho_Chi_Minh',
                               (d.submitted_on + time '16:00' - (d.r % 6) * interval '1 hour') AT TIME ZONE 'Asia/Ho_Chi_Minh',
                               d.submitted_on > d.deadline,
                               CASE WHEN d.status = 'RETURNED' THEN (d.submitted_on + 2 + time '09:00') AT TIME ZONE 'Asia/Ho_Chi_Minh'
                                    WHEN d.status = 'ACKNOWLEDGED' THEN (d.submitted_on + 2 + d.r % 4 + time '09:00') AT TIME ZONE 'Asia/Ho_Chi_Minh' END,
                               CASE WHEN d.status IN ('RETURNED', 'ACKNOWLEDGED') THEN coalesce(d.reviewer, 'Bí thư chi bộ') END,
                               CASE WHEN d.status = 'RETURNED' THEN (ARRAY['Đề nghị ghi rõ kết quả cụ thể ở nội dung thực hiện nhiệm vụ.',
                                                                           'Bổ sung việc làm cụ thể theo Chỉ thị 05-CT/TW trong tháng.',
                                                                           'Kế hoạch tháng tới còn chung chung, đề nghị cụ thể hóa.'])[1 + d.r % 3]
                                    WHEN d.status = 'ACKNOWLEDGED' AND d.r BETWEEN 75 AND 94 THEN 'Đã bổ sung theo yêu cầu của chi bộ.'
                                    WHEN d.status = 'ACKNOWLEDGED' AND d.r % 7 = 0 THEN 'Đồng ý với nội dung tự đánh giá.' END
                          FROM decided d
                          JOIN result_templates rt ON rt.year = d.year
                               AND rt.variant = CASE WHEN d.r % 20 = 0 THEN 7 WHEN d.r % 20 IN (1, 2) THEN 6 ELSE d.r % 6 END
                        """)
                .param("firstYear", FIRST_YEAR).param("thisYear", today.getYear()).param("today", today)
                .param("demoMember", demoMember).param("deadlineDay", deadlineDay)
                .update());
        jdbc.sql("ANALYZE monthly_assessment").update();   // the first review pages after a load get good plans too
        auditLog.record(AuditAction.DEMO_LOADED, "Pledge", null,
                "Demo pledge books %d–%d: %d pledges, %d monthly self-assessments".formatted(FIRST_YEAR, today.getYear(), pledges, entries));
        log.info("Demo pledge books: {} pledges, {} monthly self-assessments in {} ms", pledges, entries,
                (System.nanoTime() - started) / 1_000_000);
    }
}
