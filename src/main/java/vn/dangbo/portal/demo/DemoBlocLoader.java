package vn.dangbo.portal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dangbo.portal.audit.AuditAction;
import vn.dangbo.portal.audit.AuditLog;
import vn.dangbo.portal.demo.DemoBloc.Grassroots;

/**
 * Profile {@code demo}: on an empty schema, loads the demo bloc (see {@link DemoBloc}) and the six demo
 * accounts before the web server opens, in one transaction, with plain JDBC batches (a few seconds). Generated from a fixed seed, so
 * every fresh start gives the same bloc; dates after the congress are laid out up to today's date of the
 * injected {@link Clock}. A restart keeps the data and loads nothing.
 */
class DemoBlocLoader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoBlocLoader.class);
    private static final long SEED = 20200723L;
    private static final double ADMISSIONS_PER_YEAR = 190;
    private static final LocalDate EARLIEST_ADMISSION = LocalDate.of(1980, 1, 1);

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transaction;
    private final PasswordEncoder encoder;
    private final AuditLog auditLog;
    private final Clock clock;
    private final String demoPassword;
    private final List<DemoSeeder> seeders;
    private volatile boolean running;

    DemoBlocLoader(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate transaction, PasswordEncoder encoder,
                   AuditLog auditLog, Clock clock, @Value("${portal.demo.password}") String demoPassword,
                   List<DemoSeeder> seeders) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transaction = transaction;
        this.encoder = encoder;
        this.auditLog = auditLog;
        this.clock = clock;
        this.demoPassword = demoPassword;
        this.seeders = seeders;
    }

    /**
     * Runs once all beans and event listeners exist (Flyway has migrated), in the phase right before the web
     * server's, so before it takes requests; a phase and not a bean callback, whose order would follow the bean
     * registration order, which is not the same in AOT mode.
     */
    @Override
    public int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
    }

    @Override
    public void start() {
        running = true;
        if (jdbc.sql("SELECT count(*) FROM organization").query(Long.class).single() > 0) {
            log.info("Demo profile: the database already holds a bloc, nothing loaded");
            return;
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        int members = transaction.execute(status -> {
            int loaded = new Generation(today).load();
            for (DemoSeeder seeder : seeders) {
                long seederStarted = System.nanoTime();
                seeder.seed(today);
                log.info("Demo: {} in {} ms", seeder.getClass().getSimpleName(), (System.nanoTime() - seederStarted) / 1_000_000);
            }
            return loaded;
        });
        jdbc.sql("ANALYZE").update();   // fresh planner statistics, or the first pages pick slow plans
        log.info("Demo bloc loaded: {} members in {} ms", members, (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** One run of the generator; all state of a load lives here. */
    private final class Generation {

        private final Random random = new Random(SEED);
        private final LocalDate today;
        private final List<Object[]> memberRows = new ArrayList<>();
        private final List<Long> cellIds = new ArrayList<>();
        private final List<String> cellAgencies = new ArrayList<>();
        private final List<Integer> cellSizes = new ArrayList<>();
        private long nextMemberId;
        private int nextCardNumber = 100_001;

        Generation(LocalDate today) {
            this.today = today;
        }

        int load() {
            jdbc.sql("""
                    UPDATE bloc_settings SET superior_body = 'ĐẢNG BỘ TỈNH NGHỆ AN',
                           issuing_body = 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH', document_suffix = 'ĐUK', place_name = 'Vinh'
                    """).update();
            long bloc = insertUnit(null, "BLOC", DemoBloc.BLOC_NAME, DemoBloc.BLOC_SHORT_NAME, null, LocalDate.of(1989, 3, 15));
            nextMemberId = jdbc.sql("SELECT nextval('member_id_seq')").query(Long.class).single();

            List<Long> secretaries = new ArrayList<>();
            List<Long> units = new ArrayList<>();
            for (Grassroots committee : DemoBloc.COMMITTEES) {
                long unit = insertUnit(bloc, "GRASSROOTS_COMMITTEE", committee.partyName(), committee.agency(),
                        committee.agency(), foundedDate());
                List<Integer> sizes = split(committee.members(), committee.divisions().size());
                long head = -1;
                for (int d = 0; d < committee.divisions().size(); d++) {
                    String division = committee.divisions().get(d);
                    long cell = insertUnit(unit, "SUB_CELL", "Chi bộ " + division, division, committee.agency(), foundedDate());
                    long first = generateCell(cell, committee.agency(), sizes.get(d), d == 0 ? headTitle(committee.agency()) : divisionHead(division));
                    if (d == 0) {
                        head = first;
                        units.add(cell);
                        secretaries.add(first + 1);
                    } else {
                        units.add(cell);
                        secretaries.add(first);
                    }
                }
                units.add(unit);
                secretaries.add(head);
            }
            int cellTotal = DemoBloc.MEMBERS_AT_CONGRESS - DemoBloc.COMMITTEES.stream().mapToInt(Grassroots::members).sum();
            List<Integer> cellSizesAtCongress = split(cellTotal, DemoBloc.CELL_AGENCIES.size());
            long officeCell = -1;
            for (int c = 0; c < DemoBloc.CELL_AGENCIES.size(); c++) {
                String agency = DemoBloc.CELL_AGENCIES.get(c);
                long cell = insertUnit(bloc, "GRASSROOTS_CELL", "Chi bộ " + agency, agency, agency, foundedDate());
                long first = generateCell(cell, agency, cellSizesAtCongress.get(c), headTitle(agency));
                units.add(cell);
                if (c == 0) {
                    officeCell = cell;
                    secretaries.add(first + 4);
                } else {
                    secretaries.add(first);
                }
            }
            int atCongress = memberRows.size();
            admitSinceCongress();
            long officeFirst = firstMemberOf(officeCell);
            designateDemoPeople(officeFirst, secretaries.get(0));
            jdbcTemplate.batchUpdate("""
                    INSERT INTO member (id, family_name, middle_name, given_name, gender, birth_date, hometown, ethnicity,
                        religion, general_education, professional_degree, political_theory, job_title, workplace,
                        party_card_number, phone, status, organization_id, admission_date, official_date)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, memberRows);
            jdbc.sql("SELECT setval('member_id_seq', :last)").param("last", nextMemberId).query(Long.class).single();
            List<Object[]> secretaryRows = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                secretaryRows.add(new Object[] {secretaries.get(i), units.get(i)});
            }
            secretaryRows.add(new Object[] {officeFirst, bloc});
            jdbcTemplate.batchUpdate("UPDATE organization SET secretary_member_id = ? WHERE id = ?", secretaryRows);

            createAccounts(officeFirst, units, secretaries);
            auditLog.record(AuditAction.DEMO_LOADED, "Organization", bloc,
                    "Demo bloc: %d grassroots organisations, %d members at the XX congress, %d in all".formatted(
                            DemoBloc.COMMITTEES.size() + DemoBloc.CELL_AGENCIES.size(), atCongress, memberRows.size()));
            return memberRows.size();
        }

        private long insertUnit(Long parent, String kind, String name, String shortName, String agency, LocalDate founded) {
            return jdbc.sql("""
                            INSERT INTO organization (parent_id, kind, name, short_name, agency, founded_on)
                            VALUES (:parent, :kind, :name, :shortName, :agency, :founded) RETURNING id
                            """)
                    .param("parent", parent).param("kind", kind).param("name", name).param("shortName", shortName)
                    .param("agency", agency).param("founded", founded)
                    .query(Long.class).single();
        }

        private LocalDate foundedDate() {
            return LocalDate.of(1976 + random.nextInt(35), 1 + random.nextInt(12), 1 + random.nextInt(28));
        }

        /** Splits a total into parts of random, roughly similar sizes (each at least 5). */
        private List<Integer> split(int total, int parts) {
            double[] weights = new double[parts];
            double sum = 0;
            for (int i = 0; i < parts; i++) {
                weights[i] = 0.5 + random.nextDouble();
                sum += weights[i];
            }
            List<Integer> sizes = new ArrayList<>();
            int assigned = 0;
            for (int i = 0; i < parts; i++) {
                int size = i == parts - 1 ? total - assigned : Math.max(5, (int) Math.round(total * weights[i] / sum));
                sizes.add(size);
                assigned += size;
            }
            return sizes;
        }

        /** Members of one cell as of the congress; returns the id of the first (the agency or division head). */
        private long generateCell(long cell, String agency, int size, String headTitle) {
            cellIds.add(cell);
            cellAgencies.add(agency);
            cellSizes.add(size);
            long first = nextMemberId;
            for (int i = 0; i < size; i++) {
                int ageAtCongress = i == 0 ? 45 + random.nextInt(12) : 24 + random.nextInt(36);
                LocalDate birth = DemoBloc.CONGRESS_XX.minusYears(ageAtCongress).minusDays(random.nextInt(365));
                LocalDate admission;
                if (i > 0 && random.nextInt(100) < 10) {
                    admission = DemoBloc.CONGRESS_XX.minusDays(1 + random.nextInt(364));   // probationary at the congress
                } else {
                    LocalDate earliest = birth.plusYears(19);
                    if (earliest.isBefore(EARLIEST_ADMISSION)) {
                        earliest = EARLIEST_ADMISSION;
                    }
                    LocalDate latest = DemoBloc.CONGRESS_XX.minusYears(1);
                    long span = Math.max(1, ChronoUnit.DAYS.between(earliest, latest));
                    admission = earliest.plusDays((long) (span * random.nextDouble()));
                }
                addMember(cell, agency, birth, admission, i == 0 ? headTitle : VietnameseNames.pickFrom(random, DemoBloc.JOB_TITLES));
            }
            return first;
        }

        /** About 190 admissions a year from the day after the congress up to today. */
        private void admitSinceCongress() {
            double perDay = ADMISSIONS_PER_YEAR / 365.0;
            int totalSize = cellSizes.stream().mapToInt(Integer::intValue).sum();
            for (LocalDate day = DemoBloc.CONGRESS_XX.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
                if (random.nextDouble() >= perDay) {
                    continue;
                }
                int pick = random.nextInt(totalSize);
                int c = 0;
                while (pick >= cellSizes.get(c)) {
                    pick -= cellSizes.get(c);
                    c++;
                }
                LocalDate birth = day.minusYears(23 + random.nextInt(10)).minusDays(random.nextInt(365));
                addMember(cellIds.get(c), cellAgencies.get(c), birth, day, "Chuyên viên");
            }
        }

        private void addMember(long cell, String agency, LocalDate birth, LocalDate admission, String jobTitle) {
            boolean male = random.nextInt(100) < 56;
            LocalDate official = admission.plusMonths(12).plusDays(5 + random.nextInt(35));
            boolean probationary = official.isAfter(today);
            int age = (int) ChronoUnit.YEARS.between(birth, today);
            String status = probationary ? "PROBATIONARY" : age >= 56 && random.nextInt(100) < 3 ? "EXEMPT" : "OFFICIAL";
            int ethnicity = random.nextInt(100);
            memberRows.add(new Object[] {
                    nextMemberId++,
                    VietnameseNames.family(random), VietnameseNames.middle(random, male), VietnameseNames.given(random, male),
                    male ? "MALE" : "FEMALE", birth,
                    VietnameseNames.pickFrom(random, DemoBloc.HOMETOWNS),
                    ethnicity < 94 ? "Kinh" : ethnicity < 98 ? "Thái" : ethnicity < 99 ? "Khơ Mú" : "H'Mông",
                    random.nextInt(100) < 3 ? "Công giáo" : "Không",
                    birth.getYear() < 1965 ? "10/10" : "12/12",
                    VietnameseNames.pickFrom(random, DemoBloc.DEGREES),
                    theoryLevel(jobTitle),
                    jobTitle, agency,
                    "36." + nextCardNumber++,
                    "09" + (10_000_000 + random.nextInt(89_999_999)),
                    status, cell, admission, probationary ? null : official});
        }

        private String theoryLevel(String jobTitle) {
            if (!jobTitle.startsWith("Chuyên viên") && !jobTitle.equals("Cán sự") && !jobTitle.equals("Văn thư")
                    && !jobTitle.endsWith("viên")) {
                return random.nextInt(100) < 70 ? "ADVANCED" : "BACHELOR";
            }
            int pick = random.nextInt(100);
            return pick < 10 ? "NONE" : pick < 50 ? "ELEMENTARY" : pick < 88 ? "INTERMEDIATE" : "ADVANCED";
        }

        private long firstMemberOf(long cell) {
            return memberRows.stream().filter(row -> row[17].equals(cell)).mapToLong(row -> (Long) row[0]).min().orElseThrow();
        }

        private Object[] row(long memberId) {
            return memberRows.stream().filter(row -> row[0].equals(memberId)).findFirst().orElseThrow();
        }

        private static String fullName(Object[] row) {
            return (row[1] + " " + row[2] + " " + row[3]).replaceAll("\\s+", " ");
        }

        /** The people behind the demo accounts get fitting titles; the demo member is "Nguyễn Thị Hương". */
        private void designateDemoPeople(long officeFirst, long subCellSecretary) {
            row(officeFirst + 1)[12] = "Phó Bí thư Thường trực Đảng ủy Khối";
            row(officeFirst + 2)[12] = "Trưởng Ban Tổ chức Đảng ủy Khối";
            row(officeFirst + 3)[12] = "Chuyên viên Ban Tổ chức Đảng ủy Khối";
            row(officeFirst + 4)[12] = "Chánh Văn phòng Đảng ủy Khối";
            Object[] ordinary = row(subCellSecretary + 1);
            ordinary[1] = "Nguyễn";
            ordinary[2] = "Thị";
            ordinary[3] = "Hương";
            ordinary[4] = "FEMALE";
        }

        /**
         * admin; staff and leader from the bloc office cell; secretary = secretary of the largest đảng bộ cơ sở;
         * cellsecretary = secretary of its first sub-cell; member = an ordinary member of that sub-cell.
         */
        private void createAccounts(long officeFirst, List<Long> units, List<Long> secretaries) {
            int largest = DemoBloc.COMMITTEES.get(0).divisions().size();
            long subCellSecretary = secretaries.get(0);
            String hash = encoder.encode(demoPassword);
            insertAccount("admin", hash, "Quản trị hệ thống", "ADMIN", null, null);
            insertAccount("staff", hash, fullName(row(officeFirst + 3)) + " — Ban Tổ chức Đảng ủy Khối", "STAFF", officeFirst + 3, null);
            insertAccount("leader", hash, fullName(row(officeFirst + 1)) + " — Phó Bí thư Thường trực", "LEADER", officeFirst + 1, null);
            insertAccount("secretary", hash, fullName(row(secretaries.get(largest))) + " — Bí thư Đảng ủy "
                    + DemoBloc.COMMITTEES.get(0).agency(), "SECRETARY", secretaries.get(largest), units.get(largest));
            insertAccount("cellsecretary", hash, fullName(row(subCellSecretary)) + " — Bí thư Chi bộ "
                    + DemoBloc.COMMITTEES.get(0).divisions().get(0), "SECRETARY", subCellSecretary, units.get(0));
            insertAccount("member", hash, fullName(row(subCellSecretary + 1)), "MEMBER", subCellSecretary + 1, null);
        }

        private void insertAccount(String username, String hash, String displayName, String role, Long member, Long organization) {
            jdbc.sql("""
                            INSERT INTO user_account (username, password_hash, display_name, role, member_id, organization_id)
                            VALUES (:username, :hash, :displayName, :role, :member, :organization)
                            ON CONFLICT (username) DO NOTHING
                            """)
                    .param("username", username).param("hash", hash).param("displayName", displayName).param("role", role)
                    .param("member", member).param("organization", organization)
                    .update();
        }

        private static String headTitle(String agency) {
            if (agency.equals(DemoBloc.OFFICE_AGENCY)) return "Bí thư Đảng ủy Khối";
            if (agency.startsWith("Sở") || agency.startsWith("Đài") || agency.startsWith("Kho bạc") || agency.startsWith("Bảo hiểm")
                    || agency.startsWith("Ngân hàng") || agency.startsWith("Quỹ") || agency.startsWith("Trung tâm")) return "Giám đốc";
            if (agency.startsWith("Cục")) return "Cục trưởng";
            if (agency.startsWith("Tòa án")) return "Chánh án";
            if (agency.startsWith("Viện Kiểm sát")) return "Viện trưởng";
            if (agency.startsWith("Văn phòng")) return "Chánh Văn phòng";
            if (agency.startsWith("Thanh tra")) return "Chánh Thanh tra";
            if (agency.startsWith("Báo")) return "Tổng Biên tập";
            if (agency.startsWith("Trường")) return "Hiệu trưởng";
            if (agency.startsWith("Tỉnh đoàn")) return "Bí thư Tỉnh đoàn";
            if (agency.startsWith("Ủy ban Kiểm tra")) return "Chủ nhiệm";
            if (agency.startsWith("Ban")) return "Trưởng ban";
            return "Chủ tịch";
        }

        private static String divisionHead(String division) {
            if (division.startsWith("Chi cục")) return "Chi cục trưởng";
            if (division.startsWith("Văn phòng")) return "Chánh Văn phòng";
            if (division.startsWith("Thanh tra")) return "Chánh Thanh tra";
            if (division.startsWith("Trung tâm") || division.startsWith("Bảo tàng") || division.startsWith("Thư viện")) return "Giám đốc";
            if (division.startsWith("Ban") || division.startsWith("Khoa")) return "Trưởng ban";
            if (division.startsWith("Tòa")) return "Chánh tòa";
            if (division.startsWith("Đội")) return "Đội trưởng";
            return "Trưởng phòng";
        }
    }
}
