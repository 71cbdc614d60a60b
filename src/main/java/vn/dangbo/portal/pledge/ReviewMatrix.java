package vn.dangbo.portal.pledge;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.member.MemberStatus;
import vn.dangbo.portal.organization.OrganizationKind;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Scope;

/**
 * The month matrix of a unit ({@code /pledges/review}): its current members × the twelve months of a
 * year, grouped by cell, in three statements whatever the size of the unit (the members, then
 * {@link PledgeYearSummaries}). The counts of the chosen month cover the whole unit; the rows are shown
 * {@value #ROWS_PER_PAGE} to a page (a đảng bộ cơ sở has up to 500 members, 6,000 cells). Exempt members
 * are listed apart. A row is marked reviewable when the user is that member's reviewer ({@link PledgeReviewers}).
 */
@Component
class ReviewMatrix {

    static final int ROWS_PER_PAGE = 100;

    private final JdbcClient jdbc;
    private final PledgeYearSummaries summaries;

    ReviewMatrix(JdbcClient jdbc, PledgeYearSummaries summaries) {
        this.jdbc = jdbc;
        this.summaries = summaries;
    }

    /**
     * @param month  the month whose column the filter and the bulk acknowledgement apply to
     * @param status shows only the members whose month has this status; null for all
     */
    Matrix load(String unitPath, int year, int month, MonthStatus status, int page, Scope scope, PortalUser user) {
        return load(unitPath, null, year, month, status, page, scope, user);
    }

    /** One member's row, for the answer to an acknowledgement in place. */
    Optional<Row> row(long memberId, int year, int month, Scope scope, PortalUser user) {
        Matrix matrix = load("/", memberId, year, month, null, 0, scope, user);
        return matrix.groups().stream().flatMap(group -> group.rows().stream()).findFirst();
    }

    private Matrix load(String unitPath, Long onlyMember, int year, int month, MonthStatus status, int page, Scope scope,
                        PortalUser user) {
        Map<String, Object> params = new HashMap<>(scope.sqlParams());
        params.put("prefix", unitPath + "%");
        params.put("member", onlyMember == null ? -1L : onlyMember);
        params.put("allMembers", onlyMember == null);
        List<MemberRow> members = jdbc.sql("""
                        SELECT m.id, m.family_name || ' ' || m.middle_name || ' ' || m.given_name AS full_name, m.status,
                               c.id AS cell_id, c.name AS cell_name, c.kind AS cell_kind, c.parent_id, c.secretary_member_id
                          FROM member m
                          JOIN organization c ON c.id = m.organization_id
                         WHERE c.path LIKE :prefix AND m.status IN ('PROBATIONARY', 'OFFICIAL', 'EXEMPT') AND %s
                           AND (:allMembers OR m.id = :member)
                         ORDER BY c.name, c.id, m.given_name, m.family_name, m.middle_name, m.id
                        """.formatted(scope.sqlCondition("m", "c")))
                .params(params)
                .query((rs, n) -> new MemberRow(rs.getLong("id"), rs.getString("full_name").replaceAll("\\s+", " ").strip(),
                        MemberStatus.valueOf(rs.getString("status")), rs.getLong("cell_id"), rs.getString("cell_name"),
                        OrganizationKind.valueOf(rs.getString("cell_kind")), rs.getObject("parent_id", Long.class),
                        rs.getObject("secretary_member_id", Long.class)))
                .list();
        Map<Long, PledgeYearSummary> years = summaries.forMembers(members.stream().map(MemberRow::id).toList(), year);

        Map<MonthStatus, Integer> counts = new EnumMap<>(MonthStatus.class);
        List<MemberRow> shown = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<Row> exempt = new ArrayList<>();
        for (MemberRow member : members) {
            List<MonthState> months = years.get(member.id()).months();
            MonthState selected = months.get(month - 1);
            Row row = new Row(member.id(), member.fullName(), member.cellName(), months, selected,
                    PledgeReviewers.mayReview(scope, user, member.id(), member.cellId(), member.cellKind(), member.parentId(),
                            member.secretaryId()));
            if (member.status() == MemberStatus.EXEMPT) {
                exempt.add(row);
                continue;
            }
            counts.merge(selected.status(), 1, Integer::sum);
            if (status == null || selected.status() == status) {
                shown.add(member);
                rows.add(row);
            }
        }
        int from = Math.min(page * ROWS_PER_PAGE, rows.size());
        int to = Math.min(from + ROWS_PER_PAGE, rows.size());
        Map<Long, Group> groups = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            MemberRow member = shown.get(i);
            groups.computeIfAbsent(member.cellId(), id -> new Group(id, member.cellName(), new ArrayList<>())).rows().add(rows.get(i));
        }
        return new Matrix(List.copyOf(groups.values()), exempt, counts,
                new PageImpl<>(rows.subList(from, to), PageRequest.of(page, ROWS_PER_PAGE), rows.size()));
    }

    private record MemberRow(long id, String fullName, MemberStatus status, long cellId, String cellName,
                             OrganizationKind cellKind, Long parentId, Long secretaryId) {
    }

    /**
     * The rows of the page by cell, the exempt members, the number of expected members per status of the
     * chosen month (the whole unit), and the page of rows.
     */
    record Matrix(List<Group> groups, List<Row> exempt, Map<MonthStatus, Integer> counts, Page<Row> page) {

        public boolean isEmpty() {
            return groups.isEmpty();
        }

        public int count(MonthStatus status) {
            return counts.getOrDefault(status, 0);
        }

        public boolean anyToAcknowledge() {
            return groups.stream().flatMap(group -> group.rows().stream()).anyMatch(Row::acknowledgeable);
        }
    }

    record Group(long cellId, String cellName, List<Row> rows) {
    }

    /** A member's row; {@code selected} is the month the page is filtered on. */
    record Row(long memberId, String fullName, String cellName, List<MonthState> months, MonthState selected,
               boolean mayReview) {

        public boolean acknowledgeable() {
            return mayReview && selected.status() == MonthStatus.SUBMITTED;
        }

        /** The twelve cells as the page draws them. */
        public List<Cell> cells() {
            return months.stream().map(month -> new Cell(month.status(), month.entryId(),
                    "mx month-" + month.status() + (month == selected ? " selected" : "") + (month.late() ? " mx-late" : ""),
                    month == selected && acknowledgeable())).toList();
        }
    }

    /** One cell of the matrix: its status and entry, its CSS classes, and whether it has the acknowledge button. */
    record Cell(MonthStatus status, Long entryId, String css, boolean acknowledgeable) {
    }
}
