package vn.dangbo.portal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.BeanPropertyBindingResult;

import vn.dangbo.portal.audit.AuditAction;
import vn.dangbo.portal.audit.AuditLog;
import vn.dangbo.portal.meeting.FrameworkForm;
import vn.dangbo.portal.meeting.QualityFrameworks;
import vn.dangbo.portal.security.Scope;

/**
 * Cell life in the demo bloc: committees of the 2020–2025 and 2025–2030 terms (today's secretaries are the
 * units' recorded secretaries, so the demo accounts {@code secretary} and {@code cellsecretary} keep exactly
 * their units through the committee), the yearly meeting frameworks, a meeting a month for every cell from
 * 2021 to last month (a few missed months, a thematic meeting in the middle month of most quarters,
 * attendance 90–97 %, quality assessed and mostly checked), residence-area feedback for most members, and
 * sample scans in the files of the demo cell. Runs after the other seeders that reshape the tree.
 */
@Order(80)
class CellLifeDemo implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(CellLifeDemo.class);
    private static final long SEED = 20250724L;
    private static final LocalDate BLOC_CONGRESS_XXI = LocalDate.of(2025, 7, 24);
    private static final YearMonth FIRST_MEETINGS = YearMonth.of(2021, 1);
    /** The reviewer of past assessments (the demo staff account). */
    private static final String CHECKER = "staff";
    private static final String ASSESSOR = "demo";

    private static final String TOPICS = sqlArray(List.of(
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần trách nhiệm",
            "Nâng cao chất lượng sinh hoạt chi bộ",
            "Phòng, chống biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống",
            "Cải cách hành chính và chuyển đổi số trong cơ quan",
            "Trách nhiệm nêu gương của cán bộ, đảng viên",
            "Thực hành tiết kiệm, chống lãng phí",
            "Bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng",
            "Xây dựng văn hóa công sở"));
    private static final String REASONS = sqlArray(List.of("Đi công tác", "Ốm", "Nghỉ phép", "Việc gia đình", "Đi học"));
    private static final String WARDS = sqlArray(List.of("phường Thành Vinh, Nghệ An", "phường Trường Vinh, Nghệ An",
            "phường Vinh Hưng, Nghệ An", "phường Vinh Phú, Nghệ An", "phường Vinh Lộc, Nghệ An", "phường Cửa Lò, Nghệ An",
            "xã Hưng Nguyên, Nghệ An", "xã Nghi Lộc, Nghệ An"));

    private record Unit(long id, String kind, Long parentId, String path, Long secretary, LocalDate founded, LocalDate dissolved) {
    }

    private record Person(long id, long cell, LocalDate admitted) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final QualityFrameworks frameworks;
    private final AuditLog auditLog;

    CellLifeDemo(JdbcClient jdbc, JdbcTemplate jdbcTemplate, QualityFrameworks frameworks, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.frameworks = frameworks;
        this.auditLog = auditLog;
    }

    @Override
    public void seed(LocalDate today) {
        long started = System.nanoTime();
        Random random = new Random(SEED);
        jdbc.sql("SELECT setseed(0.2025)").query().singleRow();   // random() in the SQL below repeats from load to load
        int seats = seedCommittees(today, random);
        seedFrameworks(today);
        int meetings = seedMeetings(today);
        int feedbacks = seedResidence(today);
        int documents = seedDocuments(random);
        auditLog.record(AuditAction.DEMO_LOADED, "Meeting", null, "Cell life demo: %d committee seats, %d meetings, %d residence feedbacks, %d scanned documents"
                .formatted(seats, meetings, feedbacks, documents));
        log.info("Cell life demo: {} committee seats, {} meetings, {} residence feedbacks, {} documents in {} ms",
                seats, meetings, feedbacks, documents, (System.nanoTime() - started) / 1_000_000);
    }

    // ---------------------------------------------------------------- committees

    private int seedCommittees(LocalDate today, Random random) {
        List<Unit> units = jdbc.sql("""
                        SELECT id, kind, parent_id, path, secretary_member_id, founded_on, dissolved_on FROM organization ORDER BY id
                        """)
                .query((rs, n) -> new Unit(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getString(4),
                        (Long) rs.getObject(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)))
                .list();
        Map<Long, List<Person>> byCell = jdbc.sql("""
                        SELECT id, organization_id, admission_date FROM member
                         WHERE status IN ('PROBATIONARY', 'OFFICIAL') ORDER BY id
                        """)
                .query((rs, n) -> new Person(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class))).list().stream()
                .collect(Collectors.groupingBy(Person::cell));
        // people behind the demo accounts are seated only where they really are (never drawn at random)
        Set<Long> accountHolders = new HashSet<>(jdbc.sql("SELECT member_id FROM user_account WHERE member_id IS NOT NULL")
                .query(Long.class).list());
        Long leader = jdbc.sql("SELECT member_id FROM user_account WHERE username = 'leader'").query(Long.class).optional().orElse(null);
        Map<Long, List<Person>> subtree = new HashMap<>();
        for (Unit unit : units) {
            subtree.put(unit.id(), units.stream().filter(other -> other.path().startsWith(unit.path()))
                    .flatMap(other -> byCell.getOrDefault(other.id(), List.of()).stream()).toList());
        }
        List<Unit> grassrootsBySize = units.stream().filter(unit -> "GRASSROOTS_COMMITTEE".equals(unit.kind()) || "GRASSROOTS_CELL".equals(unit.kind()))
                .filter(unit -> unit.dissolved() == null)
                .sorted(Comparator.comparingInt((Unit unit) -> subtree.get(unit.id()).size()).reversed()).toList();

        Map<Long, LocalDate> starts2020 = new HashMap<>();
        Map<Long, LocalDate> starts2025 = new HashMap<>();
        for (Unit unit : units) {
            starts2020.put(unit.id(), congress(2020, unit.kind(), random));
            starts2025.put(unit.id(), congress(2025, unit.kind(), random));
        }
        List<Object[]> rows = new ArrayList<>();
        for (int term : new int[] {2020, 2025}) {
            for (Unit unit : units) {
                LocalDate start = (term == 2020 ? starts2020 : starts2025).get(unit.id());
                String appointment = "ELECTED";
                if (unit.founded() != null && unit.founded().isAfter(start)) {
                    start = unit.founded();
                    appointment = "APPOINTED";
                }
                LocalDate end = term == 2020 ? starts2025.get(unit.id()).minusDays(1) : null;
                if (unit.dissolved() != null && (end == null || !unit.dissolved().isAfter(end))) {
                    end = unit.dissolved().minusDays(1);
                }
                if (start.isAfter(today) || (end != null && end.isBefore(start))) {
                    continue;
                }
                LocalDate from = start;
                List<Person> eligible = subtree.get(unit.id()).stream()
                        .filter(person -> person.admitted() == null || person.admitted().isBefore(from))
                        .filter(person -> !accountHolders.contains(person.id()))
                        .toList();
                Set<Long> seated = new HashSet<>();
                Long secretary = unit.secretary();
                if (term == 2020 && secretary != null && !accountHolders.contains(secretary) && unit.parentId() != null
                        && random.nextInt(100) < 30) {
                    secretary = pick(eligible, seated, random);   // replaced at the 2025 congress
                }
                seat(rows, unit, secretary, term, "SECRETARY", appointment, start, end, seated, random);
                // the bloc's deputy is the Phó Bí thư Thường trực behind the demo account "leader"
                Long deputy = "BLOC".equals(unit.kind()) ? leader : pick(eligible, seated, random);
                seat(rows, unit, deputy, term, "DEPUTY_SECRETARY", appointment, start, end, seated, random);
                switch (unit.kind()) {
                    case "BLOC" -> {
                        for (int i = 0; i < grassrootsBySize.size() && i < 21; i++) {
                            seat(rows, unit, grassrootsBySize.get(i).secretary(), term, i < 6 ? "STANDING_MEMBER" : "COMMITTEE_MEMBER",
                                    appointment, start, end, seated, random);
                        }
                        inspection(rows, unit, eligible, term, appointment, start, end, random);
                    }
                    case "GRASSROOTS_COMMITTEE" -> {
                        // the committee of a đảng bộ cơ sở: its sub-cells' secretaries (up to five), and an inspection committee
                        for (Unit child : units.stream().filter(child -> Long.valueOf(unit.id()).equals(child.parentId())).limit(5).toList()) {
                            seat(rows, unit, child.secretary(), term, "COMMITTEE_MEMBER", appointment, start, end, seated, random);
                        }
                        inspection(rows, unit, eligible, term, appointment, start, end, random);
                    }
                    default -> {
                        if (subtree.get(unit.id()).size() >= 9) {
                            seat(rows, unit, pick(eligible, seated, random), term, "COMMITTEE_MEMBER", appointment, start, end, seated, random);
                        }
                    }
                }
            }
        }
        jdbcTemplate.batchUpdate("""
                INSERT INTO committee_position (organization_id, member_id, term_start_year, position, appointment, starts_on,
                                                ends_on, decision)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        return rows.size();
    }

    /** The congress of a unit in a term year: sub-cells first, then grassroots organisations, the bloc last. */
    private static LocalDate congress(int year, String kind, Random random) {
        return switch (kind) {
            case "BLOC" -> year == 2020 ? DemoBloc.CONGRESS_XX : BLOC_CONGRESS_XXI;
            case "SUB_CELL" -> LocalDate.of(year, 3, 20).plusDays(random.nextInt(40));
            default -> LocalDate.of(year, 5, 10).plusDays(random.nextInt(45));
        };
    }

    private static Long pick(List<Person> eligible, Set<Long> seated, Random random) {
        List<Person> free = eligible.stream().filter(person -> !seated.contains(person.id())).toList();
        return free.isEmpty() ? null : free.get(random.nextInt(free.size())).id();
    }

    private static void seat(List<Object[]> rows, Unit unit, Long member, int term, String position, String appointment,
                             LocalDate start, LocalDate end, Set<Long> seated, Random random) {
        if (member == null || !seated.add(member)) {
            return;
        }
        String decision = "SECRETARY".equals(position) ? (10 + random.nextInt(390)) + "-QĐ/ĐUK" : null;
        rows.add(new Object[] {unit.id(), member, term, position, appointment, start, end, decision});
    }

    private static void inspection(List<Object[]> rows, Unit unit, List<Person> eligible, int term, String appointment,
                                   LocalDate start, LocalDate end, Random random) {
        Set<Long> inspectors = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            seat(rows, unit, pick(eligible, inspectors, random), term, "INSPECTION_MEMBER", appointment, start, end, inspectors, random);
        }
    }

    // ---------------------------------------------------------------- meetings

    /** The first year's framework through the service (the usual criteria), copied to the years after it. */
    private void seedFrameworks(LocalDate today) {
        int first = FIRST_MEETINGS.getYear();
        FrameworkForm form = frameworks.formFor(first);
        frameworks.save(first, form, new BeanPropertyBindingResult(form, "form"), Scope.everything(true));
        jdbc.sql("""
                        INSERT INTO meeting_framework (year, good_from, fair_from, average_from, attendance_threshold)
                        SELECT y, f.good_from, f.fair_from, f.average_from, f.attendance_threshold
                          FROM meeting_framework f CROSS JOIN generate_series(:first + 1, :last) AS y WHERE f.year = :first
                        """)
                .param("first", first).param("last", today.getYear()).update();
        jdbc.sql("""
                        INSERT INTO meeting_criterion (year, position, name, weight)
                        SELECT y, c.position, c.name, c.weight
                          FROM meeting_criterion c CROSS JOIN generate_series(:first + 1, :last) AS y WHERE c.year = :first
                        """)
                .param("first", first).param("last", today.getYear()).update();
    }

    private int seedMeetings(LocalDate today) {
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        Long demoCell = jdbc.sql("""
                        SELECT m.organization_id FROM user_account u JOIN member m ON m.id = u.member_id WHERE u.username = 'cellsecretary'
                        """).query(Long.class).optional().orElse(-1L);
        int meetings = jdbc.sql("""
                        INSERT INTO meeting (organization_id, held_on, kind, topic, place, chair_member_id, agenda, resolutions, minutes)
                        SELECT c.id, c.month + c.day_offset, CASE WHEN c.thematic THEN 'REGULAR_THEMATIC' ELSE 'REGULAR' END,
                               CASE WHEN c.thematic THEN (%s)[c.topic] END, 'Phòng họp cơ quan', c.secretary_member_id,
                               'Đánh giá kết quả thực hiện nhiệm vụ chính trị và công tác xây dựng Đảng trong tháng; nghe đảng viên báo cáo việc thực hiện cam kết nêu gương; triển khai nhiệm vụ tháng tới.',
                               'Chi bộ thống nhất các nhiệm vụ trọng tâm của tháng tới; phân công đảng viên phụ trách từng việc.',
                               'Biên bản sinh hoạt chi bộ (dữ liệu trình diễn).'
                          FROM (SELECT o.id, o.secretary_member_id, m.month::date AS month, 2 + floor(random() * 10)::int AS day_offset,
                                       (extract(month FROM m.month)::int %% 3 = 2 AND random() < 0.92) AS thematic,
                                       1 + floor(random() * 8)::int AS topic, random() AS skip
                                  FROM organization o
                                 CROSS JOIN generate_series(CAST(:first AS date), CAST(:last AS date), interval '1 month') AS m(month)
                                 WHERE o.kind IN ('GRASSROOTS_CELL', 'SUB_CELL')
                                   AND (o.founded_on IS NULL OR o.founded_on <= m.month)
                                   AND (o.dissolved_on IS NULL OR o.dissolved_on > m.month + interval '1 month')) AS c
                         WHERE c.skip >= 0.015
                        """.formatted(TOPICS))
                .param("first", FIRST_MEETINGS.atDay(1)).param("last", lastMonth.atDay(1))
                .update();
        // each cell has its own usual attendance between 90 and 97 %; absences are excused (with a reason) or not
        ForeignKeysCheckedAfter.insert(jdbc, List.of("meeting_attendance"), () -> jdbc.sql("""
                        INSERT INTO meeting_attendance (meeting_id, member_id, presence, reason)
                        SELECT x.meeting_id, x.member_id,
                               CASE WHEN x.r < x.rate THEN 'PRESENT' WHEN x.r2 < 0.6 THEN 'EXCUSED' ELSE 'ABSENT' END,
                               CASE WHEN x.r >= x.rate AND x.r2 < 0.6 THEN (%s)[1 + floor(x.r3 * 5)::int] END
                          FROM (SELECT t.id AS meeting_id, m.id AS member_id, random() AS r, random() AS r2, random() AS r3,
                                       0.90 + 0.07 * ((t.organization_id * 7919) %% 101) / 100.0 AS rate
                                  FROM meeting t JOIN member m ON m.organization_id = t.organization_id
                                 WHERE m.status IN ('PROBATIONARY', 'OFFICIAL')
                                   AND (m.admission_date IS NULL OR m.admission_date <= t.held_on)) AS x
                        """.formatted(REASONS))
                .update());
        // points per criterion, the score and level they give, assessed two days after the meeting; everything older
        // than two months checked by the committee above; last month's meetings of half the cells and of the demo cell
        // are left for the demo users to assess
        ForeignKeysCheckedAfter.insert(jdbc, List.of("meeting_assessment", "meeting_assessment_score"), () -> jdbc.sql("""
                        WITH points AS (
                            SELECT t.id AS meeting_id, t.held_on, c.id AS criterion_id, c.year, c.weight,
                                   greatest(0, c.weight - floor(random() * random() * c.weight * 0.55)::int) AS points
                              FROM meeting t JOIN meeting_criterion c ON c.year = extract(year FROM t.held_on)
                             WHERE NOT (t.held_on >= :lastMonth AND (t.organization_id = :demoCell OR t.organization_id % 2 = 0))),
                        scored AS (
                            SELECT p.meeting_id, p.held_on, round(100.0 * sum(p.points) / sum(p.weight), 2) AS score,
                                   min(f.good_from) AS good_from, min(f.fair_from) AS fair_from, min(f.average_from) AS average_from
                              FROM points p JOIN meeting_framework f ON f.year = p.year
                             GROUP BY p.meeting_id, p.held_on),
                        assessed AS (
                            INSERT INTO meeting_assessment (meeting_id, score, level, assessed_by, assessed_at, checked_level, checked_by, checked_at)
                            SELECT s.meeting_id, s.score, s.level, :assessor, s.assessed_at,
                                   CASE WHEN s.held_on < :before THEN s.level END, CASE WHEN s.held_on < :before THEN :checker END,
                                   CASE WHEN s.held_on < :before THEN s.assessed_at + interval '12 days' END
                              FROM (SELECT meeting_id, held_on, score, (held_on + 2)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' AS assessed_at,
                                           CASE WHEN score >= good_from THEN 'GOOD' WHEN score >= fair_from THEN 'FAIR'
                                                WHEN score >= average_from THEN 'AVERAGE' ELSE 'POOR' END AS level
                                      FROM scored) AS s
                            RETURNING meeting_id)
                        INSERT INTO meeting_assessment_score (meeting_id, criterion_id, points)
                        SELECT meeting_id, criterion_id, points FROM points
                        """)
                .param("assessor", ASSESSOR).param("checker", CHECKER).param("lastMonth", lastMonth.atDay(1))
                .param("demoCell", demoCell).param("before", today.minusMonths(2))
                .update());
        return meetings;
    }

    // ---------------------------------------------------------------- residence-area feedback

    private int seedResidence(LocalDate today) {
        jdbc.sql("""
                        INSERT INTO residence_contact (member_id, commune, cell_name)
                        SELECT x.id, (%s)[1 + floor(x.r * 8)::int], 'Chi bộ khối ' || (1 + floor(x.r2 * 18)::int)
                          FROM (SELECT m.id, random() AS r, random() AS r2, random() AS keep
                                  FROM member m WHERE m.status IN ('PROBATIONARY', 'OFFICIAL')) AS x
                         WHERE x.keep < 0.93
                        """.formatted(WARDS))
                .update();
        return jdbc.sql("""
                        INSERT INTO residence_feedback (member_id, year, assessment, note, received_on)
                        SELECT x.member_id, x.year, CASE WHEN x.good THEN 'GOOD' ELSE 'NEEDS_IMPROVEMENT' END,
                               CASE WHEN x.good THEN NULL ELSE 'Cần tham gia đầy đủ hơn các hoạt động của khu dân cư.' END,
                               x.received_on
                          FROM (SELECT c.member_id, y.year, random() < 0.96 AS good,
                                       make_date(y.year, 11, 15) + floor(random() * 44)::int AS received_on, random() AS keep
                                  FROM residence_contact c JOIN member m ON m.id = c.member_id
                                 CROSS JOIN generate_series(:first, :last) AS y(year)
                                 WHERE m.admission_date IS NULL OR m.admission_date < make_date(y.year, 10, 1)) AS x
                         WHERE x.keep < 0.97 AND x.received_on <= :today
                        """)
                .param("first", FIRST_MEETINGS.getYear()).param("last", today.getYear()).param("today", today)
                .update();
    }

    // ---------------------------------------------------------------- digitised files

    /** Sample scans for the demo cell's members: most have the required documents, some still lack one. */
    private int seedDocuments(Random random) {
        record Owner(long id, boolean official, boolean demoMember) {
        }
        List<Owner> owners = jdbc.sql("""
                        SELECT m.id, m.official_date IS NOT NULL, m.id = (SELECT member_id FROM user_account WHERE username = 'member')
                          FROM member m
                         WHERE m.organization_id = (SELECT c.organization_id FROM user_account u JOIN member c ON c.id = u.member_id
                                                     WHERE u.username = 'cellsecretary')
                           AND m.status IN ('PROBATIONARY', 'OFFICIAL', 'EXEMPT')
                         ORDER BY m.id
                        """)
                .query((rs, n) -> new Owner(rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3))).list();
        List<String> types = List.of("RESUME", "MEMBER_RECORD", "ADMISSION_DECISION", "OFFICIAL_DECISION");
        List<Object[]> rows = new ArrayList<>();
        for (Owner owner : owners) {
            for (String type : types) {
                boolean required = !"OFFICIAL_DECISION".equals(type) || owner.official();
                if (required && (owner.demoMember() || random.nextInt(100) < 80)) {
                    rows.add(new Object[] {owner.id(), type, "sample-" + type.toLowerCase(Locale.ROOT) + ".pdf"});
                }
            }
        }
        jdbcTemplate.batchUpdate("""
                INSERT INTO member_document (member_id, type, filename, content_type, size, uploaded_at, uploaded_by, note)
                VALUES (?, ?, ?, 'application/pdf', 1, now(), 'demo', 'Bản số hóa mẫu (dữ liệu trình diễn)')
                """, rows);
        byte[] scan = sampleScan();
        jdbc.sql("INSERT INTO member_document_content (document_id, content) SELECT id, :content FROM member_document WHERE uploaded_by = 'demo'")
                .param("content", scan).update();
        jdbc.sql("UPDATE member_document SET size = :size WHERE uploaded_by = 'demo'").param("size", scan.length).update();
        return rows.size();
    }

    /** A one-page PDF ("Hồ sơ đảng viên số hóa — bản số hóa mẫu") made once with {@code PdfRenderer}, kept as a resource. */
    private static byte[] sampleScan() {
        try (InputStream in = new ClassPathResource("demo/sample-scan.pdf").getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sqlArray(List<String> values) {
        return values.stream().map(value -> "'" + value.replace("'", "''") + "'")
                .collect(Collectors.joining(", ", "ARRAY[", "]"));
    }
}
