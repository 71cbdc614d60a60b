package vn.dangbo.portal.congress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.member.MemberNames;

/** Reads the delegates of a congress: pages of the list, the door's search, one by card code, and the counter. */
@Component
public class Delegates {

    static final int PAGE_SIZE = 50;

    private static final String SELECT = """
            SELECT d.id, d.member_id, %s AS full_name, d.source, so.name AS source_name, d.standing, d.card_code, d.attendance,
                   d.absence_reason, d.checked_in_at, d.checked_in_by, mo.name AS cell_name
              FROM congress_delegate d
              JOIN member m ON m.id = d.member_id
              JOIN organization mo ON mo.id = m.organization_id
              LEFT JOIN organization so ON so.id = d.source_organization_id
            """.formatted(MemberNames.sql("m"));
    private static final String NAME_ORDER = " ORDER BY m.given_name, m.family_name, m.middle_name, d.id";

    private final JdbcClient jdbc;

    Delegates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Delegate(long id, long memberId, String fullName, DelegateSource source, String sourceOrganization,
                           DelegateStanding standing, String cardCode, Attendance attendance, String absenceReason,
                           Instant checkedInAt, String checkedInBy, String cellName) {
    }

    /** Summoned (official, not disqualified), present, absent with reason, disqualified, alternates; and the quorum. */
    public record Counter(long summoned, long present, long absentWithReason, long notYetIn, long disqualified, long alternates) {

        public boolean quorum() {
            return CongressRules.quorum(present, summoned);
        }

        /** Present for the quorum: at least this many. */
        public long quorumNeeded() {
            return (summoned * CongressRules.QUORUM_NUMERATOR + CongressRules.QUORUM_DENOMINATOR - 1) / CongressRules.QUORUM_DENOMINATOR;
        }
    }

    List<Delegate> page(long congressId, String query, int page) {
        return jdbc.sql(SELECT + " WHERE d.congress_id = :c AND (:q = '' OR m.search_name LIKE '%' || portal.search_text(:q) || '%' OR d.card_code = upper(:q))"
                        + NAME_ORDER + " LIMIT :limit OFFSET :offset")
                .param("c", congressId).param("q", query == null ? "" : query.strip())
                .param("limit", PAGE_SIZE).param("offset", Math.max(page, 0) * PAGE_SIZE)
                .query(Delegates::delegate).list();
    }

    /** Every delegate, in card order: for the printed cards. */
    List<Delegate> all(long congressId) {
        return jdbc.sql(SELECT + " WHERE d.congress_id = :c ORDER BY d.card_code").param("c", congressId).query(Delegates::delegate).list();
    }

    long count(long congressId, String query) {
        return jdbc.sql("""
                        SELECT count(*) FROM congress_delegate d JOIN member m ON m.id = d.member_id
                         WHERE d.congress_id = :c AND (:q = '' OR m.search_name LIKE '%' || portal.search_text(:q) || '%' OR d.card_code = upper(:q))
                        """)
                .param("c", congressId).param("q", query == null ? "" : query.strip()).query(Long.class).single();
    }

    Optional<Delegate> find(long congressId, long delegateId) {
        return jdbc.sql(SELECT + " WHERE d.congress_id = :c AND d.id = :id").param("c", congressId).param("id", delegateId)
                .query(Delegates::delegate).optional();
    }

    Optional<Delegate> byCard(long congressId, String code) {
        return jdbc.sql(SELECT + " WHERE d.congress_id = :c AND d.card_code = :code").param("c", congressId)
                .param("code", code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
                .query(Delegates::delegate).optional();
    }

    public Counter counter(long congressId) {
        Map<String, Object> row = jdbc.sql("""
                        SELECT count(*) FILTER (WHERE standing = 'OFFICIAL' AND attendance <> 'DISQUALIFIED') AS summoned,
                               count(*) FILTER (WHERE standing = 'OFFICIAL' AND attendance = 'PRESENT') AS present,
                               count(*) FILTER (WHERE standing = 'OFFICIAL' AND attendance = 'ABSENT_WITH_REASON') AS absent,
                               count(*) FILTER (WHERE standing = 'OFFICIAL' AND attendance = 'SUMMONED') AS waiting,
                               count(*) FILTER (WHERE attendance = 'DISQUALIFIED') AS disqualified,
                               count(*) FILTER (WHERE standing = 'ALTERNATE') AS alternates
                          FROM congress_delegate WHERE congress_id = :c
                        """)
                .param("c", congressId).query().singleRow();
        return new Counter(n(row, "summoned"), n(row, "present"), n(row, "absent"), n(row, "waiting"), n(row, "disqualified"),
                n(row, "alternates"));
    }

    private static long n(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).longValue();
    }

    private static Delegate delegate(ResultSet rs, int row) throws SQLException {
        Timestamp at = rs.getTimestamp("checked_in_at");
        return new Delegate(rs.getLong("id"), rs.getLong("member_id"), rs.getString("full_name"),
                DelegateSource.valueOf(rs.getString("source")), rs.getString("source_name"),
                DelegateStanding.valueOf(rs.getString("standing")), rs.getString("card_code"),
                Attendance.valueOf(rs.getString("attendance")), rs.getString("absence_reason"),
                at == null ? null : at.toInstant(), rs.getString("checked_in_by"), rs.getString("cell_name"));
    }
}
