package vn.dangbo.portal.committee;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.member.MemberNames;
import vn.dangbo.portal.security.SecretaryOffices;

/**
 * Reads the committee records: a unit's committee on a day, its history, the seats a member has held,
 * and (for {@link vn.dangbo.portal.security.ScopeResolver}) the unit a member administers today.
 */
@Component
public class Committees implements SecretaryOffices {

    private static final String SEATS = """
            SELECT p.id, p.organization_id, o.name AS organization_name, p.member_id,
                   %s AS member_name,
                   p.term_start_year, p.position, p.appointment, p.starts_on, p.ends_on, p.decision, p.note
              FROM committee_position p
              JOIN organization o ON o.id = p.organization_id
              JOIN member m ON m.id = p.member_id
            """.formatted(MemberNames.sql("m"));
    private static final String OFFICE_ORDER = "array_position(ARRAY['SECRETARY', 'DEPUTY_SECRETARY', 'STANDING_MEMBER', "
            + "'COMMITTEE_MEMBER', 'INSPECTION_MEMBER'], p.position)";

    private final JdbcClient jdbc;

    Committees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AdministeredUnit> heldBy(long memberId, LocalDate on) {
        return jdbc.sql("""
                        SELECT o.id, o.path
                          FROM committee_position p JOIN organization o ON o.id = p.organization_id
                         WHERE p.member_id = :member AND p.position IN ('SECRETARY', 'DEPUTY_SECRETARY')
                           AND p.starts_on <= :on AND (p.ends_on IS NULL OR p.ends_on >= :on)
                           AND (o.dissolved_on IS NULL OR o.dissolved_on > :on)
                         ORDER BY length(o.path), p.position = 'SECRETARY' DESC, o.id
                         LIMIT 1
                        """)
                .param("member", memberId).param("on", on)
                .query((rs, n) -> new AdministeredUnit(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    /** The unit's committee on the day, secretary first. */
    public List<Seat> on(long unitId, LocalDate day) {
        return jdbc.sql(SEATS + """
                         WHERE p.organization_id = :unit AND p.starts_on <= :day AND (p.ends_on IS NULL OR p.ends_on >= :day)
                         ORDER BY %s, m.given_name, m.family_name, m.middle_name, p.id
                        """.formatted(OFFICE_ORDER))
                .param("unit", unitId).param("day", day)
                .query(Committees::seat).list();
    }

    /** Every seat the unit's committee has had, latest term first. */
    public List<Seat> history(long unitId) {
        return jdbc.sql(SEATS + """
                         WHERE p.organization_id = :unit
                         ORDER BY p.term_start_year DESC, %s, p.starts_on, m.given_name, m.family_name, p.id
                        """.formatted(OFFICE_ORDER))
                .param("unit", unitId)
                .query(Committees::seat).list();
    }

    /** The seats a member has held anywhere, latest first ("Bí thư Chi bộ X, 2020–2025"). */
    public List<Seat> heldByMember(long memberId) {
        return jdbc.sql(SEATS + """
                         WHERE p.member_id = :member
                         ORDER BY p.starts_on DESC, %s, p.id
                        """.formatted(OFFICE_ORDER))
                .param("member", memberId)
                .query(Committees::seat).list();
    }

    private static Seat seat(ResultSet rs, int row) throws SQLException {
        return new Seat(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("organization_name"),
                rs.getLong("member_id"), rs.getString("member_name"), rs.getInt("term_start_year"),
                CommitteeOffice.valueOf(rs.getString("position")), Appointment.valueOf(rs.getString("appointment")),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getString("decision"), rs.getString("note"));
    }
}
