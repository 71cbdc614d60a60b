package vn.dangbo.portal.pledge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
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
import org.springframework.web.util.HtmlUtils;

import vn.dangbo.portal.organization.OrganizationKind;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Scope;

/**
 * The month matrix of a unit ({@code /pledges/review}): its current members × the twelve months of a
 * year, grouped by cell, {@value #ROWS_PER_PAGE} rows to a page (a đảng bộ cơ sở has hundreds of members).
 * One statement reads the chosen month's state of every member of the unit once, to count the states and to
 * pick the page's members (filtered on that state, paged in SQL); only their years are read
 * ({@link PledgeYearSummaries#statesOf}) — four statements whatever the size of the unit. Exempt members are
 * listed apart (unpaged: a few per unit). A row is marked reviewable when the user is that member's reviewer
 * ({@link PledgeReviewers}). The rows come ready to draw, so that a cell costs the template three expressions.
 */
@Component
class ReviewMatrix {

    static final int ROWS_PER_PAGE = 100;

    /**
     * The unit's probationary and official members with the state of the chosen month: the entry's status
     * (drafts are the member's own), else {@code :expectedState} or {@code :notExpectedState}, decided in Java
     * by {@link MonthlyDeadline#state} for a month without an entry.
     */
    private static final String MONTH_STATES = """
            SELECT m.id, m.family_name, m.middle_name, m.given_name, m.status, c.id AS cell_id, c.name AS cell_name, c.kind AS cell_kind,
                   c.parent_id, c.secretary_member_id,
                   CASE WHEN a.status IS NOT NULL THEN a.status WHEN %s THEN :expectedState ELSE :notExpectedState END AS state
              FROM member m
              JOIN organization c ON c.id = m.organization_id
              LEFT JOIN pledge p ON p.member_id = m.id AND p.year = :year
              LEFT JOIN monthly_assessment a ON a.pledge_id = p.id AND a.month = :month AND a.status <> 'DRAFT'
             WHERE c.path LIKE :prefix AND m.status IN ('PROBATIONARY', 'OFFICIAL') AND %s AND (:allMembers OR m.id = :member)""";
    private static final String ORDER = "ORDER BY cell_name, cell_id, given_name, family_name, middle_name, id";

    /**
     * The month's states read once for both: the number of members per state (rows with {@code members}), then
     * the page's members filtered on {@code :state} (rows without).
     */
    private static final String COUNTS_AND_PAGE = """
            WITH s AS MATERIALIZED (%1$s)
            SELECT state, count(*) AS members, NULL AS id, NULL AS family_name, NULL AS middle_name, NULL AS given_name,
                   NULL AS cell_id, NULL AS cell_name, NULL AS cell_kind, NULL AS parent_id, NULL AS secretary_member_id
              FROM s GROUP BY state
            UNION ALL
            (SELECT state, NULL, id, family_name, middle_name, given_name, cell_id, cell_name, cell_kind, parent_id, secretary_member_id
               FROM s WHERE CAST(:state AS text) IS NULL OR state = :state %2$s OFFSET :offset LIMIT :limit)""";

    private final JdbcClient jdbc;
    private final PledgeYearSummaries summaries;
    private final MonthlyDeadline deadline;

    ReviewMatrix(JdbcClient jdbc, PledgeYearSummaries summaries, MonthlyDeadline deadline) {
        this.jdbc = jdbc;
        this.summaries = summaries;
        this.deadline = deadline;
    }

    /**
     * @param month  the month whose column the filter and the bulk acknowledgement apply to
     * @param status shows only the members whose month has this status; null for all
     */
    Matrix load(String unitPath, int year, int month, MonthStatus status, int page, Scope scope, PortalUser user, Labels labels) {
        Map<String, Object> params = params(unitPath, null, year, month, scope);
        params.put("state", status == null ? null : status.name());
        params.put("offset", (long) page * ROWS_PER_PAGE);
        params.put("limit", ROWS_PER_PAGE);
        Map<MonthStatus, Integer> counts = new EnumMap<>(MonthStatus.class);
        List<MemberRow> members = new ArrayList<>();
        jdbc.sql(COUNTS_AND_PAGE.formatted(monthStates(scope), ORDER)).params(params).query(rs -> {
            int count = rs.getInt("members");
            if (rs.wasNull()) {
                members.add(memberRow(rs));
            } else {
                counts.put(MonthStatus.valueOf(rs.getString("state")), count);
            }
        });
        int total = status == null ? counts.values().stream().mapToInt(Integer::intValue).sum() : counts.getOrDefault(status, 0);
        List<Exempt> exempt = jdbc.sql("""
                        SELECT m.id, m.family_name || ' ' || m.middle_name || ' ' || m.given_name AS full_name, c.name AS cell_name
                          FROM member m JOIN organization c ON c.id = m.organization_id
                         WHERE c.path LIKE :prefix AND m.status = 'EXEMPT' AND %s
                         ORDER BY c.name, c.id, m.given_name, m.family_name, m.middle_name, m.id
                        """.formatted(scope.sqlCondition("m", "c")))
                .params(params)
                .query((rs, n) -> new Exempt(rs.getLong("id"), fullName(rs.getString("full_name")), rs.getString("cell_name")))
                .list();
        List<Row> rows = rows(members, year, month, scope, user, labels);
        Map<Long, Group> groups = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            MemberRow member = members.get(i);
            groups.computeIfAbsent(member.cellId(), id -> new Group(id, member.cellName(), new ArrayList<>())).rows().add(rows.get(i));
        }
        return new Matrix(List.copyOf(groups.values()), exempt, counts, new PageImpl<>(rows, PageRequest.of(page, ROWS_PER_PAGE), total));
    }

    /** One member's row, for the answer to an acknowledgement in place. */
    Optional<Row> row(long memberId, int year, int month, Scope scope, PortalUser user, Labels labels) {
        List<MemberRow> member = members(monthStates(scope), params("/", memberId, year, month, scope));
        return rows(member, year, month, scope, user, labels).stream().findFirst();
    }

    private String monthStates(Scope scope) {
        return MONTH_STATES.formatted(MonthlyDeadline.REQUIRED_SQL, scope.sqlCondition("m", "c"));
    }

    private Map<String, Object> params(String unitPath, Long onlyMember, int year, int month, Scope scope) {
        YearMonth yearMonth = YearMonth.of(year, month);
        Map<String, Object> params = new HashMap<>(scope.sqlParams());
        params.put("prefix", unitPath + "%");
        params.put("member", onlyMember == null ? -1L : onlyMember);
        params.put("allMembers", onlyMember == null);
        params.put("year", year);
        params.put("month", month);
        params.put("monthStart", yearMonth.atDay(1));
        params.put("expectedState", stateWithoutEntry(yearMonth, true).name());
        params.put("notExpectedState", stateWithoutEntry(yearMonth, false).name());
        return params;
    }

    private MonthStatus stateWithoutEntry(YearMonth month, boolean expected) {
        return deadline.state(month, null, false, null, expected, 0, 0, 0, null).status();
    }

    private List<MemberRow> members(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query((rs, n) -> memberRow(rs)).list();
    }

    private static MemberRow memberRow(ResultSet rs) throws SQLException {
        return new MemberRow(rs.getLong("id"),
                fullName(rs.getString("family_name") + " " + rs.getString("middle_name") + " " + rs.getString("given_name")),
                rs.getLong("cell_id"), rs.getString("cell_name"), OrganizationKind.valueOf(rs.getString("cell_kind")),
                rs.getObject("parent_id", Long.class), rs.getObject("secretary_member_id", Long.class));
    }

    private List<Row> rows(List<MemberRow> members, int year, int month, Scope scope, PortalUser user, Labels labels) {
        Map<Long, PledgeYearSummary> years = summaries.statesOf(members.stream().map(MemberRow::id).toList(), year);
        return members.stream().map(member -> Row.of(member.id(), member.fullName(), year, years.get(member.id()).months(), month,
                PledgeReviewers.mayReview(scope, user, member.id(), member.cellId(), member.cellKind(), member.parentId(),
                        member.secretaryId()), labels)).toList();
    }

    private static String fullName(String name) {
        return name.replaceAll("\\s+", " ").strip();
    }

    private record MemberRow(long id, String fullName, long cellId, String cellName, OrganizationKind cellKind, Long parentId,
                             Long secretaryId) {
    }

    /*
     * What the template reads is public: SpEL compiles an expression such as ${c.css} to bytecode only when the
     * class it reads is public, and otherwise resolves the property by reflection on every one of the twelve
     * hundred cells (the largest item of the page's CPU profile before).
     */

    /**
     * The rows of the page by cell, the exempt members, the number of expected members per status of the
     * chosen month (the whole unit), and the page of rows.
     */
    public record Matrix(List<Group> groups, List<Exempt> exempt, Map<MonthStatus, Integer> counts, Page<Row> page) {

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

    /** An exempt member, listed under the matrix. */
    public record Exempt(long memberId, String fullName, String cellName) {
    }

    public record Group(long cellId, String cellName, List<Row> rows) {
    }

    /**
     * What the cells show besides the members' months, the same on every cell of a page: the symbol of each
     * status in the page's language, and the prefixes of the links to an entry and to a member's book.
     */
    record Labels(Map<MonthStatus, String> symbols, String entries, String books) {
    }

    /**
     * A member's row as the page draws it: the link to the member's book, and the twelve months split around the
     * month the page is filtered on ({@code selected}, the only one that can carry the acknowledge button).
     * {@code selectedEntry} is the entry a secretary may acknowledge from this row, if any.
     */
    public record Row(long memberId, String fullName, String book, boolean acknowledgeable, Long selectedEntry,
                      List<Cell> before, Cell selected, List<Cell> after) {

        static Row of(long memberId, String fullName, int year, List<MonthState> months, int month, boolean mayReview,
                      Labels labels) {
            MonthState selected = months.get(month - 1);
            boolean acknowledgeable = mayReview && selected.status() == MonthStatus.SUBMITTED;
            List<Cell> cells = new ArrayList<>(12);
            for (MonthState state : months) {
                boolean isSelected = state == selected;
                String href = state.entryId() == null ? null : labels.entries() + state.entryId();
                cells.add(new Cell("mx month-" + state.status() + (isSelected ? " selected" : "") + (state.late() ? " mx-late" : ""),
                        labels.symbols().get(state.status()), href, isSelected && acknowledgeable ? href + "/acknowledge" : null));
            }
            return new Row(memberId, fullName, labels.books() + memberId + "/" + year, acknowledgeable,
                    acknowledgeable ? selected.entryId() : null, cells.subList(0, month - 1), cells.get(month - 1), cells.subList(month, 12));
        }

        /** The cells of the months before the selected one, as HTML. */
        public String beforeHtml() {
            return html(before);
        }

        /** The cells of the months after the selected one, as HTML. */
        public String afterHtml() {
            return html(after);
        }

        private static String html(List<Cell> cells) {
            StringBuilder html = new StringBuilder(64 * cells.size());
            cells.forEach(cell -> cell.appendTo(html));
            return html.toString();
        }
    }

    /**
     * One month of a row, ready to draw: its CSS classes (status, selected month, late), its symbol, the link to
     * its entry (null for a month without one, drawn as a link placeholder), and where the acknowledge button
     * posts (null when the cell has none).
     */
    public record Cell(String css, String symbol, String href, String acknowledge) {

        /**
         * The cell without its button, as the template would draw it; written here because the template's three
         * expressions for each of the twelve hundred cells of a page were most of the page's CPU (README "Scale").
         * Every value is escaped.
         */
        void appendTo(StringBuilder html) {
            html.append("<td class=\"").append(escape(css)).append("\"><a");
            if (href != null) {
                html.append(" href=\"").append(escape(href)).append('"');
            }
            html.append('>').append(escape(symbol)).append("</a></td>");
        }

        /** Markup characters escaped, the rest written as it is, as Thymeleaf's th:text writes it. */
        private static String escape(String text) {
            return HtmlUtils.htmlEscape(text, "UTF-8");
        }
    }
}
