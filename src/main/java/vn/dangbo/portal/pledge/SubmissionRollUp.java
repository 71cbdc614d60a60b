package vn.dangbo.portal.pledge;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.member.MemberStatus;
import vn.dangbo.portal.organization.OrganizationKind;
import vn.dangbo.portal.organization.OrganizationNode;
import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.security.Scope;

/**
 * Who has not submitted a month ({@code /pledges/missing}): per cell the members expected to submit
 * ({@link MonthlyDeadline#isRequired}), how many did (on time or late), and how many did not, rolled up
 * the tree; members not expected (exempt, admitted during the month) are counted and listed apart.
 * Three statements for the whole bloc: the units, the counts per cell, and the names under a unit.
 */
@Component
class SubmissionRollUp {

    private static final String SUBMITTED = "a.status IN ('SUBMITTED', 'ACKNOWLEDGED', 'RETURNED')";

    private final JdbcClient jdbc;
    private final OrganizationRepository organizations;

    SubmissionRollUp(JdbcClient jdbc, OrganizationRepository organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    /** The unit with its counts, and its direct sub-units with theirs, each rolled up from below. */
    Unit counts(String unitPath, YearMonth month, Scope scope) {
        Map<String, Object> params = params(unitPath, month, scope);
        Map<Long, Tally> byCell = new HashMap<>();
        jdbc.sql("""
                        SELECT m.organization_id,
                               count(*) FILTER (WHERE %1$s) AS expected,
                               count(*) FILTER (WHERE %1$s AND %2$s AND NOT a.late) AS on_time,
                               count(*) FILTER (WHERE %1$s AND %2$s AND a.late) AS late,
                               count(*) FILTER (WHERE NOT %1$s) AS not_required
                          FROM member m
                          JOIN organization o ON o.id = m.organization_id
                          LEFT JOIN pledge p ON p.member_id = m.id AND p.year = :year
                          LEFT JOIN monthly_assessment a ON a.pledge_id = p.id AND a.month = :month
                         WHERE o.path LIKE :prefix AND m.status IN ('PROBATIONARY', 'OFFICIAL', 'EXEMPT') AND %3$s
                         GROUP BY m.organization_id
                        """.formatted(MonthlyDeadline.REQUIRED_SQL, SUBMITTED, scope.sqlCondition("m", "o")))
                .params(params)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Tally(rs.getInt("expected"), rs.getInt("on_time"),
                        rs.getInt("late"), rs.getInt("not_required"))))
                .list().forEach(entry -> byCell.put(entry.getKey(), entry.getValue()));

        Map<Long, Unit> units = new LinkedHashMap<>();
        List<OrganizationNode> nodes = organizations.findNodes(unitPath);
        for (OrganizationNode node : nodes) {
            units.put(node.getId(), new Unit(node.getId(), node.getName(), node.getKind(), node.isDissolved(), new ArrayList<>(),
                    byCell.getOrDefault(node.getId(), Tally.NONE)));
        }
        Unit root = null;
        for (OrganizationNode node : nodes) {
            Unit parent = node.getParentId() == null ? null : units.get(node.getParentId());
            if (parent == null) {
                root = units.get(node.getId());
            } else {
                parent.children().add(units.get(node.getId()));
            }
        }
        return root == null ? null : root.rolledUp();
    }

    /** The members under the unit who did not submit the month, and apart those not expected to. */
    Names names(String unitPath, YearMonth month, Scope scope) {
        List<Person> missing = new ArrayList<>();
        List<Person> notRequired = new ArrayList<>();
        jdbc.sql("""
                        SELECT m.id, m.family_name || ' ' || m.middle_name || ' ' || m.given_name AS full_name,
                               m.status, m.admission_date, o.id AS cell_id, o.name AS cell_name
                          FROM member m
                          JOIN organization o ON o.id = m.organization_id
                          LEFT JOIN pledge p ON p.member_id = m.id AND p.year = :year
                          LEFT JOIN monthly_assessment a ON a.pledge_id = p.id AND a.month = :month
                         WHERE o.path LIKE :prefix AND m.status IN ('PROBATIONARY', 'OFFICIAL', 'EXEMPT') AND %3$s
                           AND (NOT %1$s OR a.id IS NULL OR NOT %2$s)
                         ORDER BY o.name, o.id, m.given_name, m.family_name, m.middle_name, m.id
                        """.formatted(MonthlyDeadline.REQUIRED_SQL, SUBMITTED, scope.sqlCondition("m", "o")))
                .params(params(unitPath, month, scope))
                .query((rs, n) -> new Person(rs.getLong("id"), rs.getString("full_name").replaceAll("\\s+", " ").strip(),
                        MemberStatus.valueOf(rs.getString("status")), rs.getObject("admission_date", LocalDate.class),
                        rs.getLong("cell_id"), rs.getString("cell_name")))
                .list()
                .forEach(person -> (MonthlyDeadline.isRequired(person.status(), person.admissionDate(), month) ? missing : notRequired)
                        .add(person));
        return new Names(missing, notRequired);
    }

    private static Map<String, Object> params(String unitPath, YearMonth month, Scope scope) {
        Map<String, Object> params = new HashMap<>(scope.sqlParams());
        params.put("prefix", unitPath + "%");
        params.put("year", month.getYear());
        params.put("month", month.getMonthValue());
        params.put("monthStart", month.atDay(1));
        return params;
    }

    /** Members expected to submit, of them on time and late, and members not expected. */
    record Tally(int expected, int onTime, int late, int notRequired) {

        static final Tally NONE = new Tally(0, 0, 0, 0);

        public int submitted() {
            return onTime + late;
        }

        public int notSubmitted() {
            return expected - onTime - late;
        }

        Tally plus(Tally other) {
            return new Tally(expected + other.expected, onTime + other.onTime, late + other.late, notRequired + other.notRequired);
        }
    }

    /** A unit with its own members' tally ({@code direct}) and, after rolling up, the tally of its subtree. */
    record Unit(long id, String name, OrganizationKind kind, boolean dissolved, List<Unit> children, Tally tally) {

        Unit rolledUp() {
            List<Unit> rolled = children.stream().map(Unit::rolledUp)
                    .filter(child -> !child.dissolved() || child.tally().expected() + child.tally().notRequired() > 0)
                    .toList();
            Tally total = rolled.stream().map(Unit::tally).reduce(tally, Tally::plus);
            return new Unit(id, name, kind, dissolved, rolled, total);
        }
    }

    record Person(long id, String fullName, MemberStatus status, LocalDate admissionDate, long cellId, String cellName) {
    }

    record Names(List<Person> missing, List<Person> notRequired) {
    }
}
