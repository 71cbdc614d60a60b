package vn.dangbo.portal.training;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.committee.CommitteeOffice;
import vn.dangbo.portal.member.MemberNames;
import vn.dangbo.portal.security.Scope;

/**
 * The training lists in SQL: the year's courses with their participants counted within the user's scope
 * ("15 courses, 1,240 participants"), a course's participants, a member's history, and the lists staff
 * need — candidates not yet trained, new members without the new-members course, committee members without
 * the secretaries' course. Course details are not sensitive; who took part is limited to the scope.
 */
@Component
class TrainingQueries {

    /** How many lines a gap list shows at most (the count above it is complete). */
    static final int GAP_LIMIT = 200;

    private static final String PERSON_UNIT = """
             LEFT JOIN member m ON m.id = p.member_id
             LEFT JOIN admission_candidate ac ON ac.id = p.candidate_id
             LEFT JOIN organization o ON o.id = coalesce(m.organization_id, ac.organization_id)
            """;

    private final JdbcClient jdbc;

    TrainingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record CourseRow(long id, CourseKind kind, String title, String organiser, LocalDate startsOn, LocalDate endsOn, String place,
                     long participants, long completed) {
    }

    record YearCounts(int year, long courses, long participants, long completed) {
    }

    record ParticipantRow(long id, Long memberId, Long candidateId, String name, String unitName, boolean completed,
                          String certificateNumber) {
    }

    record HistoryRow(long courseId, CourseKind kind, String title, String organiser, LocalDate startsOn, LocalDate endsOn,
                      boolean completed, String certificateNumber) {
    }

    record Gap(long id, String name, String unitName, String detail, LocalDate since) {
    }

    record Gaps(long candidatesCount, List<Gap> candidates, long newMembersCount, List<Gap> newMembers, long committeeCount,
                List<Gap> committee) {
    }

    /** The year's courses the user may see: all for staff and leaders; for a secretary those organised in or attended from their subtree. */
    List<CourseRow> courses(int year, Scope scope) {
        return jdbc.sql("""
                        SELECT c.id, c.kind, c.title, c.organiser, c.starts_on, c.ends_on, c.place,
                               count(p.id) FILTER (WHERE %1$s) AS participants,
                               count(p.id) FILTER (WHERE p.completed AND %1$s) AS completed
                          FROM training_course c
                          JOIN organization co ON co.id = c.organization_id
                          LEFT JOIN training_participant p ON p.course_id = c.id
                        """.formatted(participantScope(scope)) + PERSON_UNIT + """
                         WHERE c.starts_on BETWEEN :from AND :to
                         GROUP BY c.id, co.path
                        HAVING %s
                         ORDER BY c.starts_on, c.id
                        """.formatted(courseScope(scope)))
                .params(scope.sqlParams()).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query((rs, n) -> new CourseRow(rs.getLong("id"), CourseKind.valueOf(rs.getString("kind")), rs.getString("title"),
                        rs.getString("organiser"), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                        rs.getString("place"), rs.getLong("participants"), rs.getLong("completed")))
                .list();
    }

    /** Courses and participants per year, newest first, counted like {@link #courses}. */
    List<YearCounts> byYear(Scope scope) {
        return jdbc.sql("""
                        SELECT year, count(*) AS courses, sum(participants) AS participants, sum(completed) AS completed
                          FROM (SELECT extract(year FROM c.starts_on)::int AS year,
                                       count(p.id) FILTER (WHERE %1$s) AS participants,
                                       count(p.id) FILTER (WHERE p.completed AND %1$s) AS completed
                                  FROM training_course c
                                  JOIN organization co ON co.id = c.organization_id
                                  LEFT JOIN training_participant p ON p.course_id = c.id
                        """.formatted(participantScope(scope)) + PERSON_UNIT + """
                                 GROUP BY c.id, co.path
                                HAVING %s) AS course
                         GROUP BY year ORDER BY year DESC
                        """.formatted(courseScope(scope)))
                .params(scope.sqlParams())
                .query((rs, n) -> new YearCounts(rs.getInt("year"), rs.getLong("courses"), rs.getLong("participants"), rs.getLong("completed")))
                .list();
    }

    List<ParticipantRow> participants(long courseId, Scope scope) {
        return jdbc.sql("""
                        SELECT p.id, p.member_id, p.candidate_id, p.completed, p.certificate_number, o.name AS unit_name,
                               coalesce(%s, ac.family_name || ' ' || ac.middle_name || ' ' || ac.given_name) AS name
                          FROM training_participant p
                        """.formatted(MemberNames.sql("m")) + PERSON_UNIT + """
                         WHERE p.course_id = :course AND %s
                         ORDER BY coalesce(m.given_name, ac.given_name), coalesce(m.family_name, ac.family_name), p.id
                        """.formatted(participantScope(scope)))
                .params(scope.sqlParams()).param("course", courseId)
                .query((rs, n) -> new ParticipantRow(rs.getLong("id"), (Long) rs.getObject("member_id"), (Long) rs.getObject("candidate_id"),
                        rs.getString("name").replaceAll("\\s+", " ").strip(), rs.getString("unit_name"), rs.getBoolean("completed"),
                        rs.getString("certificate_number")))
                .list();
    }

    /** A member's courses, latest first. */
    List<HistoryRow> history(long memberId) {
        return jdbc.sql("""
                        SELECT c.id, c.kind, c.title, c.organiser, c.starts_on, c.ends_on, p.completed, p.certificate_number
                          FROM training_participant p JOIN training_course c ON c.id = p.course_id
                         WHERE p.member_id = :member
                         ORDER BY c.starts_on DESC, c.id DESC
                        """)
                .param("member", memberId)
                .query((rs, n) -> new HistoryRow(rs.getLong("id"), CourseKind.valueOf(rs.getString("kind")), rs.getString("title"),
                        rs.getString("organiser"), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                        rs.getBoolean("completed"), rs.getString("certificate_number")))
                .list();
    }

    /** The three lists staff need, each counted in full and shown up to {@link #GAP_LIMIT} lines. */
    Gaps gaps(Scope scope, LocalDate today) {
        String candidates = """
                  FROM admission_candidate m JOIN organization o ON o.id = m.organization_id
                 WHERE m.state = 'IN_PROGRESS' AND m.training_completed_on IS NULL AND %s
                   AND NOT EXISTS (SELECT 1 FROM training_participant p JOIN training_course c ON c.id = p.course_id
                                    WHERE p.candidate_id = m.id AND p.completed AND c.kind = 'CANDIDATES')
                """.formatted(scope.isSelf() ? "false" : scope.sqlCondition("m", "o"));
        String newMembers = """
                  FROM member m JOIN organization o ON o.id = m.organization_id
                 WHERE m.status = 'PROBATIONARY' AND %s
                   AND NOT EXISTS (SELECT 1 FROM training_participant p JOIN training_course c ON c.id = p.course_id
                                    WHERE p.member_id = m.id AND p.completed AND c.kind = 'NEW_MEMBERS')
                """.formatted(scope.sqlCondition("m", "o"));
        String committee = """
                  FROM committee_position s JOIN member m ON m.id = s.member_id JOIN organization o ON o.id = s.organization_id
                 WHERE s.position IN (:offices) AND s.starts_on <= :today AND (s.ends_on IS NULL OR s.ends_on >= :today)
                   AND o.kind <> 'BLOC' AND %s
                   AND NOT EXISTS (SELECT 1 FROM training_participant p JOIN training_course c ON c.id = p.course_id
                                    WHERE p.member_id = m.id AND p.completed AND c.kind = 'SECRETARIES')
                """.formatted(scope.sqlCondition("m", "o"));
        Map<String, Object> params = new HashMap<>(scope.sqlParams());
        params.put("today", today);
        params.put("offices", List.of(CommitteeOffice.SECRETARY.name(), CommitteeOffice.DEPUTY_SECRETARY.name(),
                CommitteeOffice.STANDING_MEMBER.name(), CommitteeOffice.COMMITTEE_MEMBER.name()));
        params.put("limit", GAP_LIMIT);
        String name = "m.family_name || ' ' || m.middle_name || ' ' || m.given_name";
        return new Gaps(
                count(candidates, params),
                gapList("SELECT m.id, " + name + " AS name, o.name AS unit, NULL AS detail, m.application_date AS since " + candidates
                        + " ORDER BY o.path, m.given_name, m.id LIMIT :limit", params),
                count(newMembers, params),
                gapList("SELECT m.id, " + name + " AS name, o.name AS unit, NULL AS detail, m.admission_ceremony_date AS since " + newMembers
                        + " ORDER BY m.admission_ceremony_date, m.id LIMIT :limit", params),
                count(committee, params),
                gapList("SELECT m.id, " + name + " AS name, o.name AS unit, s.position AS detail, s.starts_on AS since " + committee
                        + " ORDER BY o.path, array_position(ARRAY['SECRETARY', 'DEPUTY_SECRETARY', 'STANDING_MEMBER', 'COMMITTEE_MEMBER'], s.position), m.id"
                        + " LIMIT :limit", params));
    }

    private long count(String from, Map<String, Object> params) {
        return jdbc.sql("SELECT count(*) " + from).params(params).query(Long.class).single();
    }

    private List<Gap> gapList(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params)
                .query((rs, n) -> new Gap(rs.getLong("id"), rs.getString("name").replaceAll("\\s+", " ").strip(), rs.getString("unit"),
                        rs.getString("detail"), rs.getObject("since", LocalDate.class)))
                .list();
    }

    /** A course a secretary sees: organised within their subtree, or with a participant from it (for a grouped course row). */
    private static String courseScope(Scope scope) {
        return scope.isEverything() ? "true" : "co.path LIKE :scopePath OR count(p.id) FILTER (WHERE o.path LIKE :scopePath) > 0";
    }

    /** Participants the user may see: within their scope (a candidate counts by the cell preparing them). */
    private static String participantScope(Scope scope) {
        if (scope.isEverything()) {
            return "true";
        }
        if (scope.isSelf()) {
            return "m.id = :scopeMemberId";
        }
        return "o.path LIKE :scopePath";
    }
}
