package vn.dangbo.portal.member;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangbo.portal.audit.AuditAction;
import vn.dangbo.portal.audit.AuditLog;
import vn.dangbo.portal.organization.OrganizationNode;
import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.VietnameseDateFormatter;

/**
 * Imports the member spreadsheet ({@link MemberColumn}): the whole file is checked first and every bad row
 * reported with its reasons; nothing is written unless the whole file is valid, and then all of it in one
 * transaction. A row names an existing member by Party card number (or, without one, by name and date of
 * birth): re-importing the same file updates instead of duplicating. New members enter the register with a
 * registration event; an existing member's cell and Party dates are their lifecycle's, so a row that
 * disagrees with them is refused with the reason, never silently applied. Writes are JDBC batches with one
 * audit event for the file.
 */
@Service
public class MemberImport {

    private static final Pattern CARD = Pattern.compile("[0-9][0-9.\\-]{4,19}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .]{8,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int BATCH = 1000;
    private static final String IDENTITY_COLUMNS = "family_name, middle_name, given_name, other_name, gender, birth_date, hometown, "
            + "ethnicity, religion, general_education, professional_degree, political_theory, job_title, workplace, "
            + "party_card_number, phone, email";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final OrganizationRepository organizations;
    private final AuditLog auditLog;
    private final Clock clock;

    MemberImport(JdbcClient jdbc, JdbcTemplate jdbcTemplate, OrganizationRepository organizations, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.organizations = organizations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A reason a row (or the file) is refused: a message code and its arguments. */
    public record Reason(String code, Object... args) {
    }

    /** The register fields of a row, as they will be written. */
    record Identity(String familyName, String middleName, String givenName, String otherName, Gender gender, LocalDate birthDate,
                    String hometown, String ethnicity, String religion, String generalEducation, String professionalDegree,
                    PoliticalTheoryLevel politicalTheory, String jobTitle, String workplace, String partyCardNumber, String phone,
                    String email) {

        String fullName() {
            return String.join(" ", familyName == null ? "" : familyName, middleName, givenName == null ? "" : givenName)
                    .replaceAll("\\s+", " ").strip();
        }

        Object[] values() {
            return new Object[] {familyName, middleName, givenName, otherName, gender.name(), birthDate, hometown, ethnicity,
                    religion, generalEducation, professionalDegree, politicalTheory.name(), jobTitle, workplace, partyCardNumber,
                    phone, email};
        }
    }

    public enum Action { CREATE, UPDATE, UNCHANGED }

    /** A valid row and what importing it does. */
    public record Row(int line, Identity identity, long cellId, String cellName, LocalDate admissionDate, LocalDate ceremonyDate,
                      LocalDate officialDate, Long memberId, Action action) {

        public String fullName() {
            return identity.fullName();
        }
    }

    /** A refused row: its line in the file, the name on it, and every reason. */
    public record Problem(int line, String name, List<Reason> reasons) {
    }

    /** The check of a whole file. */
    public record Check(String fileName, List<Reason> fileProblems, int rowCount, List<Row> rows, List<Problem> problems) {

        public boolean isValid() {
            return fileProblems.isEmpty() && problems.isEmpty() && rowCount > 0;
        }

        public long count(Action action) {
            return rows.stream().filter(row -> row.action() == action).count();
        }
    }

    /** Checks the file against the register and the user's scope, writing nothing. */
    @Transactional(readOnly = true)
    public Check check(Path file, String fileName, Scope scope) {
        List<List<String>> lines = new ArrayList<>();
        try {
            SheetReader.read(file, fileName, lines::add);
        } catch (IOException | SheetReader.UnreadableFile unreadable) {
            return new Check(fileName, List.of(new Reason("import.unreadable")), 0, List.of(), List.of());
        }
        return new Checking(scope).check(fileName, lines);
    }

    /**
     * Checks the file again (the register may have changed since the preview) and, only if every row is
     * valid, writes it all in this one transaction. Returns the check: nothing was written unless it is valid.
     */
    @Transactional
    public Check apply(Path file, String fileName, Scope scope) {
        scope.checkMayEdit();
        Check check = check(file, fileName, scope);
        if (!check.isValid()) {
            return check;
        }
        List<Row> created = check.rows().stream().filter(row -> row.action() == Action.CREATE).toList();
        List<Row> updated = check.rows().stream().filter(row -> row.action() == Action.UPDATE).toList();
        insert(created);
        List<Object[]> updates = updated.stream().map(row -> {
            Object[] values = row.identity().values();
            Object[] withId = Arrays.copyOf(values, values.length + 1);
            withId[values.length] = row.memberId();
            return withId;
        }).toList();
        jdbcTemplate.batchUpdate("UPDATE member SET (" + IDENTITY_COLUMNS + ") = (" + "?, ".repeat(16)
                + "?), version = version + 1 WHERE id = ?", updates);
        auditLog.record(AuditAction.IMPORT, "Member", null,
                "Import of %s: %d created, %d updated, %d unchanged".formatted(fileName, created.size(), updated.size(),
                        check.count(Action.UNCHANGED)),
                Map.of("file", fileName, "created", created.size(), "updated", updated.size(),
                        "updatedIds", updated.stream().map(Row::memberId).toList()));
        return check;
    }

    private void insert(List<Row> created) {
        if (created.isEmpty()) {
            return;
        }
        List<Long> ids = jdbc.sql("SELECT nextval('member_id_seq') FROM generate_series(1, :n)").param("n", created.size())
                .query(Long.class).list();
        List<Object[]> members = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        Timestamp now = Timestamp.from(clock.instant());
        String actor = AuditLog.currentActor();
        for (int i = 0; i < created.size(); i++) {
            Row row = created.get(i);
            String status = row.officialDate() != null ? MemberStatus.OFFICIAL.name() : MemberStatus.PROBATIONARY.name();
            List<Object> values = new ArrayList<>(List.of(ids.get(i)));
            values.addAll(Arrays.asList(row.identity().values()));
            values.addAll(Arrays.asList(status, row.cellId(), row.admissionDate(), row.ceremonyDate(), row.officialDate()));
            members.add(values.toArray());
            events.add(new Object[] {ids.get(i), row.admissionDate(), row.ceremonyDate(), row.admissionDate(), row.officialDate(),
                    row.cellId(), status, now, actor});
        }
        jdbcTemplate.batchUpdate("INSERT INTO member (id, " + IDENTITY_COLUMNS + ", status, organization_id, admission_date, "
                + "admission_ceremony_date, official_date) VALUES (" + "?, ".repeat(22) + "?)", members);
        jdbcTemplate.batchUpdate("""
                INSERT INTO member_event (member_id, kind, event_date, ceremony_date, admission_date, official_date, organization_id,
                                          status_after, note, recorded_at, recorded_by)
                VALUES (?, 'REGISTRATION', ?, ?, ?, ?, ?, ?, 'Nhập từ tệp Excel', ?, ?)
                """, events);
    }

    /** One run of the check: the units and the existing members it needs, read once. */
    private final class Checking {

        private final Scope scope;
        private final LocalDate today = LocalDate.now(clock);
        private final Map<Long, OrganizationNode> units = new HashMap<>();
        /** Live cells by every key they may be named by; and the keys of each cell's grassroots organisation. */
        private final Map<String, List<OrganizationNode>> cellsByName = new HashMap<>();
        private final Map<Long, List<String>> grassrootsNames = new HashMap<>();

        Checking(Scope scope) {
            this.scope = scope;
            List<OrganizationNode> nodes = organizations.findNodes("/");
            nodes.forEach(node -> units.put(node.getId(), node));
            for (OrganizationNode node : nodes) {
                if (node.getKind().isCell() && !node.isDissolved()) {
                    names(node, "chi bo ").stream().distinct()
                            .forEach(key -> cellsByName.computeIfAbsent(key, k -> new ArrayList<>()).add(node));
                    grassrootsNames.put(node.getId(), names(node.getKind().isGrassroots() ? node : units.get(node.getParentId()), "dang bo "));
                }
            }
        }

        Check check(String fileName, List<List<String>> lines) {
            int headerLine = 0;
            while (headerLine < lines.size() && lines.get(headerLine).stream().allMatch(cell -> Text.clean(cell) == null)) {
                headerLine++;
            }
            if (headerLine == lines.size()) {
                return new Check(fileName, List.of(new Reason("import.empty")), 0, List.of(), List.of());
            }
            Map<MemberColumn, Integer> columns = new EnumMap<>(MemberColumn.class);
            List<String> header = lines.get(headerLine);
            for (int i = 0; i < header.size(); i++) {
                int index = i;
                MemberColumn.of(header.get(i)).ifPresent(column -> columns.putIfAbsent(column, index));
            }
            List<Reason> fileProblems = new ArrayList<>();
            boolean names = columns.containsKey(MemberColumn.FULL_NAME)
                    || (columns.containsKey(MemberColumn.FAMILY_NAME) && columns.containsKey(MemberColumn.GIVEN_NAME));
            if (!names) {
                fileProblems.add(new Reason("import.missingColumn", MemberColumn.FAMILY_NAME.header() + ", " + MemberColumn.GIVEN_NAME.header()));
            }
            for (MemberColumn required : List.of(MemberColumn.GENDER, MemberColumn.BIRTH_DATE, MemberColumn.CELL, MemberColumn.ADMISSION_DATE)) {
                if (!columns.containsKey(required)) {
                    fileProblems.add(new Reason("import.missingColumn", required.header()));
                }
            }
            if (!fileProblems.isEmpty()) {
                return new Check(fileName, fileProblems, 0, List.of(), List.of());
            }
            List<Draft> drafts = new ArrayList<>();
            for (int i = headerLine + 1; i < lines.size(); i++) {
                List<String> line = lines.get(i);
                if (line.stream().allMatch(cell -> Text.clean(cell) == null)) {
                    continue;
                }
                drafts.add(parse(i + 1, line, columns));
            }
            matchExisting(drafts);
            List<Row> rows = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            for (Draft draft : drafts) {
                if (draft.reasons.isEmpty()) {
                    rows.add(draft.row());
                } else {
                    problems.add(new Problem(draft.line, draft.identity.fullName(), draft.reasons));
                }
            }
            return new Check(fileName, List.of(), drafts.size(), rows, problems);
        }

        private Draft parse(int line, List<String> cells, Map<MemberColumn, Integer> columns) {
            Draft draft = new Draft(line);
            Function<MemberColumn, String> value = column -> {
                Integer index = columns.get(column);
                return index == null || index >= cells.size() ? null : Text.clean(cells.get(index));
            };
            String family = value.apply(MemberColumn.FAMILY_NAME);
            String middle = value.apply(MemberColumn.MIDDLE_NAME);
            String given = value.apply(MemberColumn.GIVEN_NAME);
            String full = value.apply(MemberColumn.FULL_NAME);
            if (family == null && given == null && full != null) {
                String[] parts = full.split(" ");
                family = parts[0];
                given = parts.length > 1 ? parts[parts.length - 1] : null;
                middle = parts.length > 2 ? String.join(" ", Arrays.copyOfRange(parts, 1, parts.length - 1)) : null;
            }
            if (family == null || given == null) {
                draft.reasons.add(new Reason("import.missingName"));
            }
            Gender gender = gender(value.apply(MemberColumn.GENDER));
            if (gender == null) {
                draft.reasons.add(new Reason("import.badGender", Objects.toString(value.apply(MemberColumn.GENDER), "")));
            }
            LocalDate birth = date(draft, MemberColumn.BIRTH_DATE, value.apply(MemberColumn.BIRTH_DATE), true);
            if (birth != null && (birth.isAfter(today.minusYears(LifecycleRules.MINIMUM_ADMISSION_AGE)) || birth.getYear() < 1900)) {
                draft.reasons.add(new Reason("import.impossibleBirthDate", VietnameseDateFormatter.format(birth)));
            }
            PoliticalTheoryLevel theory = theory(value.apply(MemberColumn.POLITICAL_THEORY));
            if (theory == null) {
                draft.reasons.add(new Reason("import.badTheory", value.apply(MemberColumn.POLITICAL_THEORY)));
                theory = PoliticalTheoryLevel.NONE;
            }
            String card = value.apply(MemberColumn.PARTY_CARD);
            if (card != null && !CARD.matcher(card).matches()) {
                draft.reasons.add(new Reason("import.badCard", card));
            }
            String phone = value.apply(MemberColumn.PHONE);
            if (phone != null && !PHONE.matcher(phone).matches()) {
                draft.reasons.add(new Reason("import.badPhone", phone));
            }
            String email = value.apply(MemberColumn.EMAIL);
            if (email != null && !EMAIL.matcher(email).matches()) {
                draft.reasons.add(new Reason("import.badEmail", email));
            }
            draft.identity = new Identity(family, middle == null ? "" : middle, given, value.apply(MemberColumn.OTHER_NAME), gender,
                    birth, value.apply(MemberColumn.HOMETOWN), value.apply(MemberColumn.ETHNICITY), value.apply(MemberColumn.RELIGION),
                    value.apply(MemberColumn.GENERAL_EDUCATION), value.apply(MemberColumn.PROFESSIONAL_DEGREE), theory,
                    value.apply(MemberColumn.JOB_TITLE), value.apply(MemberColumn.WORKPLACE), card, phone, email);
            for (String text : new String[] {family, middle, given, draft.identity.otherName(), draft.identity.hometown(),
                    draft.identity.professionalDegree(), draft.identity.jobTitle(), draft.identity.workplace()}) {
                if (text != null && text.length() > 255) {
                    draft.reasons.add(new Reason("import.tooLong", text.substring(0, 40) + "…"));
                }
            }
            cell(draft, value.apply(MemberColumn.GRASSROOTS), value.apply(MemberColumn.CELL));
            draft.admission = date(draft, MemberColumn.ADMISSION_DATE, value.apply(MemberColumn.ADMISSION_DATE), true);
            draft.ceremony = date(draft, MemberColumn.CEREMONY_DATE, value.apply(MemberColumn.CEREMONY_DATE), false);
            draft.official = date(draft, MemberColumn.OFFICIAL_DATE, value.apply(MemberColumn.OFFICIAL_DATE), false);
            partyDates(draft, birth);
            return draft;
        }

        private LocalDate date(Draft draft, MemberColumn column, String text, boolean required) {
            if (text == null) {
                if (required) {
                    draft.reasons.add(new Reason("import.missingValue", column.header()));
                }
                return null;
            }
            Optional<LocalDate> date = VietnameseDateFormatter.parseLenient(text.replaceFirst(" 0?0:00(:00)?$", ""));
            if (date.isEmpty()) {
                draft.reasons.add(new Reason("import.badDate", column.header(), text));
                return null;
            }
            if (date.get().isAfter(today)) {
                draft.reasons.add(new Reason("import.futureDate", column.header(), VietnameseDateFormatter.format(date.get())));
                return null;
            }
            return date.get();
        }

        /** The rules of the lifecycle for a member's own dates: adult at admission, ceremony after the decision, 12 months of probation. */
        private void partyDates(Draft draft, LocalDate birth) {
            LocalDate admitted = draft.admission;
            if (admitted == null) {
                return;
            }
            if (birth != null && admitted.isBefore(birth.plusYears(LifecycleRules.MINIMUM_ADMISSION_AGE))) {
                draft.reasons.add(new Reason("import.tooYoung", LifecycleRules.MINIMUM_ADMISSION_AGE));
            }
            if (draft.ceremony != null && draft.ceremony.isBefore(admitted)) {
                draft.reasons.add(new Reason("import.ceremonyBeforeAdmission"));
            }
            LocalDate earliest = (draft.ceremony != null && !draft.ceremony.isBefore(admitted) ? draft.ceremony : admitted)
                    .plusMonths(LifecycleRules.PROBATION_MONTHS);
            if (draft.official != null && draft.official.isBefore(earliest)) {
                draft.reasons.add(new Reason("import.officialTooEarly", VietnameseDateFormatter.format(earliest)));
            }
        }

        /** The cell named by the row: by its name (or short name), and its grassroots organisation when names repeat. */
        private void cell(Draft draft, String grassroots, String cellName) {
            if (cellName == null) {
                draft.reasons.add(new Reason("import.missingValue", MemberColumn.CELL.header()));
                return;
            }
            String cellKey = Text.key(cellName);
            String grassKey = Text.key(grassroots);
            List<OrganizationNode> found = cellsByName.getOrDefault(cellKey, List.of()).stream()
                    .filter(cell -> grassKey.isEmpty() || grassrootsNames.get(cell.getId()).contains(grassKey))
                    .toList();
            if (found.isEmpty()) {
                draft.reasons.add(new Reason("import.unknownCell", grassroots == null ? cellName : cellName + " — " + grassroots));
            } else if (found.size() > 1) {
                draft.reasons.add(new Reason("import.ambiguousCell", cellName));
            } else if (!scope.canEdit(found.get(0).getPath())) {
                draft.reasons.add(new Reason("import.cellOutOfScope", found.get(0).getName()));
            } else {
                draft.cell = found.get(0);
            }
        }

        /** The keys a unit may be named by: its name, its short name, and either without the usual prefix. */
        private List<String> names(OrganizationNode unit, String prefix) {
            List<String> keys = new ArrayList<>();
            for (String name : new String[] {unit.getName(), unit.getShortName()}) {
                String key = Text.key(name);
                if (!key.isEmpty()) {
                    keys.add(key);
                    keys.add(key.startsWith(prefix) ? key.substring(prefix.length()) : prefix + key);
                }
            }
            return keys;
        }

        /** Finds each row's member in the register, and refuses rows that repeat a person or disagree with their lifecycle. */
        private void matchExisting(List<Draft> drafts) {
            Map<String, Draft> byCard = new HashMap<>();
            Map<String, Draft> byPerson = new HashMap<>();
            for (Draft draft : drafts) {
                String card = draft.identity.partyCardNumber();
                if (card != null) {
                    Draft first = byCard.putIfAbsent(card, draft);
                    if (first != null) {
                        draft.reasons.add(new Reason("import.duplicateCard", card, first.line));
                    }
                } else if (draft.identity.birthDate() != null) {
                    Draft first = byPerson.putIfAbsent(draft.personKey(), draft);
                    if (first != null) {
                        draft.reasons.add(new Reason("import.duplicatePerson", first.line));
                    }
                }
            }
            Map<String, Existing> existingByCard = new HashMap<>();
            List<String> cards = new ArrayList<>(byCard.keySet());
            for (int from = 0; from < cards.size(); from += 5000) {
                existing("m.party_card_number IN (:keys)", cards.subList(from, Math.min(cards.size(), from + 5000)))
                        .forEach(member -> existingByCard.put(member.identity.partyCardNumber(), member));
            }
            Map<String, Existing> existingByPerson = new HashMap<>();
            List<LocalDate> births = drafts.stream().map(draft -> draft.identity.birthDate()).filter(Objects::nonNull).distinct().toList();
            for (int from = 0; from < births.size(); from += 5000) {
                existing("m.party_card_number IS NULL AND m.birth_date IN (:keys)", births.subList(from, Math.min(births.size(), from + 5000)))
                        .forEach(member -> existingByPerson.put(personKey(member.identity), member));
            }
            for (Draft draft : drafts) {
                Existing member = draft.identity.partyCardNumber() == null ? null : existingByCard.get(draft.identity.partyCardNumber());
                if (member == null && draft.identity.birthDate() != null) {
                    member = existingByPerson.get(draft.personKey());
                }
                if (member != null) {
                    compare(draft, member);
                }
            }
        }

        private void compare(Draft draft, Existing member) {
            draft.existing = member;
            if (!scope.canEdit(member.path)) {
                draft.reasons.add(new Reason("import.memberOutOfScope"));
                return;
            }
            if (!member.status.isCurrent()) {
                draft.reasons.add(new Reason("import.memberNotCurrent", member.status.name()));
                return;
            }
            if (draft.cell != null && draft.cell.getId() != member.cellId) {
                draft.reasons.add(new Reason("import.cellDiffers", units.get(member.cellId).getName()));
            }
            if (draft.admission != null && !draft.admission.equals(member.admissionDate)) {
                draft.reasons.add(new Reason("import.admissionDiffers", VietnameseDateFormatter.format(member.admissionDate)));
            }
            if (draft.official != null && !draft.official.equals(member.officialDate)) {
                draft.reasons.add(new Reason("import.officialDiffers",
                        member.officialDate == null ? "—" : VietnameseDateFormatter.format(member.officialDate)));
            }
        }

        private List<Existing> existing(String condition, List<?> keys) {
            if (keys.isEmpty()) {
                return List.of();
            }
            return jdbc.sql("SELECT m.id, " + IDENTITY_COLUMNS.replace(", ", ", m.").replaceFirst("^", "m.")
                            + ", m.organization_id, o.path, m.status, m.admission_date, m.official_date "
                            + "FROM member m JOIN organization o ON o.id = m.organization_id WHERE " + condition)
                    .param("keys", keys)
                    .query((rs, n) -> new Existing(rs.getLong("id"), new Identity(rs.getString("family_name"), rs.getString("middle_name"),
                            rs.getString("given_name"), rs.getString("other_name"), Gender.valueOf(rs.getString("gender")),
                            rs.getObject("birth_date", LocalDate.class), rs.getString("hometown"), rs.getString("ethnicity"),
                            rs.getString("religion"), rs.getString("general_education"), rs.getString("professional_degree"),
                            PoliticalTheoryLevel.valueOf(rs.getString("political_theory")), rs.getString("job_title"),
                            rs.getString("workplace"), rs.getString("party_card_number"), rs.getString("phone"), rs.getString("email")),
                            rs.getLong("organization_id"), rs.getString("path"), MemberStatus.valueOf(rs.getString("status")),
                            rs.getObject("admission_date", LocalDate.class), rs.getObject("official_date", LocalDate.class)))
                    .list();
        }
    }

    private static String personKey(Identity identity) {
        return Text.key(identity.fullName()) + "|" + identity.birthDate();
    }

    /** A member already in the register that a row names. */
    private record Existing(long id, Identity identity, long cellId, String path, MemberStatus status, LocalDate admissionDate,
                            LocalDate officialDate) {
    }

    /** A row being checked. */
    private static final class Draft {
        final int line;
        final List<Reason> reasons = new ArrayList<>();
        Identity identity;
        OrganizationNode cell;
        LocalDate admission;
        LocalDate ceremony;
        LocalDate official;
        Existing existing;

        Draft(int line) {
            this.line = line;
        }

        String personKey() {
            return MemberImport.personKey(identity);
        }

        Row row() {
            Action action = existing == null ? Action.CREATE : existing.identity.equals(identity) ? Action.UNCHANGED : Action.UPDATE;
            return new Row(line, identity, cell.getId(), cell.getName(), admission, ceremony, official,
                    existing == null ? null : existing.id, action);
        }
    }

    private static Gender gender(String text) {
        return switch (Text.key(text)) {
            case "nam", "m", "male" -> Gender.MALE;
            case "nu", "f", "female" -> Gender.FEMALE;
            default -> null;
        };
    }

    private static PoliticalTheoryLevel theory(String text) {
        return switch (Text.key(text)) {
            case "", "chua qua dao tao", "chua", "khong" -> PoliticalTheoryLevel.NONE;
            case "so cap" -> PoliticalTheoryLevel.ELEMENTARY;
            case "trung cap" -> PoliticalTheoryLevel.INTERMEDIATE;
            case "cao cap" -> PoliticalTheoryLevel.ADVANCED;
            case "cu nhan" -> PoliticalTheoryLevel.BACHELOR;
            default -> null;
        };
    }
}
