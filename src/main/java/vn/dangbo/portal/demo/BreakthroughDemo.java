package vn.dangbo.portal.demo;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangbo.portal.audit.AuditAction;
import vn.dangbo.portal.audit.AuditLog;

/**
 * Demo breakthrough tasks, about 130 a year from 2021: two of the bloc, twelve of standing-committee
 * members and heads of the bloc office, one per grassroots organisation, some sub-cells' and some
 * members' — past years mostly completed, this year in every state. For the demo accounts: the member has
 * a task in progress, the cell secretary's cell and the secretary's đảng bộ cơ sở each have one awaiting
 * approval (by the secretary and by the leader).
 */
@Order(51)
class BreakthroughDemo implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(BreakthroughDemo.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final long SEED = 20221031L;

    /** Title, the weakness it fixes, the expected result. */
    private static final List<String[]> UNIT_TASKS = List.of(
            new String[] {"Số hóa toàn bộ hồ sơ đảng viên", "Hồ sơ giấy xuống cấp, tra cứu mất nhiều thời gian.", "100 % hồ sơ đảng viên được số hóa và cập nhật trên phần mềm."},
            new String[] {"Nâng cao chất lượng sinh hoạt chi bộ chuyên đề", "Sinh hoạt chuyên đề còn hình thức, ít thảo luận.", "Mỗi quý một chuyên đề gắn với nhiệm vụ chuyên môn, có nghị quyết cụ thể."},
            new String[] {"Rút ngắn thời gian giải quyết thủ tục hành chính", "Còn hồ sơ giải quyết quá hạn, người dân phải đi lại nhiều lần.", "Giảm 30 % thời gian giải quyết; không còn hồ sơ quá hạn."},
            new String[] {"Tạo nguồn kết nạp đảng viên trong đoàn viên ưu tú", "Số quần chúng ưu tú được giới thiệu còn ít.", "Kết nạp ít nhất 2 đảng viên mới trong năm."},
            new String[] {"Chuyển đổi số trong xử lý văn bản", "Văn bản giấy còn nhiều, luân chuyển chậm.", "95 % văn bản được xử lý trên môi trường mạng."},
            new String[] {"Khắc phục hạn chế sau kiểm điểm năm trước", "Một số hạn chế được chỉ ra chưa khắc phục dứt điểm.", "100 % hạn chế được khắc phục, có báo cáo kết quả."},
            new String[] {"Nâng cao chất lượng tham mưu chiến lược", "Văn bản tham mưu có lúc chậm, thiếu số liệu phân tích.", "Các đề án, báo cáo trình đúng hạn, có số liệu đầy đủ."},
            new String[] {"Xây dựng cơ quan văn hóa, không khói thuốc", "Ý thức giữ gìn cảnh quan, nội quy chưa đồng đều.", "Đạt danh hiệu cơ quan văn hóa; không vi phạm nội quy."},
            new String[] {"Tăng cường công tác kiểm tra, giám sát trong chi bộ", "Kiểm tra, giám sát còn ít, chưa phát hiện sớm vi phạm.", "Mỗi năm kiểm tra ít nhất 20 % đảng viên theo chương trình."},
            new String[] {"Tiết kiệm chi thường xuyên", "Chi hội nghị, văn phòng phẩm còn lãng phí.", "Tiết kiệm ít nhất 10 % chi thường xuyên so với dự toán."});
    private static final List<String[]> PERSONAL_TASKS = List.of(
            new String[] {"Chủ trì xây dựng đề án cải cách thủ tục của đơn vị", "Thủ tục còn rườm rà, nhiều bước trung gian.", "Đề án được phê duyệt và triển khai trong năm."},
            new String[] {"Hoàn thành bồi dưỡng kỹ năng chuyển đổi số", "Kỹ năng sử dụng phần mềm quản lý còn hạn chế.", "Có chứng chỉ và áp dụng vào công việc hằng ngày."},
            new String[] {"Giải quyết dứt điểm hồ sơ tồn đọng được giao", "Còn hồ sơ tồn từ năm trước.", "Không còn hồ sơ tồn đọng trước ngày 30/11."},
            new String[] {"Đề xuất một sáng kiến cải tiến công việc", "Quy trình nghiệp vụ chưa được cải tiến nhiều năm.", "Sáng kiến được công nhận cấp cơ sở."},
            new String[] {"Nâng cao chất lượng tiếp công dân", "Còn phản ánh về thời gian chờ đợi.", "Không có phản ánh, kiến nghị về thái độ phục vụ."});
    private static final List<String> PROGRESS = List.of("Đã xây dựng kế hoạch chi tiết và phân công thực hiện.",
            "Hoàn thành khoảng một nửa khối lượng công việc.", "Đã báo cáo tiến độ tại sinh hoạt chi bộ.",
            "Hoàn thành phần lớn nội dung, đang hoàn thiện sản phẩm.", "Tổ chức sơ kết, rút kinh nghiệm giữa kỳ.");

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final AuditLog auditLog;

    BreakthroughDemo(JdbcClient jdbc, JdbcTemplate jdbcTemplate, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.auditLog = auditLog;
    }

    private record Unit(long id, String kind, String secretaryName) {
    }

    private record Account(long userId, Long memberId, Long organizationId, String displayName) {
    }

    @Override
    public void seed(LocalDate today) {
        long started = System.nanoTime();
        Random random = new Random(SEED);
        List<Unit> units = jdbc.sql("""
                        SELECT o.id, o.kind, s.family_name || ' ' || s.middle_name || ' ' || s.given_name AS secretary
                          FROM organization o LEFT JOIN member s ON s.id = o.secretary_member_id
                         WHERE o.dissolved_on IS NULL ORDER BY o.id
                        """)
                .query((rs, n) -> new Unit(rs.getLong("id"), rs.getString("kind"), clean(rs.getString("secretary")))).list();
        Map<String, Account> accounts = new HashMap<>();
        jdbc.sql("SELECT id, username, member_id, organization_id, display_name FROM user_account")
                .query((rs, n) -> Map.entry(rs.getString("username"), new Account(rs.getLong("id"), rs.getObject("member_id", Long.class),
                        rs.getObject("organization_id", Long.class), rs.getString("display_name"))))
                .list().forEach(entry -> accounts.put(entry.getKey(), entry.getValue()));
        List<Object[]> officeMembers = jdbc.sql("""
                        SELECT m.id, m.organization_id, m.family_name || ' ' || m.middle_name || ' ' || m.given_name
                          FROM member m JOIN organization o ON o.id = m.organization_id
                         WHERE o.agency = 'Cơ quan Đảng ủy Khối' AND m.status IN ('PROBATIONARY', 'OFFICIAL') ORDER BY m.id LIMIT 12
                        """)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), clean(rs.getString(3))}).list();
        List<Object[]> members = jdbc.sql("""
                        SELECT m.id, m.organization_id, m.family_name || ' ' || m.middle_name || ' ' || m.given_name
                          FROM member m WHERE m.status IN ('PROBATIONARY', 'OFFICIAL') ORDER BY m.id
                        """)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), clean(rs.getString(3))}).list();
        String leaderName = accounts.containsKey("leader") ? accounts.get("leader").displayName() : "Ban Thường vụ Đảng ủy Khối";
        Map<Long, Unit> byId = new HashMap<>();
        units.forEach(unit -> byId.put(unit.id(), unit));
        Map<Long, Long> parents = new HashMap<>();
        jdbc.sql("SELECT id, parent_id FROM organization WHERE parent_id IS NOT NULL")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().forEach(e -> parents.put(e.getKey(), e.getValue()));

        List<Object[]> rows = new ArrayList<>();
        for (int year = PledgeDemo.FIRST_YEAR; year <= today.getYear(); year++) {
            boolean current = year == today.getYear();
            for (Unit unit : units) {
                boolean take = switch (unit.kind()) {
                    case "BLOC" -> true;
                    case "GRASSROOTS_COMMITTEE", "GRASSROOTS_CELL" -> true;
                    default -> random.nextInt(100) < 30;
                };
                int copies = unit.kind().equals("BLOC") ? 2 : 1;
                for (int i = 0; take && i < copies; i++) {
                    String approver = unit.kind().equals("SUB_CELL") ? byId.get(parents.get(unit.id())).secretaryName() : leaderName;
                    rows.add(task(random, year, current, today, unit.id(), null, UNIT_TASKS, unit.secretaryName(), approver));
                }
            }
            for (Object[] leader : officeMembers) {
                rows.add(task(random, year, current, today, (Long) leader[1], (Long) leader[0], PERSONAL_TASKS, (String) leader[2], leaderName));
            }
            for (int i = 0; i < 18; i++) {
                Object[] member = members.get(random.nextInt(members.size()));
                long cell = (Long) member[1];
                Unit unit = byId.get(cell);
                Unit grassroots = unit.kind().equals("SUB_CELL") ? byId.get(parents.get(cell)) : unit;
                rows.add(task(random, year, current, today, cell, (Long) member[0], PERSONAL_TASKS, (String) member[2],
                        grassroots.secretaryName()));
            }
        }
        addDemoAccountTasks(rows, today, accounts, byId);
        jdbcTemplate.batchUpdate("""
                INSERT INTO breakthrough_task (year, organization_id, member_id, title, problem, expected_result, deadline, state,
                                               registered_by_user_id, registered_by, registered_at, decided_by, decided_at,
                                               decision_comment, evaluated_by, evaluated_at, result_note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        int notes = jdbc.sql("""
                        INSERT INTO breakthrough_progress (task_id, noted_on, note, author, created_at)
                        SELECT t.id, d.noted_on, (ARRAY[%s])[1 + (t.id + n) %% %d], t.registered_by,
                               (d.noted_on + time '15:00') AT TIME ZONE 'Asia/Ho_Chi_Minh'
                          FROM breakthrough_task t
                         CROSS JOIN generate_series(1, 1 + t.id::int %% 3) AS n
                         CROSS JOIN LATERAL (SELECT least((t.decided_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 30 * n,
                                                          t.deadline, CAST(:today AS date) - 1) AS noted_on) d
                         WHERE t.state IN ('IN_PROGRESS', 'COMPLETED', 'NOT_COMPLETED')
                        """.formatted(String.join(", ", PROGRESS.stream().map(text -> "'" + text + "'").toList()), PROGRESS.size()))
                .param("today", today).update();
        auditLog.record(AuditAction.DEMO_LOADED, "BreakthroughTask", null,
                "Demo breakthrough tasks %d–%d: %d tasks, %d progress notes".formatted(PledgeDemo.FIRST_YEAR, today.getYear(), rows.size(), notes));
        log.info("Demo breakthrough tasks: {} tasks, {} progress notes in {} ms", rows.size(), notes, (System.nanoTime() - started) / 1_000_000);
    }

    /** The member's task in progress; the cell's and the đảng bộ cơ sở's awaiting approval by the demo secretary and leader. */
    private static void addDemoAccountTasks(List<Object[]> rows, LocalDate today, Map<String, Account> accounts, Map<Long, Unit> units) {
        int year = today.getYear();
        Account member = accounts.get("member");
        Account cellSecretary = accounts.get("cellsecretary");
        Account secretary = accounts.get("secretary");
        if (member == null || cellSecretary == null || secretary == null) {
            return;
        }
        LocalDate deadline = LocalDate.of(year, 12, 20);
        Timestamp registered = at(today.minusDays(40));
        rows.add(new Object[] {year, cellSecretary.organizationId(), member.memberId(), "Số hóa 100 % văn bản đi, đến của phòng",
                "Văn bản giấy lưu trữ phân tán, tìm kiếm mất thời gian.", "Toàn bộ văn bản năm nay được số hóa, tra cứu trong một phút.",
                deadline, "IN_PROGRESS", member.userId(), member.displayName(), registered,
                units.get(secretary.organizationId()).secretaryName(), at(today.minusDays(30)), null, null, null, null});
        rows.add(new Object[] {year, cellSecretary.organizationId(), null, "Sinh hoạt chi bộ chuyên đề về chuyển đổi số",
                "Đảng viên còn lúng túng khi sử dụng phần mềm dùng chung.", "Mỗi đảng viên thành thạo ít nhất ba phần mềm dùng chung.",
                deadline, "REGISTERED", cellSecretary.userId(), cellSecretary.displayName(), at(today.minusDays(3)),
                null, null, null, null, null, null});
        rows.add(new Object[] {year, secretary.organizationId(), null, "Giảm 20 % thời gian giải quyết hồ sơ của Sở",
                "Một số thủ tục còn quá hạn, người dân phản ánh.", "Không còn hồ sơ quá hạn; 20 % thủ tục được rút ngắn thời gian.",
                deadline, "REGISTERED", secretary.userId(), secretary.displayName(), at(today.minusDays(2)),
                null, null, null, null, null, null});
    }

    private static Object[] task(Random random, int year, boolean current, LocalDate today, long unit, Long member,
                                 List<String[]> texts, String registeredBy, String approver) {
        String[] text = texts.get(random.nextInt(texts.size()));
        LocalDate registered = LocalDate.of(year, 1 + random.nextInt(3), 1 + random.nextInt(28));
        LocalDate decided = registered.plusDays(5 + random.nextInt(15));
        LocalDate deadline = LocalDate.of(year, 6 + random.nextInt(7), 1).plusMonths(1).minusDays(1 + random.nextInt(10));
        int pick = random.nextInt(100);
        String state;
        if (!current) {
            state = pick < 80 ? "COMPLETED" : pick < 91 ? "NOT_COMPLETED" : pick < 96 ? "RETURNED" : "IN_PROGRESS";
        } else {
            state = pick < 50 ? "IN_PROGRESS" : pick < 62 ? "APPROVED" : pick < 74 ? "COMPLETED" : pick < 84 ? "REGISTERED"
                    : pick < 90 ? "RETURNED" : pick < 96 ? "DRAFT" : "NOT_COMPLETED";
            if (!registered.isBefore(today)) {
                registered = today.minusDays(30);
                decided = today.minusDays(20);
            }
            if (decided.isAfter(today.minusDays(1))) {
                decided = today.minusDays(1);
            }
        }
        if (!current && state.equals("IN_PROGRESS")) {
            state = "NOT_COMPLETED";   // a past year's task still open counts as not completed
        }
        boolean decidedState = !state.equals("DRAFT") && !state.equals("REGISTERED");
        boolean evaluated = state.equals("COMPLETED") || state.equals("NOT_COMPLETED");
        LocalDate evaluatedOn = deadline.plusDays(3 + random.nextInt(20));
        if (evaluatedOn.isAfter(today.minusDays(1))) {
            evaluatedOn = today.minusDays(1);
        }
        return new Object[] {year, unit, member, text[0], text[1], text[2], deadline, state, null,
                registeredBy == null ? "Bí thư chi bộ" : registeredBy,
                state.equals("DRAFT") ? null : at(registered),
                decidedState ? (approver == null ? "Bí thư cấp ủy cơ sở" : approver) : null,
                decidedState ? at(decided) : null,
                state.equals("RETURNED") ? "Kết quả dự kiến chưa lượng hóa được, đề nghị bổ sung chỉ tiêu cụ thể." : null,
                evaluated ? (approver == null ? "Bí thư cấp ủy cơ sở" : approver) : null,
                evaluated ? at(evaluatedOn) : null,
                state.equals("COMPLETED") ? "Hoàn thành đúng thời hạn, đạt kết quả dự kiến."
                        : state.equals("NOT_COMPLETED") ? "Chưa đạt kết quả dự kiến; chuyển tiếp sang năm sau." : null};
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atTime(LocalTime.of(9, 30)).atZone(VIETNAM).toInstant());
    }

    private static String clean(String name) {
        return name == null ? null : name.replaceAll("\\s+", " ").strip();
    }
}
