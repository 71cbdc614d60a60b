package vn.dangbo.portal.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import vn.dangbo.portal.organization.ReorganizationForm;
import vn.dangbo.portal.organization.Reorganizations;
import vn.dangbo.portal.security.Scope;

/**
 * The demo bloc's member history (issue 4): every member gets the events that explain their state
 * (admission with its ceremony, made official, exemption, or a transfer in), then the 2025 merger of the
 * agriculture and environment departments' committees (through the real reorganisation, effective
 * 01/03/2025), retirements (transfer out past 60), deaths, transfers, temporary transfers, removals, a
 * re-admission, a handful of discipline records, ~150 good deeds, badges of past batches and candidates in
 * the admission pipeline. Terminal events are dated after the XX congress, so the bloc as of 23/07/2020 stays
 * 64 grassroots organisations and 5,112 members. Runs first of the seeders: the others see the final states.
 */
@Order(10)
class LifecycleDemo implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(LifecycleDemo.class);
    private static final long SEED = 20250301L;
    static final LocalDate MERGER = LocalDate.of(2025, 3, 1);
    static final String AGRICULTURE = "Đảng bộ Sở Nông nghiệp và Phát triển nông thôn";
    static final String ENVIRONMENT = "Đảng bộ Sở Tài nguyên và Môi trường";
    static final String MERGED = "Đảng bộ Sở Nông nghiệp và Môi trường";
    private static final List<MonthDay> BADGE_DAYS = List.of(MonthDay.of(2, 3), MonthDay.of(5, 19), MonthDay.of(9, 2), MonthDay.of(11, 7));
    private static final List<String> RESIDENCES = List.of("Đảng bộ phường Hưng Bình, thành phố Vinh", "Đảng bộ phường Lê Lợi, thành phố Vinh",
            "Đảng bộ phường Trường Thi, thành phố Vinh", "Đảng bộ xã Nghi Phú, thành phố Vinh", "Đảng bộ phường Quang Trung, thành phố Vinh",
            "Đảng bộ xã Hưng Lộc, thành phố Vinh", "Đảng bộ thị trấn Nam Đàn, huyện Nam Đàn", "Đảng bộ phường Nghi Thủy, thị xã Cửa Lò");
    private static final List<String> OUTSIDE = List.of("Đảng bộ Khối các cơ quan tỉnh Hà Tĩnh", "Đảng bộ Khối các cơ quan tỉnh Thanh Hóa",
            "Đảng bộ Bộ Nông nghiệp và Phát triển nông thôn", "Đảng bộ huyện Diễn Châu", "Đảng bộ huyện Quỳnh Lưu",
            "Đảng bộ Quân sự tỉnh", "Đảng bộ Trường Đại học Vinh");
    private static final List<String> DEEDS = List.of("Nhặt được tài sản, trả lại người đánh rơi",
            "Hiến máu tình nguyện nhiều lần", "Giúp đỡ gia đình chính sách có hoàn cảnh khó khăn",
            "Tích cực tham gia cứu hộ, cứu nạn trong mưa lũ", "Đề xuất sáng kiến cải cách thủ tục hành chính được áp dụng",
            "Ủng hộ quỹ \"Vì người nghèo\" và quỹ khuyến học", "Kịp thời cấp cứu người bị tai nạn giao thông",
            "Nhận đỡ đầu học sinh nghèo vượt khó", "Gương mẫu thực hiện chuyển đổi số trong cơ quan",
            "Tham gia xây dựng nhà tình nghĩa", "Phát hiện, ngăn chặn hành vi gian lận, bảo vệ tài sản nhà nước",
            "Vận động gia đình hiến đất làm đường giao thông nông thôn");
    private static final List<String> COLLECTIVE_DEEDS = List.of("Tập thể chi bộ quyên góp ủng hộ đồng bào vùng lũ",
            "Hoàn thành xuất sắc chiến dịch tiêm chủng phòng dịch", "Tổ chức phong trào \"Ngày thứ Bảy tình nguyện\"",
            "Đỡ đầu xã nông thôn mới", "Xây dựng mô hình \"Dân vận khéo\" được nhân rộng");

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Reorganizations reorganizations;
    private final Clock clock;

    LifecycleDemo(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Reorganizations reorganizations, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.reorganizations = reorganizations;
        this.clock = clock;
    }

    @Override
    public void seed(LocalDate today) {
        long started = System.nanoTime();
        Run run = new Run(today);
        run.load();
        log.info("Demo lifecycle: {} events, {} members changed after the congress, merger {}, in {} ms", run.eventCount,
                run.changed.size(), run.merged ? "done" : "not yet due", (System.nanoTime() - started) / 1_000_000);
    }

    /** A member as the bloc loader left them. */
    private record Person(long id, LocalDate birth, String gender, String status, long cell, LocalDate admission, LocalDate official) {
    }

    /** An event to write; {@code cell} null means the member's cell at the time of writing. */
    private record Event(long member, String kind, LocalDate date, LocalDate ceremony, LocalDate admission, LocalDate official,
                         String decision, String issuer, String counterpart, String note, Long cell, String statusAfter) {
    }

    /** One run of the generator; all its state lives here. */
    private final class Run {

        final Random random = new Random(SEED);
        final LocalDate today;
        final Timestamp now;
        final List<Person> people = new ArrayList<>();
        final Map<Long, Person> byId = new HashMap<>();
        final Set<Long> protectedIds = new HashSet<>();
        final Set<Long> mergingCells = new HashSet<>();
        final List<Long> otherCells = new ArrayList<>();
        final Map<Long, LocalDate> lastEvent = new HashMap<>();
        final Map<Long, String> status = new HashMap<>();
        final Map<Long, LocalDate> exitDate = new HashMap<>();
        final Map<Long, Long> cellChange = new HashMap<>();
        final Map<Long, LocalDate> ceremonies = new HashMap<>();
        final Set<Long> changed = new HashSet<>();
        final List<Event> before = new ArrayList<>();
        final List<Event> after = new ArrayList<>();
        long blocId;
        long agricultureId;
        long environmentId;
        boolean merged;
        int eventCount;
        int decisionNumber = 101;

        Run(LocalDate today) {
            this.today = today;
            this.now = Timestamp.from(clock.instant());
        }

        void load() {
            readBloc();
            baseline();
            write(before);
            merge();
            write(after);
            afterTheCongress();
            transfersIn();
            discipline();
            goodDeeds();
            badges();
            candidates();
        }

        private void readBloc() {
            blocId = jdbc.sql("SELECT id FROM organization WHERE kind = 'BLOC'").query(Long.class).single();
            agricultureId = unitNamed(AGRICULTURE);
            environmentId = unitNamed(ENVIRONMENT);
            merged = !MERGER.isAfter(today);
            List<long[]> cells = jdbc.sql("""
                            SELECT id, parent_id FROM organization WHERE kind IN ('SUB_CELL', 'GRASSROOTS_CELL') AND dissolved_on IS NULL ORDER BY id
                            """)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
            for (long[] cell : cells) {
                if (cell[1] == agricultureId || cell[1] == environmentId) {
                    if (merged) {
                        mergingCells.add(cell[0]);
                    }
                } else {
                    otherCells.add(cell[0]);
                }
            }
            jdbc.sql("SELECT id, birth_date, gender, status, organization_id, admission_date, official_date FROM member ORDER BY id")
                    .query((rs, n) -> new Person(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)))
                    .list().forEach(person -> {
                        people.add(person);
                        byId.put(person.id(), person);
                        status.put(person.id(), person.status());
                    });
            protectedIds.addAll(jdbc.sql("SELECT member_id FROM user_account WHERE member_id IS NOT NULL").query(Long.class).list());
            protectedIds.addAll(jdbc.sql("SELECT secretary_member_id FROM organization WHERE secretary_member_id IS NOT NULL").query(Long.class).list());
        }

        private long unitNamed(String name) {
            return jdbc.sql("SELECT id FROM organization WHERE name = :name").param("name", name).query(Long.class).single();
        }

        /** The events that explain each member's state as the bloc loader left it. */
        private void baseline() {
            List<Person> removable = people.stream()
                    .filter(p -> free(p) && p.official() != null && p.admission().isAfter(DemoBloc.CONGRESS_XX)).collect(Collectors.toList());
            Collections.shuffle(removable, random);
            Set<Long> removed = removable.stream().limit(3).map(Person::id).collect(Collectors.toSet());
            List<Person> older = people.stream().filter(p -> free(p) && p.official() != null
                    && p.admission().isBefore(LocalDate.of(2004, 1, 1)) && "OFFICIAL".equals(p.status())).collect(Collectors.toList());
            Collections.shuffle(older, random);
            long readmitted = older.isEmpty() ? -1 : older.get(0).id();
            for (Person p : people) {
                LocalDate ceremony = p.admission().plusDays(random.nextInt(6));
                if (ceremony.isAfter(today)) {
                    ceremony = today;
                }
                boolean transferredIn = p.official() != null && p.admission().isBefore(DemoBloc.CONGRESS_XX.minusYears(3))
                        && !protectedIds.contains(p.id()) && p.id() != readmitted && random.nextInt(100) < 15;
                if (transferredIn) {
                    LocalDate earliest = p.official().plusDays(30);
                    LocalDate arrived = earliest.plusDays(random.nextLong(Math.max(1, ChronoUnit.DAYS.between(earliest, DemoBloc.CONGRESS_XX))));
                    add(p, new Event(p.id(), "TRANSFER_IN", arrived, ceremony, p.admission(), p.official(), decision("QĐ/TCTU"),
                            "Ban Tổ chức Tỉnh ủy", pick(OUTSIDE), "Chuyển công tác về cơ quan", p.cell(), "OFFICIAL"));
                } else {
                    add(p, new Event(p.id(), "ADMISSION", p.admission(), ceremony, null, null, decision("QĐ/ĐU"), "Đảng ủy cơ sở",
                            null, null, p.cell(), "PROBATIONARY"));
                    ceremonies.put(p.id(), ceremony);
                    if (removed.contains(p.id())) {
                        LocalDate removal = ceremony.plusMonths(12).plusDays(1 + random.nextInt(20));
                        add(p, new Event(p.id(), "NAME_REMOVAL", removal.isAfter(today) ? today : removal, null, null, null, decision("QĐ/ĐU"),
                                "Đảng ủy cơ sở", null, "Hết thời gian dự bị, không đủ tư cách đảng viên", p.cell(), "REMOVED"));
                        status.put(p.id(), "REMOVED");
                        changed.add(p.id());
                        continue;
                    }
                    if (p.id() == readmitted) {
                        readmission(p, ceremony);
                        continue;
                    }
                    if (p.official() != null) {
                        add(p, new Event(p.id(), "OFFICIAL", p.official(), null, null, null, decision("QĐ/ĐU"), "Đảng ủy cơ sở",
                                null, null, p.cell(), "OFFICIAL"));
                    }
                }
                ceremonies.put(p.id(), ceremony);
                if ("EXEMPT".equals(p.status())) {
                    LocalDate from = p.birth().plusYears(56).plusDays(random.nextInt(300));
                    LocalDate last = lastEvent.get(p.id()).plusDays(1);
                    LocalDate exempt = from.isBefore(last) ? last : from.isAfter(today) ? today : from;
                    add(p, new Event(p.id(), "EXEMPTION", exempt, null, null, null, decision("QĐ/ĐU"), "Đảng ủy cơ sở", null,
                            "Tuổi cao, sức khỏe yếu", p.cell(), "EXEMPT"));
                }
            }
            // one statement for all: the ceremony as days after the admission decision
            jdbcTemplate.update("""
                            UPDATE member m SET admission_ceremony_date = m.admission_date + c.days
                              FROM unnest(?::bigint[], ?::int[]) AS c(id, days) WHERE m.id = c.id
                            """, ceremonies.keySet().toArray(Long[]::new),
                    ceremonies.entrySet().stream().map(e -> (int) ChronoUnit.DAYS.between(byId.get(e.getKey()).admission(), e.getValue()))
                            .toArray(Integer[]::new));
            jdbcTemplate.batchUpdate("UPDATE member SET status = 'REMOVED', official_date = NULL WHERE id = ?",
                    removed.stream().map(id -> new Object[] {id}).toList());
        }

        /** Removed in 2013 for leaving Party activity, admitted again in 2015: the Party age leaves out the time away. */
        private void readmission(Person p, LocalDate ceremony) {
            LocalDate removedOn = LocalDate.of(2013, 4, 10);
            LocalDate again = LocalDate.of(2015, 6, 15);
            LocalDate againCeremony = LocalDate.of(2015, 6, 20);
            LocalDate official = LocalDate.of(2016, 6, 25);
            add(p, new Event(p.id(), "OFFICIAL", p.official(), null, null, null, decision("QĐ/ĐU"), "Đảng ủy cơ sở", null, null, p.cell(), "OFFICIAL"));
            add(p, new Event(p.id(), "NAME_REMOVAL", removedOn, null, null, null, decision("QĐ/ĐU"), "Đảng ủy cơ sở", null,
                    "Tự ý bỏ sinh hoạt đảng", p.cell(), "REMOVED"));
            add(p, new Event(p.id(), "ADMISSION", again, againCeremony, null, null, decision("QĐ/ĐUK"), "Đảng ủy Khối", null,
                    "Kết nạp lại", p.cell(), "PROBATIONARY"));
            add(p, new Event(p.id(), "OFFICIAL", official, null, null, null, decision("QĐ/ĐUK"), "Đảng ủy Khối", null, null, p.cell(), "OFFICIAL"));
            jdbc.sql("UPDATE member SET interruption_days = :days, admission_ceremony_date = :ceremony, official_date = :official WHERE id = :id")
                    .param("days", ChronoUnit.DAYS.between(removedOn, again)).param("ceremony", againCeremony).param("official", official)
                    .param("id", p.id()).update();
        }

        /** Events of members of the merging committees after the merger wait until their new cell exists. */
        private void add(Person p, Event event) {
            boolean later = mergingCells.contains(p.cell()) && event.date().isAfter(MERGER);
            (later ? after : before).add(later ? new Event(event.member(), event.kind(), event.date(), event.ceremony(), event.admission(),
                    event.official(), event.decision(), event.issuer(), event.counterpart(), event.note(), null, event.statusAfter()) : event);
            lastEvent.put(p.id(), event.date());
        }

        /** The 2025 merger, through the portal's own reorganisation; members who joined the old cells later move along. */
        private void merge() {
            if (!merged) {
                return;
            }
            ReorganizationForm form = new ReorganizationForm();
            form.setUnitIds(List.of(agricultureId, environmentId));
            form.setName(MERGED);
            form.setShortName("Sở Nông nghiệp và Môi trường");
            form.setAgency("Sở Nông nghiệp và Môi trường");
            form.setEffectiveDate(MERGER);
            form.setDecisionNumber("1525-QĐ/TU");
            form.setDecisionIssuer("Ban Thường vụ Tỉnh ủy");
            form.setNote("Hợp nhất theo chủ trương sắp xếp tổ chức bộ máy");
            Errors errors = new BeanPropertyBindingResult(form, "merger");
            reorganizations.merge(blocId, form, errors, Scope.everything(true));
            if (errors.hasErrors()) {
                throw new IllegalStateException("demo merger refused: " + errors.getAllErrors());
            }
            jdbc.sql("""
                    UPDATE member m SET organization_id = o.successor_id FROM organization o
                     WHERE o.id = m.organization_id AND o.successor_id IS NOT NULL AND o.dissolved_on = :merger
                    """).param("merger", MERGER).update();
            // the new units' secretaries as the committee records will have them (the cell-life seeder seats them):
            // the agriculture department's, the first of the merged units
            jdbc.sql("""
                    UPDATE organization o SET secretary_member_id = s.secretary_member_id
                      FROM (SELECT DISTINCT ON (successor_id) successor_id, secretary_member_id FROM organization
                             WHERE dissolved_on = :merger AND successor_id IS NOT NULL AND secretary_member_id IS NOT NULL
                             ORDER BY successor_id, id) s
                     WHERE o.id = s.successor_id
                    """).param("merger", MERGER).update();
            // the demo secretary's title follows the unit
            jdbc.sql("UPDATE user_account SET display_name = replace(display_name, 'Sở Nông nghiệp và Phát triển nông thôn', "
                    + "'Sở Nông nghiệp và Môi trường') WHERE username = 'secretary'").update();
        }

        private void write(List<Event> events) {
            Map<Long, Long> cells = events.stream().anyMatch(event -> event.cell() == null)
                    ? jdbc.sql("SELECT id, organization_id FROM member").query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list()
                            .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))
                    : Map.of();
            jdbcTemplate.batchUpdate("""
                    INSERT INTO member_event (member_id, kind, event_date, ceremony_date, admission_date, official_date, decision_number,
                                              decision_issuer, counterpart, note, organization_id, status_after, recorded_at, recorded_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')
                    """, events.stream().map(e -> new Object[] {e.member(), e.kind(), e.date(), e.ceremony(), e.admission(), e.official(),
                    e.decision(), e.issuer(), e.counterpart(), e.note(), e.cell() != null ? e.cell() : cells.get(e.member()), e.statusAfter(),
                    now}).toList());
            eventCount += events.size();
        }

        /** Retirements, deaths, transfers and temporary transfers, all after the congress, outside the merged units. */
        private void afterTheCongress() {
            List<Event> events = new ArrayList<>();
            List<Person> pool = people.stream().filter(p -> free(p) && isCurrent(p.id())).collect(Collectors.toList());
            Collections.shuffle(pool, random);
            int deaths = 0;
            int transfers = 0;
            int movesOut = 0;
            int away = 0;
            int back = 0;
            for (Person p : pool) {
                LocalDate earliest = later(lastEvent.get(p.id()), DemoBloc.CONGRESS_XX).plusDays(1);
                if (!earliest.isBefore(today)) {
                    continue;
                }
                LocalDate sixty = p.birth().plusYears(60).plusDays(30 + random.nextInt(90));
                if ("OFFICIAL".equals(status.get(p.id())) && !sixty.isAfter(today) && random.nextInt(100) < 85) {
                    LocalDate date = later(sixty, earliest.plusDays(random.nextInt(90)));
                    if (!date.isAfter(today)) {
                        events.add(exit(p, "TRANSFER_OUT", date, pick(RESIDENCES), "Nghỉ hưu, chuyển sinh hoạt về nơi cư trú", "TRANSFERRED_OUT"));
                    }
                } else if (deaths < 12 && p.birth().isBefore(LocalDate.of(1970, 1, 1))) {
                    deaths++;
                    events.add(exit(p, "DEATH", between(earliest, today), null, null, "DECEASED"));
                } else if (transfers < 50) {
                    transfers++;
                    LocalDate date = between(earliest, today);
                    long target = otherCells.get(random.nextInt(otherCells.size()));
                    if (target != p.cell()) {
                        events.add(new Event(p.id(), "TRANSFER_INTERNAL", date, null, null, null, decision("QĐ/ĐUK"), "Đảng ủy Khối", null,
                                "Điều động công tác", target, status.get(p.id())));
                        cellChange.put(p.id(), target);
                        changed.add(p.id());
                    }
                } else if (movesOut < 15) {
                    movesOut++;
                    events.add(exit(p, "TRANSFER_OUT", between(earliest, today), pick(OUTSIDE), "Chuyển công tác ra ngoài tỉnh", "TRANSFERRED_OUT"));
                } else if (away < 15 && !"EXEMPT".equals(status.get(p.id())) && earliest.isBefore(today.minusDays(300))) {
                    away++;
                    events.add(new Event(p.id(), "TEMPORARY_TRANSFER", today.minusDays(30 + random.nextInt(270)), null, null, null, null, null,
                            "Học viện Chính trị quốc gia Hồ Chí Minh", "Học cao cấp lý luận chính trị", p.cell(), status.get(p.id())));
                    changed.add(p.id());
                } else if (back < 12 && !"EXEMPT".equals(status.get(p.id())) && earliest.isBefore(today.minusYears(2))) {
                    back++;
                    LocalDate start = between(earliest, today.minusYears(2));
                    events.add(new Event(p.id(), "TEMPORARY_TRANSFER", start, null, null, null, null, null,
                            "Ban Quản lý dự án tỉnh (biệt phái)", "Biệt phái công tác", p.cell(), status.get(p.id())));
                    events.add(new Event(p.id(), "TEMPORARY_TRANSFER_END", start.plusMonths(6 + random.nextInt(7)), null, null, null, null, null,
                            null, "Trở về cơ quan", p.cell(), status.get(p.id())));
                    changed.add(p.id());
                }
            }
            write(events);
            jdbcTemplate.batchUpdate("UPDATE member SET status = ?, version = version + 1 WHERE id = ?", exitDate.keySet().stream()
                    .map(id -> new Object[] {status.get(id), id}).toList());
            jdbcTemplate.batchUpdate("UPDATE member SET organization_id = ?, version = version + 1 WHERE id = ?", cellChange.entrySet().stream()
                    .map(e -> new Object[] {e.getValue(), e.getKey()}).toList());
        }

        private Event exit(Person p, String kind, LocalDate date, String counterpart, String note, String statusAfter) {
            status.put(p.id(), statusAfter);
            exitDate.put(p.id(), date);
            changed.add(p.id());
            lastEvent.put(p.id(), date);
            return new Event(p.id(), kind, date, null, null, null, "DEATH".equals(kind) ? null : decision("QĐ/ĐU"),
                    "DEATH".equals(kind) ? null : "Đảng ủy cơ sở", counterpart, note, p.cell(), statusAfter);
        }

        /** About 25 members admitted elsewhere since the congress who came to the bloc. */
        private void transfersIn() {
            List<Object[]> members = new ArrayList<>();
            List<Event> events = new ArrayList<>();
            List<Long> ids = jdbc.sql("SELECT nextval('member_id_seq') FROM generate_series(1, 25)").query(Long.class).list();
            for (int i = 0; i < ids.size(); i++) {
                boolean male = random.nextBoolean();
                // admitted elsewhere after the congress (the bloc at the congress stays as it was), official, then moved here
                LocalDate admission = between(DemoBloc.CONGRESS_XX.plusDays(1), today.minusYears(2));
                LocalDate birth = admission.minusYears(24 + random.nextInt(8)).minusDays(random.nextInt(365));
                LocalDate official = admission.plusMonths(12).plusDays(10 + random.nextInt(30));
                LocalDate arrived = between(official.plusDays(1), today);
                long cell = otherCells.get(random.nextInt(otherCells.size()));
                members.add(new Object[] {ids.get(i), VietnameseNames.family(random), VietnameseNames.middle(random, male),
                        VietnameseNames.given(random, male), male ? "MALE" : "FEMALE", birth, pick(DemoBloc.HOMETOWNS), "Kinh", "Không",
                        "12/12", pick(DemoBloc.DEGREES), "INTERMEDIATE", "Chuyên viên", "36." + (200_001 + i), "OFFICIAL", cell, admission,
                        admission.plusDays(3), official});
                events.add(new Event(ids.get(i), "TRANSFER_IN", arrived, admission.plusDays(3), admission, official, decision("QĐ/TCTU"),
                        "Ban Tổ chức Tỉnh ủy", pick(OUTSIDE), "Chuyển công tác về cơ quan", cell, "OFFICIAL"));
            }
            jdbcTemplate.batchUpdate("""
                    INSERT INTO member (id, family_name, middle_name, given_name, gender, birth_date, hometown, ethnicity, religion,
                                        general_education, professional_degree, political_theory, job_title, party_card_number, status,
                                        organization_id, admission_date, admission_ceremony_date, official_date, workplace)
                    SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, o.id, ?, ?, ?, o.agency FROM organization o WHERE o.id = ?
                    """, members.stream().map(row -> new Object[] {row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8],
                    row[9], row[10], row[11], row[12], row[13], row[14], row[16], row[17], row[18], row[15]}).toList());
            write(events);
        }

        /** A handful of discipline decisions, one of them an expulsion. */
        private void discipline() {
            String[] measures = {"REPRIMAND", "REPRIMAND", "REPRIMAND", "REPRIMAND", "WARNING", "WARNING", "DISMISSAL", "EXPULSION"};
            String[] violations = {"Vi phạm quy chế làm việc của cơ quan", "Thiếu trách nhiệm trong thực hiện nhiệm vụ được giao",
                    "Vi phạm quy định về kê khai tài sản, thu nhập", "Không chấp hành nghị quyết của chi bộ",
                    "Vi phạm quy định về quản lý tài chính, ngân sách", "Vi phạm những điều đảng viên không được làm",
                    "Thiếu trách nhiệm để xảy ra sai phạm trong công tác quản lý", "Vi phạm pháp luật, bị truy cứu trách nhiệm hình sự"};
            List<Person> pool = people.stream().filter(p -> free(p) && isCurrent(p.id()) && !changed.contains(p.id()))
                    .collect(Collectors.toList());
            Collections.shuffle(pool, random);
            // the first warning goes to a member whose badge falls due in the coming batch, to show a deferral
            LocalDate nextBatch = nextBadgeDay(today);
            pool.stream().filter(p -> p.admission() != null && List.of(30, 40, 45).stream().anyMatch(years -> {
                        LocalDate reached = p.admission().plusYears(years);
                        return reached.isAfter(today.minusDays(60)) && !reached.isAfter(nextBatch);
                    }))
                    .findFirst().ifPresent(due -> {
                        pool.remove(due);
                        pool.add(4, due);
                    });
            List<Object[]> records = new ArrayList<>();
            for (int i = 0; i < measures.length && i < pool.size(); i++) {
                Person p = pool.get(i);
                LocalDate date = i == 4 ? today.minusDays(100) : between(later(lastEvent.get(p.id()), DemoBloc.CONGRESS_XX).plusDays(1), today);
                records.add(new Object[] {p.id(), measures[i], date, (40 + i) + "-QĐ/UBKT", "Ủy ban Kiểm tra Đảng ủy Khối", violations[i]});
                if ("EXPULSION".equals(measures[i])) {
                    write(List.of(new Event(p.id(), "EXPULSION", date, null, null, null, (40 + i) + "-QĐ/UBKT", "Ủy ban Kiểm tra Đảng ủy Khối",
                            null, violations[i], p.cell(), "EXPELLED")));
                    jdbc.sql("UPDATE member SET status = 'EXPELLED' WHERE id = :id").param("id", p.id()).update();
                    exitDate.put(p.id(), date);
                }
                changed.add(p.id());
            }
            jdbcTemplate.batchUpdate("""
                    INSERT INTO discipline_record (member_id, form, decision_date, decision_number, decision_issuer, violation)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, records);
        }

        /** About 150 entries of the good-deeds book since 2021: individuals (some in the demo secretary's unit) and collectives. */
        private void goodDeeds() {
            List<long[]> current = jdbc.sql("SELECT m.id, m.organization_id FROM member m WHERE m.status IN ('PROBATIONARY', 'OFFICIAL') ORDER BY m.id")
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
            Map<Long, String> unitNames = jdbc.sql("SELECT id, name FROM organization")
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            List<long[]> mergedUnit = jdbc.sql("""
                            SELECT m.id, m.organization_id FROM member m JOIN organization o ON o.id = m.organization_id
                              JOIN organization p ON p.id = o.parent_id
                             WHERE p.name = :name AND p.dissolved_on IS NULL AND m.status IN ('PROBATIONARY', 'OFFICIAL') ORDER BY m.id
                            """).param("name", MERGED)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
            List<Long> grassroots = jdbc.sql("SELECT id FROM organization WHERE kind IN ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL') AND dissolved_on IS NULL")
                    .query(Long.class).list();
            LocalDate from = LocalDate.of(2021, 1, 1);
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                int level = random.nextInt(100);
                String recognition = level < 45 ? "CELL" : level < 75 ? "GRASSROOTS" : level < 93 ? "BLOC" : "PROVINCE";
                String by = switch (recognition) {
                    case "CELL", "GRASSROOTS" -> "Đảng ủy cơ sở";
                    case "BLOC" -> "Ban Thường vụ Đảng ủy Khối";
                    default -> "Ban Thường vụ Tỉnh ủy";
                };
                LocalDate date = between(from, today);
                if (i < 120) {
                    long[] member = i < 8 && !mergedUnit.isEmpty() ? mergedUnit.get(random.nextInt(mergedUnit.size()))
                            : current.get(random.nextInt(current.size()));
                    rows.add(new Object[] {member[1], member[0], date, pick(DEEDS), recognition,
                            "CELL".equals(recognition) ? unitNames.get(member[1]) : by});
                } else {
                    // a collective is recognised from the grassroots committee up
                    rows.add(new Object[] {grassroots.get(random.nextInt(grassroots.size())), null, date, pick(COLLECTIVE_DEEDS),
                            "CELL".equals(recognition) ? "GRASSROOTS" : recognition, by});
                }
            }
            jdbcTemplate.batchUpdate("""
                    INSERT INTO good_deed (organization_id, member_id, deed_date, deed, recognition, recognized_by) VALUES (?, ?, ?, ?, ?, ?)
                    """, rows);
        }

        /** Badges of the batches already held: each member who reached 30, 40, 45 or 50 years and was still a member then. */
        private void badges() {
            Map<Long, Integer> interruptions = jdbc.sql("SELECT id, interruption_days FROM member WHERE interruption_days > 0")
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            List<Object[]> awards = new ArrayList<>();
            for (Person p : people) {
                if (p.official() == null || "REMOVED".equals(status.get(p.id()))) {
                    continue;
                }
                LocalDate countsFrom = p.admission().plusDays(interruptions.getOrDefault(p.id(), 0));
                for (int years : new int[] {30, 40, 45, 50}) {
                    LocalDate batch = nextBadgeDay(countsFrom.plusYears(years));
                    LocalDate left = exitDate.get(p.id());
                    if (!batch.isAfter(today) && (left == null || left.isAfter(batch))) {
                        awards.add(new Object[] {p.id(), years, batch, (batch.getYear() % 100 * 10 + batch.getMonthValue()) + "-QĐ/TU"});
                    }
                }
            }
            jdbcTemplate.batchUpdate("""
                    INSERT INTO badge_award (member_id, years, batch_date, decision_number, kind, recorded_by) VALUES (?, ?, ?, ?, 'REGULAR', 'demo')
                    """, awards);
        }

        /** About 25 candidates in the admission pipeline, at every step, some in the demo secretary's unit. */
        private void candidates() {
            List<long[]> cells = jdbc.sql("""
                            SELECT o.id, coalesce(p.id, o.id) FROM organization o LEFT JOIN organization p ON p.id = o.parent_id AND p.kind <> 'BLOC'
                             WHERE o.kind IN ('SUB_CELL', 'GRASSROOTS_CELL') AND o.dissolved_on IS NULL
                             ORDER BY (p.name = :merged) DESC NULLS LAST, o.id
                            """).param("merged", MERGED)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
            Map<Long, List<Long>> officialsByGrassroots = jdbc.sql("""
                            SELECT m.id, coalesce(p.id, o.id) FROM member m JOIN organization o ON o.id = m.organization_id
                              LEFT JOIN organization p ON p.id = o.parent_id AND p.kind <> 'BLOC' WHERE m.status = 'OFFICIAL' ORDER BY m.id
                            """).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list().stream()
                    .collect(Collectors.groupingBy(row -> row[1], Collectors.mapping(row -> row[0], Collectors.toList())));
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                long[] cell = i < 4 ? cells.get(i % Math.min(4, cells.size())) : cells.get(random.nextInt(cells.size()));
                boolean male = random.nextBoolean();
                LocalDate birth = LocalDate.of(1994 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
                int step = random.nextInt(5);
                LocalDate trained = step >= 1 ? today.minusDays(60 + random.nextInt(200)) : null;
                LocalDate applied = step >= 2 ? today.minusDays(20 + random.nextInt(40)) : null;
                List<Long> officials = officialsByGrassroots.getOrDefault(cell[1], List.of());
                boolean sponsored = step >= 3 && officials.size() >= 2;
                Long sponsor1 = sponsored ? officials.get(random.nextInt(officials.size())) : null;
                Long sponsor2 = null;
                while (sponsored && (sponsor2 == null || sponsor2.equals(sponsor1))) {
                    sponsor2 = officials.get(random.nextInt(officials.size()));
                }
                LocalDate resolution = step >= 4 && sponsored ? today.minusDays(1 + random.nextInt(15)) : null;
                rows.add(new Object[] {cell[0], VietnameseNames.family(random), VietnameseNames.middle(random, male),
                        VietnameseNames.given(random, male), male ? "MALE" : "FEMALE", birth, "Chuyên viên", trained,
                        trained == null ? null : (100 + i) + "/GCN", applied, sponsor1, sponsor2, resolution});
            }
            jdbcTemplate.batchUpdate("""
                    INSERT INTO admission_candidate (organization_id, family_name, middle_name, given_name, gender, birth_date, job_title,
                                                     training_completed_on, training_certificate, application_date, sponsor1_member_id,
                                                     sponsor2_member_id, cell_resolution_date)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, rows);
        }

        /** Not a demo account's person, not a secretary, and not in the merged committees: free for random history. */
        private boolean free(Person p) {
            return !protectedIds.contains(p.id()) && !mergingCells.contains(p.cell())
                    && !(p.cell() == agricultureId || p.cell() == environmentId);
        }

        private boolean isCurrent(long id) {
            String current = status.get(id);
            return "PROBATIONARY".equals(current) || "OFFICIAL".equals(current) || "EXEMPT".equals(current);
        }

        private String decision(String suffix) {
            return (decisionNumber++ % 900 + 100) + "-" + suffix;
        }

        /** The first award day (3/2, 19/5, 2/9, 7/11) on or after a date. */
        private LocalDate nextBadgeDay(LocalDate from) {
            for (int year = from.getYear(); ; year++) {
                for (MonthDay day : BADGE_DAYS) {
                    if (!day.atYear(year).isBefore(from)) {
                        return day.atYear(year);
                    }
                }
            }
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        private LocalDate between(LocalDate from, LocalDate to) {
            long days = ChronoUnit.DAYS.between(from, to);
            return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
        }

        private static LocalDate later(LocalDate one, LocalDate other) {
            return one.isAfter(other) ? one : other;
        }
    }
}
