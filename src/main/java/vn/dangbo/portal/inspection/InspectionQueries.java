package vn.dangbo.portal.inspection;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.discipline.DisciplineMeasure;
import vn.dangbo.portal.discipline.DisciplineRecord;
import vn.dangbo.portal.discipline.DisciplineRecords;
import vn.dangbo.portal.member.MemberNames;

/**
 * The programme lists and the yearly statistics in SQL, limited to the programmes the user keeps
 * ({@link InspectionAccess}); a member who only reads their own conclusions gets those.
 */
@Component
class InspectionQueries {

    private static final String FROM = """
             FROM inspection i
             JOIN organization pu ON pu.id = i.programme_unit_id
             JOIN organization su ON su.id = i.subject_unit_id
             LEFT JOIN member m ON m.id = i.subject_member_id
            """;

    private final JdbcClient jdbc;
    private final DisciplineRecords disciplineRecords;

    InspectionQueries(JdbcClient jdbc, DisciplineRecords disciplineRecords) {
        this.jdbc = jdbc;
        this.disciplineRecords = disciplineRecords;
    }

    record Row(long id, String programmeName, ProgrammeBody body, InspectionKind kind, InspectionMode mode, String subject,
               String content, LocalDate startsOn, LocalDate endsOn, InspectionState state, long openRecommendations,
               long overdueRecommendations) {
    }

    /** One line of the statistics: inspections or supervisions planned, concluded, and their subjects. */
    record Line(InspectionKind kind, long planned, long concluded, long organizations, long members, long withViolations) {
    }

    record YearStatistics(int year, Line inspections, Line supervisions, long violations, long disciplined,
                          Map<DisciplineMeasure, Long> disciplineByForm, long recommendations, long recommendationsDone,
                          long recommendationsOverdue) {
    }

    Page<Row> programmes(InspectionFilter filter, int year, InspectionAccess access, LocalDate today) {
        StringBuilder where = new StringBuilder(" WHERE i.year = :year AND ").append(access.sqlCondition());
        Map<String, Object> params = new HashMap<>(access.sqlParams());
        params.put("year", year);
        if (filter.getProgrammeUnit() != null) {
            where.append(" AND i.programme_unit_id = :unit");
            params.put("unit", filter.getProgrammeUnit());
        }
        if (filter.getBody() != null) {
            where.append(" AND i.programme_body = :body");
            params.put("body", filter.getBody().name());
        }
        if (filter.getKind() != null) {
            where.append(" AND i.kind = :kind");
            params.put("kind", filter.getKind().name());
        }
        if (filter.getState() != null) {
            where.append(" AND i.state = :state");
            params.put("state", filter.getState().name());
        }
        long total = jdbc.sql("SELECT count(*)" + FROM + where).params(params).query(Long.class).single();
        List<Row> rows = rows(where + " ORDER BY pu.path, i.programme_body, i.starts_on, i.id LIMIT :limit OFFSET :offset", params,
                today, filter.getSize(), (long) filter.getPage() * filter.getSize());
        return new PageImpl<>(rows, PageRequest.of(filter.getPage(), filter.getSize()), total);
    }

    /** The concluded inspections whose subject was the member (what a member may read about themselves). */
    List<Row> ownConclusions(long memberId, LocalDate today) {
        return rows(" WHERE i.subject_member_id = :member AND i.state = 'CONCLUDED' ORDER BY i.conclusion_date DESC, i.id",
                Map.of("member", memberId), today, 100, 0);
    }

    private List<Row> rows(String whereAndOrder, Map<String, Object> params, LocalDate today, int limit, long offset) {
        return jdbc.sql("""
                        SELECT i.id, pu.name AS programme_name, i.programme_body, i.kind, i.mode, i.content, i.starts_on, i.ends_on, i.state,
                               CASE WHEN m.id IS NULL THEN su.name ELSE %s || ' (' || su.name || ')' END AS subject,
                               (SELECT count(*) FROM inspection_recommendation r WHERE r.inspection_id = i.id AND r.done_on IS NULL) AS open,
                               (SELECT count(*) FROM inspection_recommendation r
                                 WHERE r.inspection_id = i.id AND r.done_on IS NULL AND r.due_on < :today) AS overdue
                        """.formatted(MemberNames.sql("m")) + FROM + whereAndOrder)
                .params(params).param("today", today).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("programme_name"), ProgrammeBody.valueOf(rs.getString("programme_body")),
                        InspectionKind.valueOf(rs.getString("kind")), InspectionMode.valueOf(rs.getString("mode")),
                        rs.getString("subject"), rs.getString("content"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), InspectionState.valueOf(rs.getString("state")),
                        rs.getLong("open"), rs.getLong("overdue")))
                .list();
    }

    /**
     * The year's figures in the yearly report's terms: inspections and supervisions planned and carried out
     * (concluded), their subjects (organisations, members), violations found, the discipline decisions they
     * led to by form, and the follow-up of recommendations.
     */
    YearStatistics statistics(int year, Long programmeUnit, InspectionAccess access, LocalDate today) {
        String where = " WHERE i.year = :year AND " + access.sqlCondition()
                + (programmeUnit == null ? "" : " AND i.programme_unit_id = :unit");
        Map<String, Object> params = new HashMap<>(access.sqlParams());
        params.put("year", year);
        if (programmeUnit != null) {
            params.put("unit", programmeUnit);
        }
        Map<InspectionKind, Line> lines = new EnumMap<>(InspectionKind.class);
        for (InspectionKind kind : InspectionKind.values()) {
            lines.put(kind, new Line(kind, 0, 0, 0, 0, 0));
        }
        jdbc.sql("""
                        SELECT i.kind, count(*) AS planned, count(*) FILTER (WHERE i.state = 'CONCLUDED') AS concluded,
                               count(*) FILTER (WHERE i.subject_member_id IS NULL) AS organizations,
                               count(*) FILTER (WHERE i.subject_member_id IS NOT NULL) AS members,
                               count(*) FILTER (WHERE i.violation_found) AS with_violations
                          FROM inspection i JOIN organization pu ON pu.id = i.programme_unit_id
                        """ + where + " GROUP BY i.kind")
                .params(params)
                .query((rs, n) -> new Line(InspectionKind.valueOf(rs.getString("kind")), rs.getLong("planned"), rs.getLong("concluded"),
                        rs.getLong("organizations"), rs.getLong("members"), rs.getLong("with_violations")))
                .list().forEach(line -> lines.put(line.kind(), line));
        List<Long> disciplineIds = jdbc.sql("""
                        SELECT v.discipline_record_id FROM inspection_violation v
                          JOIN inspection i ON i.id = v.inspection_id JOIN organization pu ON pu.id = i.programme_unit_id
                        """ + where + " AND v.discipline_record_id IS NOT NULL")
                .params(params).query(Long.class).list();
        long violations = jdbc.sql("""
                        SELECT count(*) FROM inspection_violation v
                          JOIN inspection i ON i.id = v.inspection_id JOIN organization pu ON pu.id = i.programme_unit_id
                        """ + where)
                .params(params).query(Long.class).single();
        Map<DisciplineMeasure, Long> byForm = new EnumMap<>(DisciplineMeasure.class);
        for (DisciplineMeasure measure : DisciplineMeasure.values()) {
            byForm.put(measure, 0L);
        }
        for (DisciplineRecord record : disciplineRecords.byIds(disciplineIds).values()) {
            byForm.merge(record.getMeasure(), 1L, Long::sum);
        }
        long[] follow = jdbc.sql("""
                        SELECT count(*), count(*) FILTER (WHERE r.done_on IS NOT NULL),
                               count(*) FILTER (WHERE r.done_on IS NULL AND r.due_on < :today)
                          FROM inspection_recommendation r
                          JOIN inspection i ON i.id = r.inspection_id JOIN organization pu ON pu.id = i.programme_unit_id
                        """ + where)
                .params(params).param("today", today)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        return new YearStatistics(year, lines.get(InspectionKind.INSPECTION), lines.get(InspectionKind.SUPERVISION), violations,
                disciplineIds.size(), byForm, follow[0], follow[1], follow[2]);
    }
}
