package vn.dangbo.portal.breakthrough;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Scope;

/**
 * The task list and the counts by year, unit and state ("134 tasks registered in 2022, 98 completed"),
 * in SQL with the user's scope. Drafts are seen only by their owner side. A task counts as registered
 * once it has been sent for approval (any state but draft).
 */
@Component
class BreakthroughSearch {

    private static final String FROM = """
             FROM breakthrough_task t
             JOIN organization o ON o.id = t.organization_id
             LEFT JOIN member m ON m.id = t.member_id
            """;
    private static final String COUNTS = """
            count(*) FILTER (WHERE t.state <> 'DRAFT') AS registered,
            count(*) FILTER (WHERE t.state = 'REGISTERED') AS awaiting,
            count(*) FILTER (WHERE t.state = 'RETURNED') AS returned,
            count(*) FILTER (WHERE t.state IN ('APPROVED', 'IN_PROGRESS', 'COMPLETED', 'NOT_COMPLETED')) AS approved,
            count(*) FILTER (WHERE t.state IN ('APPROVED', 'IN_PROGRESS')) AS under_way,
            count(*) FILTER (WHERE t.state = 'COMPLETED') AS completed,
            count(*) FILTER (WHERE t.state = 'NOT_COMPLETED') AS not_completed
            """;

    private final JdbcClient jdbc;

    BreakthroughSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line of the list. */
    record Row(long id, int year, String title, TaskState state, LocalDate deadline, String ownerName, boolean personal,
               String unitName) {
    }

    /** Tasks counted by state: registered (sent), awaiting a decision, returned, approved, under way, completed, not completed. */
    record Counts(String label, Long unitId, int year, long registered, long awaiting, long returned, long approved, long underWay,
                  long completed, long notCompleted) {
    }

    Page<Row> find(TaskFilter filter, int year, String unitPath, Scope scope, PortalUser user) {
        Map<String, Object> params = params(year, unitPath, scope, user);
        if (filter.getState() != null) {
            params.put("state", filter.getState().name());
        }
        String where = where(unitPath != null, scope) + (filter.getState() != null ? " AND t.state = :state" : "");
        long total = jdbc.sql("SELECT count(*)" + FROM + where).params(params).query(Long.class).single();
        List<Row> rows = jdbc.sql("""
                        SELECT t.id, t.year, t.title, t.state, t.deadline, t.member_id IS NOT NULL AS personal, o.name AS unit_name,
                               coalesce(m.family_name || ' ' || m.middle_name || ' ' || m.given_name, o.name) AS owner_name
                        """ + FROM + where + " ORDER BY t.deadline, t.id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", filter.getSize()).param("offset", (long) filter.getPage() * filter.getSize())
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getInt("year"), rs.getString("title"),
                        TaskState.valueOf(rs.getString("state")), rs.getObject("deadline", LocalDate.class),
                        rs.getString("owner_name").replaceAll("\\s+", " ").strip(), rs.getBoolean("personal"), rs.getString("unit_name")))
                .list();
        return new PageImpl<>(rows, PageRequest.of(filter.getPage(), filter.getSize()), total);
    }

    /** The year's counts within the unit (or everything the user may see). */
    Counts yearCounts(int year, String unitPath, Scope scope, PortalUser user) {
        return jdbc.sql("SELECT " + COUNTS + FROM + where(unitPath != null, scope))
                .params(params(year, unitPath, scope, user))
                .query((rs, n) -> counts(rs, null, null, year)).single();
    }

    /** Counts per year, every year the user may see. */
    List<Counts> byYear(Scope scope, PortalUser user) {
        Map<String, Object> params = params(0, null, scope, user);
        return jdbc.sql("SELECT t.year, " + COUNTS + FROM + where(false, scope).replace("t.year = :year AND ", "")
                        + " GROUP BY t.year ORDER BY t.year DESC")
                .params(params)
                .query((rs, n) -> counts(rs, String.valueOf(rs.getInt("year")), null, rs.getInt("year"))).list();
    }

    /**
     * Counts of a year per unit one level below the given root (for the bloc: per grassroots organisation,
     * with each one's sub-cells and members), the root's own tasks on a line of their own.
     */
    List<Counts> byUnit(int year, String rootPath, Scope scope, PortalUser user) {
        Map<String, Object> params = params(year, rootPath, scope, user);
        int depth = rootPath.split("/").length;   // "/1/7/" splits into "", "1", "7"
        params.put("depth", depth + 1);
        return jdbc.sql("""
                        SELECT u.id AS unit_id, coalesce(u.name, r.name) AS unit_name, %s
                        %s
                          JOIN organization r ON r.path = :rootPath
                          LEFT JOIN organization u ON u.id = CAST(nullif(split_part(o.path, '/', :depth), '') AS bigint)
                        %s
                         GROUP BY u.id, u.name, r.name
                         ORDER BY u.id IS NOT NULL, registered DESC, unit_name
                        """.formatted(COUNTS, FROM, where(true, scope)))
                .params(params).param("rootPath", rootPath)
                .query((rs, n) -> counts(rs, rs.getString("unit_name"), rs.getObject("unit_id", Long.class), year)).list();
    }

    private static Counts counts(ResultSet rs, String label, Long unitId, int year) throws SQLException {
        return new Counts(label, unitId, year, rs.getLong("registered"), rs.getLong("awaiting"), rs.getLong("returned"),
                rs.getLong("approved"), rs.getLong("under_way"), rs.getLong("completed"), rs.getLong("not_completed"));
    }

    private static String where(boolean underUnit, Scope scope) {
        // drafts: only the owner side (the member for their own, the unit's secretary or the bloc staff for a unit's)
        return " WHERE t.year = :year AND " + scope.sqlCondition("m", "o") + (underUnit ? " AND o.path LIKE :prefix" : "")
                + " AND (t.state <> 'DRAFT' OR t.member_id = :me OR (t.member_id IS NULL AND (:staff OR t.organization_id = :myUnit)))";
    }

    private static Map<String, Object> params(int year, String unitPath, Scope scope, PortalUser user) {
        Map<String, Object> params = new HashMap<>(scope.sqlParams());
        params.put("year", year);
        params.put("me", user.getMemberId() == null ? -1L : user.getMemberId());
        params.put("staff", scope.isEverything() && scope.canEdit());
        params.put("myUnit", scope.organizationId() == null ? -1L : scope.organizationId());
        if (unitPath != null) {
            params.put("prefix", unitPath + "%");
        }
        return params;
    }
}
