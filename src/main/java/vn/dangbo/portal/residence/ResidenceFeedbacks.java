package vn.dangbo.portal.residence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.member.MemberNames;
import vn.dangbo.portal.member.MemberStatus;

/**
 * Reads residence-area feedback: a cell's members for a year with what was received and what is missing
 * (for the secretary before the rating round), a member's history, and — for the yearly rating form —
 * the feedback of a set of members in a year. Expected from every probationary and official member;
 * exempt members are not rated and not asked.
 */
@Component
public class ResidenceFeedbacks {

    /** A year's feedback on one member. */
    public record Feedback(long memberId, int year, FeedbackAssessment assessment, String note, LocalDate receivedOn,
                           long version) {
    }

    /** A member of a cell with their residence cell and the year's feedback ({@code feedback} null when missing). */
    public record CellRow(long memberId, String name, String commune, String cellName, Feedback feedback) {

        public boolean isMissing() {
            return feedback == null;
        }
    }

    /** The residence cell of a member, with its version for the form. */
    public record Contact(String commune, String cellName, String note, long version) {
    }

    static final List<String> EXPECTED = List.of(MemberStatus.PROBATIONARY.name(), MemberStatus.OFFICIAL.name());

    private final JdbcClient jdbc;

    ResidenceFeedbacks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The feedback for the year on each of the members that has one (for the rating form). */
    public Map<Long, Feedback> forMembers(Collection<Long> memberIds, int year) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        SELECT member_id, year, assessment, note, received_on, version FROM residence_feedback
                         WHERE member_id IN (:members) AND year = :year
                        """)
                .param("members", memberIds).param("year", year)
                .query(ResidenceFeedbacks::feedback).list().stream()
                .collect(Collectors.toMap(Feedback::memberId, feedback -> feedback));
    }

    /** The cell's probationary and official members, missing feedback first, then by name. */
    public List<CellRow> ofCell(long cellId, int year) {
        return jdbc.sql("""
                        SELECT m.id AS member_id,
                               %s AS name,
                               c.commune, c.cell_name, f.year, f.assessment, f.note, f.received_on, f.version
                          FROM member m
                          LEFT JOIN residence_contact c ON c.member_id = m.id
                          LEFT JOIN residence_feedback f ON f.member_id = m.id AND f.year = :year
                         WHERE m.organization_id = :cell AND m.status IN (:expected)
                         ORDER BY f.id IS NOT NULL, m.given_name, m.family_name, m.middle_name, m.id
                        """.formatted(MemberNames.sql("m")))
                .param("cell", cellId).param("year", year).param("expected", EXPECTED)
                .query((rs, n) -> new CellRow(rs.getLong("member_id"), rs.getString("name"), rs.getString("commune"),
                        rs.getString("cell_name"), rs.getObject("year") == null ? null : feedback(rs, n)))
                .list();
    }

    /** The member's feedback, latest year first. */
    public List<Feedback> ofMember(long memberId) {
        return jdbc.sql("""
                        SELECT member_id, year, assessment, note, received_on, version FROM residence_feedback
                         WHERE member_id = :member ORDER BY year DESC
                        """)
                .param("member", memberId)
                .query(ResidenceFeedbacks::feedback).list();
    }

    public Contact contactOf(long memberId) {
        return jdbc.sql("SELECT commune, cell_name, note, version FROM residence_contact WHERE member_id = :member")
                .param("member", memberId)
                .query((rs, n) -> new Contact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .optional().orElse(null);
    }

    private static Feedback feedback(ResultSet rs, int row) throws SQLException {
        return new Feedback(rs.getLong("member_id"), rs.getInt("year"), FeedbackAssessment.valueOf(rs.getString("assessment")),
                rs.getString("note"), rs.getObject("received_on", LocalDate.class), rs.getLong("version"));
    }
}
