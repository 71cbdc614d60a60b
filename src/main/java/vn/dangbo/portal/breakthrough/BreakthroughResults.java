package vn.dangbo.portal.breakthrough;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.web.SqlArrays;

/**
 * The breakthrough tasks of a year as the year-end rating reads them: per member (their own tasks) and
 * per organisation (the unit's own tasks, not its members'), with title and state; drafts left out.
 * One statement per call.
 */
@Component
public class BreakthroughResults {

    private final JdbcClient jdbc;

    BreakthroughResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A registered task and where it stands. */
    public record TaskResult(long id, String title, TaskState state, LocalDate deadline, String resultNote) {

        public boolean completed() {
            return state == TaskState.COMPLETED;
        }
    }

    /** Per member id (every id given is a key, with an empty list when there is no task). */
    public Map<Long, List<TaskResult>> forMembers(Collection<Long> memberIds, int year) {
        return query("t.member_id", "t.member_id = ANY(CAST(:ids AS bigint[]))", memberIds, year);
    }

    /** Per organisation id: the unit's own tasks (every id given is a key). */
    public Map<Long, List<TaskResult>> forOrganizations(Collection<Long> organizationIds, int year) {
        return query("t.organization_id", "t.member_id IS NULL AND t.organization_id = ANY(CAST(:ids AS bigint[]))", organizationIds, year);
    }

    /**
     * Tasks past their deadline and not finished (registered, approved or in progress) on the day, counted
     * per grassroots organisation of the bloc (the unit's own tasks, its sub-cells' and its members').
     */
    public Map<Long, Long> overdueByGrassroots(LocalDate today) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT CAST(split_part(o.path, '/', 3) AS bigint), count(*)
                          FROM breakthrough_task t JOIN organization o ON o.id = t.organization_id
                         WHERE t.state IN ('REGISTERED', 'APPROVED', 'IN_PROGRESS') AND t.deadline < :today
                           AND split_part(o.path, '/', 3) <> ''
                         GROUP BY 1 ORDER BY 2 DESC, 1
                        """)
                .param("today", today)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list().forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    private Map<Long, List<TaskResult>> query(String key, String condition, Collection<Long> ids, int year) {
        Map<Long, List<TaskResult>> results = new LinkedHashMap<>();
        ids.forEach(id -> results.put(id, new ArrayList<>()));
        if (ids.isEmpty()) {
            return results;
        }
        jdbc.sql("SELECT " + key + " AS owner, t.id, t.title, t.state, t.deadline, t.result_note FROM breakthrough_task t WHERE "
                        + condition + " AND t.year = :year AND t.state <> 'DRAFT' ORDER BY t.deadline, t.id")
                .param("ids", SqlArrays.bigints(ids))
                .param("year", year)
                .query((rs, n) -> Map.entry(rs.getLong("owner"), new TaskResult(rs.getLong("id"), rs.getString("title"),
                        TaskState.valueOf(rs.getString("state")), rs.getObject("deadline", LocalDate.class), rs.getString("result_note"))))
                .list().forEach(entry -> results.get(entry.getKey()).add(entry.getValue()));
        return results;
    }
}
