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
 * ({@link PledgeReviewers}). The rows come drawn ({@link Row}).
 */
@Component
class ReviewMatrix {

    static final int ROWS_PER_PAGE = 50;

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
             WHERE c.path ~>=~ :unitFrom AND c.path ~<~ :unitTo AND m.status IN ('PROBATIONARY', 'OFFICIAL') AND %s AND (:allMembers OR m.id = :member)""";
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
                         WHERE c.path ~>=~ :unitFrom AND c.path ~<~ :unitTo AND m.status = 'EXEMPT' AND %s
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
        // the unit's subtree as a range of paths rather than "path LIKE :prefix": PostgreSQL keeps a generic plan for
        // the month statement, where a LIKE on a parameter cannot use the path index (a scan of all 12,000 units at
        // 1 M members, a fifth of the statement) and the range can; ~>=~ and ~<~ are the byte-wise comparisons of
        // that index (text_pattern_ops). Paths end with "/", so the range ends just after it.
        params.put("unitFrom", unitPath);
        params.put("unitTo", unitPath.substring(0, unitPath.length() - 1) + (char) (unitPath.charAt(unitPath.length() - 1) + 1));
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

    // what the template reads is public: SpEL compiles an expression to bytecode only when the class it reads is public

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
     * What the rows show besides the members' months, the same on every row of a page, in the page's language and
     * already escaped for HTML: the symbol of each status, the prefixes of the links to an entry and to a member's
     * book, and the label of the acknowledge button.
     */
    record Labels(Map<MonthStatus, String> symbols, String entries, String books, String acknowledge) {

        static Labels escaped(Map<MonthStatus, String> symbols, String entries, String books, String acknowledge) {
            Map<MonthStatus, String> escapedSymbols = new EnumMap<>(MonthStatus.class);
            symbols.forEach((status, symbol) -> escapedSymbols.put(status, escape(symbol)));
            return new Labels(escapedSymbols, escape(entries), escape(books), escape(acknowledge));
        }
    }

    /**
     * A member's row, drawn here rather than by the template: the page has fifty rows of fourteen cells, and
     * drawing them with template expressions was most of the page's CPU (README "Scale"). The row holds its
     * {@code <tr>} ({@link #html()}); the member's name is escaped, everything else is made of numbers, enum names and
     * the page's {@link Labels}. {@code selectedEntry} is the entry of the month the page is filtered on, if a
     * secretary may acknowledge it from this row (the checkbox of the bulk acknowledgement and the cell's button).
     */
    public record Row(long memberId, boolean acknowledgeable, Long selectedEntry, String html) {

        static Row of(long memberId, String fullName, int year, List<MonthState> months, int month, boolean mayReview,
                      Labels labels) {
            MonthState selected = months.get(month - 1);
            boolean acknowledgeable = mayReview && selected.status() == MonthStatus.SUBMITTED;
            String name = escape(fullName);
            StringBuilder html = new StringBuilder(1_600).append("<tr id=\"row-").append(memberId).append("\"><td class=\"sel\">");
            if (acknowledgeable) {
                html.append("<input type=\"checkbox\" class=\"form-check-input\" name=\"entry\" value=\"").append(selected.entryId())
                        .append("\" aria-label=\"").append(name).append("\">");
            }
            html.append("</td><th scope=\"row\" class=\"name\"><a href=\"").append(labels.books()).append(memberId).append('/')
                    .append(year).append("\">").append(name).append("</a></th>");
            for (MonthState state : months) {
                appendCell(html, state, state == selected, state == selected && acknowledgeable, labels);
            }
            return new Row(memberId, acknowledgeable, acknowledgeable ? selected.entryId() : null, html.append("</tr>").toString());
        }

        /**
         * One month: its CSS classes (status, selected month, late), its symbol, the link to its entry (a link
         * placeholder, {@code <a>} without href, for a month without one), and the acknowledge button when asked.
         */
        private static void appendCell(StringBuilder html, MonthState state, boolean selected, boolean button, Labels labels) {
            html.append("<td class=\"mx month-").append(state.status().name());
            if (selected) {
                html.append(" selected");
            }
            if (state.late()) {
                html.append(" mx-late");
            }
            html.append("\"><a");
            if (state.entryId() != null) {
                html.append(" href=\"").append(labels.entries()).append(state.entryId()).append('"');
            }
            html.append('>').append(labels.symbols().get(state.status())).append("</a>");
            if (button) {
                html.append("<button type=\"button\" class=\"btn btn-success btn-sm btn-ack\" hx-post=\"").append(labels.entries())
                        .append(state.entryId()).append("/acknowledge\" hx-target=\"closest tr\" hx-swap=\"outerHTML\" title=\"")
                        .append(labels.acknowledge()).append("\" aria-label=\"").append(labels.acknowledge()).append("\">✓</button>");
            }
            html.append("</td>");
        }
    }

    /** Markup characters escaped, the rest written as it is, as Thymeleaf's th:text writes it. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
