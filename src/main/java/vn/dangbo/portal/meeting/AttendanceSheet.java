package vn.dangbo.portal.meeting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.member.MemberNames;
import vn.dangbo.portal.member.MemberStatus;

/**
 * Who belongs on a meeting's attendance sheet: the cell's probationary and official members admitted by the
 * meeting day, plus anyone already recorded on it (a member who has moved on stays on past sheets).
 * Members exempt from activity are listed apart and not counted.
 */
@Component
public class AttendanceSheet {

    /** A line of the sheet; {@code presence} is null while not yet recorded. */
    public record Attendee(long memberId, String name, MemberStatus status, Presence presence, String reason) {
    }

    /** A member of the cell exempt from activity (miễn sinh hoạt). */
    public record Exempt(long memberId, String name) {
    }

    static final String FULL_NAME = MemberNames.sql("m");
    private static final long NEW_MEETING = -1L;

    private final JdbcClient jdbc;

    AttendanceSheet(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sheet of a meeting (null for one not yet saved) of the cell on the day. */
    public List<Attendee> of(long cellId, LocalDate heldOn, Long meetingId) {
        return jdbc.sql("""
                        SELECT m.id, %s AS name, m.status, a.presence, a.reason
                          FROM member m
                          LEFT JOIN meeting_attendance a ON a.member_id = m.id AND a.meeting_id = :meeting
                         WHERE (m.organization_id = :cell AND m.status IN ('PROBATIONARY', 'OFFICIAL')
                                AND (m.admission_date IS NULL OR m.admission_date <= :heldOn))
                            OR a.meeting_id IS NOT NULL
                         ORDER BY m.given_name, m.family_name, m.middle_name, m.id
                        """.formatted(FULL_NAME))
                .param("cell", cellId).param("heldOn", heldOn).param("meeting", meetingId == null ? NEW_MEETING : meetingId)
                .query((rs, n) -> new Attendee(rs.getLong(1), rs.getString(2), MemberStatus.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : Presence.valueOf(rs.getString(4)), rs.getString(5)))
                .list();
    }

    /** The lines recorded on a saved meeting. */
    public List<Attendee> recorded(long meetingId) {
        return jdbc.sql("""
                        SELECT m.id, %s AS name, m.status, a.presence, a.reason
                          FROM meeting_attendance a JOIN member m ON m.id = a.member_id
                         WHERE a.meeting_id = :meeting
                         ORDER BY m.given_name, m.family_name, m.middle_name, m.id
                        """.formatted(FULL_NAME))
                .param("meeting", meetingId)
                .query((rs, n) -> new Attendee(rs.getLong(1), rs.getString(2), MemberStatus.valueOf(rs.getString(3)),
                        Presence.valueOf(rs.getString(4)), rs.getString(5)))
                .list();
    }

    public List<Exempt> exempt(long cellId) {
        return jdbc.sql("""
                        SELECT m.id, %s AS name FROM member m
                         WHERE m.organization_id = :cell AND m.status = 'EXEMPT'
                         ORDER BY m.given_name, m.family_name, m.middle_name, m.id
                        """.formatted(FULL_NAME))
                .param("cell", cellId)
                .query((rs, n) -> new Exempt(rs.getLong(1), rs.getString(2)))
                .list();
    }
}
