package vn.dangbo.portal.meeting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A cell's meetings as listed: one statement per list, attendance counted in SQL. */
@Component
public class MeetingQueries {

    /** A meeting in a list; {@code level} is the checked level where checked, null while not assessed. */
    public record Row(long id, LocalDate heldOn, MeetingKind kind, String topic, long present, long expected,
                      QualityLevel level, boolean checked, boolean hasScan) {
    }

    private static final String ROWS = """
            SELECT m.id, m.held_on, m.kind, m.topic,
                   count(a.member_id) FILTER (WHERE a.presence = 'PRESENT') AS present, count(a.member_id) AS expected,
                   coalesce(q.checked_level, q.level) AS level, q.checked_by IS NOT NULL AS checked, s.meeting_id IS NOT NULL AS has_scan
              FROM meeting m
              LEFT JOIN meeting_attendance a ON a.meeting_id = m.id
              LEFT JOIN meeting_assessment q ON q.meeting_id = m.id
              LEFT JOIN meeting_scan s ON s.meeting_id = m.id
             WHERE m.organization_id = :cell AND m.held_on BETWEEN :from AND :to
             GROUP BY m.id, q.meeting_id, s.meeting_id
             ORDER BY m.held_on DESC, m.id DESC
             LIMIT :limit
            """;

    private final JdbcClient jdbc;

    MeetingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cell's meetings of the year, latest first. */
    public List<Row> ofCell(long cellId, int year) {
        return rows(cellId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Integer.MAX_VALUE);
    }

    /** The cell's latest meetings up to the day. */
    public List<Row> latest(long cellId, LocalDate upTo, int limit) {
        return rows(cellId, LocalDate.of(1900, 1, 1), upTo, limit);
    }

    public boolean hasScan(long meetingId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM meeting_scan WHERE meeting_id = :meeting)")
                .param("meeting", meetingId).query(Boolean.class).single();
    }

    private List<Row> rows(long cellId, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql(ROWS)
                .param("cell", cellId).param("from", from).param("to", to).param("limit", limit)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getObject("held_on", LocalDate.class),
                        MeetingKind.valueOf(rs.getString("kind")), rs.getString("topic"), rs.getLong("present"),
                        rs.getLong("expected"), rs.getString("level") == null ? null : QualityLevel.valueOf(rs.getString("level")),
                        rs.getBoolean("checked"), rs.getBoolean("has_scan")))
                .list();
    }
}
